export const id = 381;
export const ids = [381];
export const modules = {

/***/ 47381:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEMO_CONFIG: () => (/* binding */ DEMO_CONFIG),
  demoDir: () => (/* binding */ demoDir),
  dispatch: () => (/* binding */ dispatch),
  evalOptions: () => (/* binding */ evalOptions),
  prepareDemoRepo: () => (/* binding */ prepareDemoRepo)
});

// EXTERNAL MODULE: ./.build/compare/compare.js
var compare = __webpack_require__(94597);
// EXTERNAL MODULE: ./.build/compare/score-test.js + 1 modules
var score_test = __webpack_require__(10709);
// EXTERNAL MODULE: ./.build/compare/sequential.js
var sequential = __webpack_require__(80603);
// EXTERNAL MODULE: ./.build/compare/stats.js
var stats = __webpack_require__(45297);
;// CONCATENATED MODULE: ./.build/compare/plan.js




/** Trials per case a plan is printed for. */
const PLAN_TRIALS = [1, 2, 3, 5];
/**
 * How many cases and trials a team's Δ needs (SPEC §4 `plan`), from results it already has. The
 * spread of per-case deltas has two parts: answer noise within a case, which more trials average
 * away (σ_w²/k on each side), and how differently a change moves each case, which they do not.
 * - base and head results: the observed deltas; with ≥ 2 trials both parts are separated;
 * - one results file with ≥ 2 trials: answer noise only (a change that moves every case alike);
 * - one file with 1 trial: the spread of case scores, an upper bound on the answer noise.
 * Pure.
 */
function planFromResults(args) {
    const { gate } = args;
    const within = withinCaseVariance([...(args.base?.cases ?? []), ...args.head.cases]);
    const k0 = args.head.meta.trials;
    let source;
    let sdFor;
    if (args.base) {
        const deltas = (0,compare/* pairedDeltas */.Fb)(args.base.cases, args.head.cases);
        const observed = (0,score_test/* standardDeviation */.Fx)(deltas) ** 2;
        if (within !== null) {
            const between = Math.max(0, observed - (2 * within) / k0);
            sdFor = (k) => Math.sqrt(between + (2 * within) / k);
            source = `${deltas.length} paired cases at ${k0} trials (answer noise and the change's spread separated)`;
        }
        else {
            sdFor = (k) => (k === k0 ? Math.sqrt(observed) : Number.NaN);
            source = `${deltas.length} paired cases at 1 trial (run with --trials 2 or more to plan for trials)`;
        }
    }
    else if (within !== null) {
        sdFor = (k) => Math.sqrt((2 * within) / k);
        source = `answer noise within ${args.head.cases.length} cases at ${k0} trials (a change that moves every case alike)`;
    }
    else {
        const scores = args.head.cases.flatMap((c) => (c.score === null ? [] : [c.score]));
        const total = (0,score_test/* standardDeviation */.Fx)(scores) ** 2;
        sdFor = (k) => Math.sqrt((2 * total) / k);
        source = `the spread of ${scores.length} case scores at 1 trial (an upper bound: run with --trials 2 or more for a tighter plan)`;
    }
    const design = (0,sequential/* designOf */.et)({
        maxCases: args.sampleSize ?? 1,
        batches: args.batches,
        confidence: gate.confidence,
        maxScoreDrop: gate.maxScoreDrop,
        detectDrop: gate.detectDrop,
    });
    const rows = PLAN_TRIALS.flatMap((trials) => {
        const sd = sdFor(trials);
        if (!Number.isFinite(sd))
            return [];
        return [
            {
                trials,
                sd,
                casesNeeded: (0,sequential/* casesNeeded */.h1)(design, sd),
                detectable: args.sampleSize === null ? null : (0,sequential/* detectableDrop */.z0)(design, args.sampleSize, sd),
            },
        ];
    });
    return { source, rows };
}
/** Mean over cases of the variance of their trial scores; null when no case has two trials. */
function withinCaseVariance(cases) {
    const variances = cases.flatMap((c) => {
        const scores = c.trials.filter((t) => t.status !== 'error').map((t) => t.score ?? 0);
        return scores.length >= 2 ? [(0,score_test/* standardDeviation */.Fx)(scores) ** 2] : [];
    });
    return variances.length === 0 ? null : (0,stats/* mean */.i2)(variances);
}

// EXTERNAL MODULE: ./.build/run/sample.js
var sample = __webpack_require__(32932);
// EXTERNAL MODULE: ./.build/util/units.js
var units = __webpack_require__(71632);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./.build/isolation/agent-user.js
var agent_user = __webpack_require__(68830);
// EXTERNAL MODULE: ./.build/cli-io.js
var cli_io = __webpack_require__(30861);
// EXTERNAL MODULE: ./.build/compare/decision.js
var compare_decision = __webpack_require__(69154);
// EXTERNAL MODULE: ./.build/config/load.js + 4 modules
var load = __webpack_require__(365);
// EXTERNAL MODULE: ./.build/llm/endpoints.js
var llm_endpoints = __webpack_require__(5116);
// EXTERNAL MODULE: ./.build/util/safe-regex.js
var safe_regex = __webpack_require__(66952);
;// CONCATENATED MODULE: ./.build/config/regex-warnings.js

/**
 * Warnings for suite regexes that nest quantifiers (`^(\w+\s?)*$`). EvalGate runs them in linear
 * time, so they cannot hang a run; they are still worth fixing, because the same pattern in a
 * backtracking engine (a script or dashboard reading the same answers) takes exponential time.
 * One warning per distinct pattern, at the first place it is used. Pure.
 */
function regexWarnings(suite) {
    const seen = new Set();
    const warnings = [];
    const consider = (pattern, where) => {
        if (seen.has(pattern))
            return;
        seen.add(pattern);
        if (!(0,safe_regex/* backtracksCatastrophically */.Pe)(pattern))
            return;
        warnings.push(`${where}: ${JSON.stringify(pattern)} nests quantifiers; EvalGate matches it in linear time, but a backtracking ` +
            'engine (JavaScript, Python) can take exponential time on it; prefer a pattern without a repeated group that repeats, e.g. ^[\\w\\s]*$');
    };
    for (const c of suite.cases) {
        c.checks.forEach((check, i) => {
            for (const kind of ['regex', 'not-regex']) {
                const spec = check[kind];
                if (spec !== undefined)
                    consider(typeof spec === 'string' ? spec : spec.pattern, `${c.source.file}:${c.source.line} case "${c.id}" checks[${i}].${kind}`);
            }
        });
    }
    suite.redact.forEach((pattern, i) => consider(pattern, `${suite.path} redact[${i}]`));
    return warnings;
}

