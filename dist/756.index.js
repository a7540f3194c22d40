export const id = 756;
export const ids = [756,896,938];
export const modules = {

/***/ 5219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: resolveMode

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 16 modules
var schemas = __webpack_require__(13603);
;// CONCATENATED MODULE: ./.build/github/context.js


/** The parts of the event payload EvalGate reads; everything else is ignored. */
const PullRequestPayload = schemas/* object */.Ikc({
    action: schemas/* string */.YjP().optional(),
    number: schemas/* number */.aig().int().optional(),
    label: schemas/* object */.Ikc({ name: schemas/* string */.YjP() }).nullable().optional(),
    pull_request: schemas/* object */.Ikc({
        number: schemas/* number */.aig().int(),
        head: schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), ref: schemas/* string */.YjP().optional(), repo: schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() }).nullable().optional() }),
        base: schemas/* object */.Ikc({ sha: schemas/* string */.YjP(), ref: schemas/* string */.YjP().optional(), repo: schemas/* object */.Ikc({ full_name: schemas/* string */.YjP() }).nullable().optional() }),
    })
        .optional(),
    after: schemas/* string */.YjP().optional(),
    sender: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).nullable().optional(),
    repository: schemas/* object */.Ikc({ full_name: schemas/* string */.YjP(), default_branch: schemas/* string */.YjP().optional() }).optional(),
});
/** Reads the runner's environment and event payload (GITHUB_EVENT_PATH) into one object. */
function readEventContext(env, cwd) {
    let raw = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            raw = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch (error) {
            throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${error.message}`, { cause: error });
        }
    }
    const parsed = PullRequestPayload.safeParse(raw);
    const payload = parsed.success ? parsed.data : {};
    const full = env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '';
    const [owner, repo] = full.split('/');
    if (!owner || !repo)
        throw new Error('GITHUB_REPOSITORY is not set (expected "owner/repo"); is this running inside GitHub Actions?');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const pr = payload.pull_request;
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        action: payload.action ?? null,
        repo: { owner, repo },
        sha: env.GITHUB_SHA ?? null,
        workspace: env.GITHUB_WORKSPACE ?? cwd,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl,
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${full}/actions/runs/${env.GITHUB_RUN_ID}` : null,
        runId: env.GITHUB_RUN_ID ?? null,
        pullRequest: pr
            ? {
                number: pr.number,
                headSha: pr.head.sha,
                baseSha: pr.base.sha,
                // A deleted fork arrives as head.repo: null; it is still not this repository.
                isFork: pr.head.repo === null || (!!pr.head.repo && !!pr.base.repo && pr.head.repo.full_name !== pr.base.repo.full_name),
            }
            : null,
        label: payload.label?.name ?? null,
        sender: payload.sender?.login ?? null,
        runAttempt: Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '1', 10) || 1,
        defaultBranch: payload.repository?.default_branch ?? null,
        ref: env.GITHUB_REF ?? null,
    };
}

;// CONCATENATED MODULE: ./.build/inputs.js

/** Action inputs as `action.yml` declares them; read once, in `run()`, into this object. */
const ActionInputs = schemas/* object */.Ikc({
    config: schemas/* string */.YjP().min(1),
    openaiApiKey: schemas/* string */.YjP(),
    openaiBaseUrl: schemas/* string */.YjP(),
    githubToken: schemas/* string */.YjP(),
    mode: schemas/* enum */.k5n(['', 'gate', 'baseline', 'merge']),
    failOnRegression: schemas/* boolean */.zMY(),
    approveLabel: schemas/* string */.YjP().min(1),
    approvePermission: schemas/* enum */.k5n(['write', 'maintain', 'admin']),
    approvalScope: schemas/* enum */.k5n(['head', 'pr']),
    sample: schemas/* string */.YjP(),
    trials: schemas/* number */.aig().int().positive().nullable(),
    seed: schemas/* number */.aig().int().nullable(),
    maxCost: schemas/* number */.aig().nonnegative().nullable(),
    maxConcurrency: schemas/* number */.aig().int().positive(),
    comment: schemas/* boolean */.zMY(),
    onMissingKey: schemas/* enum */.k5n(['fail', 'skip']),
    shard: schemas/* string */.YjP(),
    resultsDir: schemas/* string */.YjP().min(1),
    agentUser: schemas/* enum */.k5n(['auto', 'on', 'off']),
    githubThrottle: schemas/* boolean */.zMY(),
    /**
     * The Anthropic key and endpoint agents' Anthropic calls are forwarded with by the recording
     * proxy: `ANTHROPIC_API_KEY` / `ANTHROPIC_BASE_URL` from the step's `env:` (not action inputs).
     */
    anthropicApiKey: schemas/* string */.YjP(),
    anthropicBaseUrl: schemas/* string */.YjP(),
});
function bool(name, text) {
    const t = text.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(t))
        return true;
    if (['false', 'no', '0', 'off'].includes(t))
        return false;
    throw new Error(`input ${name}: expected true or false, got "${text}"`);
}
function num(name, text, kind) {
    const t = text.trim().replace(/^\$/, '');
    if (t === '')
        return null;
    const n = Number(t);
    if (!Number.isFinite(n) || (kind === 'int' && !Number.isInteger(n))) {
        throw new Error(`input ${name}: expected ${kind === 'int' ? 'a whole number' : 'a number'}, got "${text}"`);
    }
    return n;
}
/**
 * Parses every input (and the Anthropic variables of `env`, the step's environment); the error
 * names the input, the bad value and what it expects.
 */
function readInputs(get, env = {}) {
    const raw = {
        config: get('config') || 'evals/evalgate.yaml',
        openaiApiKey: get('openai-api-key'),
        openaiBaseUrl: get('openai-base-url'),
        githubToken: get('github-token'),
        mode: get('mode'),
        failOnRegression: bool('fail-on-regression', get('fail-on-regression') || 'true'),
        approveLabel: get('approve-label') || 'evalgate: approve-regression',
        approvePermission: get('approve-permission') || 'write',
        approvalScope: get('approval-scope') || 'head',
        sample: get('sample'),
        trials: num('trials', get('trials'), 'int'),
        seed: num('seed', get('seed'), 'int'),
        maxCost: num('max-cost', get('max-cost') || '5', 'number'),
        maxConcurrency: num('max-concurrency', get('max-concurrency'), 'int') ?? 8,
        comment: bool('comment', get('comment') || 'true'),
        onMissingKey: get('on-missing-key') || 'fail',
        shard: get('shard'),
        resultsDir: get('results-dir') || 'evalgate-results',
        agentUser: get('agent-user') || 'auto',
        githubThrottle: bool('github-throttle', get('github-throttle') || 'true'),
        anthropicApiKey: env.ANTHROPIC_API_KEY ?? '',
        anthropicBaseUrl: env.ANTHROPIC_BASE_URL ?? '',
    };
    const parsed = ActionInputs.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        const got = raw[String(issue.path[0])];
        throw new Error(`input ${key}: ${issue.message} (got ${JSON.stringify(got)})`);
    }
    return parsed.data;
}

// EXTERNAL MODULE: ./.build/isolation/scrub-environ.js
var scrub_environ = __webpack_require__(9938);
// EXTERNAL MODULE: ./.build/pipeline.js + 34 modules
var pipeline = __webpack_require__(57366);
// EXTERNAL MODULE: ./.build/report/markdown.js + 7 modules
var markdown = __webpack_require__(95364);
// EXTERNAL MODULE: ./.build/report/redact.js
var report_redact = __webpack_require__(46156);
// EXTERNAL MODULE: ./.build/run/cancel.js
var cancel = __webpack_require__(72896);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./.build/compare/decision.js
var compare_decision = __webpack_require__(69154);
// EXTERNAL MODULE: ./.build/config/fingerprint.js
var fingerprint = __webpack_require__(66489);
// EXTERNAL MODULE: ./.build/judge/judge.js
var judge = __webpack_require__(37357);
// EXTERNAL MODULE: ./.build/report/junit.js
var junit = __webpack_require__(73377);
// EXTERNAL MODULE: ./.build/results/io.js
var io = __webpack_require__(99395);
// EXTERNAL MODULE: ./.build/llm/cache.js
var cache = __webpack_require__(42236);
;// CONCATENATED MODULE: ./.build/run/persist.js
/**
 * Keeps the response cache and baselines across workflow runs with the Actions cache, so a push
 * that changes one prompt pays only for the requests that prompt changed, and a label event
 * re-decides for free. Everything here degrades to a no-op (with a log line) when the cache
 * service is absent: local runs, tests, GitHub Enterprise without caching.
 */

/** Bumped when the cached layout changes, so old entries are never misread. */
const CACHE_VERSION = 'v1';
async function cacheModule(log) {
    try {
        const cache = await __webpack_require__.e(/* import() */ 691).then(__webpack_require__.bind(__webpack_require__, 61691));
        if (!cache.isFeatureAvailable()) {
            log('Actions cache not available here: the response cache is not kept between runs.');
            return null;
        }
        return cache;
    }
    catch (error) {
        log(`Actions cache unavailable (${error.message}).`);
        return null;
    }
}
function safe(text) {
    return text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80);
}
/**
 * Saves the response cache under `key`, keeping only what this run used (read or written since
 * `usedSince`), at most MAX_KEPT_CACHE_BYTES: restored, added to and saved on every push, it
 * would otherwise grow forever.
 */
async function saveResponseCache(dir, key, usedSince, log) {
    const pruned = await (0,cache/* pruneCache */.vs)(dir, { usedSince, maxBytes: cache/* MAX_KEPT_CACHE_BYTES */.tj }).catch((error) => {
        log(`Could not prune the response cache: ${error.message}`);
        return null;
    });
    if (pruned) {
        const mb = (pruned.keptBytes / 1024 / 1024).toFixed(1);
        log(`Response cache: keeping ${pruned.kept} responses (${mb} MB); dropped ${pruned.unused} this run did not use` +
            (pruned.overCap > 0 ? ` and ${pruned.overCap} over the ${cache/* MAX_KEPT_CACHE_BYTES */.tj / 1024 / 1024} MB cap.` : '.'));
    }
    await saveDir(dir, key, log);
}
/**
 * Keys for the response cache of `suite` on pull request `pr` (or a push when null). A shard job
 * (`shard: "2/4"`) keeps its own cache: it evaluates the same slice of cases on every push, and
 * each saved cache holds only what its run used.
 */
function responseCacheKeys(args) {
    const root = `evalgate-${CACHE_VERSION}-responses-${safe(args.suite)}-`;
    const shard = args.shard ? `shard${safe(args.shard.replace('/', 'of'))}-` : '';
    const scope = `${args.pr === null ? 'push-' : `pr${args.pr}-`}${shard}`;
    return { save: `${root}${scope}${args.headSha}-${safe(args.runId)}`, restore: [`${root}${scope}`, root] };
}
/** Key of a stored baseline: the suite fingerprint and the commit it was evaluated at. */
function baselineCacheKey(fingerprint, commit) {
    return `evalgate-${CACHE_VERSION}-baseline-${fingerprint}-${commit}`;
}
/** Restores `dir` from the first matching key; returns the key that hit, or null. */
async function restoreDir(dir, primaryKey, restoreKeys, log) {
    const cache = await cacheModule(log);
    if (!cache)
        return null;
    try {
        const hit = await cache.restoreCache([dir], primaryKey, restoreKeys);
        log(hit ? `Restored ${dir} from the Actions cache (${hit}).` : `No Actions cache entry for ${primaryKey}.`);
        return hit ?? null;
    }
    catch (error) {
        log(`Could not restore ${dir} from the Actions cache: ${error.message}`);
        return null;
    }
}
/** Saves `dir` under `key`; failures only log (a cache is an optimisation, never a gate). */
async function saveDir(dir, key, log) {
    const cache = await cacheModule(log);
    if (!cache)
        return;
    try {
        await cache.saveCache([dir], key);
        log(`Saved ${dir} to the Actions cache (${key}).`);
    }
    catch (error) {
        log(`Could not save ${dir} to the Actions cache: ${error.message}`);
    }
}

// EXTERNAL MODULE: ./.build/llm/endpoints.js
var endpoints = __webpack_require__(5116);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./.build/github/client.js



/** Transient errors (5xx and other codes outside the plugin's do-not-retry list) retried with backoff. */
const RETRIES = 3;
/** Secondary rate limits: retry this many times with GitHub's `retry-after`. */
const SECONDARY_LIMIT_RETRIES = 3;
/** Primary rate limit: wait only when the reset is this close; an action should not sleep an hour. */
const PRIMARY_LIMIT_MAX_WAIT_SECONDS = 60;
/**
 * Creates the GitHub client used everywhere: `getOctokit` from @actions/github with the retry
 * plugin (5xx and other transient errors) and the throttling plugin (primary and secondary rate
 * limits, honouring `retry-after`).
 */
