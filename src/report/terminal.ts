import { evidenceSentences, sampleText } from './evidence.js';
import { costScale } from '../util/numbers.js';
import type { CaseResult, RunResults } from '../results/schema.js';
import type { FinalDecision, ReportInput } from './types.js';
import { CASE_CLASSES } from '../compare/types.js';
import { CLASS_LABELS, firstFailingCheck, meanLatency, prioritiseFailing, representativeTrial, shortReason, totalCost } from './cases.js';
import {
  formatCount,
  formatDelta,
  formatInterval,
  formatMs,
  formatSigned,
  formatTime,
  formatUsd,
  formatValue,
  goodness,
  scaleMetric,
  plural,
  shortCommit,
  UNCOMMITTED_SUFFIX,
  METRIC_ROWS,
} from './format.js';
import type { Redactor } from './redact.js';
import { createRenderer, type Renderer } from './untrusted.js';
// One policy for which findings decided and which limits held: the PR comment's.
import { deciding, withinLimits } from './comment/header.js';

export interface TerminalOptions {
  color: boolean;
  /** Line width for failing-case lines; default 100. */
  width?: number;
}

export interface RunTableOptions extends TerminalOptions {
  /** The run's redaction policy. */
  redact: Redactor;
}

const DEFAULT_WIDTH = 100;
/** The terminal lists this many failing cases; the Markdown report has the rest. */
const MAX_FAILING_LINES = 100;
/**
 * `evalgate run` lists every case up to this many; a bigger run lists only the cases that did
 * not pass (as many again), since 10,000 passing rows bury them. The results file has every case.
 */
const MAX_RUN_ROWS = 100;

