export const id = 476;
export const ids = [476,896,938];
export const modules = {

/***/ 32419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: resolveMode

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./.build/config/errors.js
var errors = __webpack_require__(39714);
// EXTERNAL MODULE: ./.build/config/load.js + 5 modules
var load = __webpack_require__(77472);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 16 modules
var schemas = __webpack_require__(13603);
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
    head: schemas/* string */.YjP().regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/).nullable(),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
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
            throw new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}): ${error.message}`);
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

;// CONCATENATED MODULE: ./.build/github/comment-state.js



/**
 * What EvalGate keeps in its sticky comment's marker: the verdict and outputs of the head shown
 * (so a label event can re-decide for free) and which head each approve-label event was seen on.
 * Only read from a comment found by marker AND the token's identity (findStickyComment).
 */
const CommentState = schemas/* object */.Ikc({
    v: schemas/* literal */.euz(1),
    head: schemas/* string */.YjP(),
    /** Absent in notices (skipped, not applicable), which carry no results. */
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'inconclusive', 'error']).optional(),
    outputs: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional(),
    sightings: schemas/* array */.YOg(Sighting).max(MAX_SIGHTINGS).optional(),
});
/** The state of a marker's `state` attribute; null when absent or not ours. */
function parseCommentState(state) {
    if (state === null)
        return null;
    const parsed = CommentState.safeParse(decodeMarkerState(state));
    return parsed.success ? parsed.data : null;
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
/** Parses every input; the error names the input, the bad value and what it expects. */
function readInputs(get) {
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

// EXTERNAL MODULE: ./.build/isolation/agent-user.js
var agent_user = __webpack_require__(68830);
// EXTERNAL MODULE: ./.build/isolation/scrub-environ.js
var scrub_environ = __webpack_require__(9938);
// EXTERNAL MODULE: ./.build/pipeline.js + 26 modules
var pipeline = __webpack_require__(77550);
// EXTERNAL MODULE: ./.build/report/json.js
var json = __webpack_require__(26675);
// EXTERNAL MODULE: ./.build/report/markdown.js + 1 modules
var markdown = __webpack_require__(12300);
// EXTERNAL MODULE: ./.build/run/cancel.js
var cancel = __webpack_require__(72896);
// EXTERNAL MODULE: ./.build/git/git.js
var git = __webpack_require__(15729);
// EXTERNAL MODULE: ./.build/report/redact.js
var report_redact = __webpack_require__(46156);
// EXTERNAL MODULE: ./.build/run/sample.js
var sample = __webpack_require__(32932);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/compare/compare.js
var compare = __webpack_require__(94597);
// EXTERNAL MODULE: ./.build/compare/decision.js
var compare_decision = __webpack_require__(69154);
// EXTERNAL MODULE: ./.build/config/fingerprint.js
var fingerprint = __webpack_require__(66489);
// EXTERNAL MODULE: ./.build/judge/judge.js
var judge = __webpack_require__(37357);
// EXTERNAL MODULE: ./.build/results/io.js
var io = __webpack_require__(99395);
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
        return { ...r, cases, totals: (0,totals/* totalsOf */.v)(cases, r.totals.unknownPriceModels), meta: { ...r.meta, cut: r.meta.cut && { ...r.meta.cut, completed: cases.length } } };
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
            if (at % count !== f.shard.index - 1)
                throw new MergeError(`${f.name}: case ${c.id} belongs to shard ${(at % count) + 1}, not ${f.shard.index}`);
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
        const cutFree = mine.filter((f) => !f.results.meta.cut && f.results.cases.length < shardSize(expected.sampleIds.length, count, f.shard.index));
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
            finishedAt: mine.map((f) => f.results.meta.finishedAt).sort().at(-1),
            durationMs: Math.max(...mine.map((f) => f.results.meta.durationMs)),
            cut: cut ? { ...cut, completed: cases.length, planned: expected.sampleIds.length } : null,
        },
        cases,
        totals: (0,totals/* totalsOf */.v)(cases, unknown),
    };
}
/** How many sampled cases shard `index` of `count` evaluates (see shardSlice). */
function shardSize(total, count, index) {
    return Math.floor(total / count) + (index - 1 < total % count ? 1 : 0);
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

;// CONCATENATED MODULE: ./.build/action.js








































/** Removed from EvalGate's environment once the inputs are read; everything else is kept, off the /proc-visible block. */
const SCRUBBED_FOR_GOOD = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_)/i;
const REPORT_JSON = 'evalgate-report.json';
const REPORT_MD = 'evalgate-report.md';
/** The action's entry point: read inputs once, decide, report, and fail exactly once. */
async function run() {
    // The run's one redaction policy: built-in patterns and the run's secrets until the suite is
    // read, then with the suite's `redact` patterns too (see Policy).
    const policy = { redact: (0,report_redact/* createRedactor */.lY)([]) };
    let resultsDir = 'evalgate-results';
    // The runner cancels a job with SIGINT, then SIGTERM: stop paying, stop agents, clean up.
    const termination = (0,cancel.abortOnTermination)();
    try {
        const inputs = readInputs((name) => core/* getInput */.V4(name));
        // Masked before anything else can print it.
        if (inputs.openaiApiKey)
            core/* setSecret */.Pq(inputs.openaiApiKey);
        // Every input is in `inputs` now. Agent code running as this user could read the key and the
        // tokens in /proc/<pid>/environ: blank that block, and keep INPUT_* and the OIDC request token
        // (EvalGate never asks for one) out of every process it starts.
        const scrub = (0,scrub_environ.scrubInitialEnvironment)((name) => !SCRUBBED_FOR_GOOD.test(name));
        if (!scrub.scrubbed)
            core/* info */.pq(`EvalGate could not blank its environment block: ${scrub.reason}`);
        policy.redact = (0,report_redact/* createRedactor */.lY)([], { literals: secretsOf(inputs) });
        const context = readEventContext(process.env, process.cwd());
        resultsDir = (0,external_node_path_.resolve)(context.workspace, inputs.resultsDir);
        const mode = resolveMode(inputs.mode, context.eventName);
        const outcome = mode === 'baseline'
            ? await baseline(inputs, context, resultsDir, termination.signal)
            : await gate(inputs, context, resultsDir, termination.signal, mode, policy);
        await finish(outcome, inputs);
    }
    catch (error) {
        const message = policy.redact(describeError(error));
        core/* error */.z3(message);
        core/* setOutput */.uH('decision', 'error');
        await core/* summary */.z.addRaw((0,markdown/* renderNotice */.BG)('error', { suiteName: 'EvalGate', message, redact: policy.redact })).write().catch(() => undefined);
        core/* setFailed */.C1(`EvalGate could not decide: ${message.split('\n')[0]}`);
    }
    finally {
        termination.dispose();
    }
}
/** The run's own credentials: redacted in every encoding wherever EvalGate writes. */
function secretsOf(inputs) {
    return [inputs.openaiApiKey, inputs.githubToken].filter(Boolean);
}
function describeError(error) {
    if (error instanceof errors/* ConfigError */.xL || error instanceof pipeline/* UsageError */.eb || error instanceof agent_user/* AgentUserError */.t2)
        return error.message;
    if (error instanceof Error)
        return error.message;
    return String(error);
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
async function finish(outcome, inputs) {
    for (const [name, value] of Object.entries(outcome.outputs))
        core/* setOutput */.uH(name, value);
    core/* setOutput */.uH('decision', outcome.decision);
    await core/* summary */.z.addRaw(outcome.summary).write();
    core/* info */.pq(`EvalGate decision: ${outcome.decision}`);
    if (outcome.decision === 'fail' && inputs.failOnRegression)
        core/* setFailed */.C1('EvalGate: the change regresses the evaluation (see the PR comment or job summary)');
    else if (outcome.decision === 'error')
        core/* setFailed */.C1('EvalGate: the evaluation could not be trusted (see the job summary)');
    else if (outcome.decision === 'skipped' && inputs.onMissingKey === 'fail')
        core/* setFailed */.C1('EvalGate: skipped — no OpenAI API key (see the job summary)');
    else if (outcome.decision === 'inconclusive')
        core/* warning */.$e('EvalGate: inconclusive — the whole sample could neither show a regression nor rule one out; the job summary says how many cases or trials would');
}
/** The response cache lives outside results-dir: results are uploaded as artifacts, the cache is not. */
function responseCacheDir() {
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'evalgate-response-cache');
}
/**
 * Runs `evaluate` with PR code isolated as `agent-user` says, and stops the isolation after. The
 * agent user is kept out of $RUNNER_TEMP: setup-* actions and actions/checkout may keep
 * credentials there, and the response cache needs no reader but EvalGate.
 */
async function withIsolation(inputs, evaluate) {
    const isolation = await (0,agent_user/* startIsolation */.fp)({
        setting: inputs.agentUser,
        entry: process.argv[1] ?? null,
        hide: process.env.RUNNER_TEMP ? [process.env.RUNNER_TEMP] : [],
        log: (line) => core/* info */.pq(line),
    });
    try {
        return await evaluate(isolation);
    }
    finally {
        await isolation.close();
    }
}
function evalOptions(inputs, resultsDir, signal, redact) {
    return {
        signal,
        ...(redact && { redact }),
        secrets: secretsOf(inputs),
        apiKey: inputs.openaiApiKey,
        baseURL: inputs.openaiBaseUrl || null,
        sample: inputs.sample || null,
        trials: inputs.trials,
        seed: inputs.seed,
        maxConcurrency: inputs.maxConcurrency,
        maxCost: inputs.maxCost,
        cacheDir: responseCacheDir(),
        replay: false,
        timeoutMs: pipeline/* DEFAULT_TIMEOUT_MS */.t1,
        outDir: resultsDir,
        shard: inputs.shard ? (0,sample/* parseShard */.uK)(inputs.shard) : null,
        log: (line) => core/* info */.pq(line),
    };
}
async function gate(inputs, context, resultsDir, signal, mode, policy) {
    const pr = context.pullRequest;
    if (!pr)
        throw new pipeline/* UsageError */.eb(`mode ${mode} needs a pull_request event, got "${context.eventName}"`);
    if (mode === 'merge' && inputs.shard)
        throw new pipeline/* UsageError */.eb('shard and mode: merge exclude each other: shard jobs evaluate, the merge job reports');
    const client = createGitHubClient(inputs.githubToken, { baseUrl: context.apiUrl, throttle: inputs.githubThrottle });
    const ref = context.repo;
    const suite = await (0,load/* loadSuite */.bu)(context.workspace, inputs.config);
    policy.redact = (0,report_redact/* createRedactor */.lY)(suite.redact, { literals: secretsOf(inputs) });
    const { redact } = policy;
    const changed = await listChangedFiles(client, ref, pr.number);
    const relevance = isRelevant(changedPaths(changed.files), suite.watch, suite.referencedFiles, changed.truncated);
    if (!relevance.relevant) {
        const message = `No file this suite watches or references changed in this pull request (${changed.files.length} files changed); no model was called.`;
        const body = (0,markdown/* renderNotice */.BG)('not-applicable', { suiteName: suite.name, message, redact }, renderOptions(inputs));
        // Only update a comment that exists: a PR that never touched the suite gets no new comment.
        if (inputs.comment)
            await updateExistingComment(client, ref, pr.number, suite, body, pr.headSha);
        return { decision: 'not-applicable', outputs: {}, summary: body };
    }
    const sticky = await readSticky(client, ref, pr.number, suite, inputs, context);
    // The merge job only aggregates shard results: it needs no key.
    if (!inputs.openaiApiKey && mode === 'gate') {
        const message = pr.isFork
            ? 'This pull request comes from a fork: GitHub gives fork workflows no secrets, so there is no OpenAI API key and no model was called.'
            : 'No OpenAI API key was given (input openai-api-key), so no model was called.';
        const body = (0,markdown/* renderNotice */.BG)('skipped', {
            suiteName: suite.name,
            message,
            details: [
                'A maintainer can run the evaluation by pushing the branch to this repository, or by running `npx evalgate compare --base-ref <base>` locally.',
                'Never use `pull_request_target` with a checkout of the PR head and secrets: that hands your key to untrusted code.',
                `Set \`on-missing-key: skip\` to let such pull requests pass with decision \`skipped\`.`,
            ],
            redact,
        }, renderOptions(inputs));
        if (inputs.comment)
            await postComment(client, ref, pr.number, suite, body, pr.headSha, noticeState(pr.headSha, sticky)).catch(() => undefined);
        return { decision: 'skipped', outputs: {}, summary: body };
    }
    const isLabelEvent = context.action === 'labeled' || context.action === 'unlabeled';
    if (isLabelEvent) {
        const redecided = await redecideFromComment(client, ref, pr.number, suite, inputs, pr.headSha, sticky, redact);
        if (redecided)
            return redecided;
        core/* info */.pq('No earlier results for this head commit: evaluating again.');
    }
    let result;
    if (mode === 'merge') {
        result = await mergeShardResults(inputs, context, suite, resultsDir, pr.baseSha);
    }
    else {
        const keys = responseCacheKeys({ suite: suite.name, pr: pr.number, headSha: pr.headSha, runId: context.runId ?? 'local', shard: inputs.shard });
        const log = (line) => core/* info */.pq(line);
        const started = Date.now();
        await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
        const baselineFile = await restoreBaseline(suite, pr.baseSha, log);
        const run = await withIsolation(inputs, (isolation) => (0,pipeline/* runComparison */.rW)({
            root: context.workspace,
            configPath: inputs.config,
            baseRef: pr.baseSha,
            headRef: null,
            baselineFile,
            options: { ...evalOptions(inputs, resultsDir, signal, redact), isolation },
        }));
        await saveResponseCache(responseCacheDir(), keys.save, started, log);
        if (inputs.shard)
            return shardOutcome(inputs, run, resultsDir);
        result = run;
    }
    const approval = await approvalFor(client, ref, pr.number, inputs, pr.headSha, sticky.sightings);
    const decision = (0,compare_decision/* finalDecision */.nF)(result.verdict.decision, approval?.state === 'approved', suite.gate);
    const report = {
        comparison: result.comparison,
        verdict: result.verdict,
        decision,
        approval,
        approveLabel: inputs.approveLabel,
        changedFiles: result.changedFiles,
        redact,
        runUrl: context.runUrl,
    };
    const outputs = outputsOf(report);
    await (0,promises_.mkdir)(resultsDir, { recursive: true });
    const reportPath = (0,external_node_path_.join)(resultsDir, REPORT_JSON);
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify((0,json/* toReportJson */.s)(report), null, 2)}\n`);
    const summary = (0,markdown/* renderSummary */.Br)(report, renderOptions(inputs));
    await (0,promises_.writeFile)((0,external_node_path_.join)(resultsDir, REPORT_MD), summary);
    outputs['report-path'] = reportPath;
    if (inputs.comment) {
        // Without report-path: a later label run is a new job in which that file does not exist.
        const state = { v: 1, head: pr.headSha, verdict: result.verdict.decision, outputs: outputsOf(report), sightings: sticky.sightings };
        const url = await postComment(client, ref, pr.number, suite, (0,markdown/* renderComment */.wQ)(report, renderOptions(inputs)), pr.headSha, state);
        if (url)
            outputs['comment-url'] = url;
    }
    return { decision, outputs, summary };
}
/** Stored baseline of the base commit from the Actions cache (saved by `mode: baseline`), if any. */
async function restoreBaseline(suite, baseSha, log) {
    const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'evalgate-baseline');
    const key = baselineCacheKey((0,fingerprint/* suiteFingerprint */.RG)(suite, judge/* JUDGE_PROMPT_VERSION */.W_), baseSha);
    const hit = await restoreDir(dir, key, [], log);
    return hit ? (0,external_node_path_.join)(dir, io/* RESULTS_FILE */.yG) : null;
}
/** A shard job writes its slice under unique names for the merge job and decides nothing itself. */
async function shardOutcome(inputs, result, resultsDir) {
    const shard = (0,sample/* parseShard */.uK)(inputs.shard);
    // The pipeline wrote every result through the run's redaction policy already.
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(resultsDir, shardFileName('base', shard)), result.base);
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(resultsDir, shardFileName('head', shard)), result.head);
    const summary = [
        `## EvalGate shard ${shard.index}/${shard.count} — \`${result.suite.name}\``,
        '',
        `Evaluated ${result.head.cases.length} of ${result.head.meta.sampleIds.length} sampled cases at base and head.`,
        'The `mode: merge` job combines the shards, decides, and posts the comment.',
    ].join('\n');
    return { decision: (0,compare_decision/* shardDecision */.XB)(result.verdict.decision), outputs: outputsOf({ comparison: result.comparison }), summary };
}
/**
 * `mode: merge`: the shards' results (downloaded into results-dir) joined into one comparison.
 * Shard files come from jobs that also ran the PR's code: they are checked against what this job
 * computes itself (the head suite, its sample, the event's commits) before anything is compared.
 */