// EXTERNAL MODULE: ./.build/checks/judge-check.js
var judge_check = __webpack_require__(92736);
// EXTERNAL MODULE: ./.build/config/suite.js
var config_suite = __webpack_require__(44453);
// EXTERNAL MODULE: ./.build/config/suite-paths.js
var suite_paths = __webpack_require__(16900);
// EXTERNAL MODULE: ./.build/compare/worst.js
var compare_worst = __webpack_require__(47489);
// EXTERNAL MODULE: ./.build/suites.js
var _build_suites = __webpack_require__(82665);
// EXTERNAL MODULE: ./.build/report/suites-json.js
var suites_json = __webpack_require__(62783);
// EXTERNAL MODULE: ./.build/report/suites-markdown.js
var suites_markdown = __webpack_require__(74160);
;// CONCATENATED MODULE: ./.build/progress.js
/** Non-TTY output (CI logs) gets a line at most this often, so logs stay readable. */
const LINE_INTERVAL_MS = 5_000;
const BAR_WIDTH = 24;
/**
 * A live progress line on stderr: a redrawn bar on a terminal, periodic plain lines otherwise.
 * One reporter serves several sides (base and head run together).
 */
function createProgress(stream, now = Date.now) {
    const sides = new Map();
    let lastLine = -Infinity; // the first update always prints: the run has started
    const finishedSides = new Set();
    return {
        update(side, progress) {
            sides.set(side, progress);
            const done = [...sides.values()].reduce((s, p) => s + p.done, 0);
            const total = [...sides.values()].reduce((s, p) => s + p.total, 0);
            const errors = [...sides.values()].reduce((s, p) => s + p.errors, 0);
            const parts = [...sides.entries()].map(([name, p]) => `${name} ${p.done}/${p.total}`).join(', ');
            if (stream.isTTY) {
                const finished = [...sides.values()].every((p) => p.done === p.total);
                const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
                stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${parts}${errors ? `, ${errors} errors` : ''}\u001b[K`);
                if (finished)
                    stream.write('\n');
                return;
            }
            // A line when a side finishes (once each) or every few seconds, never a flood.
            const sideJustFinished = progress.done === progress.total && !finishedSides.has(side);
            if (sideJustFinished)
                finishedSides.add(side);
            if (sideJustFinished || now() - lastLine >= LINE_INTERVAL_MS) {
                lastLine = now();
                stream.write(`progress: ${parts}${errors ? `, ${errors} errors` : ''}\n`);
            }
        },
    };
}

// EXTERNAL MODULE: ./.build/report/json.js
var json = __webpack_require__(26675);
// EXTERNAL MODULE: ./.build/report/redact.js
var report_redact = __webpack_require__(46156);
// EXTERNAL MODULE: ./.build/report/terminal-text.js
var terminal_text = __webpack_require__(37001);
// EXTERNAL MODULE: ./.build/report/markdown.js + 7 modules
var markdown = __webpack_require__(95364);
// EXTERNAL MODULE: ./.build/report/junit.js
var junit = __webpack_require__(73377);
// EXTERNAL MODULE: ./.build/report/evidence.js
var evidence = __webpack_require__(24264);
// EXTERNAL MODULE: ./.build/util/numbers.js
var numbers = __webpack_require__(99453);
// EXTERNAL MODULE: ./.build/compare/types.js
var types = __webpack_require__(22879);
// EXTERNAL MODULE: ./.build/report/cases.js
var cases = __webpack_require__(32404);
// EXTERNAL MODULE: ./.build/report/format.js
var format = __webpack_require__(28522);
// EXTERNAL MODULE: ./.build/report/untrusted.js
var untrusted = __webpack_require__(24887);
// EXTERNAL MODULE: ./.build/report/comment/header.js
var header = __webpack_require__(48262);
;// CONCATENATED MODULE: ./.build/report/terminal.js






// One policy for which findings decided and which limits held: the PR comment's.

const DEFAULT_WIDTH = 100;
/** The terminal lists this many failing cases; the Markdown report has the rest. */
const MAX_FAILING_LINES = 100;
/**
 * `evalgate run` lists every case up to this many; a bigger run lists only the cases that did
 * not pass (as many again), since 10,000 passing rows bury them. The results file has every case.
 */
const MAX_RUN_ROWS = 100;
const ANSI = {
    green: ['\x1b[32m', '\x1b[39m'],
    red: ['\x1b[31m', '\x1b[39m'],
    yellow: ['\x1b[33m', '\x1b[39m'],
    dim: ['\x1b[2m', '\x1b[22m'],
    bold: ['\x1b[1m', '\x1b[22m'],
};
function painter(color) {
    return color ? (tone, text) => ANSI[tone][0] + text + ANSI[tone][1] : (_tone, text) => text;
}
const DECISION_TONE = {
    pass: 'green',
    approved: 'green',
    fail: 'red',
    error: 'red',
    inconclusive: 'yellow',
    skipped: 'yellow',
    'not-applicable': 'dim',
};
/** Pads cells to column widths; the last column is left ragged. */
function align(rows, rightAligned = new Set()) {
    const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length)));
    return rows.map((row) => row
        .map((cell, col) => {
        if (col === row.length - 1)
            return cell;
        const pad = ' '.repeat(widths[col] - [...cell].length);
        return rightAligned.has(col) ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd());
}
function fit(text, width) {
    const points = [...text];
    return points.length <= width ? text : points.slice(0, Math.max(0, width - 1)).join('') + '…';
}
function commitOf(r, commit, dirty = false) {
    const text = (0,format/* shortCommit */.Ax)(commit) ?? (commit === null ? 'unknown commit' : r.plainText(commit, 40));
    return dirty ? `${text}${format/* UNCOMMITTED_SUFFIX */.Ix}` : text;
}
/** `base a1b2c3d → head f00dfee + uncommitted changes`: what was compared. */
function sidesText(cmp, r) {
    const head = `head ${commitOf(r, cmp.head.commit, cmp.head.dirty)}`;
    return cmp.base ? `base ${commitOf(r, cmp.base.commit)} → ${head}` : head;
}
function headerLines(input, r, paint) {
    const decision = input.decision.replace('-', ' ').toUpperCase();
    const decided = (0,header/* deciding */.C$)(input.verdict);
    const limits = (0,header/* withinLimits */.oA)(input.comparison, input.verdict);
    const score = input.verdict.findings.find((f) => f.rule === 'score');
    const lines = [
        `${paint('bold', 'EvalGate:')} ${paint(DECISION_TONE[input.decision], decision)} — suite ${r.plainText(input.comparison.suiteName, 100)}`,
        paint('dim', `  ${sidesText(input.comparison, r)}`),
        // Only the findings that decided are reasons; the limits that held share one line, as in the comment.
        ...decided.map((f) => `  - ${r.plainText(f.message, 300)}`),
        ...(limits === null ? [] : [`  ${r.plainText(limits, 300)}`]),
        ...input.verdict.warnings.map((s) => `  ${paint('yellow', '!')} ${r.plainText(s, 300)}`),
        ...(score && !decided.includes(score) ? [paint('dim', `  Score: ${r.plainText(score.message, 300)}.`)] : []),
        ...(0,evidence/* evidenceSentences */.cy)(input.verdict.evidence, input.comparison).map((s) => paint('dim', `  ${s}`)),
    ];
    const a = input.approval;
    if (a?.state === 'approved') {
        lines.push(`  Approved by ${r.plainText(a.actor, 60)} at ${(0,format/* formatTime */.fU)(a.at)} for ${(0,format/* shortCommit */.Ax)(a.commit) ?? r.plainText(a.commit, 40)}`);
    }
    else if (a?.state === 'ignored') {
        lines.push(`  Label "${r.plainText(input.approveLabel, 100)}" by ${r.plainText(a.actor, 60)} was ignored: ${r.plainText(a.reason, 300)}`);
    }
    return lines;
}
/** Agents' model calls the recording proxy could not record: a cost the totals do not include. */
function unrecordedLine(calls) {
    return `${(0,format/* plural */.LS)(calls, 'agent model call')} went through the recording proxy unrecorded (an API it does not record): not in any usage or cost`;
}
/** The comparison for the CLI: verdict, aligned metrics, class counts and failing case ids with reasons. */
function renderTerminal(input, options) {
    const r = (0,untrusted/* createRenderer */.K)(input.redact);
    const paint = painter(options.color);
    const width = options.width ?? DEFAULT_WIDTH;
    const cmp = input.comparison;
    const ci = `${Math.round(cmp.confidence * 100)}% CI`;
    const metricRows = [
        ['Metric', 'Base', 'Head', 'Δ', ci],
        ...format/* METRIC_ROWS */.LC.map(({ name, key, unit, better }) => {
            // Per-case costs of cheap models read per 1,000 cases, as in the comment.
            const scale = unit === 'usd' ? (0,numbers/* costScale */.kU)([cmp.metrics[key].base, cmp.metrics[key].head]) : { unit: 'case', factor: 1 };
            const m = (0,format/* scaleMetric */.zr)(cmp.metrics[key], scale.factor);
            const label = unit === 'usd' ? `Cost per ${scale.unit}` : name;
            // ▼ is bad news for a score and good news for a cost: the words say which.
            const good = (0,format/* goodness */.zO)(better, m.delta);
            const delta = (0,format/* formatDelta */.CW)(unit, m);
            return [label, (0,format/* formatValue */.Fl)(unit, m.base), (0,format/* formatValue */.Fl)(unit, m.head), good ? `${delta} ${good}` : delta, (0,format/* formatInterval */.vy)(unit, m.interval)];
        }),
    ];
    const usd = (v) => (v === null ? 'unknown' : (0,format/* formatUsd */.UK)(v));
    const out = [...headerLines(input, r, paint), ''];
    out.push(...align(metricRows, new Set([1, 2, 3])).map((line, i) => (i === 0 ? paint('dim', line) : line)));
    out.push(`Eval spend: ${usd(cmp.spend.total)} (judge ${usd(cmp.spend.judge)}) · paid now ${usd(cmp.spend.live)}, replayed from the cache ${usd(cmp.spend.replayed)}`);
    if (cmp.spend.unrecordedCalls > 0)
        out.push(paint('yellow', unrecordedLine(cmp.spend.unrecordedCalls)));
    if (cmp.spend.projectedMonthlyDelta !== null) {
        out.push(`Projected monthly cost change: ${(0,format/* formatSigned */.Gp)('usd', cmp.spend.projectedMonthlyDelta)}`);
    }
    out.push('', `Cases: ${types/* CASE_CLASSES */.S.map((c) => `${(0,format/* formatCount */.B4)(cmp.counts[c] ?? 0)} ${cases/* CLASS_LABELS */.jA[c]}`).join(' · ')}`);
    const failing = (0,cases/* prioritiseFailing */.xv)(cmp.cases);
    if (failing.length > 0) {
        out.push('', paint('bold', 'Failing cases:'));
        const listed = failing.slice(0, MAX_FAILING_LINES);
        const rows = listed.map((c) => {
            const change = `${c.base ? (0,format/* formatValue */.Fl)('score', c.base.score) : 'new'} → ${(0,format/* formatValue */.Fl)('score', c.head.score)}`;
            const label = c.stability === 'flaky' ? `${cases/* CLASS_LABELS */.jA[c.class]} (flaky)` : cases/* CLASS_LABELS */.jA[c.class];
            return [label, r.plainText(c.id, 40), change];
        });
        const leads = align(rows).map((line) => `  ${line}`);
        const leadWidth = Math.max(...leads.map((line) => [...line].length));
        for (const [i, lead] of leads.entries()) {
            const tone = listed[i].class === 'still-failing' ? 'yellow' : 'red';
            const padded = lead + ' '.repeat(leadWidth - [...lead].length);
            const reason = r.plainText((0,cases/* shortReason */.PR)(listed[i]), REASON_CHARS);
            out.push(...reasonLines(padded, reason, width).map((line) => paint(tone, line)));
        }
        if (failing.length > MAX_FAILING_LINES)
            out.push(`  …and ${(0,format/* plural */.LS)(failing.length - MAX_FAILING_LINES, 'more case')}`);
    }
    out.push(...errorLines(cmp.cases.flatMap((c) => [c.base, c.head]), r, width, paint));
    const { sample } = cmp;
    out.push('', paint('dim', `${(0,evidence/* sampleText */.EB)(sample)}, seed ${sample.seed}, ${(0,format/* plural */.LS)(sample.trials, 'trial')}`));
    if (sample.cut) {
        out.push(paint('yellow', `Sample cut: ${(0,format/* formatCount */.B4)(sample.cut.completed)} of ${(0,format/* formatCount */.B4)(sample.cut.planned)} planned cases ran (${r.plainText(sample.cut.reason, 200)})`));
    }
    if (cmp.baselineNote)
        out.push(`Baseline: ${r.plainText(cmp.baselineNote, 300)}`);
    if (input.decision === 'fail')
        out.push(`To accept this regression, add the label "${r.plainText(input.approveLabel, 100)}".`);
    return out.join('\n') + '\n';
}
/**
 * A failing case's reason is printed whole, as errors are: a judge's deciding words are often at
 * its end. The cap only bounds absurd text.
 */
const REASON_CHARS = 2000;
/** Below this many columns beside the case, its reason goes on the lines under it instead. */
const MIN_REASON_WIDTH = 30;
const REASON_INDENT = '      ';
/** A case row then its reason, wrapped to the width under the reason column (or under the row when narrow). */
function reasonLines(lead, reason, width) {
    if (reason === '')
        return [lead.trimEnd()];
    const indent = [...lead].length + 2;
    if (width - indent >= MIN_REASON_WIDTH) {
        return wrap(reason, width - indent, true).map((line, i) => (i === 0 ? `${lead}  ${line}` : ' '.repeat(indent) + line));
    }
    const under = Math.max(MIN_REASON_WIDTH, width - REASON_INDENT.length);
    return [fit(lead.trimEnd(), width), ...wrap(reason, under, true).map((line) => REASON_INDENT + line)];
}
/** Errors are counted by kind, each with its first message in full: the cause is at its end. */
const ERROR_MESSAGE_CHARS = 2000;
function errorLines(cases, r, width, paint) {
    const byKind = new Map();
    for (const c of cases) {
        for (const t of c?.trials ?? []) {
            if (!t.error)
                continue;
            const entry = byKind.get(t.error.kind) ?? { count: 0, first: t.error.message };
            entry.count += 1;
            byKind.set(t.error.kind, entry);
        }
    }
    if (byKind.size === 0)
        return [];
    const lines = ['', paint('bold', 'Errors by kind (first message of each):')];
    for (const [kind, { count, first }] of [...byKind].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
        const text = `${kind} ×${(0,format/* formatCount */.B4)(count)}: ${r.plainText(first, ERROR_MESSAGE_CHARS)}`;
        lines.push(...wrap(text, Math.max(40, width - 4)).map((line, i) => paint('yellow', `${i === 0 ? '  ' : '    '}${line}`)));
    }
    return lines;
}
/**
 * Breaks text at spaces into lines of at most `width` code points. Longer words stand alone
 * (an error's URL stays copyable) unless `breakWords` cuts them into pieces that fit.
 */
function wrap(text, width, breakWords = false) {
    const lines = [];
    let line = '';
    const words = text.split(' ').flatMap((word) => {
        const points = [...word];
        if (!breakWords || points.length <= width)
            return [word];
        return Array.from({ length: Math.ceil(points.length / width) }, (_, i) => points.slice(i * width, (i + 1) * width).join(''));
    });
    for (const word of words) {
        if (line !== '' && [...line].length + 1 + [...word].length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
/** The table printed by `evalgate run`: one row per case (see MAX_RUN_ROWS) and a totals line. */
function renderRunTable(results, options) {
    const r = (0,untrusted/* createRenderer */.K)(options.redact);
    const paint = painter(options.color);
    const width = options.width ?? DEFAULT_WIDTH;
    const listed = results.cases.length <= MAX_RUN_ROWS ? results.cases : results.cases.filter((c) => c.status !== 'pass').slice(0, MAX_RUN_ROWS);
    const rows = [
        ['Case', 'Status', 'Score', 'Cost', 'Latency', 'Reason'],
        ...listed.map((c) => {
            const trial = (0,cases/* representativeTrial */.OG)(c, 'fail');
            const error = c.trials.find((t) => t.error !== undefined)?.error;
            const check = (0,cases/* firstFailingCheck */.hw)(trial);
            const reason = c.status === 'error' && error ? `${error.kind}: ${error.message}` : check ? `${check.label}: ${check.reason}` : '';
            const cost = (0,cases/* totalCost */.cv)(c);
            const latency = (0,cases/* meanLatency */.cm)(c);
            return [
                r.plainText(c.id, 40),
                c.status,
                (0,format/* formatValue */.Fl)('score', c.score),
                cost === null ? 'unknown' : (0,format/* formatUsd */.UK)(cost),
                latency === null ? '—' : (0,format/* formatMs */._V)(latency),
                r.plainText(reason, width),
            ];
        }),
    ];
    const tones = { pass: 'green', fail: 'red', error: 'yellow' };
    // A big run where every case passed lists none: no header over no rows.
    const lines = (listed.length > 0 ? align(rows, new Set([2, 3, 4])) : []).map((line, i) => {
        const fitted = fit(line, width);
        if (i === 0)
            return paint('dim', fitted);
        return paint(tones[listed[i - 1].status] ?? 'dim', fitted);
    });
    const t = results.totals;
    if (listed.length < results.cases.length) {
        const notPassing = results.cases.length - t.passed;
        const more = notPassing > listed.length ? ` and ${(0,format/* formatCount */.B4)(notPassing - listed.length)} more that did not pass` : '';
        lines.push(paint('dim', `…${(0,format/* plural */.LS)(t.passed, 'passing case')}${more} not listed: every case is in the results file`));
    }
    const scored = results.cases.map((c) => c.score).filter((s) => s !== null);
    const mean = scored.length > 0 ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
    const usd = (v) => (v === null ? 'unknown' : (0,format/* formatUsd */.UK)(v));
    lines.push('', `${(0,format/* plural */.LS)(t.cases, 'case')}: ${(0,format/* formatCount */.B4)(t.passed)} passed, ${(0,format/* formatCount */.B4)(t.failed)} failed, ${(0,format/* plural */.LS)(t.errors, 'error')} · ` +
        `mean score ${(0,format/* formatValue */.Fl)('score', mean)} · cost ${usd(t.costUsd)} (judge ${usd(t.judgeCostUsd)}) · ` +
        `paid now ${usd(t.liveCostUsd ?? 0)}, replayed from the cache ${usd(t.replayedCostUsd ?? 0)} · ` +
        `${(0,format/* plural */.LS)(t.requests, 'request')} (${(0,format/* formatCount */.B4)(t.cacheHits)} cached)`);
    if ((t.unrecordedCalls ?? 0) > 0)
        lines.push(paint('yellow', unrecordedLine(t.unrecordedCalls ?? 0)));
    lines.push(...errorLines(results.cases, r, width, paint));
    if (results.meta.cut) {
        lines.push(paint('yellow', `Sample cut: ${(0,format/* formatCount */.B4)(results.meta.cut.completed)} of ${(0,format/* formatCount */.B4)(results.meta.cut.planned)} planned cases ran (${r.plainText(results.meta.cut.reason, 200)})`));
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/results/io.js
var results_io = __webpack_require__(99395);
// EXTERNAL MODULE: ./.build/pipeline.js + 34 modules
var pipeline = __webpack_require__(57366);
;// CONCATENATED MODULE: ./.build/cli-commands.js
































const DEFAULT_CONFIG = 'evals/evalgate.yaml';
const DEFAULT_OUT = 'evalgate-out';
function positiveInt(name, text) {
    if (text === undefined)
        return null;
    if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
        throw new pipeline/* UsageError */.eb(`--${name}: expected a whole number of at least 1, got "${text}"`);
    }
    return Number(text);
}
function nonNegativeNumber(name, text) {
    if (text === undefined)
        return null;
    const n = Number(text.replace(/^\$/, ''));
    if (text.trim() === '' || !Number.isFinite(n) || n < 0) {
        throw new pipeline/* UsageError */.eb(`--${name}: expected a non-negative number, got "${text}"`);
    }
    return n;
}
/** Turns CLI flags and the environment into evaluation options. */
function evalOptions(values, io, outDir) {
    const replay = values.replay === true;
    // Every flag is checked before anything is read or paid for, all in one place.
    const flags = {
        sample: sampleFlag(values.sample),
        trials: positiveInt('trials', values.trials),
        seed: values.seed === undefined ? null : Number.isInteger(Number(values.seed)) ? Number(values.seed) : badSeed(values.seed),
        maxConcurrency: positiveInt('max-concurrency', values['max-concurrency']) ?? pipeline/* DEFAULT_MAX_CONCURRENCY */.zq,
        // A budget of 0 starts no case and would report an empty run as a success.
        maxCost: positiveNumber('max-cost', values['max-cost']),
        baseURL: baseUrl(values['openai-base-url'] ?? io.env.OPENAI_BASE_URL ?? null, values['openai-base-url'] !== undefined ? '--openai-base-url' : 'OPENAI_BASE_URL'),
        timeoutMs: (positiveNumber('timeout', values.timeout) ?? pipeline/* DEFAULT_TIMEOUT_MS */.t1 / 1000) * 1000,
    };
    const progress = createProgress(io.stderr);
    return {
        ...flags,
        // Required only when a role uses the default endpoint: checked once the suite is read.
        apiKey: io.env.OPENAI_API_KEY ?? '',
        env: io.env,
        keyHelp: 'cli',
        // Agents' Anthropic calls go through the recording proxy with this key (ANTHROPIC_BASE_URL for another endpoint).
        anthropic: io.env.ANTHROPIC_API_KEY ? { apiKey: io.env.ANTHROPIC_API_KEY, baseURL: io.env.ANTHROPIC_BASE_URL ?? null } : null,
        cacheDir: values.cache ? (0,external_node_path_.resolve)(io.cwd, values.cache) : null,
        replay,
        outDir,
        shard: null,
        onProgress: progress.update,
        log: (line) => io.stderr.write(`${(0,terminal_text/* terminalText */.e)(line)}\n`),
        signal: io.signal,
    };
}
function positiveNumber(name, text) {
    const n = nonNegativeNumber(name, text);
    if (n === 0)
        throw new pipeline/* UsageError */.eb(`--${name}: expected a number above 0, got "${text}"`);
    return n;
}
/** Without a scheme the SDK fails every request with "Protocol not supported", after retries. */
function baseUrl(text, name) {
    if (text === null || text === '')
        return null;
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = null;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:'))
        return text;
    throw new pipeline/* UsageError */.eb(`${name}: expected an http:// or https:// URL such as http://localhost:11434/v1, got "${text}"`);
}
/** The pipeline reads --sample; checked here so the message names the flag. */
function sampleFlag(text) {
    if (text === undefined)
        return null;
    try {
        (0,pipeline/* parseSampleSize */.r_)(text);
    }
    catch {
        throw new pipeline/* UsageError */.eb(`--sample: expected a number of cases (50), a percentage (20%) or "all", got "${text}"`);
    }
    return text;
}
function badSeed(text) {
    throw new pipeline/* UsageError */.eb(`--seed: expected a whole number, got "${text}"`);
}
/**
 * The suite file named on the command line (or the default) exists: the loader's message speaks of
 * repository paths, while --config is typed relative to the current directory.
 */
async function checkConfigPath(cwd, root, flag) {
    const path = flag === undefined ? (0,external_node_path_.join)(root, DEFAULT_CONFIG) : (0,external_node_path_.resolve)(cwd, flag);
    // A suite outside the repository is the loader's to refuse, with its own reason.
    if ((0,external_node_path_.relative)(root, path).startsWith('..'))
        return;
    const kind = await (0,promises_.stat)(path).then((s) => (s.isDirectory() ? 'directory' : 'file'), () => 'missing');
    if (kind === 'file')
        return;
    // Suite problems are `file:line:column message`, like every other problem with the suite file.
    if (flag === undefined) {
        throw new pipeline/* UsageError */.eb(`${DEFAULT_CONFIG}:1:1 suite file "${DEFAULT_CONFIG}" not found in ${root}: run evalgate inside the repository that has it, or name it with --config FILE`);
    }
    if (kind === 'directory')
        throw new pipeline/* UsageError */.eb(`${flag}:1:1 suite file "${flag}" is a directory; name the file (e.g. --config ${(0,external_node_path_.join)(flag, 'evalgate.yaml')})`);
    // A repository-relative path typed in a subdirectory is the usual slip: point at the file that exists.
    const fromRoot = !(0,external_node_path_.isAbsolute)(flag) &&
        (0,external_node_path_.resolve)(root, flag) !== path &&
        (await (0,promises_.stat)((0,external_node_path_.resolve)(root, flag)).then((s) => s.isFile(), () => false));
    const hint = fromRoot ? `; did you mean --config ${(0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(root, flag))}?` : '';
    throw new pipeline/* UsageError */.eb(`${flag}:1:1 suite file "${flag}" not found (looked for ${path}: --config is relative to the current directory)${hint}`);
}
/** --out and --cache must be directories (or not exist yet): found out before anything is paid for. */
async function checkDir(dir, flag, what) {
    const isFile = await (0,promises_.stat)(dir).then((s) => !s.isDirectory(), () => false);
    if (isFile)
        throw new pipeline/* UsageError */.eb(`${flag}: is a file; ${flag.split(' ')[0]} names ${what}`);
}
/** A results file named on the command line; a missing one is a typo to fix (exit 2), not an evaluation failure. */
async function readResultsArg(cwd, flag, file) {
    const path = (0,external_node_path_.resolve)(cwd, file);
    if (!(await (0,promises_.stat)(path).then((s) => s.isFile(), () => false))) {
        throw new pipeline/* UsageError */.eb(`--${flag} ${file}: no such file (looked for ${path}); results files are written by "evalgate run" or "evalgate compare" to <out>/`);
    }
    try {
        return await (0,results_io/* readResults */.x8)(path);
    }
    catch (error) {
        // The file is the user's: a wrong file named, not an evaluation failure.
        throw new pipeline/* UsageError */.eb(`--${flag} ${file}: ${error instanceof Error ? error.message.replace(`${path}: `, '') : String(error)}; name an evalgate-results.json written by "evalgate run" or "evalgate compare"`, { cause: error });
    }
}
/** Runs one CLI command; errors propagate to `runCli`, which maps them to exit codes. */
async function dispatch(command, values, io) {
    const outDir = (0,external_node_path_.resolve)(io.cwd, values.out ?? DEFAULT_OUT);
    if (command === 'demo')
        return demo(io, outDir, values.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR));
    // Suite paths are relative to the repository root, wherever in the repository the CLI runs;
    // --config is a path like any other on the command line: relative to where it is typed.
    const root = await repositoryRoot(io.cwd);
    const patterns = values.config && values.config.length > 0 ? values.config.map((c) => (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(io.cwd, c))) : [DEFAULT_CONFIG];
    const color = values.color ?? (io.stdout.isTTY === true && !io.env.NO_COLOR);
    if (command === 'run' || command === 'compare') {
        await checkDir(outDir, `--out ${values.out ?? DEFAULT_OUT}`, 'the directory results and reports are written to');
        if (values.cache)
            await checkDir((0,external_node_path_.resolve)(io.cwd, values.cache), `--cache ${values.cache}`, 'the directory responses are cached in');
    }
    // Several --config values or a glob: one run of every suite they name (a monorepo).
    if (patterns.length > 1 || patterns.some(suite_paths/* isSuiteGlob */.XZ)) {
        if (command === 'plan' || values.base || values.head)
            throw new pipeline/* UsageError */.eb(`${command === 'plan' ? 'plan' : 'compare --base/--head'} reads one suite: give one --config FILE`);
        const paths = await (0,suite_paths/* resolveSuitePaths */.rs)(patterns, root);
        switch (command) {
            case 'validate':
                return validateSuites(io, root, paths);
            case 'run':
                return runMany(io, root, paths, evalOptions(values, io, outDir), color, values);
            case 'compare':
                return compareMany(io, root, paths, values, outDir, color);
            default:
                throw new pipeline/* UsageError */.eb(`unknown command "${command}"`);
        }
    }
    const config = patterns[0];
    const readsSuite = command !== 'compare' || !(values.base || values.head) || values.config !== undefined;
    if (readsSuite)
        await checkConfigPath(io.cwd, root, values.config?.[0]);
    switch (command) {
        case 'validate':
            return validate(io, root, config);
        case 'run':
            return run(io, root, config, evalOptions(values, io, outDir), color, values);
        case 'compare':
            return cli_commands_compare(io, root, config, values, outDir, color);
        case 'plan':
            return plan(io, root, config, values);
        default:
            throw new pipeline/* UsageError */.eb(`unknown command "${command}"`);
    }
}
async function validate(io, root, config) {
    describeSuite(io, await (0,load/* loadSuite */.bu)(root, config));
    return cli_io/* EXIT */.d.ok;
}
function describeSuite(io, suite) {
    const tags = [...new Set(suite.cases.flatMap((c) => c.tags))].sort();
    const target = suite.target.chat
        ? `chat${suite.target.chat.endpoint ? ` on endpoint ${suite.target.chat.endpoint}` : ''}`
        : suite.target.command
            ? 'command'
            : 'module';
    const endpoints = Object.entries(suite.endpoints).map(([name, e]) => `${name} (${e.kind})`);
    // Names, tags, models and paths are the suite file's text: printed through terminalText.
    io.stdout.write((0,terminal_text/* terminalText */.e)([
        `${suite.path}: valid`,
        `  suite      ${suite.name}`,
        `  target     ${target}`,
        `  cases      ${suite.cases.length}${tags.length ? ` (tags: ${tags.join(', ')})` : ''}`,
        `  judge      ${suite.judge ? `${suite.judge.model}${suite.judge.endpoint ? ` on endpoint ${suite.judge.endpoint}` : ''}` : 'none'}`,
        ...(endpoints.length > 0 ? [`  endpoints  ${endpoints.join(', ')}`] : []),
        `  files      ${suite.referencedFiles.join(', ')}`,
        '',
    ].join('\n')));
    const rubrics = (0,judge_check/* rubricNote */.U7)(suite);
    if (rubrics)
        io.stdout.write(`info: ${(0,terminal_text/* terminalText */.e)(rubrics)}\n`);
    for (const warning of regexWarnings(suite))
        io.stderr.write(`warning: ${(0,terminal_text/* terminalText */.e)(warning)}\n`);
    // The file is valid either way; a run in this environment would stop at these.
    const unset = (0,llm_endpoints/* missingKeys */.lx)(suite, [suite.target], io.env, io.env.OPENAI_API_KEY ?? '').filter((m) => m.endpoint !== null);
    if (unset.length > 0)
        io.stderr.write(`${(0,terminal_text/* terminalText */.e)((0,llm_endpoints/* missingKeyMessage */.JE)(unset, 'cli').replace(/^/gm, 'warning: '))}\n`);
}
/** `evalgate plan`: how many cases and trials the gate's Δ needs, from results a team already has. */
async function plan(io, root, config, values) {
    const single = values.results;
    if (!single && !(values.base && values.head))
        throw new pipeline/* UsageError */.eb('plan: give --results FILE (one run) or --base A.json --head B.json (a comparison)');
    if (single && (values.base || values.head))
        throw new pipeline/* UsageError */.eb('plan: --results and --base/--head exclude each other');
    const suite = await (0,load/* loadSuite */.bu)(root, config);
    const [base, head] = single
        ? [null, await readResultsArg(io.cwd, 'results', single)]
        : // One after the other: with both missing, the error names --base every time (in parallel it raced).
            [await readResultsArg(io.cwd, 'base', values.base), await readResultsArg(io.cwd, 'head', values.head)];
    const size = (0,sample/* sampleSize */.se)(suite.sample.size, suite.cases.length);
    const result = planFromResults({ gate: suite.gate, batches: suite.sample.batches, sampleSize: size, base, head });
    const g = suite.gate;
    const pts = (x) => (x === null ? '—' : `${Number((x * 100).toFixed(1))} pts`);
    const rows = [
        ['trials', 'sd of a case delta', 'cases Δ needs', `drop ${size} cases detect`],
        ...result.rows.map((r) => [String(r.trials), r.sd.toFixed(3), r.casesNeeded === null ? '—' : (0,units/* groupDigits */.K9)(r.casesNeeded), pts(r.detectable)]),
    ];
    const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
    // The suite name and the results' source are data: printed through terminalText.
    io.stdout.write((0,terminal_text/* terminalText */.e)([
        `Plan for suite ${suite.name}: max-score-drop δ ${pts(g.maxScoreDrop)}, detect-drop Δ ${pts(g.detectDrop)}, ` +
            `α ${Number((((1 - g.confidence) / 2) * 100).toFixed(2))}% (one-sided), miss rate at Δ 10%, ${suite.sample.batches} batches`,
        `Estimated from ${result.source}.`,
        '',
        ...rows.map((row) => row
            .map((cell, i) => cell.padEnd(widths[i]))
            .join('  ')
            .trimEnd()),
        '',
        `"cases Δ needs": set sample.size to at least this many for a ${pts(g.detectDrop)} drop to fail 90% of the time; sequential sampling usually stops well before it.`,
        '',
    ].join('\n')));
    return cli_io/* EXIT */.d.ok;
}
/** `--agent-user`: off unless asked for; a developer's machine is not a throwaway runner. */
function agentUserSetting(values) {
    const setting = values['agent-user'] ?? 'off';
    if (setting !== 'on' && setting !== 'auto' && setting !== 'off')
        throw new pipeline/* UsageError */.eb(`--agent-user: expected on, auto or off, got "${setting}"`);
    return setting;
}
/** Runs `evaluate` with PR code isolated as `--agent-user` says, and stops the isolation after. */
async function withIsolation(values, io, evaluate) {
    const isolation = await (0,agent_user/* startIsolation */.fp)({
        setting: agentUserSetting(values),
        entry: io.entry ?? null,
        hide: io.env.RUNNER_TEMP ? [io.env.RUNNER_TEMP] : [],
        log: (line) => io.stderr.write(`${(0,terminal_text/* terminalText */.e)(line)}\n`),
    });
    try {
        return await evaluate(isolation);
    }
    finally {
        await isolation.close();
    }
}
async function run(io, root, config, options, color, values) {
    const { results, redact, suite } = await withIsolation(values, io, (isolation) => (0,pipeline/* runSingle */.qH)(root, config, { ...options, isolation, secrets: secretsOf(io) }));
    await (0,promises_.writeFile)((0,external_node_path_.join)(options.outDir, junit/* JUNIT_FILE */.Gl), (0,junit/* junitForRun */.$Y)(results, { redact, allCaseIds: suite.cases.map((c) => c.id) }));
    io.stdout.write(`${renderRunTable(results, { color, redact })}\n`);
    io.stdout.write(`results: ${(0,terminal_text/* terminalText */.e)((0,external_node_path_.join)(options.outDir, 'evalgate-results.json'))}\n`);
    await hintIgnore(io, root, options.outDir);
    const t = results.totals;
    // Nothing evaluated at all is not a result: the documented exit code for an untrusted run.
    if (t.cases > 0 && t.errors === t.cases)
        return cli_io/* EXIT */.d.error;
    return t.failed + t.errors > 0 ? cli_io/* EXIT */.d.failed : cli_io/* EXIT */.d.ok;
}
async function cli_commands_compare(io, root, config, values, outDir, color) {
    if (values.base || values.head) {
        if (!values.base || !values.head)
            throw new pipeline/* UsageError */.eb('compare: --base and --head go together (two results files)');
        // One after the other, so a mistake in both is always reported for --base first.
        const base = await readResultsArg(io.cwd, 'base', values.base);
        const head = await readResultsArg(io.cwd, 'head', values.head);
        const suite = values.config?.length ? await (0,load/* loadSuite */.bu)(root, config) : null;
        const gate = suite?.gate ?? config_suite/* DEFAULT_GATE */.sV;
        const comparison = (0,compare/* compareRuns */.qB)({ base, head, confidence: gate.confidence, trafficCallsPerMonth: null });
        const verdict = (0,compare_decision/* decide */.LD)(comparison, gate);
        const redact = (0,report_redact/* createRedactor */.lY)([], { literals: secretsOf(io) });
        return writeReports(io, { comparison, verdict, changedFiles: [], redact, gate, caseIds: suite?.cases.map((c) => c.id) }, outDir, color);
    }
    if (!values['base-ref'])
        throw new pipeline/* UsageError */.eb('compare: give --base-ref REF (or --base A.json --head B.json)');
    if (!(await insideWorkTree(root))) {
        throw new pipeline/* UsageError */.eb(`compare --base-ref: ${root} is not inside a git repository; run it in the repository, or compare two results files with --base A.json --head B.json`);
    }
    const options = evalOptions(values, io, outDir);
    const result = await withIsolation(values, io, (isolation) => (0,pipeline/* runComparison */.rW)({
        root,
        configPath: config,
        baseRef: values['base-ref'],
        headRef: values['head-ref'] ?? null,
        detectUncommitted: true,
        baselineFile: values.baseline ? (0,external_node_path_.resolve)(io.cwd, values.baseline) : null,
        options: { ...options, isolation, secrets: secretsOf(io) },
    }));
    return writeReports(io, { ...result, gate: result.suite.gate, caseIds: result.suite.cases.map((c) => c.id) }, outDir, color);
}
async function writeReports(io, r, outDir, color) {
    const { decision } = await writeSuiteReports(io, r, outDir, color);
    await hintIgnore(io, await repositoryRoot(io.cwd), outDir);
    return exitOf(decision);
}
/** One suite's report files in `outDir` and its report on stdout; returns what was reported. */
async function writeSuiteReports(io, r, outDir, color) {
    // Without GitHub there is no approval.
    const decision = (0,compare_decision/* finalDecision */.nF)(r.verdict.decision, false, r.gate);
    const input = {
        comparison: r.comparison,
        verdict: r.verdict,
        decision,
        approval: null,
        approveLabel: 'evalgate: approve-regression',
        changedFiles: r.changedFiles,
        redact: r.redact,
        runUrl: null,
    };
    const mdPath = (0,external_node_path_.join)(outDir, json/* REPORT_MD */.Rg);
    await (0,results_io/* writeJsonFile */.An)((0,external_node_path_.join)(outDir, json/* REPORT_JSON */.oA), (0,json/* toReportJson */.sn)(input));
    await (0,promises_.writeFile)(mdPath, (0,markdown/* renderSummary */.Br)(input));
    await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, junit/* JUNIT_FILE */.Gl), (0,junit/* junitForComparison */.jS)(input, { redact: r.redact, allCaseIds: r.caseIds }));
    io.stdout.write(`${renderTerminal(input, { color, width: io.stdout.columns })}\n`);
    io.stdout.write(`report: ${(0,terminal_text/* terminalText */.e)(mdPath)}\n`);
    return input;
}
// ---- several suites (a monorepo) ----
/** Every suite checked; all problems of all suites listed together (exit 2), else each suite described. */
async function validateSuites(io, root, paths) {
    const suites = await (0,_build_suites/* loadSuites */._k)(root, paths);
    for (const suite of suites)
        describeSuite(io, suite);
    io.stdout.write(`${suites.length} suites valid\n`);
    return cli_io/* EXIT */.d.ok;
}
/** Exit code of a decision, as one suite's run or compare would exit. */
function exitOf(decision) {
    return decision === 'fail' ? cli_io/* EXIT */.d.failed : decision === 'error' ? cli_io/* EXIT */.d.error : cli_io/* EXIT */.d.ok;
}
/** `suites: bot fail, summariser pass` — the line a log reader or script looks for last. */
function decisionsLine(entries, worst) {
    return (0,terminal_text/* terminalText */.e)(`suites: ${entries.map((e) => `${e.name} ${e.decision}`).join(', ')} — overall ${worst}`);
}
async function runMany(io, root, paths, options, color, values) {
    const suites = await (0,_build_suites/* loadSuites */._k)(root, paths);
    const results = await withIsolation(values, io, (isolation) => (0,_build_suites/* runSuites */.$8)(root, suites, { ...options, isolation, secrets: secretsOf(io) }));
    const decisions = [];
    for (const r of results) {
        io.stdout.write(`\n${(0,terminal_text/* terminalText */.e)(`== suite ${r.suite.name} (${r.suite.path}) ==`)}\n`);
        if ('error' in r) {
            io.stdout.write(`error: ${(0,terminal_text/* terminalText */.e)(r.error.message)}\n`);
            decisions.push({ name: r.suite.name, decision: 'error' });
            continue;
        }
        const { results: res, redact } = r.result;
        io.stdout.write(`${renderRunTable(res, { color, redact })}\n`);
        io.stdout.write(`results: ${(0,terminal_text/* terminalText */.e)((0,external_node_path_.join)(options.outDir, r.dir, 'evalgate-results.json'))}\n`);
        const t = res.totals;
        decisions.push({ name: r.suite.name, decision: t.cases > 0 && t.errors === t.cases ? 'error' : t.failed + t.errors > 0 ? 'fail' : 'pass' });
    }
    await hintIgnore(io, root, options.outDir);
    const worst = (0,compare_worst/* worstDecision */._V)(decisions.map((d) => d.decision));
    io.stdout.write(`${decisionsLine(decisions, worst)}\n`);
    return exitOf(worst);
}
async function compareMany(io, root, paths, values, outDir, color) {
    if (!values['base-ref'])
        throw new pipeline/* UsageError */.eb('compare: give --base-ref REF');
    if (values.baseline)
        throw new pipeline/* UsageError */.eb('compare: --baseline is a results file of one suite; it cannot be used with several suites');
    const suites = await (0,_build_suites/* loadSuites */._k)(root, paths);
    const options = evalOptions(values, io, outDir);
    const results = await withIsolation(values, io, (isolation) => (0,_build_suites/* compareSuites */.BC)(suites, {
        root,
        baseRef: values['base-ref'],
        headRef: values['head-ref'] ?? null,
        detectUncommitted: true,
        options: { ...options, isolation, secrets: secretsOf(io) },
    }));
    const reports = [];
    for (const r of results) {
        io.stdout.write(`\n${(0,terminal_text/* terminalText */.e)(`== suite ${r.suite.name} (${r.suite.path}) ==`)}\n`);
        if ('error' in r) {
            io.stdout.write(`error: ${(0,terminal_text/* terminalText */.e)(r.error.message)}\n`);
            reports.push({ name: r.suite.name, path: r.suite.path, decision: 'error', report: null, message: r.error.message, dir: r.dir });
            continue;
        }
        const input = await writeSuiteReports(io, { ...r.result, gate: r.result.suite.gate, caseIds: r.result.suite.cases.map((c) => c.id) }, (0,external_node_path_.join)(outDir, r.dir), color);
        reports.push({ name: r.suite.name, path: r.suite.path, decision: input.decision, report: input, message: null, dir: r.dir });
    }
    const worst = (0,compare_worst/* worstDecision */._V)(reports.map((r) => r.decision));
    const redact = (0,report_redact/* createRedactor */.lY)(suites.flatMap((s) => s.redact), { literals: secretsOf(io) });
    await (0,results_io/* writeJsonFile */.An)((0,external_node_path_.join)(outDir, json/* REPORT_JSON */.oA), (0,suites_json/* toSuitesReportJson */.$)(worst, reports, redact));
    await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, json/* REPORT_MD */.Rg), (0,suites_markdown/* renderSuitesSummary */.k)(reports, { decision: worst, redact, runUrl: null }));
    io.stdout.write(`report: ${(0,terminal_text/* terminalText */.e)((0,external_node_path_.join)(outDir, json/* REPORT_MD */.Rg))}\n`);
    await hintIgnore(io, root, outDir);
    io.stdout.write(`${decisionsLine(reports, worst)}\n`);
    return exitOf(worst);
}
const exec = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function insideWorkTree(dir) {
    return exec('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir }).then(() => true, () => false);
}
/** Output written inside a repository and not ignored would land in the next commit: say so once per run. */
async function hintIgnore(io, root, outDir) {
    const rel = (0,external_node_path_.relative)(root, outDir);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return;
    if (!(await insideWorkTree(root)))
        return;
    // check-ignore exits 1 when the path is not ignored, 0 when it is.
    const ignored = await exec('git', ['check-ignore', '-q', '--', rel], { cwd: root }).then(() => true, () => false);
    if (!ignored)
        io.stderr.write(`hint: ${(0,terminal_text/* terminalText */.e)(rel)}/ is not ignored by git; add it to .gitignore so results are not committed\n`);
}
/** The git work tree `cwd` is in (the CLI may run from a subdirectory); `cwd` outside one. */
async function repositoryRoot(cwd) {
    try {
        const { stdout } = await exec('git', ['rev-parse', '--show-toplevel'], { cwd });
        const root = stdout.trim();
        return root === '' ? cwd : root;
    }
    catch {
        return cwd;
    }
}
/** The run's own credentials, redacted literally wherever output is rendered. */
/** The run's own secrets, redacted as literals: every key the CLI sends (the agents' Anthropic key too). */
function secretsOf(io) {
    return [io.env.OPENAI_API_KEY, io.env.ANTHROPIC_API_KEY, io.env.GITHUB_TOKEN].filter((s) => !!s);
}
/** Where the bundled demo lives: beside `dist/` (bundle) or `src/` (tests, tsx). */
function demoDir() {
    // Built from parts so the bundler does not copy the demo into dist/ as an asset.
    const parts = ['..', 'evals', 'demo'];
    return (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url)), ...parts);
}
/**
 * Builds the demo's throwaway git repository: the base commit has the old support prompt, the
 * head commit the new one. The caller removes `repo` when done.
 */