type Tone = 'green' | 'red' | 'yellow' | 'dim' | 'bold';
const ANSI: Record<Tone, [string, string]> = {
  green: ['\x1b[32m', '\x1b[39m'],
  red: ['\x1b[31m', '\x1b[39m'],
  yellow: ['\x1b[33m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

type Paint = (tone: Tone, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (tone, text) => ANSI[tone][0] + text + ANSI[tone][1] : (_tone, text) => text;
}

const DECISION_TONE: Record<FinalDecision, Tone> = {
  pass: 'green',
  approved: 'green',
  fail: 'red',
  error: 'red',
  inconclusive: 'yellow',
  skipped: 'yellow',
  'not-applicable': 'dim',
};

/** Pads cells to column widths; the last column is left ragged. */
function align(rows: string[][], rightAligned: ReadonlySet<number> = new Set()): string[] {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => [...(row[col] ?? '')].length)));
  return rows.map((row) =>
    row
      .map((cell, col) => {
        if (col === row.length - 1) return cell;
        const pad = ' '.repeat(widths[col] - [...cell].length);
        return rightAligned.has(col) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function fit(text: string, width: number): string {
  const points = [...text];
  return points.length <= width ? text : points.slice(0, Math.max(0, width - 1)).join('') + '…';
}

function commitOf(r: Renderer, commit: string | null, dirty = false): string {
  const text = shortCommit(commit) ?? (commit === null ? 'unknown commit' : r.plainText(commit, 40));
  return dirty ? `${text}${UNCOMMITTED_SUFFIX}` : text;
}

/** `base a1b2c3d → head f00dfee + uncommitted changes`: what was compared. */
function sidesText(cmp: ReportInput['comparison'], r: Renderer): string {
  const head = `head ${commitOf(r, cmp.head.commit, cmp.head.dirty)}`;
  return cmp.base ? `base ${commitOf(r, cmp.base.commit)} → ${head}` : head;
}

function headerLines(input: ReportInput, r: Renderer, paint: Paint): string[] {
  const decision = input.decision.replace('-', ' ').toUpperCase();
  const decided = deciding(input.verdict);
  const limits = withinLimits(input.comparison, input.verdict);
  const score = input.verdict.findings.find((f) => f.rule === 'score');
  const lines = [
    `${paint('bold', 'EvalGate:')} ${paint(DECISION_TONE[input.decision], decision)} — suite ${r.plainText(input.comparison.suiteName, 100)}`,
    paint('dim', `  ${sidesText(input.comparison, r)}`),
    // Only the findings that decided are reasons; the limits that held share one line, as in the comment.
    ...decided.map((f) => `  - ${r.plainText(f.message, 300)}`),
    ...(limits === null ? [] : [`  ${r.plainText(limits, 300)}`]),
    ...input.verdict.warnings.map((s) => `  ${paint('yellow', '!')} ${r.plainText(s, 300)}`),
    ...(score && !decided.includes(score) ? [paint('dim', `  Score: ${r.plainText(score.message, 300)}.`)] : []),
    ...evidenceSentences(input.verdict.evidence, input.comparison).map((s) => paint('dim', `  ${s}`)),
  ];
  const a = input.approval;
  if (a?.state === 'approved') {
    lines.push(`  Approved by ${r.plainText(a.actor, 60)} at ${formatTime(a.at)} for ${shortCommit(a.commit) ?? r.plainText(a.commit, 40)}`);
  } else if (a?.state === 'ignored') {
    lines.push(`  Label "${r.plainText(input.approveLabel, 100)}" by ${r.plainText(a.actor, 60)} was ignored: ${r.plainText(a.reason, 300)}`);
  }
  return lines;
}

/** Agents' model calls the recording proxy could not record: a cost the totals do not include. */
function unrecordedLine(calls: number): string {
  return `${plural(calls, 'agent model call')} went through the recording proxy unrecorded (an API it does not record): not in any usage or cost`;
}

/** The comparison for the CLI: verdict, aligned metrics, class counts and failing case ids with reasons. */
export function renderTerminal(input: ReportInput, options: TerminalOptions): string {
  const r = createRenderer(input.redact);
  const paint = painter(options.color);
  const width = options.width ?? DEFAULT_WIDTH;
  const cmp = input.comparison;
  const ci = `${Math.round(cmp.confidence * 100)}% CI`;
  const metricRows = [
    ['Metric', 'Base', 'Head', 'Δ', ci],
    ...METRIC_ROWS.map(({ name, key, unit, better }) => {
      // Per-case costs of cheap models read per 1,000 cases, as in the comment.
      const scale = unit === 'usd' ? costScale([cmp.metrics[key].base, cmp.metrics[key].head]) : { unit: 'case', factor: 1 };
      const m = scaleMetric(cmp.metrics[key], scale.factor);
      const label = unit === 'usd' ? `Cost per ${scale.unit}` : name;
      // ▼ is bad news for a score and good news for a cost: the words say which.
      const good = goodness(better, m.delta);
      const delta = formatDelta(unit, m);
      return [label, formatValue(unit, m.base), formatValue(unit, m.head), good ? `${delta} ${good}` : delta, formatInterval(unit, m.interval)];
    }),
  ];
  const usd = (v: number | null): string => (v === null ? 'unknown' : formatUsd(v));
  const out = [...headerLines(input, r, paint), ''];
  out.push(...align(metricRows, new Set([1, 2, 3])).map((line, i) => (i === 0 ? paint('dim', line) : line)));
  out.push(
    `Eval spend: ${usd(cmp.spend.total)} (judge ${usd(cmp.spend.judge)}) · paid now ${usd(cmp.spend.live)}, replayed from the cache ${usd(cmp.spend.replayed)}`,
  );
  if (cmp.spend.unrecordedCalls > 0) out.push(paint('yellow', unrecordedLine(cmp.spend.unrecordedCalls)));
  if (cmp.spend.projectedMonthlyDelta !== null) {
    out.push(`Projected monthly cost change: ${formatSigned('usd', cmp.spend.projectedMonthlyDelta)}`);
  }
  out.push('', `Cases: ${CASE_CLASSES.map((c) => `${formatCount(cmp.counts[c] ?? 0)} ${CLASS_LABELS[c]}`).join(' · ')}`);

  const failing = prioritiseFailing(cmp.cases);
  if (failing.length > 0) {
    out.push('', paint('bold', 'Failing cases:'));
    const listed = failing.slice(0, MAX_FAILING_LINES);
    const rows = listed.map((c) => {
      const change = `${c.base ? formatValue('score', c.base.score) : 'new'} → ${formatValue('score', c.head.score)}`;
      const label = c.stability === 'flaky' ? `${CLASS_LABELS[c.class]} (flaky)` : CLASS_LABELS[c.class];
      return [label, r.plainText(c.id, 40), change];
    });
    const leads = align(rows).map((line) => `  ${line}`);
    const leadWidth = Math.max(...leads.map((line) => [...line].length));
    for (const [i, lead] of leads.entries()) {
      const tone: Tone = listed[i].class === 'still-failing' ? 'yellow' : 'red';
      const padded = lead + ' '.repeat(leadWidth - [...lead].length);
      const reason = r.plainText(shortReason(listed[i]), REASON_CHARS);
      out.push(...reasonLines(padded, reason, width).map((line) => paint(tone, line)));
    }
    if (failing.length > MAX_FAILING_LINES) out.push(`  …and ${plural(failing.length - MAX_FAILING_LINES, 'more case')}`);
  }
  out.push(
    ...errorLines(
      cmp.cases.flatMap((c) => [c.base, c.head]),
      r,
      width,
      paint,
    ),
  );
  const { sample } = cmp;
  out.push('', paint('dim', `${sampleText(sample)}, seed ${sample.seed}, ${plural(sample.trials, 'trial')}`));
  if (sample.cut) {
    out.push(
      paint(
        'yellow',
        `Sample cut: ${formatCount(sample.cut.completed)} of ${formatCount(sample.cut.planned)} planned cases ran (${r.plainText(sample.cut.reason, 200)})`,
      ),
    );
  }
  if (cmp.baselineNote) out.push(`Baseline: ${r.plainText(cmp.baselineNote, 300)}`);
  if (input.decision === 'fail') out.push(`To accept this regression, add the label "${r.plainText(input.approveLabel, 100)}".`);
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
function reasonLines(lead: string, reason: string, width: number): string[] {
  if (reason === '') return [lead.trimEnd()];
  const indent = [...lead].length + 2;
  if (width - indent >= MIN_REASON_WIDTH) {
    return wrap(reason, width - indent, true).map((line, i) => (i === 0 ? `${lead}  ${line}` : ' '.repeat(indent) + line));
  }
  const under = Math.max(MIN_REASON_WIDTH, width - REASON_INDENT.length);
  return [fit(lead.trimEnd(), width), ...wrap(reason, under, true).map((line) => REASON_INDENT + line)];
}

/** Errors are counted by kind, each with its first message in full: the cause is at its end. */
const ERROR_MESSAGE_CHARS = 2000;

function errorLines(cases: readonly (CaseResult | null)[], r: Renderer, width: number, paint: Paint): string[] {
  const byKind = new Map<string, { count: number; first: string }>();
  for (const c of cases) {
    for (const t of c?.trials ?? []) {
      if (!t.error) continue;
      const entry = byKind.get(t.error.kind) ?? { count: 0, first: t.error.message };
      entry.count += 1;
      byKind.set(t.error.kind, entry);
    }
  }
  if (byKind.size === 0) return [];
  const lines = ['', paint('bold', 'Errors by kind (first message of each):')];
  for (const [kind, { count, first }] of [...byKind].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))) {
    const text = `${kind} ×${formatCount(count)}: ${r.plainText(first, ERROR_MESSAGE_CHARS)}`;
    lines.push(...wrap(text, Math.max(40, width - 4)).map((line, i) => paint('yellow', `${i === 0 ? '  ' : '    '}${line}`)));
  }
  return lines;
}

/**
 * Breaks text at spaces into lines of at most `width` code points. Longer words stand alone
 * (an error's URL stays copyable) unless `breakWords` cuts them into pieces that fit.
 */
function wrap(text: string, width: number, breakWords = false): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ').flatMap((word) => {
    const points = [...word];
    if (!breakWords || points.length <= width) return [word];
    return Array.from({ length: Math.ceil(points.length / width) }, (_, i) => points.slice(i * width, (i + 1) * width).join(''));
  });
  for (const word of words) {
    if (line !== '' && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The table printed by `evalgate run`: one row per case (see MAX_RUN_ROWS) and a totals line. */
export function renderRunTable(results: RunResults, options: RunTableOptions): string {
  const r = createRenderer(options.redact);
  const paint = painter(options.color);
  const width = options.width ?? DEFAULT_WIDTH;
  const listed = results.cases.length <= MAX_RUN_ROWS ? results.cases : results.cases.filter((c) => c.status !== 'pass').slice(0, MAX_RUN_ROWS);
  const rows = [
    ['Case', 'Status', 'Score', 'Cost', 'Latency', 'Reason'],
    ...listed.map((c) => {
      const trial = representativeTrial(c, 'fail');
      const error = c.trials.find((t) => t.error !== undefined)?.error;
      const check = firstFailingCheck(trial);
      const reason = c.status === 'error' && error ? `${error.kind}: ${error.message}` : check ? `${check.label}: ${check.reason}` : '';
      const cost = totalCost(c);
      const latency = meanLatency(c);
      return [
        r.plainText(c.id, 40),
        c.status,
        formatValue('score', c.score),
        cost === null ? 'unknown' : formatUsd(cost),
        latency === null ? '—' : formatMs(latency),
        r.plainText(reason, width),
      ];
    }),
  ];
  const tones: Record<string, Tone> = { pass: 'green', fail: 'red', error: 'yellow' };
  // A big run where every case passed lists none: no header over no rows.
  const lines = (listed.length > 0 ? align(rows, new Set([2, 3, 4])) : []).map((line, i) => {
    const fitted = fit(line, width);
    if (i === 0) return paint('dim', fitted);
    return paint(tones[listed[i - 1].status] ?? 'dim', fitted);
  });
  const t = results.totals;
  if (listed.length < results.cases.length) {
    const notPassing = results.cases.length - t.passed;
    const more = notPassing > listed.length ? ` and ${formatCount(notPassing - listed.length)} more that did not pass` : '';
    lines.push(paint('dim', `…${plural(t.passed, 'passing case')}${more} not listed: every case is in the results file`));
  }
  const scored = results.cases.map((c) => c.score).filter((s): s is number => s !== null);
  const mean = scored.length > 0 ? scored.reduce((a, b) => a + b, 0) / scored.length : null;
  const usd = (v: number | null): string => (v === null ? 'unknown' : formatUsd(v));
  lines.push(
    '',
    `${plural(t.cases, 'case')}: ${formatCount(t.passed)} passed, ${formatCount(t.failed)} failed, ${plural(t.errors, 'error')} · ` +
      `mean score ${formatValue('score', mean)} · cost ${usd(t.costUsd)} (judge ${usd(t.judgeCostUsd)}) · ` +
      `paid now ${usd(t.liveCostUsd ?? 0)}, replayed from the cache ${usd(t.replayedCostUsd ?? 0)} · ` +
      `${plural(t.requests, 'request')} (${formatCount(t.cacheHits)} cached)`,
  );
  if ((t.unrecordedCalls ?? 0) > 0) lines.push(paint('yellow', unrecordedLine(t.unrecordedCalls ?? 0)));
  lines.push(...errorLines(results.cases, r, width, paint));
  if (results.meta.cut) {
    lines.push(
      paint(
        'yellow',
        `Sample cut: ${formatCount(results.meta.cut.completed)} of ${formatCount(results.meta.cut.planned)} planned cases ran (${r.plainText(results.meta.cut.reason, 200)})`,
      ),
    );
  }
  return lines.join('\n') + '\n';
}