function createGitHubClient(token, options = {}) {
    const base = options.retryAfterBaseValue ?? 1000;
    return (0,github/* getOctokit */.Q)(token, {
        ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
        // Not `request.retries`: set there, the retry plugin retries every error, 404 and 403 included.
        retry: { retries: RETRIES, retryAfterBaseValue: base },
        throttle: {
            enabled: options.throttle ?? true,
            id: options.throttleId ?? 'evalgate',
            retryAfterBaseValue: base,
            onSecondaryRateLimit: (_retryAfter, _options, _octokit, retryCount) => retryCount < SECONDARY_LIMIT_RETRIES,
            onRateLimit: (retryAfter, _options, _octokit, retryCount) => retryCount < 1 && retryAfter <= PRIMARY_LIMIT_MAX_WAIT_SECONDS,
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}

;// CONCATENATED MODULE: ./.build/action/context.js





/**
 * The run's own credentials: redacted in every encoding wherever EvalGate writes. With the suite
 * known, also the keys its endpoints read from the step's `env:`.
 */
function secretsOf(inputs, suite) {
    return [inputs.openaiApiKey, inputs.anthropicApiKey, inputs.githubToken, ...(suite ? (0,endpoints/* endpointSecrets */.VI)(suite, process.env) : [])].filter(Boolean);
}
/** Values already masked: the runner's log masking is per process, so each value is announced once. */
const masked = new Set();
/** Masks `secret` in the runner's log, once (a key can be both ANTHROPIC_API_KEY for agents and an endpoint's key). */
function maskSecret(secret) {
    if (!secret || masked.has(secret))
        return;
    masked.add(secret);
    core.setSecret(secret);
}
/** Masks the keys the suite's endpoints read from the step's `env:`, as soon as the suite says which. */
function maskEndpointKeys(suite) {
    for (const secret of (0,endpoints/* endpointSecrets */.VI)(suite, process.env))
        maskSecret(secret);
}
/** The pull-request context of a `gate` or `merge` run; a usage error when the event has no pull request. */
function createPrContext(run, mode) {
    const { inputs, event } = run;
    const pr = event.pullRequest;
    if (!pr)
        throw new pipeline/* UsageError */.eb(`mode ${mode} needs a pull_request event, got "${event.eventName}"`);
    if (mode === 'merge' && inputs.shard)
        throw new pipeline/* UsageError */.eb('shard and mode: merge exclude each other: shard jobs evaluate, the merge job reports');
    const github = createGitHubClient(inputs.githubToken, { baseUrl: event.apiUrl, throttle: inputs.githubThrottle });
    return { ...run, mode, github, repo: event.repo, pr };
}
/** Adds a loaded suite; from here on the run's redaction policy includes the suite's `redact` patterns. */
function createSuiteContext(pr, suite) {
    maskEndpointKeys(suite);
    const redact = (0,report_redact/* createRedactor */.lY)(suite.redact, { literals: secretsOf(pr.inputs, suite) });
    pr.policy.redact = redact;
    return { ...pr, suite, redact };
}

// EXTERNAL MODULE: ./.build/config/load.js + 4 modules
var load = __webpack_require__(365);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/isolation/agent-user.js
var agent_user = __webpack_require__(68830);
// EXTERNAL MODULE: ./.build/run/sample.js
var sample = __webpack_require__(32932);
;// CONCATENATED MODULE: ./.build/action/evaluation.js








/** The action's log: every line of progress goes to the job log. */
const log = (line) => core.info(line);
/** Where the action keeps files between jobs (restored from and saved to the Actions cache). */
function runnerTempDir(name) {
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), name);
}
/** The response cache lives outside results-dir: results are uploaded as artifacts, the cache is not. */
function responseCacheDir() {
    return runnerTempDir('evalgate-response-cache');
}
/**
 * Runs `evaluate` with PR code isolated as `agent-user` says, and stops the isolation after. The
 * agent user is kept out of $RUNNER_TEMP: setup-* actions and actions/checkout may keep
 * credentials there, and the response cache needs no reader but EvalGate.
 */
async function withIsolation(ctx, evaluate) {
    const isolation = await (0,agent_user/* startIsolation */.fp)({
        setting: ctx.inputs.agentUser,
        entry: process.argv[1] ?? null,
        hide: process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [],
        log,
    });
    try {
        return await evaluate(isolation);
    }
    finally {
        await isolation.close();
    }
}
/**
 * The evaluation settings of the action's inputs; `redact` is the suite's policy where the caller
 * has one. Named endpoints read their keys from the step's `env:` (process.env).
 */
function evalOptions(ctx, suite, redact) {
    const { inputs } = ctx;
    return {
        signal: ctx.signal,
        ...(redact && { redact }),
        secrets: secretsOf(inputs, suite),
        env: process.env,
        keyHelp: 'action',
        endpointsFromBase: true,
        apiKey: inputs.openaiApiKey,
        baseURL: inputs.openaiBaseUrl || null,
        // Agents' Anthropic calls, forwarded by the recording proxy (ANTHROPIC_* from the step's env:).
        anthropic: inputs.anthropicApiKey ? { apiKey: inputs.anthropicApiKey, baseURL: inputs.anthropicBaseUrl || null } : null,
        sample: inputs.sample || null,
        trials: inputs.trials,
        seed: inputs.seed,
        maxConcurrency: inputs.maxConcurrency,
        maxCost: inputs.maxCost,
        cacheDir: responseCacheDir(),
        replay: false,
        timeoutMs: pipeline/* DEFAULT_TIMEOUT_MS */.t1,
        outDir: ctx.resultsDir,
        shard: inputs.shard ? (0,sample/* parseShard */.uK)(inputs.shard) : null,
        log,
    };
}
/**
 * Runs `evaluate` with the response cache restored from the Actions cache first (this key, else the
 * nearest of `keys.restore`) and saved after, pruned to what this run used.
 */
async function withResponseCache(keys, evaluate) {
    const started = Date.now();
    await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
    const result = await evaluate();
    await saveResponseCache(responseCacheDir(), keys.save, started, log);
    return result;
}

;// CONCATENATED MODULE: ./.build/action/outcome.js
/** Numbers as action outputs: six significant digits, empty when unknown. */
function formatOutput(n) {
    return n === null || n === undefined || !Number.isFinite(n) ? '' : String(Number(n.toPrecision(6)));
}
/** The score, cost and regression outputs of a comparison. */
function outputsOf(comparison) {
    const m = comparison.metrics;
    return {
        'score-base': formatOutput(m.score.base),
        'score-head': formatOutput(m.score.head),
        'score-delta': formatOutput(m.score.delta),
        'cost-base': formatOutput(m.costPerCase.base),
        'cost-head': formatOutput(m.costPerCase.head),
        'cost-delta': formatOutput(m.costPerCase.delta),
        regressions: String(comparison.counts.regressed),
    };
}

;// CONCATENATED MODULE: ./.build/action/baseline.js
















/** Where a stored baseline is restored to and saved from, keyed in the Actions cache by suite fingerprint and commit. */
function baselineDir() {
    return runnerTempDir('evalgate-baseline');
}
/** `mode: baseline`: evaluate the pushed commit and keep its results for later PRs. */
async function baseline(ctx) {
    const { inputs, event, resultsDir } = ctx;
    // Read first to know which keys its roles need (and mask them); runSingle reads it again.
    const head = await (0,load/* loadSuite */.bu)(event.workspace, inputs.config);
    maskEndpointKeys(head);
    const missing = (0,endpoints/* missingKeys */.lx)(head, [head.target], process.env, inputs.openaiApiKey);
    if (missing.length > 0) {
        const names = missing.map((m) => (m.variable === null ? 'OpenAI API key' : m.variable)).join(', ');
        const redact = (0,report_redact/* createRedactor */.lY)(head.redact, { literals: secretsOf(inputs, head) });
        const body = (0,markdown/* renderNotice */.BG)('skipped', { suiteName: head.name, message: `No ${names}: the baseline was not evaluated.`, redact });
        return { decision: 'skipped', outputs: {}, summary: body };
    }
    const keys = responseCacheKeys({ suite: 'baseline', pr: null, headSha: event.sha ?? 'HEAD', runId: event.runId ?? 'local' });
    const { results, suite } = await withResponseCache(keys, () => withIsolation(ctx, (isolation) => (0,pipeline/* runSingle */.qH)(event.workspace, inputs.config, { ...evalOptions(ctx, head), isolation }, { commit: event.sha, ref: event.ref, side: 'head' })));
    // `results` went through the run's redaction policy as it was made; never redacted again as text.
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(resultsDir, io/* RESULTS_FILE */.yG), results);
    const redact = (0,report_redact/* createRedactor */.lY)(suite.redact, { literals: secretsOf(inputs, suite) });
    await (0,promises_.writeFile)((0,external_node_path_.join)(resultsDir, junit/* JUNIT_FILE */.Gl), (0,junit/* junitForRun */.$Y)(results, { redact, allCaseIds: suite.cases.map((c) => c.id) }));
    await saveBaseline(results, event.sha);
    const t = results.totals;
    const summary = [
        `## EvalGate baseline — \`${suite.name}\``,
        '',
        `Evaluated ${t.cases} cases at ${event.sha?.slice(0, 7) ?? 'HEAD'}: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors.`,
        `Results: \`${(0,external_node_path_.join)(inputs.resultsDir, io/* RESULTS_FILE */.yG)}\`.`,
    ].join('\n');
    return {
        decision: (0,compare_decision/* baselineDecision */.Av)(t, suite.gate),
        outputs: { 'score-head': formatOutput(meanScore(results)), 'report-path': (0,external_node_path_.join)(resultsDir, io/* RESULTS_FILE */.yG) },
        summary,
    };
}
/**
 * Saved where a PR's gate run restores it from (restoreBaseline), when the commit is known. The
 * folder is fixed (the Actions cache matches paths too): several suites save one after another.
 */
async function saveBaseline(results, sha) {
    if (!sha)
        return;
    await (0,promises_.rm)(baselineDir(), { recursive: true, force: true });
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(baselineDir(), io/* RESULTS_FILE */.yG), results);
    await saveDir(baselineDir(), baselineCacheKey(results.meta.suiteFingerprint, sha), log);
}
/** The stored baseline of the base commit (saved by `mode: baseline`), if the Actions cache has one. */
async function restoreBaseline(suite, baseSha) {
    const key = baselineCacheKey((0,fingerprint/* suiteFingerprint */.RG)(suite, judge/* JUDGE_PROMPT_VERSION */.W_), baseSha);
    const hit = await restoreDir(baselineDir(), key, [], log);
    return hit ? (0,external_node_path_.join)(baselineDir(), io/* RESULTS_FILE */.yG) : null;
}
function meanScore(results) {
    const scores = results.cases.flatMap((c) => (c.score === null ? [] : [c.score]));
    return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

;// CONCATENATED MODULE: ./.build/github/changed-files.js
/** The pull request files API lists at most this many files, however many changed. */
const MAX_PR_FILES = 3000;
/** Lists a pull request's changed files (all pages, 100 per page). */
async function listChangedFiles(client, ref, prNumber) {
    const raw = await client.paginate(client.rest.pulls.listFiles, { ...ref, pull_number: prNumber, per_page: 100 });
    const files = raw.map((f) => ({
        path: f.filename,
        status: f.status,
        ...(f.previous_filename === undefined ? {} : { previousPath: f.previous_filename }),
        ...(f.patch === undefined ? {} : { patch: f.patch }),
    }));
    // Exactly 3,000 files is indistinguishable from more; reporting it as truncated is the safe side.
    return { files, truncated: files.length >= MAX_PR_FILES };
}
/** Every path a change touches: current paths plus the old path of renames (moving a prompt away matters too). */
function changedPaths(files) {
    return [...new Set(files.flatMap((f) => (f.previousPath === undefined ? [f.path] : [f.path, f.previousPath])))];
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./.build/github/relevance.js

/**
 * Whether a pull request's changes concern the suite: a changed path matches a `watch` glob
 * (dotfiles included) or is a file the suite references. A truncated file list (the API's 3,000
 * cap) is always relevant: the unseen files might matter.
 */
function isRelevant(changed, watch, referencedFiles, truncated) {
    const normalize = (p) => p.replace(/^\.\//, '');
    const referenced = new Set(referencedFiles.map(normalize));
    const matchers = watch.map((glob) => picomatch(normalize(glob), { dot: true }));
    const matched = changed.filter((path) => referenced.has(normalize(path)) || matchers.some((m) => m(normalize(path))));
    return { relevant: truncated || matched.length > 0, matched };
}

// EXTERNAL MODULE: ./.build/util/numbers.js
var numbers = __webpack_require__(99453);
;// CONCATENATED MODULE: ./.build/report/annotations.js

/*
 * Workflow-command annotations (`::error file=…,line=…::`) on the changed lines of the system under
 * test, so a reviewer reading the diff sees what the change did to the evaluation. They need no
 * token permission. Pure: the action's shell emits them with @actions/core.
 */
/** GitHub shows at most 10 annotations of each level per step (and 50 per job). */
const MAX_ANNOTATIONS = 10;
/** Case ids named in one message at most: the annotation is a summary, the comment has the list. */
const MAX_IDS = 5;
const LEVEL = {
    fail: 'error',
    inconclusive: 'warning',
    approved: 'notice',
};
/**
 * One annotation per changed prompt / model / agent file, at its first changed line, for a decision
 * that regressed or could not rule a regression out; none for pass, not-applicable, skipped or
 * error (an infrastructure problem is not in the diff).
 */
function annotationsFor(input) {
    const level = LEVEL[input.decision];
    if (!level)
        return [];
    const title = input.redact(`EvalGate ${input.comparison.suiteName}: ${headline(input.decision)}`);
    const message = input.redact(summary(input));
    const targets = new Set(input.suite.targetFiles);
    const present = input.changedFiles.filter((f) => f.status !== 'removed');
    // Prompt and model files first; the suite file only when the target changed inside it alone.
    const underTest = present.filter((f) => targets.has(f.path));
    const files = underTest.length > 0 ? underTest : present.filter((f) => f.path === input.suite.path);
    if (files.length === 0)
        return [{ level, title, message }];
    return files.slice(0, MAX_ANNOTATIONS).map((f) => ({ level, title, message, file: f.path, ...firstChange(f.diff) }));
}
function headline(decision) {
    if (decision === 'fail')
        return 'this change regresses the evaluation';
    if (decision === 'approved')
        return 'regression approved';
    return 'inconclusive';
}
/** Decision, score delta with its interval, blocking must-pass cases and regressed cases, in one paragraph. */
function summary({ decision, verdict, comparison: c }) {
    const parts = [];
    const score = c.metrics.score;
    if (score.delta !== null) {
        const ci = score.interval ? ` (${Math.round(c.confidence * 100)}% CI ${(0,numbers/* signedPts */.ad)(score.interval.low)} to ${(0,numbers/* signedPts */.ad)(score.interval.high)})` : '';
        parts.push(`Score ${(0,numbers/* signedPts */.ad)(score.delta)} pts${ci}, head vs base on ${c.pairs} paired cases.`);
    }
    if (verdict.gates.mustPass.length > 0)
        parts.push(`Must-pass cases failing: ${ids(verdict.gates.mustPass)}.`);
    if (verdict.gates.permissions.length > 0)
        parts.push(`Tool calls outside \`allowed\`: ${ids(verdict.gates.permissions)}.`);
    const regressed = c.cases.filter((k) => k.class === 'regressed').map((k) => k.id);
    if (regressed.length > 0)
        parts.push(`${regressed.length} case${regressed.length === 1 ? '' : 's'} went pass → fail: ${ids(regressed)}.`);
    // Score, must-pass and permissions are said above in numbers; cost and latency limits in the rule's words.
    for (const f of verdict.findings)
        if ((f.rule === 'cost' || f.rule === 'latency') && (f.outcome === 'block' || f.outcome === 'inconclusive'))
            parts.push(f.message);
    if (decision === 'approved')
        parts.push('Accepted with the approval label.');
    parts.push('Details in the PR comment and the job summary.');
    return parts.join(' ');
}
function ids(list) {
    const shown = list.slice(0, MAX_IDS).map((id) => `\`${id}\``);
    return list.length > MAX_IDS ? `${shown.join(', ')} and ${list.length - MAX_IDS} more` : shown.join(', ');
}
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
/**
 * The first changed line at head from a unified diff: the first added line of the first hunk and
 * the run of added lines after it, or the line where lines were only removed. Line 1 without a diff.
 */
function firstChange(diff) {
    if (!diff)
        return { startLine: 1, endLine: 1 };
    const lines = diff.split('\n');
    const at = lines.findIndex((l) => HUNK.test(l));
    if (at < 0)
        return { startLine: 1, endLine: 1 };
    let line = Number(HUNK.exec(lines[at])[1]);
    for (let i = at + 1; i < lines.length && !lines[i].startsWith('@@'); i++) {
        if (lines[i].startsWith('-') || lines[i].startsWith('+')) {
            // A replacement is removed lines then added ones, at the same head line.
            while (lines[i]?.startsWith('-'))
                i++;
            let added = 0;
            while (lines[i + added]?.startsWith('+'))
                added++;
            // Lines only removed: the line before the gap (the one after may not exist).
            if (added === 0)
                return { startLine: Math.max(1, line - 1), endLine: Math.max(1, line - 1) };
            return { startLine: line, endLine: line + added - 1 };
        }
        if (lines[i].startsWith(' ') || lines[i] === '')
            line++;
    }
    return { startLine: Math.max(1, line), endLine: Math.max(1, line) };
}

// EXTERNAL MODULE: ./.build/report/json.js
var json = __webpack_require__(26675);
;// CONCATENATED MODULE: ./.build/github/events.js
/** Lists the `labeled`/`unlabeled` events of an issue or pull request, oldest first (all pages). */
async function listLabelEvents(client, ref, issueNumber) {
    return (await listPullRequestEvents(client, ref, issueNumber)).labels;
}
/**
 * One listing of a pull request's issue events: its label events, and the times its head branch
 * was force-pushed (GitHub's clock) — a lower bound for when the current head arrived.
 */
async function listPullRequestEvents(client, ref, issueNumber) {
    const raw = await client.paginate(client.rest.issues.listEvents, { ...ref, issue_number: issueNumber, per_page: 100 });
    const forcePushedAt = raw.filter((e) => e.event === 'head_ref_force_pushed').map((e) => e.created_at);
    const events = [];
    for (const e of raw) {
        if ((e.event !== 'labeled' && e.event !== 'unlabeled') || !('label' in e) || e.label === undefined)
            continue;
        events.push({
            id: e.id,
            event: e.event,
            label: e.label.name,
            actor: e.actor?.login ?? null,
            actorType: e.actor?.type ?? null,
            createdAt: e.created_at,
        });
    }
    return { labels: events, forcePushedAt };
}

;// CONCATENATED MODULE: ./.build/github/labels.js
/** Names of the labels currently on an issue or pull request (all pages). */
async function listLabels(client, ref, prNumber) {
    const raw = await client.paginate(client.rest.issues.listLabelsOnIssue, { ...ref, issue_number: prNumber, per_page: 100 });
    return raw.map((l) => l.name);
}

;// CONCATENATED MODULE: ./.build/github/errors.js
/** An HTTP error answered by the GitHub API. */
function isRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
/**
 * The token lacks a permission the workflow can grant. The message names the missing
 * `permissions:` line; the original API error is the `cause`.
 */
class GitHubPermissionError extends Error {
    /** The `permissions:` entry to add to the workflow, e.g. `pull-requests: write`. */
    missing;
    constructor(action, missing, cause) {
        super(`GitHub refused to ${action} (403). Add \`${missing}\` under \`permissions:\` in the workflow ` +
            `(job or top level). On pull requests from forks the token is read-only whatever the workflow asks; ` +
            `the report is in the job summary instead.`, { cause });
        this.name = 'GitHubPermissionError';
        this.missing = missing;
    }
}

;// CONCATENATED MODULE: ./.build/github/permission.js

/** Repository roles, weakest first. */
const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
function isPermission(value) {
    return PERMISSIONS.includes(value);
}
/**
 * A user's role on the repository. `role_name` is preferred because `permission` collapses
 * maintain→write and triage→read; a custom role falls back to its base `permission`.
 * A user who is not a collaborator (404) has 'none'.
 */
async function getPermission(client, ref, username) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
        if (isPermission(data.role_name))
            return data.role_name;
        return isPermission(data.permission) ? data.permission : 'none';
    }
    catch (error) {
        if (isRequestError(error) && error.status === 404)
            return 'none';
        throw error;
    }
}

;// CONCATENATED MODULE: ./.build/github/label-sightings.js

/**
 * EvalGate's own record of which head commit a `labeled` event saw. GitHub keeps no such record:
 * the issue events API dates a label but does not say which head the PR had then, and no API
 * dates an ordinary push. The `labeled` event's payload does carry the head at that moment, so the
 * run it starts writes the pair (event id, head) into the sticky comment's marker state — a
 * comment only the token's identity can author. An approval under `approval-scope: head` counts
 * only for the head its label was seen on.
 */
const Sighting = schemas/* object */.Ikc({
    /** Issue event id of the `labeled` event (GitHub's id, not a time anyone can set). */
    event: schemas/* number */.aig().int().nonnegative(),
    /** Head commit the event's payload showed; null when two runs disagreed (then it approves nothing). */
    head: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/)
        .nullable(),
});
/**
 * Sightings kept in the marker state: enough for a PR whose label is removed and re-added many
 * times, small enough (~60 characters each) for the 8,192-character state limit.
 */