async function prepareDemoRepo(source = demoDir()) {
    const repo = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'evalgate-demo-'));
    // Fixed dates make the demo's commit ids, and so its report, the same on every run.
    const date = '2026-11-01T12:00:00Z';
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const git = (...args) => exec('git', ['-c', 'user.name=EvalGate Demo', '-c', 'user.email=demo@evalgate.invalid', ...args], { cwd: repo, env });
    await git('init', '-q', '-b', 'main');
    await (0,promises_.cp)(source, (0,external_node_path_.join)(repo, 'evals/demo'), { recursive: true, filter: (src) => !src.includes('/recorded') });
    await (0,promises_.cp)((0,external_node_path_.join)(source, 'base/prompts'), (0,external_node_path_.join)(repo, 'evals/demo/prompts'), { recursive: true, force: true });
    await git('add', '-A');
    await git('commit', '-q', '-m', 'support prompt v1');
    await (0,promises_.cp)((0,external_node_path_.join)(source, 'prompts'), (0,external_node_path_.join)(repo, 'evals/demo/prompts'), { recursive: true, force: true });
    await git('commit', '-q', '-am', 'support prompt v2: shorter and friendlier');
    return repo;
}
const DEMO_CONFIG = 'evals/demo/evalgate.yaml';
/**
 * The demo: the same code path as a real PR (a git worktree for base, the working tree for head),
 * answered from the recorded responses in evals/demo/recorded.
 */
async function demo(io, outDir, color) {
    const source = demoDir();
    const repo = await prepareDemoRepo(source);
    try {
        io.stderr.write('demo: comparing support prompt v1 (base) with v2 (head) from recorded responses\n');
        const result = await (0,pipeline/* runComparison */.rW)({
            root: repo,
            configPath: DEMO_CONFIG,
            baseRef: 'HEAD~1',
            headRef: null,
            baselineFile: null,
            options: {
                ...evalOptions({ replay: true }, { ...io, env: {} }, outDir),
                cacheDir: (0,external_node_path_.join)(source, 'recorded'),
            },
        });
        const code = await writeReports(io, { ...result, gate: result.suite.gate, caseIds: result.suite.cases.map((c) => c.id) }, outDir, color);
        io.stdout.write('demo: above is what EvalGate reports for this prompt change; the PR comment is in the report file.\n');
        // The demo's verdict is a regression on purpose; the demo itself succeeded.
        return code === cli_io/* EXIT */.d.failed ? cli_io/* EXIT */.d.ok : code;
    }
    finally {
        await (0,promises_.rm)(repo, { recursive: true, force: true });
    }
}


/***/ })

};