async function mergeShardResults(inputs, context, loaded, resultsDir, baseSha) {
    const suite = (0,pipeline/* withOverrides */.Sn)(loaded, { sample: inputs.sample || null, trials: inputs.trials, seed: inputs.seed });
    const names = (await (0,promises_.readdir)(resultsDir).catch(() => [])).filter((n) => n.startsWith('evalgate-shard-'));
    const files = await Promise.all(names.map(async (name) => ({ name, results: await (0,io/* readResults */.x8)((0,external_node_path_.join)(resultsDir, name)) })));
    let merged;
    try {
        merged = mergeShards(files, {
            suiteFingerprint: (0,fingerprint/* suiteFingerprint */.RG)(suite, judge/* JUDGE_PROMPT_VERSION */.W_),
            caseFingerprints: new Map(suite.cases.map((c) => [c.id, (0,fingerprint/* caseFingerprint */.pL)(c)])),
            sampleIds: (0,sample/* sampleCases */.kT)(suite.cases, suite.sample).ids,
            seed: suite.sample.seed,
            trials: suite.sample.trials,
            baseSha,
            // What the shards' checkouts evaluated as head is what this job checked out (the same ref
            // in one workflow run): GITHUB_SHA on pull_request, whatever the workflow checks out otherwise.
            headSha: await (0,git/* resolveRef */.qE)(context.workspace, 'HEAD').catch(() => context.sha),
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
    const changedFiles = await (0,pipeline/* changedUnderTest */.PS)(context.workspace, baseSha, merged.head.meta.commit, suite, null).catch(() => []);
    return { comparison, verdict, changedFiles };
}
async function approvalFor(client, ref, prNumber, inputs, headSha, sightings) {
    return resolveApproval(client, ref, prNumber, {
        approveLabel: inputs.approveLabel,
        required: inputs.approvePermission,
        scope: inputs.approvalScope,
        headSha,
        sightings,
    });
}
/**
 * Reads the sticky comment and its state, and — when this run was started by someone adding the
 * approve label — records which head the label was added to (the event payload's head). That
 * record, kept in a comment only the token's identity authors, is what `approval-scope: head`
 * checks; never when a commit first appeared anywhere.
 */
async function readSticky(client, ref, prNumber, suite, inputs, context) {
    const identity = await tokenIdentity(client);
    const comment = findStickyComment(await listIssueComments(client, ref, prNumber), { suite: suite.name, identity });
    const state = comment ? parseCommentState(comment.marker.state) : null;
    const known = state?.sightings ?? [];
    const pr = context.pullRequest;
    const addedApproveLabel = context.action === 'labeled' && context.label !== null && sameLabel(context.label, inputs.approveLabel);
    if (!pr || !addedApproveLabel)
        return { comment, state, sightings: known };
    const [{ labels: events }, live] = await Promise.all([listPullRequestEvents(client, ref, prNumber), getPullRequest(client, ref, prNumber)]);
    const last = lastLabeled(events, inputs.approveLabel) ?? null;
    const refusal = sightingRefusal({
        lastLabeled: last && { id: last.id, actor: last.actor },
        sender: context.sender,
        payloadHead: pr.headSha,
        liveHead: live.headSha,
        runAttempt: context.runAttempt,
    });
    if (refusal !== null || last === null) {
        core/* info */.pq(`Not recording which commit the approve label was added to: ${refusal ?? 'no labeled event'}.`);
        return { comment, state, sightings: known };
    }
    core/* info */.pq(`Recorded: the approve label (event ${last.id}) was added to ${pr.headSha.slice(0, 7)}.`);
    return { comment, state, sightings: recordSighting(known, { event: last.id, head: pr.headSha }) };
}
/** State of a comment that shows no results (skipped, not applicable): only the sightings carry on. */
function noticeState(headSha, sticky) {
    return { v: 1, head: headSha, sightings: sticky.sightings };
}
/** Label events: reuse the verdict stored in this head's comment instead of paying again. */
async function redecideFromComment(client, ref, prNumber, suite, inputs, headSha, sticky, redact) {
    const { comment: existing, state } = sticky;
    if (!existing || !state || state.head !== headSha || !state.verdict || !state.outputs)
        return null;
    const approval = await approvalFor(client, ref, prNumber, inputs, headSha, sticky.sightings);
    const decision = (0,compare_decision/* finalDecision */.nF)(state.verdict, approval?.state === 'approved', suite.gate);
    const { replaceHeader } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 12300));
    // The marker line is ours and is written again by upsertStickyComment.
    const previous = existing.body.slice(existing.body.indexOf('\n') + 1);
    const body = replaceHeader(previous, { decision, approval, approveLabel: inputs.approveLabel, suiteName: suite.name, redact }, renderOptions(inputs));
    const url = await postComment(client, ref, prNumber, suite, body, headSha, { ...state, sightings: sticky.sightings });
    core/* info */.pq(`Re-decided from the results already posted for ${headSha.slice(0, 7)}: no model was called.`);
    // Comments written before report-path was left out of the state may still carry it.
    const { 'report-path': _stale, ...outputs } = state.outputs;
    return { decision, outputs: { ...outputs, ...(url ? { 'comment-url': url } : {}) }, summary: body };
}
async function postComment(client, ref, prNumber, suite, body, headSha, state) {
    try {
        const result = await upsertStickyComment(client, ref, prNumber, {
            suite: suite.name,
            body,
            headSha,
            identity: await tokenIdentity(client),
            state: encodeMarkerState(state),
        });
        return result.url;
    }
    catch (error) {
        if (error instanceof GitHubPermissionError) {
            core/* warning */.$e(`${error.message} The report is in the job summary instead.`);
            return null;
        }
        throw error;
    }
}
async function updateExistingComment(client, ref, prNumber, suite, body, headSha) {
    const identity = await tokenIdentity(client).catch(() => null);
    if (!identity)
        return;
    const existing = findStickyComment(await listIssueComments(client, ref, prNumber), { suite: suite.name, identity });
    const sightings = existing ? (parseCommentState(existing.marker.state)?.sightings ?? []) : [];
    if (existing)
        await postComment(client, ref, prNumber, suite, body, headSha, { v: 1, head: headSha, sightings });
}
function renderOptions(inputs) {
    return {
        approvePermission: inputs.approvePermission,
    };
}
function fmt(n) {
    return n === null || n === undefined || !Number.isFinite(n) ? '' : String(Number(n.toPrecision(6)));
}
function outputsOf(report) {
    const m = report.comparison.metrics;
    return {
        'score-base': fmt(m.score.base),
        'score-head': fmt(m.score.head),
        'score-delta': fmt(m.score.delta),
        'cost-base': fmt(m.costPerCase.base),
        'cost-head': fmt(m.costPerCase.head),
        'cost-delta': fmt(m.costPerCase.delta),
        regressions: String(report.comparison.counts.regressed),
    };
}
/** `mode: baseline`: evaluate the pushed commit and keep its results for later PRs. */
async function baseline(inputs, context, resultsDir, signal) {
    if (!inputs.openaiApiKey) {
        const body = (0,markdown/* renderNotice */.BG)('skipped', { suiteName: 'EvalGate', message: 'No OpenAI API key: the baseline was not evaluated.', redact: (0,report_redact/* createRedactor */.lY)([]) });
        return { decision: 'skipped', outputs: {}, summary: body };
    }
    const log = (line) => core/* info */.pq(line);
    const keys = responseCacheKeys({ suite: 'baseline', pr: null, headSha: context.sha ?? 'HEAD', runId: context.runId ?? 'local' });
    const started = Date.now();
    await restoreDir(responseCacheDir(), keys.save, keys.restore, log);
    const { results, suite } = await withIsolation(inputs, (isolation) => (0,pipeline/* runSingle */.qH)(context.workspace, inputs.config, { ...evalOptions(inputs, resultsDir, signal), isolation }, {
        commit: context.sha,
        ref: context.ref,
        side: 'head',
    }));
    await saveResponseCache(responseCacheDir(), keys.save, started, log);
    // `results` went through the run's redaction policy as it was made; never redacted again as text.
    await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(resultsDir, io/* RESULTS_FILE */.yG), results);
    if (context.sha) {
        // Saved where a PR's gate run restores it from: keyed by suite fingerprint and commit.
        const dir = (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'evalgate-baseline');
        await (0,io/* writeJsonFile */.An)((0,external_node_path_.join)(dir, io/* RESULTS_FILE */.yG), results);
        await saveDir(dir, baselineCacheKey(results.meta.suiteFingerprint, context.sha), log);
    }
    const t = results.totals;
    const summary = [
        `## EvalGate baseline — \`${suite.name}\``,
        '',
        `Evaluated ${t.cases} cases at ${context.sha?.slice(0, 7) ?? 'HEAD'}: ${t.passed} passed, ${t.failed} failed, ${t.errors} errors.`,
        `Results: \`${(0,external_node_path_.join)(inputs.resultsDir, io/* RESULTS_FILE */.yG)}\`.`,
    ].join('\n');
    return {
        decision: (0,compare_decision/* baselineDecision */.Av)(t, suite.gate),
        outputs: { 'score-head': fmt(meanScore(results)), 'report-path': (0,external_node_path_.join)(resultsDir, io/* RESULTS_FILE */.yG) },
        summary,
    };
}
function meanScore(results) {
    const scores = results.cases.flatMap((c) => (c.score === null ? [] : [c.score]));
    return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
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

/***/ 15922:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** EvalGate's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ })

};