const MAX_SIGHTINGS = 20;
/**
 * Whether this run may record that `lastLabeled` saw `payloadHead`. The payload is a snapshot of
 * the event that started the run; it is bound to the last `labeled` event only when nothing
 * suggests another event started it: the same person, the first attempt, and the head unchanged
 * since (a run that starts after a push knows nothing about the new head).
 */
function sightingRefusal(input) {
    if (input.lastLabeled === null)
        return 'GitHub lists no labeled event for the label';
    if (input.runAttempt > 1)
        return `this is attempt ${input.runAttempt} of the run: a re-run replays the payload of an earlier event`;
    if (input.sender === null || input.lastLabeled.actor === null || input.sender.toLowerCase() !== input.lastLabeled.actor.toLowerCase()) {
        return `the last labeled event is by ${input.lastLabeled.actor ?? 'a deleted account'}, this run was started by ${input.sender ?? 'nobody known'}`;
    }
    if (input.payloadHead.toLowerCase() !== input.liveHead.toLowerCase()) {
        return `the head moved from ${input.payloadHead.slice(0, 7)} to ${input.liveHead.slice(0, 7)} before this run started`;
    }
    return null;
}
/**
 * Adds a sighting. Two different heads for one event void it (head null): one of the runs was
 * started by another event, and nothing says which.
 */
function recordSighting(sightings, next) {
    const head = next.head.toLowerCase();
    const existing = sightings.find((s) => s.event === next.event);
    const merged = existing === undefined || existing.head === head ? { event: next.event, head } : { event: next.event, head: null };
    return [...sightings.filter((s) => s.event !== next.event), merged].slice(-MAX_SIGHTINGS);
}
/** The sighting of one label event, if a run recorded one. */
function sightingOf(sightings, eventId) {
    return sightings.find((s) => s.event === eventId) ?? null;
}

;// CONCATENATED MODULE: ./.build/github/approval.js




