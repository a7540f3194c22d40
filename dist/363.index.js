export const id = 363;
export const ids = [363];
export const modules = {

/***/ 8363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runAgentHost: () => (/* binding */ runAgentHost)
/* harmony export */ });
/* unused harmony exports ancestors, commonGitDir */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80481);
/* harmony import */ var _run_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4511);
/**
 * The agent-user helper: a small process EvalGate starts as root (directly when it is root, else
 * through `sudo -n` with an empty environment) that runs PR code as the unprivileged agent user.
 * Another user cannot read EvalGate's /proc/<pid>/environ or memory, the runner's processes, or
 * files closed to it, and has no sudo. The helper speaks JSON lines on stdin/stdout:
 *
 *   {"id":1,"op":"init","user":"evalgate-agent","hide":["/runner/temp"]}  → {"id":1,"ok":true,"result":{uid,gid,home,nodePath}}
 *   {"id":2,"op":"open","dir":"/work/repo"}                                → {"id":2,"ok":true}
 *   {"id":3,"op":"run","command":…,"cwd":…,"env":{…},"stdin":…,"timeoutMs":…} → {"id":3,"ok":true,"result":ProcessResult}
 *   {"op":"cancel","target":3}
 *
 * When its stdin closes (EvalGate finished or died) it stops every agent, puts back every file
 * mode it changed and exits.
 */






