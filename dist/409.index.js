export const id = 409;
export const ids = [409];
export const modules = {

/***/ 5409:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAzureOpenAiClient: () => (/* binding */ createAzureOpenAiClient)
/* harmony export */ });
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93674);
/* harmony import */ var _http_fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42369);
/* harmony import */ var _resilient_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80361);
/* harmony import */ var _openai_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52875);




/**
 * Azure OpenAI through the `openai` SDK's AzureOpenAI: the suite's `model` is the deployment
 * (`/openai/deployments/{model}/chat/completions?api-version=…`), and `deployments` says which
 * model a deployment serves so its calls are priced as that model.
 */
function createAzureOpenAiClient(options) {
    const timeoutMs = options.timeoutMs ?? _resilient_client_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_TIMEOUT_MS */ .t1;
    const sdk = new openai__WEBPACK_IMPORTED_MODULE_0__/* .AzureOpenAI */ .AC({
        // baseURL, not `endpoint`: the SDK would otherwise also read OPENAI_BASE_URL and refuse both.
        baseURL: `${options.baseURL.replace(/\/+$/, '')}/openai`,
        apiVersion: options.apiVersion,
        // An empty apiKey (not undefined) keeps the SDK from reading AZURE_OPENAI_API_KEY itself.
        ...(options.auth === 'bearer' ? { apiKey: '', azureADTokenProvider: async () => options.key } : { apiKey: options.key }),
        // OPENAI_ORG_ID / OPENAI_PROJECT_ID belong to the default endpoint, not to this resource.
        organization: null,
        project: null,
        maxRetries: 0,
        timeout: timeoutMs,
        fetch: _http_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .httpFetch */ .t,
        ...(options.headers && { defaultHeaders: options.headers }),
    });
    const advice = (0,_openai_client_js__WEBPACK_IMPORTED_MODULE_3__/* .openAiAdvice */ .NT)(options.keySource, 'check the deployment name (the model), base-url and api-version');
    const deployments = options.deployments ?? {};
    const client = (0,_resilient_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createResilientClient */ .fk)({
        ...options,
        transport: (0,_openai_client_js__WEBPACK_IMPORTED_MODULE_3__/* .sdkTransport */ .El)(sdk, { timeoutMs, advice }),
        servedModel: (deployment) => (Object.hasOwn(deployments, deployment) ? deployments[deployment] : undefined),
    });
    return (0,_openai_client_js__WEBPACK_IMPORTED_MODULE_3__/* .withStructuredOutput */ .hF)(client, options.structuredOutput ?? 'json-schema');
}


/***/ })

};