// GitHub treats label names case-insensitively (one label per name, whatever the case).
function sameLabel(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function isBot(login, type) {
    return type === 'Bot' || login.toLowerCase().endsWith('[bot]');
}
function rank(permission) {
    return PERMISSIONS.indexOf(permission);
}
/**
 * Decides whether the approve label approves this head. Null when the label is not on the PR.
 * Otherwise the last `labeled` event names the actor, and the label is `ignored` (with the reason
 * shown in the comment) when the actor is a bot, lacks `required` permission, or — with scope
 * `head` — added it while the PR showed another head (see headScopeRefusal).
 */
function evaluateApproval(args) {
    if (!args.labels.some((l) => sameLabel(l, args.approveLabel)))
        return null;
    const commit = args.headSha;
    const last = lastLabeled(args.events, args.approveLabel);
    if (last === undefined) {
        return {
            state: 'ignored',
            actor: 'unknown',
            at: '',
            commit,
            reason: 'no record of who added the label was found; remove it and add it again',
        };
    }
    const at = last.createdAt;
    if (last.actor === null) {
        return { state: 'ignored', actor: 'ghost', at, commit, reason: 'added by a deleted account; re-apply it' };
    }
    const actor = last.actor;
    if (isBot(actor, last.actorType)) {
        return { state: 'ignored', actor, at, commit, reason: `added by a bot (${actor}); bots cannot approve` };
    }
    const permission = args.permissionOf[actor] ?? 'none';
    if (rank(permission) < rank(args.required)) {
        return {
            state: 'ignored',
            actor,
            at,
            commit,
            reason: `${actor} has ${permission} permission; approving needs ${args.required} or higher`,
        };
    }
    if (args.scope === 'head') {
        const refusal = headScopeRefusal(last, args);
        if (refusal !== null)
            return { state: 'ignored', actor, at, commit, reason: refusal };
    }
    return { state: 'approved', actor, at, commit, reason: `approved by ${actor} (${permission})` };
}
/**
 * Scope `head`: the label must have been seen on this very head by an EvalGate run (its marker
 * state), and the branch not force-pushed since. Without a force-push a branch only moves forward
 * (fast-forward), so a head seen at the label and current now was the head all along.
 */
function headScopeRefusal(last, args) {
    const short = args.headSha.slice(0, 7);
    const sighting = sightingOf(args.sightings, last.id);
    if (sighting === null) {
        return `no EvalGate run recorded which commit the label was added to (the workflow must run on \`labeled\` events); remove it and add it again`;
    }
    if (sighting.head === null)
        return 'two runs disagree about which commit the label was added to; remove it and add it again';
    if (sighting.head !== args.headSha.toLowerCase()) {
        return `added while the head was ${sighting.head.slice(0, 7)}, not ${short}; re-apply it`;
    }
    const labeledAt = Date.parse(last.createdAt);
    if (args.forcePushedAt.some((t) => Date.parse(t) >= labeledAt))
        return `the branch was force-pushed after the label was added (${short}); re-apply it`;
    return null;
}
/** Fetches what evaluateApproval needs: labels, label and force-push events, the actor's permission. */
async function resolveApproval(client, ref, prNumber, options) {
    const labels = await listLabels(client, ref, prNumber);
    if (!labels.some((l) => sameLabel(l, options.approveLabel)))
        return null;
    const { labels: events, forcePushedAt } = await listPullRequestEvents(client, ref, prNumber);
    const last = lastLabeled(events, options.approveLabel);
    const permissionOf = {};
    if (last?.actor != null && !isBot(last.actor, last.actorType)) {
        permissionOf[last.actor] = await getPermission(client, ref, last.actor);
    }
    return evaluateApproval({
        labels,
        events,
        approveLabel: options.approveLabel,
        permissionOf,
        required: options.required,
        scope: options.scope,
        sightings: options.sightings,
        forcePushedAt,
        headSha: options.headSha,
    });
}
/** The last `labeled` event of the approve label: the one that put the label there now. */
function lastLabeled(events, approveLabel) {
    return events.filter((e) => e.event === 'labeled' && sameLabel(e.label, approveLabel)).at(-1);
}

;// CONCATENATED MODULE: ./.build/action/approval.js

/** Whether the approve label on the PR counts, as the approval inputs say. */
function approvalFor(ctx, sightings) {
    const { inputs } = ctx;
    return resolveApproval(ctx.github, ctx.repo, ctx.pr.number, {
        approveLabel: inputs.approveLabel,
        required: inputs.approvePermission,
        scope: inputs.approvalScope,
        headSha: ctx.pr.headSha,
        sightings,
    });
}

;// CONCATENATED MODULE: ./.build/github/marker.js
/** Marker format version; bump when the attributes change meaning. */
const MARKER_VERSION = 'v1';
/** Upper bound of the `state` attribute: keeps the marker a small fraction of the 65,536-char comment limit. */
const MARKER_STATE_LIMIT = 8192;
const SHA = /^[0-9a-f]{7,64}$/i;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const SUITE_SAFE = /[A-Za-z0-9._/~:@+-]/;
const MARKER_LINE = /^<!-- evalgate:v1 suite="([^"]*)" head="([^"]*)"(?: state="([^"]*)")? -->$/;
// Keeps the attribute free of `"` and `>`, so a suite name cannot end the marker early.
function encodeSuite(suite) {
    return Array.from(suite, (ch) => (SUITE_SAFE.test(ch) ? ch : encodeURIComponent(ch))).join('');
}
/**
 * The hidden first line of a sticky comment:
 * `<!-- evalgate:v1 suite="support" head="<sha>" state="<base64url>" -->`.
 * Throws on a malformed sha or state, or a state over MARKER_STATE_LIMIT (caller bugs, not user input).
 */
function buildMarker(marker) {
    if (!SHA.test(marker.headSha))
        throw new Error(`buildMarker: head must be a hex commit sha, got "${marker.headSha}"`);
    const state = marker.state ?? null;
    if (state !== null && !BASE64URL.test(state))
        throw new Error('buildMarker: state must be base64url');
    if (state !== null && state.length > MARKER_STATE_LIMIT) {
        throw new Error(`buildMarker: state is ${state.length} chars, over the ${MARKER_STATE_LIMIT} limit`);
    }
    const stateAttr = state === null ? '' : ` state="${state}"`;
    return `<!-- evalgate:${MARKER_VERSION} suite="${encodeSuite(marker.suite)}" head="${marker.headSha}"${stateAttr} -->`;
}
/**
 * Reads the marker from the FIRST line of a comment body only: the renderer neutralises `<!--` in
 * untrusted text, and anchoring to line one means quoted or pasted markers further down never count.
 */
function parseMarker(body) {
    const firstLine = body.split('\n', 1)[0].replace(/\r$/, '');
    const m = MARKER_LINE.exec(firstLine);
    if (m === null)
        return null;
    const [, rawSuite, headSha, state] = m;
    if (!SHA.test(headSha) || (state !== undefined && (!BASE64URL.test(state) || state.length > MARKER_STATE_LIMIT)))
        return null;
    let suite;
    try {
        suite = decodeURIComponent(rawSuite);
    }
    catch {
        return null;
    }
    return { suite, headSha, state: state ?? null };
}
/** Encodes a JSON value as the marker's compact state (base64url). */
function encodeMarkerState(value) {
    return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}
/** Decodes a marker state; null when it is not base64url JSON (a hand-edited or foreign comment). */
function decodeMarkerState(state) {
    try {
        return JSON.parse(Buffer.from(state, 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ./.build/report/comment/facts.js
var facts = __webpack_require__(54196);
;// CONCATENATED MODULE: ./.build/action/comment-state.js
// In the action, not src/github: the state joins GitHub's marker and label sightings with the
// report's header facts, and from src/github it made github and report import each other.




/**
 * What EvalGate keeps in its sticky comment's marker: the verdict and outputs of the head shown
 * (so a label event can re-decide for free), the header's facts (so it re-renders the headline
 * and next steps from data, not from the comment's text), the verdicts of the PR's earlier heads,
 * and which head each approve-label event was seen on. Only read from a comment found by marker
 * AND the token's identity (findStickyComment). Every field but `v` and `head` is optional, so
 * comments written by older versions still parse.
 */
const CommentState = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(1),
    head: schemas/* string */.YjP(),
    /** Absent in notices (skipped, not applicable), which carry no results. */
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'inconclusive', 'error']).optional(),
    outputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    sightings: schemas/* array */.YOg(Sighting).max(MAX_SIGHTINGS).optional(),
    header: facts/* HeaderFacts */.H2.optional(),
    /** Earlier heads of the PR, newest first. */
    history: schemas/* array */.YOg(facts/* HistoryEntry */.XF).max(facts/* MAX_HISTORY */.oe).optional(),
});
/** The state of a marker's `state` attribute; null when absent or not ours. */
function parseCommentState(state) {
    if (state === null)
        return null;
    const parsed = CommentState.safeParse(decodeMarkerState(state));
    return parsed.success ? parsed.data : null;
}
/**
 * The history a comment for `head` carries: the head the previous comment showed (when it showed
 * results for another head) on top of that comment's own history, newest first, at most MAX_HISTORY.
 * A re-run for the same head keeps the history as it was.
 */
function nextHistory(previous, head) {
    const earlier = previous?.history ?? [];
    if (!previous || previous.head.toLowerCase() === head.toLowerCase() || !previous.verdict)
        return earlier.slice(0, facts/* MAX_HISTORY */.oe);
    const entry = facts/* HistoryEntry */.XF.safeParse({ head: previous.head, verdict: previous.verdict, causes: previous.header?.causes ?? [] });
    return (entry.success ? [entry.data, ...earlier] : earlier).slice(0, facts/* MAX_HISTORY */.oe);
}
/**
 * The state encoded for the marker, within MARKER_STATE_LIMIT: the oldest history entries go
 * first, then the header facts (the comment then re-renders a plain headline); sightings, the
 * verdict and the outputs are what approvals and re-decisions need and are always kept.
 */
function encodeCommentState(state) {
    let candidate = state;
    for (;;) {
        const encoded = encodeMarkerState(candidate);
        if (encoded.length <= MARKER_STATE_LIMIT)
            return encoded;
        const history = candidate.history ?? [];
        if (history.length > 0)
            candidate = { ...candidate, history: history.slice(0, -1) };
        else if (candidate.header)
            candidate = { ...candidate, header: undefined };
        else
            return encoded;
    }
}

;// CONCATENATED MODULE: ./.build/github/comments.js

function toComment(raw) {
    return {
        id: raw.id,
        body: raw.body ?? '',
        user: raw.user === null ? null : { login: raw.user.login, type: raw.user.type },
        createdAt: raw.created_at,
        updatedAt: raw.updated_at,
        url: raw.html_url,
    };
}
/** Lists every comment on an issue or pull request, oldest first (all pages). */
async function listIssueComments(client, ref, issueNumber) {
    const raw = await client.paginate(client.rest.issues.listComments, { ...ref, issue_number: issueNumber, per_page: 100 });
    return raw.map(toComment);
}
/** Posts a new comment on an issue or pull request. */
async function createComment(client, ref, issueNumber, body) {
    const { data } = await client.rest.issues.createComment({ ...ref, issue_number: issueNumber, body });
    return toComment(data);
}
/** Replaces the body of an existing comment. */
async function updateComment(client, ref, commentId, body) {
    const { data } = await client.rest.issues.updateComment({ ...ref, comment_id: commentId, body });
    return toComment(data);
}
/** Deletes a comment; one already gone (404) counts as deleted. */
async function deleteComment(client, ref, commentId) {
    try {
        await client.rest.issues.deleteComment({ ...ref, comment_id: commentId });
    }
    catch (error) {
        if (!(isRequestError(error) && error.status === 404))
            throw error;
    }
}

;// CONCATENATED MODULE: ./.build/github/identity.js
/**
 * GraphQL's `viewer` answers for every kind of token, as its REST login: `github-actions[bot]` for
 * the workflow's GITHUB_TOKEN, `<app-slug>[bot]` for a GitHub App installation token, the user's
 * login for a personal token. (REST `GET /user` answers 403 to both bot tokens, which made an App
 * token look like github-actions[bot]: its own comment was never found, so every run posted a new
 * one.) marocchino/sticky-pull-request-comment asks the same way.
 */
const VIEWER_QUERY = 'query { viewer { login } }';
/** One question per client: a run asks for its identity several times (find, update, re-decide). */
const asked = new WeakMap();
/** The login comments written with this client's token are authored by. */
function tokenIdentity(client) {
    let login = asked.get(client);
    if (!login) {
        login = client.graphql(VIEWER_QUERY).then((data) => data.viewer.login);
        // A failed question is asked again next time rather than remembered.
        login.catch(() => asked.delete(client));
        asked.set(client, login);
    }
    return login;
}

;// CONCATENATED MODULE: ./.build/github/pull.js
/** Fetches one pull request. */
async function getPullRequest(client, ref, prNumber) {
    const { data } = await client.rest.pulls.get({ ...ref, pull_number: prNumber });
    const headRepo = data.head.repo?.full_name ?? null;
    return {
        number: data.number,
        state: data.state === 'closed' ? 'closed' : 'open',
        headSha: data.head.sha,
        headRef: data.head.ref,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        headRepo,
        isFork: headRepo !== data.base.repo.full_name,
        labels: data.labels.map((l) => l.name),
        changedFiles: data.changed_files,
        author: data.user?.login ?? null,
    };
}

;// CONCATENATED MODULE: ./.build/github/sticky.js




/** The workflow `permissions:` line that lets the token comment on pull requests. */
const COMMENT_PERMISSION = 'pull-requests: write';
/**
 * The sticky comment of `suite`: its marker names the suite AND it is authored by `identity`
 * (logins compare case-insensitively, as on GitHub). A marker in anyone else's comment is ignored,
 * so nobody can plant a comment for EvalGate to overwrite or trust. The oldest match wins.
 */
function findStickyComment(comments, options) {
    const identity = options.identity.toLowerCase();
    for (const comment of comments) {
        if (comment.user === null || comment.user.login.toLowerCase() !== identity)
            continue;
        const marker = parseMarker(comment.body);
        if (marker !== null && marker.suite === options.suite)
            return { ...comment, marker };
    }
    return null;
}
/**
 * What to do with the sticky comment. `isNewer(existingHead)` answers "does the existing comment
 * show a newer head than ours?"; see `liveHeadIsNewer` for the rule upsertStickyComment uses.
 * Same head → update (a re-run replaces its own result); no comment → create.
 */
function planCommentWrite(existing, options) {
    if (existing === null)
        return 'create';
    if (sameSha(existing.marker.headSha, options.headSha))
        return 'update';
    return options.isNewer(existing.marker.headSha) ? 'skip-older' : 'update';
}
/**
 * "Newer" by the pull request's live head (fetched right before writing): the existing comment is
 * newer exactly when it shows the live head and we do not. Commit dates are not used: they are set
 * by whoever commits, and rebases reorder them. When neither head is live, both runs are stale and
 * the write goes ahead; the run for the live head overwrites it later.
 */
function liveHeadIsNewer(liveHeadSha, ourHeadSha) {
    return (existingHead) => sameSha(existingHead, liveHeadSha) && !sameSha(ourHeadSha, liveHeadSha);
}
function sameSha(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/**
 * Creates or updates the one sticky comment of a suite on a pull request, never duplicating it
 * and never replacing a newer head's results. A 403 becomes GitHubPermissionError naming the
 * missing `permissions:` line (callers fall back to the job summary).
 *
 * Two runs that start together (a push and a label event, a re-run) may both find no comment and
 * both create one. So after creating, the comments are listed again: the oldest sticky comment
 * wins (every run agrees on it, as comment ids only grow), a run whose comment is not the oldest
 * deletes its own and writes its results into the oldest by the usual rule instead.
 */
async function upsertStickyComment(client, ref, prNumber, options) {
    const fullBody = `${buildMarker({ suite: options.suite, headSha: options.headSha, state: options.state ?? null })}\n${options.body}`;
    const find = async () => findStickyComment(await withPermissionAdvice('read the pull request comments', 'pull-requests: read', () => listIssueComments(client, ref, prNumber)), options);
    const existing = await find();
    if (existing !== null) {
        const written = await writeOver(client, ref, prNumber, existing, fullBody, options);
        if (written !== null)
            return written;
    }
    const create = () => withPermissionAdvice('comment on the pull request', COMMENT_PERMISSION, () => createComment(client, ref, prNumber, fullBody));
    const created = await create();
    const oldest = await find();
    if (oldest === null || oldest.id >= created.id)
        return { action: 'created', url: created.url };
    await withPermissionAdvice('delete a duplicate comment', COMMENT_PERMISSION, () => deleteComment(client, ref, created.id));
    // The oldest vanished meanwhile: post once more rather than leave no comment at all.
    return (await writeOver(client, ref, prNumber, oldest, fullBody, options)) ?? { action: 'created', url: (await create()).url };
}
/** Updates `existing` unless it shows a newer head; null when it was deleted meanwhile (404). */
async function writeOver(client, ref, prNumber, existing, fullBody, options) {
    let isNewer = options.isNewer;
    if (isNewer === undefined && !sameSha(existing.marker.headSha, options.headSha)) {
        const live = await getPullRequest(client, ref, prNumber);
        isNewer = liveHeadIsNewer(live.headSha, options.headSha);
    }
    const plan = planCommentWrite(existing, { headSha: options.headSha, isNewer: isNewer ?? (() => false) });
    if (plan === 'skip-older')
        return { action: 'skipped', url: existing.url };
    try {
        const updated = await withPermissionAdvice('update the pull request comment', COMMENT_PERMISSION, () => updateComment(client, ref, existing.id, fullBody));
        return { action: 'updated', url: updated.url };
    }
    catch (error) {
        // Deleted between listing and updating: the caller posts it again.
        if (isRequestError(error) && error.status === 404)
            return null;
        throw error;
    }
}
async function withPermissionAdvice(action, missing, call) {
    try {
        return await call();
    }
    catch (error) {
        // A secondary rate limit is also a 403, but no permission would fix it.
        if (isRequestError(error) && error.status === 403 && !/rate limit/i.test(error.message)) {
            throw new GitHubPermissionError(action, missing, error);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./.build/action/warn.js

/** The message of anything thrown. */
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/**
 * The one way the action goes on after a step failed that the decision does not depend on: a
 * warning that says what failed, why, and what the user goes without.
 */
function warnFailure(redact, failure) {
    core.warning(redact(`EvalGate could not ${failure.failed} (${messageOf(failure.error)}): ${failure.lost}`));
}

;// CONCATENATED MODULE: ./.build/action/comment.js
// Everything the action writes to and reads from its sticky comment, and the state kept in it.












/**
 * Reads the sticky comment and its state, and — when this run was started by someone adding the
 * approve label — records which head the label was added to (the event payload's head). That
 * record, kept in a comment only the token's identity authors, is what `approval-scope: head`
 * checks; never when a commit first appeared anywhere.
 */
async function readSticky(ctx) {
    const { github, repo, pr, event, inputs } = ctx;
    const identity = await tokenIdentity(github);
    const comment = findStickyComment(await listIssueComments(github, repo, pr.number), { suite: ctx.suite.name, identity });
    const state = comment ? parseCommentState(comment.marker.state) : null;
    const known = state?.sightings ?? [];
    const addedApproveLabel = event.action === 'labeled' && event.label !== null && sameLabel(event.label, inputs.approveLabel);
    if (!addedApproveLabel)
        return { comment, state, sightings: known };
    const [{ labels: events }, live] = await Promise.all([listPullRequestEvents(github, repo, pr.number), getPullRequest(github, repo, pr.number)]);
    const last = lastLabeled(events, inputs.approveLabel) ?? null;
    const refusal = sightingRefusal({
        lastLabeled: last && { id: last.id, actor: last.actor },
        sender: event.sender,
        payloadHead: pr.headSha,
        liveHead: live.headSha,
        runAttempt: event.runAttempt,
    });
    if (refusal !== null || last === null) {
        core.info(`Not recording which commit the approve label was added to: ${refusal ?? 'no labeled event'}.`);
        return { comment, state, sightings: known };
    }
    core.info(`Recorded: the approve label (event ${last.id}) was added to ${pr.headSha.slice(0, 7)}.`);
    return { comment, state, sightings: recordSighting(known, { event: last.id, head: pr.headSha }) };
}
/**
 * State of a comment that shows results: what a label event needs to re-decide without a model
 * call (the verdict, outputs and the header's facts), and the PR's earlier verdicts.
 */
function resultsState(ctx, sticky, report, outputs) {
    return {
        v: 1,
        head: ctx.pr.headSha,
        verdict: report.verdict.decision,
        outputs,
        sightings: sticky.sightings,
        header: (0,markdown/* headerFacts */.Rh)(report),
        history: report.history ?? [],
    };
}
/** The earlier verdicts a comment for this head carries (see nextHistory). */
function historyFor(ctx, sticky) {
    return nextHistory(sticky.state, ctx.pr.headSha);
}
/** State of a comment re-decided on a label event: its results as they were, with this run's sightings. */
function redecidedState(state, sticky) {
    return { ...state, sightings: sticky.sightings };
}
/** State of a comment that shows no results (skipped, not applicable): the sightings and the earlier verdicts carry on. */
function noticeState(ctx, sightings, history = []) {
    return { v: 1, head: ctx.pr.headSha, sightings, history };
}
/** Creates or updates the suite's sticky comment; its URL, or null when the token may not comment. */
async function postComment(ctx, body, state) {
    const { github, repo, pr } = ctx;
    try {
        const result = await upsertStickyComment(github, repo, pr.number, {
            suite: ctx.suite.name,
            body,
            headSha: pr.headSha,
            identity: await tokenIdentity(github),
            state: encodeCommentState(state),
        });
        return result.url;
    }
    catch (error) {
        if (error instanceof GitHubPermissionError) {
            core.warning(`${error.message} The report is in the job summary instead.`);
            return null;
        }
        throw error;
    }
}
/** Replaces the suite's sticky comment with `body` if there is one; a PR that never had one gets none. */
async function updateExistingComment(ctx, body) {
    const { github, repo, pr } = ctx;
    let identity;
    try {
        identity = await tokenIdentity(github);
    }
    catch (error) {
        warnFailure(ctx.redact, {
            failed: 'tell which account its token comments as',
            error,
            lost: 'an earlier EvalGate comment on this pull request, if any, was not updated and may still show an out-of-date result.',
        });
        return;
    }
    const existing = findStickyComment(await listIssueComments(github, repo, pr.number), { suite: ctx.suite.name, identity });
    if (!existing)
        return;
    const state = parseCommentState(existing.marker.state);
    await postComment(ctx, body, noticeState(ctx, state?.sightings ?? [], nextHistory(state, ctx.pr.headSha)));
}

// EXTERNAL MODULE: ./.build/compare/compare.js
var compare = __webpack_require__(94597);
// EXTERNAL MODULE: ./.build/git/git.js
var git = __webpack_require__(15729);
// EXTERNAL MODULE: ./.build/results/totals.js
var totals = __webpack_require__(31640);
;// CONCATENATED MODULE: ./.build/run/merge.js

/** File name a shard writes its side's results under, unique so `merge-multiple` keeps them all. */
function shardFileName(side, shard) {
    return `evalgate-shard-${shard.index}-of-${shard.count}.${side}.json`;
}
const SHARD_FILE = /^evalgate-shard-(\d{1,4})-of-(\d{1,4})\.(base|head)\.json$/;
/** A full commit id as git prints it (SHA-1 or SHA-256). */
const COMMIT_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
function parseShardFileName(name) {
    const m = SHARD_FILE.exec(name);
    if (!m)
        return null;
    const [index, count] = [Number(m[1]), Number(m[2])];
    return index >= 1 && index <= count ? { index, count, side: m[3] } : null;
}
class MergeError extends Error {
    name = 'MergeError';
}
/**
 * Joins shard results into one run per side. Refuses anything that is not a slice of exactly the
 * sample the head suite gives: a missing or stray shard, another split, suite, sample, seed, trial
 * count or commit, a case outside its shard's slice or evaluated twice, a case whose definition
 * differs from the head suite's. Missing cases are allowed only where a shard says the budget cut
 * it, and are returned so that the caller never lets such a merge pass.
 */
function mergeShards(files, expected) {
    const parsed = [];
    for (const f of files) {
        const shard = parseShardFileName(f.name);
        if (!shard)
            throw new MergeError(`not a shard results file: ${f.name}`);
        parsed.push({ ...f, shard });
    }
    if (parsed.length === 0)
        throw new MergeError('no shard results found (expected evalgate-shard-<i>-of-<n>.{base,head}.json)');
    const counts = new Set(parsed.map((f) => f.shard.count));
    if (counts.size > 1)
        throw new MergeError(`shard results from different splits: ${[...counts].map((n) => `of-${n}`).join(', ')}`);
    const count = [...counts][0];
    for (const f of parsed)
        checkMeta(f, expected);
    // Position of each sampled id: the slice a case belongs to is its position modulo the count.
    const position = new Map(expected.sampleIds.map((id, i) => [id, i]));
    const base = mergeSide(parsed, 'base', count, expected, position);
    const head = mergeSide(parsed, 'head', count, expected, position);
    const present = (r) => new Set(r.cases.map((c) => c.id));
    const [inBase, inHead] = [present(base), present(head)];
    const missing = expected.sampleIds.filter((id) => !inBase.has(id) || !inHead.has(id));
    if (missing.length === 0)
        return { base, head, missing };
    // Compare the pairs that are there: a case one side lacks is not a new or removed case.
    const both = (r, other) => {
        const cases = r.cases.filter((c) => other.has(c.id));
        return {
            ...r,
            cases,
            totals: (0,totals/* totalsOf */.v)(cases, r.totals.unknownPriceModels),
            meta: { ...r.meta, cut: r.meta.cut && { ...r.meta.cut, completed: cases.length } },
        };
    };
    return { base: both(base, inHead), head: both(head, inBase), missing };
}
function checkMeta(f, expected) {
    const { meta } = f.results;
    const { index, count, side } = f.shard;
    const fail = (what) => {
        throw new MergeError(`${f.name}: ${what}`);
    };
    if (meta.side !== side)
        fail(`holds ${meta.side} results, its name says ${side}`);
    if (meta.shard === null || meta.shard.index !== index || meta.shard.count !== count) {
        fail(`says it is shard ${meta.shard ? `${meta.shard.index}/${meta.shard.count}` : 'none'}, its name says ${index}/${count}`);
    }
    if (meta.commit === null || !COMMIT_SHA.test(meta.commit))
        fail(`its commit ${JSON.stringify(meta.commit)} is not a full commit id`);
    const want = side === 'base' ? expected.baseSha : expected.headSha;
    if (want !== null && meta.commit !== want)
        fail(`evaluated ${meta.commit.slice(0, 12)}, but the ${side} commit is ${want.slice(0, 12)}`);
    if (meta.suiteFingerprint !== expected.suiteFingerprint) {
        fail("was made from another suite than the head suite's (cases, checks or judge differ)");
    }
    if (meta.seed !== expected.seed || meta.trials !== expected.trials || !sameIds(meta.sampleIds, expected.sampleIds)) {
        fail('sampled other cases than the head suite gives (give the merge job the same sample, seed and trials inputs as the shards)');
    }
}
function sameIds(a, b) {
    return a.length === b.length && a.every((id, i) => id === b[i]);
}
function mergeSide(files, side, count, expected, position) {
    const mine = files.filter((f) => f.shard.side === side).sort((a, b) => a.shard.index - b.shard.index);
    const seen = new Set(mine.map((f) => f.shard.index));
    if (seen.size !== mine.length)
        throw new MergeError(`${side} results of one shard appear twice`);
    const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missingShards.length > 0) {
        throw new MergeError(`${side} results of shard ${missingShards.join(', ')} of ${count} are missing: did every matrix job upload its results-dir?`);
    }
    const byId = new Map();
    for (const f of mine) {
        for (const c of f.results.cases) {
            const at = position.get(c.id);
            if (at === undefined)
                throw new MergeError(`${f.name}: case ${JSON.stringify(c.id)} is not in the sample`);
            const slice = (at + (expected.offset ?? 0)) % count;
            if (slice !== f.shard.index - 1)
                throw new MergeError(`${f.name}: case ${c.id} belongs to shard ${slice + 1}, not ${f.shard.index}`);
            const other = byId.get(c.id);
            if (other)
                throw new MergeError(`case ${c.id} appears in both ${other.file.name} and ${f.name}`);
            if (c.fingerprint !== expected.caseFingerprints.get(c.id)) {
                throw new MergeError(`${f.name}: case ${c.id} was evaluated with another definition than the head suite's`);
            }
            byId.set(c.id, { file: f, result: c });
        }
    }
    const cases = expected.sampleIds.flatMap((id) => {
        const hit = byId.get(id);
        return hit ? [hit.result] : [];
    });
    const cut = mine.find((f) => f.results.meta.cut)?.results.meta.cut ?? null;
    const absent = expected.sampleIds.length - cases.length;
    if (absent > 0) {
        const cutFree = mine.filter((f) => !f.results.meta.cut && f.results.cases.length < shardSize(expected.sampleIds.length, count, f.shard.index, expected.offset ?? 0));
        if (!cut || cutFree.length > 0) {
            const example = expected.sampleIds.find((id) => !byId.has(id));
            throw new MergeError(`${side} results lack ${absent} sampled cases (e.g. ${example}): the shards do not cover the sample`);
        }
    }
    const unknown = mine.flatMap((f) => f.results.totals.unknownPriceModels);
    const first = mine[0].results;
    return {
        ...first,
        meta: {
            ...first.meta,
            shard: null,
            startedAt: mine.map((f) => f.results.meta.startedAt).sort()[0],
            finishedAt: mine
                .map((f) => f.results.meta.finishedAt)
                .sort()
                .at(-1),
            durationMs: Math.max(...mine.map((f) => f.results.meta.durationMs)),
            cut: cut ? { ...cut, completed: cases.length, planned: expected.sampleIds.length } : null,
        },
        cases,
        totals: (0,totals/* totalsOf */.v)(cases, unknown),
    };
}
/** How many sampled cases shard `index` of `count` evaluates (see shardSlice). */
function shardSize(total, count, index, offset) {
    let n = 0;
    for (let i = 0; i < total; i += 1)
        if ((i + offset) % count === index - 1)
            n += 1;
    return n;
}
/**
 * The decision of a merge that lacks sampled cases: a shard that says the budget cut it cannot be
 * checked, and the cases it left out may be the failing ones. A regression shown by the cases that
 * are there stands; anything else is `error`, never a pass or a (green) inconclusive.
 */
function incompleteMergeDecision(verdict, missing, planned) {
    if (missing.length === 0 || verdict.decision === 'fail' || verdict.decision === 'error')
        return verdict;
    return {
        ...verdict,
        decision: 'error',
        reasons: [
            `${missing.length} of ${planned} sampled cases are missing from the shard results (e.g. ${missing[0]}); a merge that lacks cases cannot pass — raise max-cost or re-run the shards`,
            ...verdict.reasons,
        ],
    };
}

;// CONCATENATED MODULE: ./.build/action/merge.js












/**
 * `mode: merge`: the shards' results (downloaded into results-dir) joined into one comparison.
 * Shard files come from jobs that also ran the PR's code: they are checked against what this job
 * computes itself (the head suite, its sample, the event's commits) before anything is compared.
 */
async function mergeShardResults(ctx, offset = 0) {
    const { inputs, pr } = ctx;
    const suite = (0,pipeline/* withOverrides */.Sn)(ctx.suite, { sample: inputs.sample || null, trials: inputs.trials, seed: inputs.seed });
    const names = (await shardFileNames(ctx)).filter((n) => n.startsWith('evalgate-shard-'));
    const files = await Promise.all(names.map(async (name) => ({ name, results: await (0,io/* readResults */.x8)((0,external_node_path_.join)(ctx.resultsDir, name)) })));
    let merged;
    try {
        merged = mergeShards(files, {
            suiteFingerprint: (0,fingerprint/* suiteFingerprint */.RG)(suite, judge/* JUDGE_PROMPT_VERSION */.W_),
            caseFingerprints: new Map(suite.cases.map((c) => [c.id, (0,fingerprint/* caseFingerprint */.pL)(c)])),
            sampleIds: (0,sample/* sampleCases */.kT)(suite.cases, suite.sample).ids,
            seed: suite.sample.seed,
            trials: suite.sample.trials,
            baseSha: pr.baseSha,
            headSha: await checkedOutCommit(ctx),
            // With several suites, where this suite's sample starts in the union the shards sliced.
            offset,
        });
    }
    catch (error) {
        if (error instanceof MergeError)
            throw new pipeline/* UsageError */.eb(`mode: merge: ${error.message} (looked in ${inputs.resultsDir})`);
        throw error;
    }
    const comparison = (0,compare/* compareRuns */.qB)({
        base: merged.base,
        head: merged.head,
        confidence: suite.gate.confidence,
        trafficCallsPerMonth: suite.trafficCallsPerMonth,
    });
    const verdict = incompleteMergeDecision((0,compare_decision/* decide */.LD)(comparison, suite.gate), merged.missing, merged.head.meta.sampleIds.length);
    // The head commit was checked to be a full commit id (and GITHUB_SHA) by mergeShards.
    return { comparison, verdict, changedFiles: await changedFilesOf(ctx, merged.head.meta.commit) };
}
/** Files in results-dir; none when it does not exist (no shard was downloaded), which mergeShards reports. */
async function shardFileNames(ctx) {
    try {
        return await (0,promises_.readdir)(ctx.resultsDir);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw new pipeline/* UsageError */.eb(`mode: merge: cannot list results-dir ${ctx.inputs.resultsDir} (${messageOf(error)}); point results-dir at the folder the shard artifacts were downloaded into`, { cause: error });
    }
}
/**
 * What the shards' checkouts evaluated as head is what this job checked out (the same ref in one
 * workflow run): GITHUB_SHA on pull_request, whatever the workflow checks out otherwise.
 */
async function checkedOutCommit(ctx) {
    const { workspace, sha } = ctx.event;
    try {
        return await (0,git/* resolveRef */.qE)(workspace, 'HEAD');
    }
    catch (error) {
        warnFailure(ctx.redact, {
            failed: `read the checked-out commit in ${workspace}`,
            error,
            lost: `the shards' head commit is checked against GITHUB_SHA (${sha ?? 'not set'}) instead.`,
        });
        return sha;
    }
}
/** The diffs the comment shows; none, with a warning, when this job's checkout cannot diff base and head. */
async function changedFilesOf(ctx, headSha) {
    try {
        return await (0,pipeline/* changedUnderTest */.PS)(ctx.event.workspace, ctx.pr.baseSha, headSha, ctx.suite, null);
    }
    catch (error) {
        warnFailure(ctx.redact, {
            failed: 'diff the files under test between base and head in this checkout (fetch both commits, e.g. actions/checkout with fetch-depth: 0)',
            error,
            lost: 'the comment lists no changed files.',
        });
        return [];
    }
}

;// CONCATENATED MODULE: ./.build/action/render-options.js
/** What the inputs change in the rendered comment and summary. */
function renderOptions(inputs) {
    return {
        approvePermission: inputs.approvePermission,
        approvalScope: inputs.approvalScope,
    };
}

;// CONCATENATED MODULE: ./.build/action/redecide.js






/**
 * Label events: reuse the verdict stored in this head's comment instead of paying again. Null when
 * the comment holds no results for this head, and the run evaluates.
 */
async function redecideFromComment(ctx, sticky) {
    const { pr, inputs, suite } = ctx;
    const { comment: existing, state } = sticky;
    if (!existing || !state || state.head !== pr.headSha || !state.verdict || !state.outputs)
        return null;
    const approval = await approvalFor(ctx, sticky.sightings);
    const decision = (0,compare_decision/* finalDecision */.nF)(state.verdict, approval?.state === 'approved', suite.gate);
    // The marker line is ours and is written again by upsertStickyComment.
    const previous = existing.body.slice(existing.body.indexOf('\n') + 1);
    const body = (0,markdown/* replaceHeader */.As)(previous, 
    // Headline and next steps come from the facts stored with the verdict, not from the comment's text.
    { decision, approval, approveLabel: inputs.approveLabel, suiteName: suite.name, redact: ctx.redact, verdict: state.verdict, facts: state.header ?? null }, renderOptions(inputs));
    const url = await postComment(ctx, body, redecidedState(state, sticky));
    core.info(`Re-decided from the results already posted for ${pr.headSha.slice(0, 7)}: no model was called.`);
    // Comments written before report-path was left out of the state may still carry it.
    const { 'report-path': _stale, ...outputs } = state.outputs;
    return { decision, outputs: { ...outputs, ...(url ? { 'comment-url': url } : {}) }, summary: body };
}

;// CONCATENATED MODULE: ./.build/action/shard.js






/** A shard job writes its slice under unique names for the merge job and decides nothing itself. */
async function shardOutcome(ctx, result) {
    const shard = (0,sample/* parseShard */.uK)(ctx.inputs.shard);
    // The pipeline wrote every result through the run's redaction policy already.
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(ctx.resultsDir, shardFileName('base', shard)), result.base);
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(ctx.resultsDir, shardFileName('head', shard)), result.head);
    const summary = [
        `## EvalGate shard ${shard.index}/${shard.count} — \`${result.suite.name}\``,
        '',
        `Evaluated ${result.head.cases.length} of ${result.head.meta.sampleIds.length} sampled cases at base and head.`,
        'The `mode: merge` job combines the shards, decides, and posts the comment.',
    ].join('\n');
    return { decision: (0,compare_decision/* shardDecision */.XB)(result.verdict.decision), outputs: outputsOf(result.comparison), summary };
}

;// CONCATENATED MODULE: ./.build/action/gate.js

























/** `mode: gate` and `mode: merge`: load the suite and gate the pull request on it. */
async function gate(ctx) {
    const suite = await (0,load/* loadSuite */.bu)(ctx.event.workspace, ctx.inputs.config);
    return gateSuite(createSuiteContext(ctx, suite));
}
/**
 * One suite on the pull request: not applicable when the PR touches nothing it watches; skipped
 * without a key; re-decided from its comment on label events; else evaluated (or, in `mode:
 * merge`, the shards' results merged), decided, written to results-dir and commented.
 */
async function gateSuite(ctx) {
    const { inputs, pr, suite } = ctx;
    const changed = await listChangedFiles(ctx.github, ctx.repo, pr.number);
    const relevance = isRelevant(changedPaths(changed.files), suite.watch, suite.referencedFiles, changed.truncated);
    if (!relevance.relevant)
        return notApplicable(ctx, changed.files.length);
    const sticky = await readSticky(ctx);
    // The merge job only aggregates shard results: it needs no key.
    const missing = ctx.mode === 'gate' ? (0,endpoints/* missingKeys */.lx)(suite, [suite.target], process.env, inputs.openaiApiKey) : [];
    if (missing.length > 0)
        return skippedWithoutKey(ctx, sticky, missing);
    if (ctx.event.action === 'labeled' || ctx.event.action === 'unlabeled') {
        const redecided = await redecideFromComment(ctx, sticky);
        if (redecided)
            return redecided;
        core.info('No earlier results for this head commit: evaluating again.');
    }
    let result;
    if (ctx.mode === 'merge') {
        result = await mergeShardResults(ctx);
    }
    else {
        const run = await gate_compare(ctx);
        if (inputs.shard)
            return shardOutcome(ctx, run);
        result = run;
    }
    return report(ctx, sticky, result);
}
async function notApplicable(ctx, changedCount) {
    const message = `No file this suite watches or references changed in this pull request (${changedCount} files changed); no model was called.`;
    const body = (0,markdown/* renderNotice */.BG)('not-applicable', { suiteName: ctx.suite.name, message, redact: ctx.redact });
    // Only update a comment that exists: a PR that never touched the suite gets no new comment.
    if (ctx.inputs.comment)
        await updateExistingComment(ctx, body);
    return { decision: 'not-applicable', outputs: {}, summary: body };
}
/** A role's endpoint has no key (a fork PR gets no secrets at all): say which, and how to provide it. */
async function skippedWithoutKey(ctx, sticky, missing) {
    const names = missing.map((m) => (m.variable === null ? 'an OpenAI API key' : m.variable)).join(', ');
    const message = ctx.pr.isFork
        ? `This pull request comes from a fork: GitHub gives fork workflows no secrets, so there is no ${names} and no model was called.`
        : missing.every((m) => m.variable === null)
            ? 'No OpenAI API key was given (input openai-api-key), so no model was called.'
            : `Missing ${names}, so no model was called.\n${(0,endpoints/* missingKeyMessage */.JE)(missing, 'action')}`;
    const body = (0,markdown/* renderNotice */.BG)('skipped', {
        suiteName: ctx.suite.name,
        message,
        details: [
            'A maintainer can run the evaluation by pushing the branch to this repository, or by running `npx evalgate compare --base-ref <base>` locally.',
            'Never use `pull_request_target` with a checkout of the PR head and secrets: that hands your key to untrusted code.',
            `Set \`on-missing-key: skip\` to let such pull requests pass with decision \`skipped\`.`,
        ],
        redact: ctx.redact,
    });
    if (ctx.inputs.comment) {
        try {
            await postComment(ctx, body, noticeState(ctx, sticky.sightings, historyFor(ctx, sticky)));
        }
        catch (error) {
            warnFailure(ctx.redact, {
                failed: 'post the skipped notice on the pull request',
                error,
                lost: 'the notice is in the job summary only, and an earlier EvalGate comment, if any, still shows its old result.',
            });
        }
    }
    return { decision: 'skipped', outputs: {}, summary: body };
}
/** Base against head on this runner, with the response cache and, when the Actions cache has one, the stored baseline. */
async function gate_compare(ctx) {
    const { inputs, pr, event, suite } = ctx;
    const keys = responseCacheKeys({ suite: suite.name, pr: pr.number, headSha: pr.headSha, runId: event.runId ?? 'local', shard: inputs.shard });
    return withResponseCache(keys, async () => {
        const baselineFile = await restoreBaseline(suite, pr.baseSha);
        return withIsolation(ctx, (isolation) => (0,pipeline/* runComparison */.rW)({
            root: event.workspace,
            configPath: inputs.config,
            baseRef: pr.baseSha,
            headRef: null,
            baselineFile,
            options: { ...evalOptions(ctx, suite, ctx.redact), isolation },
        }));
    });
}
/** Decides (with the approve label), writes the report files and the comment. */
async function report(ctx, sticky, result) {
    const { inputs, suite } = ctx;
    const approval = await approvalFor(ctx, sticky.sightings);
    const decision = (0,compare_decision/* finalDecision */.nF)(result.verdict.decision, approval?.state === 'approved', suite.gate);
    const report = {
        comparison: result.comparison,
        verdict: result.verdict,
        decision,
        approval,
        approveLabel: inputs.approveLabel,
        changedFiles: result.changedFiles,
        redact: ctx.redact,
        runUrl: ctx.event.runUrl,
        history: historyFor(ctx, sticky),
    };
    const outputs = outputsOf(report.comparison);
    await (0,promises_.mkdir)(ctx.resultsDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(ctx.resultsDir, json/* REPORT_JSON */.oA);
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify((0,json/* toReportJson */.sn)(report), null, 2)}\n`);
    const summary = (0,markdown/* renderSummary */.Br)(report, renderOptions(inputs));
    await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.resultsDir, json/* REPORT_MD */.Rg), summary);
    // For test reporters, and annotations on the changed prompt/model lines (workflow commands, no permission).
    await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.resultsDir, junit/* JUNIT_FILE */.Gl), (0,junit/* junitForComparison */.jS)(report, { redact: ctx.redact, allCaseIds: suite.cases.map((c) => c.id) }));
    for (const a of annotationsFor({ ...report, suite }))
        core[a.level](a.message, { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine });
    outputs['report-path'] = reportPath;
    if (inputs.comment) {
        // Without report-path: a later label run is a new job in which that file does not exist.
        const state = resultsState(ctx, sticky, report, outputsOf(report.comparison));
        const url = await postComment(ctx, (0,markdown/* renderComment */.wQ)(report, renderOptions(inputs)), state);
        if (url)
            outputs['comment-url'] = url;
    }
    return { decision, outputs, summary };
}

// EXTERNAL MODULE: ./.build/compare/worst.js
var worst = __webpack_require__(47489);
// EXTERNAL MODULE: ./.build/config/files.js
var files = __webpack_require__(14754);
// EXTERNAL MODULE: ./.build/util/repo-path.js
var repo_path = __webpack_require__(663);
;// CONCATENATED MODULE: ./.build/config/local-imports.js


/** Sources whose relative imports are followed. */
const SCANNED = /\.(?:[cm]?[jt]sx?)$/i;
/** Tried in this order for an extensionless or `.js`-for-`.ts` specifier, as Node and tsc resolve them. */
const EXTENSIONS = ['.js', '.ts', '.mjs', '.cjs', '.mts', '.cts', '.jsx', '.tsx'];
/** An import graph larger than this is not followed further: relevance then rests on `watch`. */
const MAX_FOLLOWED_FILES = 2_000;
/** Files larger than this are not scanned (bundles, generated code). */
const MAX_SCANNED_CHARS = 2_000_000;
/**
 * Static and dynamic module specifiers in JavaScript or TypeScript source: `import … from 'x'`,
 * `import 'x'`, `export … from 'x'`, `import('x')`, `require('x')`. Comments are blanked first so a
 * commented-out import is not followed; strings that merely contain the word `import` are not
 * matched because each form needs its keyword before a quoted specifier. A regex scanner, not a
 * parser: it may see an import inside a template literal, which only makes relevance broader.
 */
function importSpecifiers(source) {
    const code = stripComments(source);
    const found = [];
    const forms = [
        // import x from 'y' / import { a, b } from 'y' / export * from 'y' / export { a } from 'y' / import type … from 'y'
        /\b(?:import|export)\s+(?:type\s+)?(?:[\w$*{}\s,]+?\s+from\s*)?(['"])([^'"\n]+)\1/g,
        // import('y'), require('y'), require.resolve('y')
        /\b(?:import|require(?:\.resolve)?)\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g,
    ];
    for (const form of forms) {
        for (const m of code.matchAll(form))
            found.push(m[2]);
    }
    return [...new Set(found)];
}
/** Blanks `//` and block comments outside string literals (keeping line structure). */
function stripComments(source) {
    let out = '';
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        const next = source[i + 1];
        if (ch === '"' || ch === "'" || ch === '`') {
            const end = stringEnd(source, i);
            out += source.slice(i, end);
            i = end;
        }
        else if (ch === '/' && next === '/') {
            const end = source.indexOf('\n', i);
            i = end === -1 ? source.length : end;
        }
        else if (ch === '/' && next === '*') {
            const end = source.indexOf('*/', i + 2);
            const stop = end === -1 ? source.length : end + 2;
            out += source.slice(i, stop).replace(/[^\n]/g, ' ');
            i = stop;
        }
        else {
            out += ch;
            i += 1;
        }
    }
    return out;
}
/** Index just after the string literal starting at `start` (or the line's end for an unclosed quote). */
function stringEnd(source, start) {
    const quote = source[start];
    let i = start + 1;
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\')
            i += 2;
        else if (ch === quote)
            return i + 1;
        else if (ch === '\n' && quote !== '`')
            return i;
        else
            i += 1;
    }
    return source.length;
}
/** Candidate files a relative specifier may name, most specific first. */
function candidates(from, specifier) {
    const joined = (0,repo_path/* repoPath */.qN)(external_node_path_.posix.join(external_node_path_.posix.dirname(from), specifier));
    if (joined === null)
        return []; // leaves the repository: not ours to follow
    const out = [joined];
    const ext = external_node_path_.posix.extname(joined);
    // TypeScript sources import each other by their emitted name: './util.js' is util.ts on disk.
    if (/^\.[cm]?js$/.test(ext)) {
        const stem = joined.slice(0, -ext.length);
        out.push(`${stem}${ext.replace('js', 'ts')}`, `${stem}.tsx`);
    }
    out.push(...EXTENSIONS.map((e) => `${joined}${e}`), ...EXTENSIONS.map((e) => `${joined}/index${e}`));
    return out;
}
/**
 * Every repository file reachable from `entries` through relative imports (`./x`, `../y`), the
 * entries included when they exist: the local modules an agent module or a javascript check
 * loads, so a change to any of them makes the suite relevant. A relative import that names no
 * file adds every path it could name (a module removed while still imported is a change that
 * concerns the suite). Bare specifiers (packages) and paths out of the repository are not
 * followed. Sorted, unique.
 */
async function followLocalImports(entries, reader, limit = MAX_FOLLOWED_FILES) {
    const found = new Set();
    const unresolved = new Set();
    const texts = new Map();
    const read = (rel) => {
        let text = texts.get(rel);
        if (!text) {
            text = reader.read(rel).catch(() => null);
            texts.set(rel, text);
        }
        return text;
    };
    let queue = entries.flatMap((e) => (0,repo_path/* repoPath */.qN)(e) ?? []);
    while (queue.length > 0 && found.size < limit) {
        const next = [];
        for (const file of queue) {
            if (found.has(file) || found.size >= limit)
                continue;
            const text = await read(file);
            if (text === null)
                continue;
            found.add(file);
            if (!SCANNED.test(file) || text.length > MAX_SCANNED_CHARS)
                continue;
            for (const spec of importSpecifiers(text)) {
                if (!spec.startsWith('./') && !spec.startsWith('../'))
                    continue;
                const options = candidates(file, spec.split(/[?#]/)[0]);
                let resolved = false;
                for (const candidate of options) {
                    if ((await read(candidate)) !== null) {
                        next.push(candidate);
                        resolved = true;
                        break;
                    }
                }
                // Imported but not there (deleted in this change, or generated): a change to any file it
                // could name concerns the suite.
                if (!resolved)
                    for (const candidate of options)
                        unresolved.add(candidate);
            }
        }
        queue = next;
    }
    return [...new Set([...found, ...unresolved])].sort();
}

;// CONCATENATED MODULE: ./.build/config/suite-references.js




/**
 * The suite's code entry points: the `module` target's file, a `command` target's script (the
 * first argument that names a source file, e.g. `python app/main.py`), and javascript check files.
 */
function codeEntries(suite) {
    const checks = suite.cases
        .flatMap((c) => c.checks)
        .flatMap((k) => {
        const js = k.javascript;
        return js === undefined ? [] : [typeof js === 'string' ? js : js.path];
    });
    const target = suite.target.chat ? [] : (0,load/* targetFilesOf */._3)(suite.target);
    return [...new Set([...target, ...checks])];
}
/**
 * Everything a change to which makes the suite relevant, besides `watch`: the files the suite
 * references (suite file, case files, prompts, model file, schemas, entry points) and the local
 * modules its JavaScript/TypeScript code imports, followed transitively. Sorted, unique.
 */
async function suiteReferences(suite, reader) {
    const scripts = suite.target.command ? await commandFiles(suite.target.command.run, reader) : [];
    const imported = await followLocalImports([...codeEntries(suite), ...scripts], reader);
    return [...new Set([...suite.referencedFiles, ...imported])].sort();
}
/** Arguments a command line is split into that are checked against the tree; a longer line's tail is not. */
const MAX_COMMAND_WORDS = 32;
/**
 * The arguments of a `command` target that are files in the tree (`node bot.js`, `python app/main.py`,
 * `./run.sh`): the command's entry point, whatever its extension or folder. Options and words
 * that name no file are skipped; quoting is not interpreted.
 */
async function commandFiles(run, reader) {
    const words = run.split(/\s+/).filter(Boolean).slice(0, MAX_COMMAND_WORDS);
    const candidates = [...new Set(words.filter((w) => !w.startsWith('-')).flatMap((w) => (0,repo_path/* repoPath */.qN)(w) ?? []))];
    const found = await Promise.all(candidates.map(async (c) => ((await reader.read(c)) === null ? [] : [c])));
    return found.flat();
}
/** Reads a checkout's files as text, through the repository's symlink rule; anything else is "no file". */
function treeReader(root) {
    return {
        async read(rel) {
            const fact = await (0,files/* readRepoFile */.v6)(root, rel, true);
            return fact.kind === 'file' ? fact.text : null;
        },
    };
}

// EXTERNAL MODULE: ./.build/config/suite-paths.js
var suite_paths = __webpack_require__(16900);
// EXTERNAL MODULE: ./.build/report/untrusted.js
var untrusted = __webpack_require__(24887);
// EXTERNAL MODULE: ./.build/report/suites-json.js
var suites_json = __webpack_require__(62783);
// EXTERNAL MODULE: ./.build/report/suites-markdown.js
var suites_markdown = __webpack_require__(74160);
// EXTERNAL MODULE: ./.build/suites.js
var _build_suites = __webpack_require__(82665);
;// CONCATENATED MODULE: ./.build/action/suites.js




























/*
 * The action for several suites (a monorepo): `config` is a list or a glob. One comment per pull
 * request with a section per evaluated suite, one scheduler and budget for the whole run, the
 * worst suite's decision as the step's. The single-suite modes (gate.ts, baseline.ts) are
 * unchanged; run() hands over here when `config` names several suites. The decisions below are
 * written against `SuitesHost` (GitHub, caches, isolation), which `severalSuitesMode` builds from
 * the run's context with the single-suite modes' helpers.
 */
/**
 * The sticky comment key of a several-suite run: one comment for all the suites `config` names.
 * Derived from `config` as written, so jobs of a matrix over groups of suites (different `config`
 * values) each keep their own comment, and a shard matrix and its merge job share one.
 */
function suitesCommentKey(config) {
    return `suites: ${(0,suite_paths/* splitConfig */.BS)(config).join(', ')}`;
}
/**
 * The suite files `config` names when it names several (a list, or any glob); null for one plain
 * path, which the single-suite action handles exactly as before.
 */
async function severalSuites(config, workspace) {
    const patterns = (0,suite_paths/* splitConfig */.BS)(config);
    if (patterns.length <= 1 && !patterns.some(suite_paths/* isSuiteGlob */.XZ))
        return null;
    return (0,suite_paths/* resolveSuitePaths */.rs)(patterns, workspace);
}
/** Each suite with its output directory and whether the PR's changes concern it (own watch globs and references). */
async function relevanceOf(suites, changed, truncated, workspace) {
    const dirs = (0,_build_suites/* suiteDirs */.xf)(suites.map((s) => s.path));
    const reader = treeReader(workspace);
    return Promise.all(suites.map(async (suite, i) => {
        const references = await suiteReferences(suite, reader);
        return { suite, dir: dirs[i], relevant: isRelevant(changed, suite.watch, references, truncated).relevant };
    }));
}
const NOT_APPLICABLE = 'No file this suite watches or references changed in this pull request; no model was called.';
/** `mode: gate` and `mode: merge` (and shard jobs) for several suites. */
async function gateSuites(host, paths, mode, policy) {
    const { inputs, context, resultsDir } = host;
    const pr = context.pullRequest;
    const suites = await (0,_build_suites/* loadSuites */._k)(context.workspace, paths);
    // The overview names every suite: redacted with all suites' patterns.
    policy.redact = (0,report_redact/* createRedactor */.lY)(suites.flatMap((s) => s.redact), { literals: host.secretsOf(suites) });
    const { redact } = policy;
    const changed = await host.changedFiles();
    const all = await relevanceOf(suites, changed.paths, changed.truncated, context.workspace);
    const relevant = all.filter((s) => s.relevant);
    for (const s of all)
        host.log(`suite ${s.suite.name} (${s.suite.path}): ${s.relevant ? 'relevant' : 'not applicable'}`);
    const notApplicable = all
        .filter((s) => !s.relevant)
        .map((s) => ({ name: s.suite.name, path: s.suite.path, decision: 'not-applicable', report: null, message: NOT_APPLICABLE, dir: null }));
    const args = { redact, runUrl: context.runUrl, options: host.renderOptions };
    if (relevant.length === 0) {
        const body = (0,suites_markdown/* renderSuitesComment */.j)(notApplicable, { ...args, decision: 'not-applicable' });
        if (inputs.comment && !inputs.shard)
            await host.updateExistingComment(suitesCommentKey(inputs.config), body);
        return { decision: 'not-applicable', outputs: { suites: suitesOutput(notApplicable, host, redact) }, summary: body };
    }
    const sightings = inputs.shard ? [] : await host.readSightings(suitesCommentKey(inputs.config));
    if (!inputs.openaiApiKey && mode === 'gate') {
        const message = pr.isFork
            ? 'This pull request comes from a fork: GitHub gives fork workflows no secrets, so there is no OpenAI API key and no model was called.'
            : 'No OpenAI API key was given (input openai-api-key), so no model was called.';
        const skipped = relevant.map((s) => ({ name: s.suite.name, path: s.suite.path, decision: 'skipped', report: null, message, dir: null }));
        const reports = inGivenOrder([...skipped, ...notApplicable], paths);
        const body = (0,suites_markdown/* renderSuitesComment */.j)(reports, { ...args, decision: 'skipped' });
        if (inputs.comment)
            await host.postComment(suitesCommentKey(inputs.config), body, { v: 1, head: pr.headSha, sightings }).catch(() => null);
        return { decision: 'skipped', outputs: { suites: suitesOutput(reports, host, redact) }, summary: body };
    }
    const offsets = (0,sample/* shardOffsets */.zV)(relevant.map((s) => {
        const suite = (0,pipeline/* withOverrides */.Sn)(s.suite, { sample: inputs.sample || null, trials: inputs.trials, seed: inputs.seed });
        return (0,sample/* sampleCases */.kT)(suite.cases, suite.sample).ids.length;
    }));
    let evaluated;
    if (mode === 'merge') {
        evaluated = await Promise.all(relevant.map(async (s, i) => {
            try {
                const merged = await host.mergeShards(s.suite, (0,external_node_path_.join)(resultsDir, s.dir), offsets[i]);
                return { s, result: { ...merged, redact: (0,report_redact/* createRedactor */.lY)(s.suite.redact, { literals: host.secretsOf([s.suite]) }) }, error: null };
            }
            catch (error) {
                return { s, result: null, error: error instanceof Error ? error : new Error(String(error)) };
            }
        }));
    }
    else {
        const save = await host.responseCache();
        const results = await host.withIsolation((isolation) => (0,_build_suites/* compareSuites */.BC)(relevant.map((s) => s.suite), {
            root: context.workspace,
            baseRef: pr.baseSha,
            headRef: null,
            baselineFile: inputs.shard ? undefined : (suite) => host.restoreBaseline(suite),
            // Named among all suites of `config`, as the merge job names them.
            dirs: relevant.map((s) => s.dir),
            options: { ...host.evalOptions(relevant.map((s) => s.suite)), isolation },
        }));
        await save();
        if (inputs.shard)
            return suites_shardOutcome(host, results, redact);
        evaluated = results.map((r, i) => ('error' in r ? { s: relevant[i], result: null, error: r.error } : { s: relevant[i], result: r.result, error: null }));
    }
    const approval = await host.approval(sightings);
    const reports = evaluated.map(({ s, result, error }) => {
        if (!result)
            return { name: s.suite.name, path: s.suite.path, decision: 'error', report: null, message: error?.message ?? 'unknown error', dir: s.dir };
        const decision = (0,compare_decision/* finalDecision */.nF)(result.verdict.decision, approval?.state === 'approved', s.suite.gate);
        const report = {
            comparison: result.comparison,
            verdict: result.verdict,
            decision,
            approval,
            approveLabel: inputs.approveLabel,
            changedFiles: result.changedFiles,
            redact: result.redact,
            runUrl: context.runUrl,
        };
        return { name: s.suite.name, path: s.suite.path, decision, report, message: null, dir: s.dir };
    });
    const everything = inGivenOrder([...reports, ...notApplicable], paths);
    const decision = (0,worst/* worstDecision */._V)(everything.map((r) => r.decision));
    await (0,promises_.mkdir)(resultsDir, { recursive: true });
    for (const r of reports) {
        if (!r.report || !r.dir)
            continue;
        await (0,promises_.mkdir)((0,external_node_path_.join)(resultsDir, r.dir), { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(resultsDir, r.dir, json/* REPORT_JSON */.oA), `${JSON.stringify((0,json/* toReportJson */.sn)(r.report), null, 2)}\n`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(resultsDir, r.dir, json/* REPORT_MD */.Rg), (0,markdown/* renderSummary */.Br)(r.report, host.renderOptions));
    }
    const reportPath = (0,external_node_path_.join)(resultsDir, json/* REPORT_JSON */.oA);
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify((0,suites_json/* toSuitesReportJson */.$)(decision, everything, redact), null, 2)}\n`);
    const summary = (0,suites_markdown/* renderSuitesSummary */.k)(everything, { ...args, decision });
    await (0,promises_.writeFile)((0,external_node_path_.join)(resultsDir, json/* REPORT_MD */.Rg), summary);
    const outputs = { suites: suitesOutput(everything, host, redact), 'report-path': reportPath };
    if (inputs.comment) {
        const url = await host.postComment(suitesCommentKey(inputs.config), (0,suites_markdown/* renderSuitesComment */.j)(everything, { ...args, decision }), {
            v: 1,
            head: pr.headSha,
            sightings,
        });
        if (url)
            outputs['comment-url'] = url;
    }
    return { decision, outputs, summary };
}
/** Suites in the order `config` gave them: the JSON report and the `suites` output list them so. */
function inGivenOrder(reports, paths) {
    return [...reports].sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path));
}
/**
 * The `suites` output: a JSON array, one object per suite in the order given, with its decision
 * and, when it was evaluated, the single-suite outputs (score-delta, regressions, …), for later
 * steps: `fromJSON(steps.evalgate.outputs.suites)`.
 */
function suitesOutput(reports, host, redact) {
    return JSON.stringify(reports.map((r) => ({ name: redact(r.name), path: redact(r.path), decision: r.decision, ...(r.report ? host.outputsOf(r.report) : {}) })));
}
/** A shard job: every relevant suite's slice under `<results-dir>/<suite dir>/`, and a manifest at the top. */
async function suites_shardOutcome(host, results, redact) {
    // Suite names and error messages are data: escaped for the job summary's Markdown.
    const md = (0,untrusted/* createRenderer */.K)(redact);
    const shard = (0,sample/* parseShard */.uK)(host.inputs.shard);
    const lines = [`## EvalGate shard ${shard.index}/${shard.count} — ${results.length} suites`, ''];
    const decisions = [];
    for (const r of results) {
        if ('error' in r) {
            lines.push(`- ${md.inlineCode(r.suite.name, 100)}: error — ${md.inlineMarkdown(r.error.message.split('\n')[0], 500)}`);
            decisions.push('error');
            continue;
        }
        const dir = (0,external_node_path_.join)(host.resultsDir, r.dir);
        await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(dir, shardFileName('base', shard)), r.result.base);
        await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(dir, shardFileName('head', shard)), r.result.head);
        lines.push(`- ${md.inlineCode(r.suite.name, 100)}: evaluated ${r.result.head.cases.length} of ${r.result.head.meta.sampleIds.length} sampled cases at base and head`);
        decisions.push((0,compare_decision/* shardDecision */.XB)(r.result.verdict.decision));
    }
    // Keeps the results directory the artifact's root even when one suite alone has files, so the
    // merge job finds each suite's files under its own directory.
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(host.resultsDir, `evalgate-shard-${shard.index}-of-${shard.count}.suites.json`), {
        suites: results.map((r) => ({ path: r.suite.path, dir: r.dir })),
    });
    lines.push('', 'The `mode: merge` job combines the shards, decides, and posts the comment.');
    return { decision: (0,worst/* worstDecision */._V)(decisions), outputs: {}, summary: lines.join('\n') };
}
/** `mode: baseline` for several suites: each evaluated at the pushed commit and kept for later PRs. */
async function baselineSuites(host, paths) {
    const { context, inputs } = host;
    const suites = await (0,_build_suites/* loadSuites */._k)(context.workspace, paths);
    const md = (0,untrusted/* createRenderer */.K)((0,report_redact/* createRedactor */.lY)(suites.flatMap((s) => s.redact), { literals: host.secretsOf(suites) }));
    const save = await host.responseCache();
    const results = await host.withIsolation((isolation) => (0,_build_suites/* runSuites */.$8)(context.workspace, suites, { ...host.evalOptions(suites), isolation }, { commit: context.sha, ref: context.ref, side: 'head' }));
    await save();
    const lines = [`## EvalGate baseline — ${suites.length} suites`, ''];
    const decisions = [];
    const entries = [];
    for (const r of results) {
        if ('error' in r) {
            lines.push(`- ${md.inlineCode(r.suite.name, 100)}: error — ${md.inlineMarkdown(r.error.message.split('\n')[0], 500)}`);
            decisions.push('error');
            entries.push({ name: r.suite.name, path: r.suite.path, decision: 'error' });
            continue;
        }
        const t = r.result.results.totals;
        const file = (0,external_node_path_.join)(host.resultsDir, r.dir, io/* RESULTS_FILE */.yG);
        await (0,io/* writeJsonFile */.An)(file, r.result.results);
        if (context.sha)
            await host.saveBaseline(r.result.results);
        const decision = (0,compare_decision/* baselineDecision */.Av)(t, r.suite.gate);
        decisions.push(decision);
        entries.push({ name: r.suite.name, path: r.suite.path, decision, 'report-path': file });
        lines.push(`- ${md.inlineCode(r.suite.name, 100)}: ${t.cases} cases at ${context.sha?.slice(0, 7) ?? 'HEAD'}: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors (\`${(0,external_node_path_.join)(inputs.resultsDir, r.dir, io/* RESULTS_FILE */.yG)}\`)`);
    }
    return { decision: (0,worst/* worstDecision */._V)(decisions), outputs: { suites: JSON.stringify(entries) }, summary: lines.join('\n') };
}
/** `gate`, `merge` or `baseline` for the several suites `paths` names, with the single-suite modes' plumbing. */
async function severalSuitesMode(run, mode, paths) {
    const { inputs, event } = run;
    const allSecrets = (suites) => {
        for (const suite of suites)
            maskEndpointKeys(suite);
        return [...new Set([...secretsOf(inputs), ...suites.flatMap((suite) => secretsOf(inputs, suite))])];
    };
    const common = {
        inputs,
        context: event,
        resultsDir: run.resultsDir,
        log: log,
        evalOptions: (suites) => ({ ...evalOptions(run, suites[0]), secrets: allSecrets(suites) }),
        secretsOf: allSecrets,
        withIsolation: (evaluate) => withIsolation(run, evaluate),
        responseCache: async () => {
            const keys = responseCacheKeys({
                suite: suitesCommentKey(inputs.config),
                pr: event.pullRequest?.number ?? null,
                headSha: event.pullRequest?.headSha ?? event.sha ?? 'HEAD',
                runId: event.runId ?? 'local',
                shard: inputs.shard,
            });
            const started = Date.now();
            await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
            return () => saveResponseCache(responseCacheDir(), keys.save, started, log);
        },
    };
    if (mode === 'baseline') {
        if (!inputs.openaiApiKey) {
            const body = (0,markdown/* renderNotice */.BG)('skipped', {
                suiteName: 'EvalGate',
                message: 'No OpenAI API key: the baselines were not evaluated.',
                redact: (0,report_redact/* createRedactor */.lY)([]),
            });
            return { decision: 'skipped', outputs: {}, summary: body };
        }
        return baselineSuites({ ...common, saveBaseline: (results) => saveBaseline(results, event.sha) }, paths);
    }
    const pr = createPrContext(run, mode);
    // The comment of several suites is keyed by `config`, not by a suite: a context for it alone.
    const commentCtx = (key) => ({ ...pr, suite: { name: key }, redact: run.policy.redact });
    let baselines = Promise.resolve();
    return gateSuites({
        ...common,
        signal: run.signal,
        renderOptions: renderOptions(inputs),
        changedFiles: async () => {
            const changed = await listChangedFiles(pr.github, pr.repo, pr.pr.number);
            return { paths: changedPaths(changed.files), truncated: changed.truncated };
        },
        readSightings: async (key) => (await readSticky(commentCtx(key))).sightings,
        postComment: (key, body, state) => postComment(commentCtx(key), body, state),
        updateExistingComment: (key, body) => updateExistingComment(commentCtx(key), body),
        approval: (sightings) => approvalFor(pr, sightings ?? []),
        restoreBaseline: (suite) => {
            // Every suite's baseline restores into the same folder (the cache matches paths): one at
            // a time, each copied out before the next.
            const next = baselines.then(async () => {
                const file = await restoreBaseline(suite, pr.pr.baseSha);
                if (!file)
                    return null;
                const copy = runnerTempDir(`evalgate-baseline-${(0,_build_suites/* suiteDirs */.xf)([suite.path])[0]}.json`);
                await (0,promises_.cp)(file, copy);
                return copy;
            });
            baselines = next.catch(() => undefined);
            return next;
        },
        mergeShards: (suite, dir, offset) => mergeShardResults({ ...pr, suite, redact: (0,report_redact/* createRedactor */.lY)(suite.redact, { literals: allSecrets([suite]) }), resultsDir: dir }, offset),
        outputsOf: (report) => outputsOf(report.comparison),
    }, paths, mode, run.policy);
}

;// CONCATENATED MODULE: ./.build/action.js














// The action, by mode: action/gate.ts (`gate`, and `merge` with action/merge.ts), action/baseline.ts;
// the sticky comment in action/comment.ts, label re-decisions in action/redecide.ts; what every
// mode is handed in action/context.ts.
/** Removed from EvalGate's environment once the inputs are read; everything else is kept, off the /proc-visible block. */
const SCRUBBED_FOR_GOOD = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_)/i;
/** The action's entry point: read inputs once, decide, report, and fail exactly once. */
async function run() {
    // The run's one redaction policy: built-in patterns and the run's secrets until the suite is
    // read, then with the suite's `redact` patterns too (createSuiteContext).
    const policy = { redact: (0,report_redact/* createRedactor */.lY)([]) };
    // The runner cancels a job with SIGINT, then SIGTERM: stop paying, stop agents, clean up.
    const termination = (0,cancel.abortOnTermination)();
    try {
        const inputs = readInputs((name) => core.getInput(name), process.env);
        // Masked before anything else can print them.
        maskSecret(inputs.openaiApiKey);
        maskSecret(inputs.anthropicApiKey);
        // Every input is in `inputs` now. Agent code running as this user could read the key and the
        // tokens in /proc/<pid>/environ: blank that block, and keep INPUT_* and the OIDC request token
        // (EvalGate never asks for one) out of every process it starts.
        const scrub = (0,scrub_environ.scrubInitialEnvironment)((name) => !SCRUBBED_FOR_GOOD.test(name));
        if (!scrub.scrubbed)
            core.info(`EvalGate could not blank its environment block: ${scrub.reason}`);
        policy.redact = (0,report_redact/* createRedactor */.lY)([], { literals: secretsOf(inputs) });
        const event = readEventContext(process.env, process.cwd());
        const ctx = { inputs, event, resultsDir: (0,external_node_path_.resolve)(event.workspace, inputs.resultsDir), signal: termination.signal, policy };
        const mode = resolveMode(inputs.mode, event.eventName);
        // `config` as a list or a glob: every suite in one run, one comment (action/suites.ts).
        const several = await severalSuites(inputs.config, event.workspace);
        const outcome = several ? await severalSuitesMode(ctx, mode, several) : mode === 'baseline' ? await baseline(ctx) : await gate(createPrContext(ctx, mode));
        await finish(outcome, inputs);
    }
    catch (error) {
        const message = policy.redact(messageOf(error));
        core.error(message);
        core.setOutput('decision', 'error');
        try {
            await core.summary.addRaw((0,markdown/* renderNotice */.BG)('error', { suiteName: 'EvalGate', message, redact: policy.redact })).write();
        }
        catch (summaryError) {
            warnFailure(policy.redact, { failed: 'write the job summary', error: summaryError, lost: 'the error above is in the log only.' });
        }
        core.setFailed(`EvalGate could not decide: ${message.split('\n')[0]}`);
    }
    finally {
        termination.dispose();
    }
}
/** `gate` on pull requests, `baseline` on pushes, unless the `mode` input says otherwise. */
function resolveMode(mode, eventName) {
    if (mode)
        return mode;
    if (eventName.startsWith('pull_request'))
        return 'gate';
    if (eventName === 'push' || eventName === 'workflow_dispatch' || eventName === 'schedule')
        return 'baseline';
    throw new pipeline/* UsageError */.eb(`mode: cannot tell what to do on a "${eventName}" event; set mode: gate or mode: baseline`);
}
/** Sets the outputs and the job summary, and fails the step as the decision and inputs say. */
async function finish(outcome, inputs) {
    for (const [name, value] of Object.entries(outcome.outputs))
        core.setOutput(name, value);
    core.setOutput('decision', outcome.decision);
    await core.summary.addRaw(outcome.summary).write();
    core.info(`EvalGate decision: ${outcome.decision}`);
    if (outcome.decision === 'fail' && inputs.failOnRegression)
        core.setFailed('EvalGate: the change regresses the evaluation (see the PR comment or job summary)');
    else if (outcome.decision === 'error')
        core.setFailed('EvalGate: the evaluation could not be trusted (see the job summary)');
    else if (outcome.decision === 'skipped' && inputs.onMissingKey === 'fail')
        core.setFailed('EvalGate: skipped — a model API key is missing (see the job summary)');
    else if (outcome.decision === 'inconclusive')
        core.warning('EvalGate: inconclusive — the whole sample could neither show a regression nor rule one out; the job summary says how many cases or trials would');
}


