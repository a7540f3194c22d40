/**
 * The workflow's own credentials (GITHUB_TOKEN, INPUT_*, ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, RUNNER_*): a suite can never have them passed to agent code
 * (`env: { X: "${NAME}" }`) nor sent to a model endpoint (`api-key-env`, `${NAME}` in `headers`).
 */
export const WORKFLOW_CREDENTIAL = /^(GITHUB_|INPUT_|ACTIONS_|RUNNER_)/i;
