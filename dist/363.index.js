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
/* harmony import */ var _targets_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8772);
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
        return (0,_targets_command_js__WEBPACK_IMPORTED_MODULE_5__/* .runProcess */ .R3)({ command: request.command, cwd: request.cwd, env, stdin: request.stdin, timeoutMs: request.timeoutMs, signal, user: { uid: a.uid, gid: a.gid } });
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


/***/ })

};