/***/ }),

/***/ 39714:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dS: () => (/* binding */ sortProblems),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony export formatProblem */
/** `evals/evalgate.yaml:14:7 gate.max-score-drop: expected a number between 0 and 1, got "lots"` */
function formatProblem(p) {
    const where = `${p.file}:${p.line}:${p.column}`;
    return p.key ? `${where} ${p.key}: ${p.message}` : `${where} ${p.message}`;
}
/**
 * Orders problems file by file (files in order of first mention, so the suite file comes before
 * the case files it names), then by position, so the list reads top to bottom.
 */
function sortProblems(problems) {
    const fileOrder = new Map();
    for (const p of problems)
        if (!fileOrder.has(p.file))
            fileOrder.set(p.file, fileOrder.size);
    return [...problems].sort((a, b) => fileOrder.get(a.file) - fileOrder.get(b.file) || a.line - b.line || a.column - b.column);
}
/** Thrown by `loadSuite`: every problem found, one per line in `message`. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        const sorted = sortProblems(problems);
        super(sorted.map(formatProblem).join('\n'));
        this.name = 'ConfigError';
        this.problems = sorted;
    }
}


/***/ }),

/***/ 9938:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scrubInitialEnvironment: () => (/* binding */ scrubInitialEnvironment)
/* harmony export */ });
/* unused harmony exports environRange, blankValues */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/**
 * Blanks the values of this process's initial environment block. On Linux every process of the
 * same user can read that block through /proc/<pid>/environ — an agent could walk up to EvalGate
 * and read INPUT_GITHUB-TOKEN, ACTIONS_RUNTIME_TOKEN or the API key there — and changing
 * `process.env` does not touch it: Node's setenv puts new values on the heap and leaves the block
 * as the kernel wrote it. So the block is overwritten in place through /proc/self/mem (a process
 * may always write its own memory), after the values are copied to the heap; `process.env` keeps
 * working. Heap memory is readable by another process only with ptrace rights (README, Security).
 */