/** Names a system user may have (useradd's default NAME_REGEX, shortened). */
const USER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;
/** Every directory from the root down to `path`, the root first. */
function ancestors(path) {
    const parts = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).filter(Boolean);
    return ['/', ...parts.map((_, i) => `/${parts.slice(0, i + 1).join('/')}`)];
}
/** Whether a user who is neither owner nor in the group can search (x) every directory on the way to `path`. */
function othersReach(path) {
    return ancestors((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(path)).every((dir) => ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).mode & 0o001) !== 0);
}
/** The git directory shared by a tree's checkout and worktrees, where `actions/checkout` keeps the auth header. */
function commonGitDir(tree) {
    const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tree, '.git');
    let stat;
    try {
        stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dotGit);
    }
    catch {
        return null;
    }
    if (stat.isDirectory())
        return dotGit;
    const m = /^gitdir:\s*(.+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(dotGit, 'utf8'));
    if (!m)
        return null;
    const gitdir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(tree, m[1].trim());
    try {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(gitdir, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(gitdir, 'commondir'), 'utf8').trim());
    }
    catch {
        return gitdir;
    }
}
async function runAgentHost() {
    let account = null;
    /** Modes to put back at the end, in the order they were changed. */
    const changed = [];
    const running = new Map();
    const reply = (message) => {
        process.stdout.write(`${JSON.stringify(message)}\n`);
    };
    // EvalGate alone decides when agents stop, and the helper ends when its stdin closes, however
    // EvalGate ends. A Ctrl-C (SIGINT to the terminal's process group) or a signal to the runner's
    // process group reaches the helper too: dying of it would leave agents as the agent user
    // running and skip putting the file modes back. Replies after EvalGate is gone fail with EPIPE,
    // which must not end the cleanup either.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
        process.on(signal, () => undefined);
    process.stdout.on('error', () => undefined);
    const setMode = (path, mode) => {
        const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o7777;
        if (before === mode)
            return;
        changed.push({ path, mode: before });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(path, mode);
    };
    const restore = () => {
        for (const { path, mode } of changed.reverse()) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(path, mode);
            }
            catch {
                // Removed meanwhile (the base worktree): nothing to put back.
            }
        }
        changed.length = 0;
    };
    const init = (user, hide) => {
        if (!USER_NAME.test(user))
            throw new Error(`"${user}" is not a valid user name`);
        const id = (flag) => Number((0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
        try {
            id('-u');
        }
        catch {
            (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', user], {
                stdio: ['ignore', 'ignore', 'pipe'],
            });
        }
        const uid = id('-u');
        const gid = id('-g');
        if (uid === 0 || gid === 0)
            throw new Error(`user ${user} is root; the agent user must be unprivileged`);
        const home = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'evalgate-agent-'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chownSync)(home, uid, gid);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(home, 0o700);
        let nodePath = process.execPath;
        if (!othersReach(nodePath) || ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(nodePath).mode & 0o001) === 0) {
            // The runner's own Node sits under its 0750 home: the agent gets a copy, owned by root.
            const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'evalgate-node-'));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(dir, 0o755);
            nodePath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'node');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(process.execPath, nodePath);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(nodePath, 0o755);
        }
        for (const path of hide) {
            try {
                setMode(path, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o7700);
            }
            catch {
                // Not there: nothing to hide.
            }
        }
        return { name: user, uid, gid, home, nodePath };
    };
    /** Lets others search the directories down to `dir` and read `dir`; closes its git directory. */
    const open = (dir) => {
        for (const path of ancestors(dir)) {
            const mode = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path).mode & 0o7777;
            const needed = path === (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(dir) ? 0o005 : 0o001;
            if ((mode & needed) !== needed)
                setMode(path, mode | needed);
        }
        const git = commonGitDir(dir);
        if (git)
            setMode(git, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(git).mode & 0o7700);
    };
    const run = async (request, signal) => {
        const a = account;
        const env = { ...request.env, HOME: a.home, TMPDIR: a.home, TMP: a.home, TEMP: a.home, USER: a.name, LOGNAME: a.name };
        return (0,_run_process_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)({
            command: request.command,
            cwd: request.cwd,
            env,
            stdin: request.stdin,
            timeoutMs: request.timeoutMs,
            signal,
            user: { uid: a.uid, gid: a.gid },
        });
    };
    const lines = (0,node_readline__WEBPACK_IMPORTED_MODULE_4__.createInterface)({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
        let request;
        try {
            request = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (request.op === 'cancel') {
            running.get(request.target)?.controller.abort();
            continue;
        }
        const { id } = request;
        try {
            if (request.op === 'init') {
                account = init(request.user, request.hide ?? []);
                reply({ id, ok: true, result: { uid: account.uid, gid: account.gid, home: account.home, nodePath: account.nodePath } });
            }
            else if (request.op === 'open') {
                open(request.dir);
                reply({ id, ok: true });
            }
            else if (request.op === 'run') {
                if (!account)
                    throw new Error('init first');
                const controller = new AbortController();
                const done = run(request, controller.signal).then((result) => reply({ id, ok: true, result }), (error) => reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) }));
                running.set(id, { controller, done: done.finally(() => running.delete(id)) });
            }
        }
        catch (error) {
            reply({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
        }
    }
    // EvalGate is gone or done: nothing of the agent user's may outlive it.
    for (const { controller } of running.values())
        controller.abort();
    await Promise.all([...running.values()].map((r) => r.done));
    restore();
    if (account) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(account.home, { recursive: true, force: true });
        if (account.nodePath !== process.execPath)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(account.nodePath), { recursive: true, force: true });
    }
}


/***/ }),

/***/ 4511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ne: () => (/* binding */ MAX_STDOUT_BYTES),
  u7: () => (/* binding */ STDERR_TAIL_CHARS),
  R3: () => (/* binding */ runProcess)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./.build/isolation/agent-processes.js
/**
 * Every process one agent run started, so that all of them are gone before EvalGate reads the
 * run's result or exits (README "Agent processes"). A process group alone is not enough: `setsid`
 * leaves it, and a SIGKILL timer that does not hold the event loop never fires if EvalGate ends
 * first. Two layers, the strongest available:
 *
 * - **PID namespace** (Linux, `unshare` usable: as root, or where unprivileged user namespaces are
 *   allowed): the agent's shell is PID 1 of a fresh namespace and `--kill-child` ties it to
 *   `unshare`, which `setpriv --pdeathsig` ties to EvalGate; when any of them dies the kernel kills
 *   every process in the namespace. Nothing the agent does (setsid, double fork, a cleared
 *   environment) escapes it.
 * - **Sweep** (always on Linux): the run's process group, every process whose environment carries
 *   the run's marker (inherited across setsid and fork), and their descendants by parent pid (with
 *   start times, so a reused pid is not mistaken for a child) are signalled until none is left.
 *   A process that both clears its environment and is re-parented before a sweep can outlive it;
 *   only the namespace closes that gap.
 *
 * Elsewhere (macOS) only the process group is stopped.
 */



