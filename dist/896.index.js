export const id = 896;
export const ids = [896];
export const modules = {

/***/ 72896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CancelledError: () => (/* binding */ CancelledError),
/* harmony export */   abortOnTermination: () => (/* binding */ abortOnTermination),
/* harmony export */   signalExitCode: () => (/* binding */ signalExitCode),
/* harmony export */   throwIfCancelled: () => (/* binding */ throwIfCancelled)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);

/** The run was cancelled (SIGINT/SIGTERM, or the other side failed); finished trials are kept. */
class CancelledError extends Error {
    signal;
    name = 'CancelledError';
    constructor(message, 
    /** The signal that cancelled the run, when one did. */
    signal = null) {
        super(message);
        this.signal = signal;
    }
}
/** The conventional exit code of a process ended by `signal` (SIGINT → 130, SIGTERM → 143). */
function signalExitCode(signal) {
    return 128 + (node_os__WEBPACK_IMPORTED_MODULE_0__.constants.signals[signal] ?? 15);
}
/** Throws the abort reason as a CancelledError when `signal` was aborted. */
function throwIfCancelled(signal) {
    if (!signal?.aborted)
        return;
    const reason = signal.reason;
    if (reason instanceof CancelledError)
        throw reason;
    throw new CancelledError(`cancelled: ${reason instanceof Error ? reason.message : String(reason)}`);
}
/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (the runner's cancel sends SIGINT, then
 * SIGTERM 7.5 s later): model requests are aborted, agents stopped, worktrees removed. A second
 * signal exits at once. `dispose` removes the handlers.
 */
function abortOnTermination() {
    const controller = new AbortController();
    const handler = (signal) => {
        if (controller.signal.aborted)
            process.exit(signalExitCode(signal));
        controller.abort(new CancelledError(`cancelled by ${signal}: in-flight requests were aborted and agents stopped; finished trials are kept in the .jsonl files`, signal));
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}


/***/ })

};