/** The initial environment's address range, from /proc/self/stat (fields 50 and 51, `man 5 proc`). */
function environRange(stat) {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state).
    const start = Number(fields[50 - 3]);
    const end = Number(fields[51 - 3]);
    return Number.isSafeInteger(start) && Number.isSafeInteger(end) && end > start ? { start, end } : null;
}
/** The block with every value (after the first `=` of each NUL-terminated entry) zeroed. Pure. */
function blankValues(block) {
    const out = Buffer.from(block);
    let values = 0;
    let at = 0;
    while (at < out.length) {
        let end = out.indexOf(0, at);
        if (end === -1)
            end = out.length;
        const eq = out.indexOf(0x3d, at);
        if (eq !== -1 && eq < end - 1) {
            out.fill(0, eq + 1, end);
            values += 1;
        }
        at = end + 1;
    }
    return { block: out, values };
}
/**
 * Blanks the initial environment block, then puts back into `process.env` every variable for which
 * `keep(name)` holds (now on the heap) and deletes the rest. Best effort: returns why it could not.
 */
function scrubInitialEnvironment(keep = () => true) {
    if (process.platform !== 'linux')
        return { scrubbed: false, reason: `${process.platform} has no /proc/self/mem` };
    const saved = { ...process.env };
    let fd = null;
    try {
        const range = environRange((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/proc/self/stat', 'utf8'));
        if (!range)
            return { scrubbed: false, reason: '/proc/self/stat has no environment range' };
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)('/proc/self/mem', 'r+');
        const block = Buffer.alloc(range.end - range.start);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, block, 0, block.length, range.start);
        const blanked = blankValues(block);
        // The values are read back from process.env below; copy first, then overwrite.
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, blanked.block, 0, blanked.block.length, range.start);
        for (const [name, value] of Object.entries(saved)) {
            if (value !== undefined && keep(name))
                process.env[name] = value;
            else
                delete process.env[name];
        }
        return { scrubbed: true, values: blanked.values };
    }
    catch (error) {
        // Nothing was written unless writeSync returned; restore process.env either way.
        for (const [name, value] of Object.entries(saved))
            if (value !== undefined && keep(name))
                process.env[name] = value;
        return { scrubbed: false, reason: error instanceof Error ? error.message : String(error) };
    }
    finally {
        if (fd !== null)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 37001:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ terminalText)