/** Set in every agent's environment; its value is unique to one run. */
const AGENT_MARKER_ENV = 'EVALGATE_AGENT_RUN';
/** How long leftover processes get between SIGTERM and SIGKILL. */
const KILL_GRACE_MS = 2_000;
const POLL_MS = 25;
/** A fork loop cannot keep a sweep going for ever: after this many rounds EvalGate gives up on it. */
const MAX_KILL_ROUNDS = 200;
/** New PID namespace whose PID 1 dies with `unshare`, taking every process in it along. */
const UNSHARE_PID = ['unshare', '--pid', '--fork', '--kill-child'];
/** Kills `unshare` when EvalGate dies, even by SIGKILL (when no exit hook can run). */
const DIE_WITH_EVALGATE = ['setpriv', '--pdeathsig', 'KILL', '--'];
let probed = null;
/**
 * The strongest containment this machine allows, probed once: a new PID namespace as root, else
 * inside a user namespace (unprivileged, where the kernel allows it) mapping the user to itself
 * (so agents do not run as a fake root), or to root where util-linux is too old for that.
 */
function containment() {
    if (probed)
        return probed;
    probed = { kind: 'process-group' };
    if (process.platform !== 'linux')
        return probed;
    const namespaces = [UNSHARE_PID, [...UNSHARE_PID, '--user', '--map-current-user'], [...UNSHARE_PID, '--user', '--map-root-user']];
    for (const unshare of namespaces) {
        for (const argv of [[...DIE_WITH_EVALGATE, ...unshare], unshare]) {
            const probe = (0,external_node_child_process_.spawnSync)(argv[0], [...argv.slice(1), '--', '/bin/sh', '-c', 'exit 0'], { stdio: 'ignore', timeout: 5_000 });
            if (probe.status === 0) {
                probed = { kind: 'pid-namespace', argv };
                return probed;
            }
        }
    }
    return probed;
}
/** PATH of the root processes that start an agent as the agent user: fixed, never the agent's. */
const ROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The agent's variables cross the root processes under these inert names (`<prefix>N` = `NAME=value`). */
const CARRIED_ENV = 'EVALGATE_AGENT_ENV_';
/**
 * The root PID 1 for the agent user (/bin/sh -c, $1 = the command): turns the carried variables
 * back into arguments without re-parsing them (only the digits of i are evaluated), starts the
 * command as the agent user with exactly those variables, and waits for it.
 */
const agentUserInit = (user) => [
    'c=$1; i=0; set --',
    'while eval "[ -n \\"\\${' + CARRIED_ENV + '$i+x}\\" ]"; do eval "set -- \\"\\$@\\" \\"\\$' + CARRIED_ENV + '$i\\""; i=$((i + 1)); done',
    // Not the last command, so the shell forks it instead of exec'ing (and stays PID 1).
    `setpriv --reuid=${user.uid} --regid=${user.gid} --clear-groups -- env -i "$@" /bin/sh -c "$c"; exit $?`,
].join('\n');
/**
 * How to start `command` under the containment: the file, arguments and environment for spawn,
 * and the user spawn must start it as. Run as another user (the root helper's agent user), the
 * namespace is made with EvalGate's privileges and the command drops to that user inside it:
 * unshare as the agent user would need a user namespace, which the probe found for EvalGate, not
 * for it. Two rules for the root processes on the way (README, Agent processes):
 *
 * - They never run with the agent's environment, which the suite writes (`target.command.env`):
 *   a PATH or LD_PRELOAD from the pull request would run its code as root. They get ROOT_PATH and
 *   the agent's variables under inert names; the agent gets exactly its own.
 * - PID 1 of the namespace stays a root shell that only waits for the agent: `--kill-child` ties
 *   PID 1 to `unshare` with a parent-death signal, which a uid change clears and which any process
 *   may clear on itself (`prctl`, `setpriv --pdeathsig clear`), so PID 1 must be a process the
 *   agent user cannot touch. When it dies the kernel kills the whole namespace.
 */
