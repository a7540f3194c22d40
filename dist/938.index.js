export const id = 938;
export const ids = [938];
export const modules = {

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


/***/ })

};