/* harmony export */ });
/**
 * Control characters a terminal acts on: C0 (ESC starts CSI/OSC sequences — clear screen, set the
 * window title, hyperlinks; BEL ends OSC; CR overwrites the line), DEL, C1 (U+009B is a one-byte
 * CSI), and the bidi controls that reorder what is shown (Trojan Source). Newline and tab are
 * layout, not commands.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's whole job
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/**
 * Text that came from data (suite names, tags, paths, ids, error messages quoting a file) made
 * safe to print: every control character is shown as a visible escape (`\x1b`, `\u202e`) instead
 * of being sent to the terminal. The one function every CLI printer uses for such text.
 */
function terminalText(text) {
    return text.replace(TERMINAL_CONTROL, (ch) => {
        const code = ch.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}


/***/ }),

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


/***/ }),

/***/ 3369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ suggestKey)
/* harmony export */ });
/*
 * "Did you mean" for misspelt names: suite keys, CLI options and commands. Its own module so the
 * CLI can use it without loading zod.
 */
/** The closest allowed key to a misspelt one, if it is close enough to be a plausible typo. */
function suggestKey(word, candidates) {
    // Same letters in another case style (max_score_drop, maxScoreDrop) is always the intended key.
    const squash = (s) => s.toLowerCase().replace(/[-_\s]/g, '');
    const same = candidates.find((c) => squash(c) === squash(word));
    if (same)
        return same;
    const limit = word.length <= 4 ? 1 : 2;
    let best;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d <= limit && (!best || d < best.d))
            best = { key: c, d };
    }
    return best?.key;
}
/** Optimal string alignment distance: a swapped pair of letters counts as one edit. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 41599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** EvalGate's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ })

};