function containedCommand(command, how, env, user) {
    if (how.kind !== 'pid-namespace')
        return { file: '/bin/sh', args: ['-c', command], env, spawnAs: user };
    if (!user)
        return { file: how.argv[0], args: [...how.argv.slice(1), '--', '/bin/sh', '-c', command], env, spawnAs: undefined };
    const carried = Object.fromEntries(Object.entries(env).map(([name, value], i) => [`${CARRIED_ENV}${i}`, `${name}=${value}`]));
    // The marker stays under its own name too: the sweep finds the root processes by it as well.
    const marker = env[AGENT_MARKER_ENV] === undefined ? {} : { [AGENT_MARKER_ENV]: env[AGENT_MARKER_ENV] };
    return {
        file: how.argv[0],
        args: [...how.argv.slice(1), '--', '/bin/sh', '-c', agentUserInit(user), 'evalgate-init', command],
        env: { PATH: ROOT_PATH, ...marker, ...carried },
        spawnAs: undefined,
    };
}
/** Fields of /proc/PID/stat; null for a zombie (already dead, waiting for its parent) or garbage. Pure. */
function parseProcStat(text) {
    const close = text.lastIndexOf(')');
    const pid = Number.parseInt(text, 10);
    if (close < 0 || !Number.isInteger(pid))
        return null;
    // After "pid (comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
    // utime stime cutime cstime priority nice num_threads itrealvalue starttime ...
    const fields = text.slice(close + 2).split(' ');
    if (fields[0] === 'Z' || fields.length < 20)
        return null;
    return { pid, ppid: Number(fields[1]), pgrp: Number(fields[2]), start: Number(fields[19]) };
}
function readProc(pid, file) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/${file}`);
    }
    catch {
        // Gone meanwhile, or another user's process (never ours to stop).
        return null;
    }
}
/** The live processes of one run: its group, carriers of its marker, and their descendants. */
function members(pgid, marker) {
    if (process.platform !== 'linux')
        return [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)('/proc').filter((e) => /^\d+$/.test(e));
    }
    catch {
        return [];
    }
    const all = [];
    const found = new Map();
    for (const entry of entries) {
        const stat = readProc(entry, 'stat');
        const info = stat && parseProcStat(stat.toString('utf8'));
        if (!info || info.pid === process.pid)
            continue;
        all.push(info);
        if (info.pgrp === pgid || readProc(entry, 'environ')?.includes(marker))
            found.set(info.pid, info);
    }
    // Descendants of members that left both the group and the marker behind.
    for (let grew = true; grew;) {
        grew = false;
        for (const info of all) {
            const parent = found.get(info.ppid);
            if (!found.has(info.pid) && parent && info.start >= parent.start) {
                found.set(info.pid, info);
                grew = true;
            }
        }
    }
    return [...found.keys()];
}
function send(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // ESRCH: already gone.
    }
}
/** The processes of one agent run. Tracked until `stopAll` ends, and killed if EvalGate exits first. */
class AgentProcesses {
    pgid;
    markerBytes;
    done = false;
    /** `pgid`: the group the agent was started in; `marker`: the value of AGENT_MARKER_ENV it was given. */
    constructor(pgid, marker) {
        this.pgid = pgid;
        this.markerBytes = Buffer.from(`${AGENT_MARKER_ENV}=${marker}\0`);
        live.add(this);
        installExitHook();
    }
    /** Sends `signal` to the whole group and every other member found. */
    signal(signal) {
        send(-this.pgid, signal);
        const pids = members(this.pgid, this.markerBytes);
        for (const pid of pids)
            send(pid, signal);
        return pids.length;
    }
    /** SIGTERM to whatever is left, up to KILL_GRACE_MS to go, then SIGKILL until nothing is. */
    async stopAll() {
        try {
            // One /proc sweep when the agent left nothing behind (the common case).
            if (this.signal('SIGTERM') === 0)
                return;
            for (let waited = 0; waited < KILL_GRACE_MS && members(this.pgid, this.markerBytes).length > 0; waited += POLL_MS)
                await (0,promises_.setTimeout)(POLL_MS);
            for (let round = 0; round < MAX_KILL_ROUNDS && this.signal('SIGKILL') > 0; round++)
                await (0,promises_.setTimeout)(POLL_MS);
        }
        finally {
            this.done = true;
            live.delete(this);
        }
    }
    /** Synchronous last resort when EvalGate exits with the run still going. */
    killNow() {
        if (this.done)
            return;
        for (let round = 0; round < 5 && this.signal('SIGKILL') > 0; round++)
            ;
    }
}
const live = new Set();
let hooked = false;
function installExitHook() {
    if (hooked)
        return;
    hooked = true;
    process.on('exit', () => {
        for (const run of live)
            run.killNow();
    });
}

;// CONCATENATED MODULE: ./.build/isolation/run-process.js
/**
 * Starting one agent process and stopping everything it started. Lives below both the targets
 * (command agents) and the isolation modes (the root helper runs agents as the agent user with it).
 */



/**
 * The result is one JSON object; 10 MB is far beyond any real answer with its trace, and stops
 * an agent stuck in a print loop from exhausting EvalGate's memory.
 */
const MAX_STDOUT_BYTES = 10 * 1024 * 1024;
/** Enough for a stack trace; the report shows it under the error. */
const STDERR_TAIL_CHARS = 4096;
/** After the agent's processes are gone, how long to wait for its pipes to flush. */
const STDIO_DRAIN_MS = 1_000;
/**
 * Runs `command` through /bin/sh in its own process group (and PID namespace where the machine
 * allows it, see agent-processes.ts). On timeout, overflow or abort its processes get SIGTERM,
 * then SIGKILL after KILL_GRACE_MS; after the agent exits, whatever it left running is stopped the
 * same way. Resolves only once every process of the run is gone.
 */
async function runProcess(opts) {
    const started = performance.now();
    const stdout = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let stopped = null;
    const marker = (0,external_node_crypto_.randomUUID)();
    const { file, args, env, spawnAs } = containedCommand(opts.command, containment(), { ...opts.env, [AGENT_MARKER_ENV]: marker }, opts.user);
    const child = (0,external_node_child_process_.spawn)(file, args, {
        cwd: opts.cwd,
        env,
        detached: true,
        stdio: ['pipe', 'pipe', 'pipe'],
        ...spawnAs,
    });
    const processes = child.pid === undefined ? null : new AgentProcesses(child.pid, marker);
    const exited = new Promise((resolve) => {
        child.once('error', (error) => resolve({ kind: 'spawn-error', message: error.message }));
        child.once('exit', (code, signal) => resolve({ kind: 'exit', code, signal }));
    });
    const closed = new Promise((resolve) => child.once('close', () => resolve()));
    let killTimer;
    const stop = (why) => {
        if (stopped)
            return;
        stopped = why;
        processes?.signal('SIGTERM');
        // Not unref'd: EvalGate must not end before this fires (the run awaits the exit anyway).
        killTimer = setTimeout(() => processes?.signal('SIGKILL'), KILL_GRACE_MS);
    };
    const timer = setTimeout(() => stop({ kind: 'timeout' }), opts.timeoutMs);
    const onAbort = () => stop({ kind: 'aborted' });
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (opts.signal?.aborted)
        onAbort();
    child.stdout.on('data', (chunk) => {
        if (stopped)
            return;
        stdoutBytes += chunk.length;
        if (stdoutBytes > MAX_STDOUT_BYTES)
            stop({ kind: 'overflow' });
        else
            stdout.push(chunk);
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
        stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
    });
    // EPIPE when the agent exits without reading its input: not an error of ours.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.stdin);
    const ending = await exited;
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
    // Background processes the agent left behind (in its group, or escaped with setsid) end here,
    // before its output is read: none of them can write anything after the run.
    await processes?.stopAll();
    clearTimeout(killTimer);
    let drain;
    await Promise.race([closed, new Promise((resolve) => (drain = setTimeout(resolve, STDIO_DRAIN_MS)))]);
    clearTimeout(drain);
    child.stdout.destroy();
    child.stderr.destroy();
    return { ending: stopped ?? ending, stdout: Buffer.concat(stdout).toString('utf8'), stderrTail, wallMs: performance.now() - started };
}


/***/ })

};
