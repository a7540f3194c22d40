import type { Metric, TagBreakdown } from '../../compare/types.js';
import { costScale, count, pct, signedUsd } from '../../util/numbers.js';
import { formatDelta, formatInterval, formatRelativeInterval, formatValue, goodness, plural, scaleMetric, type Better, type Unit } from '../format.js';
import { CLASS_LABELS } from '../cases.js';
import { capped, table, type Context } from './context.js';

/** The metrics table's first line; `replaceHeader` takes everything above it as the header. */
export const METRICS_HEAD = '| Metric | Base | Head | Change |';

const MARKS = { better: '🟢', worse: '🔴' } as const;

/** `🔴 −9.4 pts`: every change says whether it is good or bad news (▼ is bad for a score, good for a cost). */
export function markedDelta(unit: Unit, better: Better, m: Pick<Metric, 'delta' | 'relative'>): string {
  const text = formatDelta(unit, m);
  const good = goodness(better, m.delta);
  return good ? `${MARKS[good]} ${text}` : text;
}

function row(name: string, unit: Unit, better: Better, m: Metric, ci: string): string[] {
  return [name, formatValue(unit, m.base), formatValue(unit, m.head), markedDelta(unit, better, m), ci];
}

/** Two related metrics in one row (`245 / 31`), one mark when both moved the same way; lower is better. */
function pairRow(name: string, unit: Unit, a: Metric, b: Metric): string[] {
  // `12 ms / 41 ms` reads as `12 / 41 ms`: a shared unit once, at the end.
  const pair = (x: string, y: string): string => {
    const unitOf = (t: string): string => / ([a-z]+)$/.exec(t)?.[1] ?? '';
    const shared = unitOf(x) !== '' && unitOf(x) === unitOf(y);
    return `${shared ? x.slice(0, -unitOf(x).length - 1) : x} / ${y}`;
  };
  const ga = goodness('lower', a.delta);
  const gb = goodness('lower', b.delta);
  const delta = (m: Metric): string => formatDelta(unit, { delta: m.delta, relative: null });
  const change =
    ga === gb
      ? `${ga ? `${MARKS[ga]} ` : ''}${pair(delta(a), delta(b))}`
      : pair(markedDelta(unit, 'lower', { delta: a.delta, relative: null }), markedDelta(unit, 'lower', { delta: b.delta, relative: null }));
  return [name, pair(formatValue(unit, a.base), formatValue(unit, b.base)), pair(formatValue(unit, a.head), formatValue(unit, b.head)), change, '—'];
}

/**
 * `**Cases:** 3 of 12 went pass → fail, none fail → pass · 9 unchanged`: the flips in words (the
 * McNemar p-value is in "How this was decided"), then the other classes that occur.
 */
function casesLine(ctx: Context): string {
  const cmp = ctx.input.comparison;
  const others = (['new-failing', 'error', 'still-failing', 'new-passing', 'unchanged'] as const)
    .filter((c) => (cmp.counts[c] ?? 0) > 0)
    .map((c) => `${count(cmp.counts[c])} ${CLASS_LABELS[c]}`);
  const { regressed, fixed } = cmp.mcnemar;
  const flips =
    cmp.base === null
      ? []
      : [`${regressed === 0 ? 'none' : count(regressed)} of ${count(cmp.pairs)} went pass → fail, ${fixed === 0 ? 'none' : count(fixed)} fail → pass`];
  const all = [...flips, ...others];
  return `**Cases:** ${all.length > 0 ? all.join(' · ') : 'none'}.`;
}

/** Errors by side and kind; errored cases are kept out of the deltas. */
function errorsLine(ctx: Context): string | null {
  const { errors } = ctx.input.comparison;
  if (errors.base + errors.head === 0) return null;
  const kinds = Object.entries(errors.byKind)
    .map(([kind, n]) => `${ctx.r.inlineCode(kind, 40)} ${count(n)}`)
    .join(', ');
  return (
    `**Errors:** base ${count(errors.base)}, head ${count(errors.head)} ` +
    `(${pct(errors.rate)} of runs)${kinds ? ` — ${kinds}` : ''}. Errored cases are kept out of the deltas.`
  );
}

/** The metrics table, then the cases in words, the projected monthly cost and any errors. */
export function metricsSection(ctx: Context): string {
  const cmp = ctx.input.comparison;
  const m = cmp.metrics;
  const scale = costScale([m.costPerCase.base, m.costPerCase.head]);
  const cost = scaleMetric(m.costPerCase, scale.factor);
  const rows = [
    row('Score (pts)', 'score', 'higher', m.score, formatInterval('score', m.score.interval)),
    row('Pass rate', 'rate', 'higher', m.passRate, formatInterval('rate', m.passRate.interval)),
    row(
      `Cost per ${scale.unit}`,
      'usd',
      'lower',
      cost,
      m.costPerCase.relativeInterval ? formatRelativeInterval(m.costPerCase.relativeInterval) : formatInterval('usd', cost.interval),
    ),
    pairRow('Latency p50 / p95', 'ms', m.latencyP50, m.latencyP95),
    pairRow('Tokens in / out', 'tokens', m.inputTokens, m.outputTokens),
  ];
  const parts = [table(['Metric', 'Base', 'Head', 'Change', `${pct(cmp.confidence)} CI`], ['l', 'r', 'r', 'r', 'l'], rows)];
  const lines = [casesLine(ctx)];
  if (cmp.spend.projectedMonthlyDelta !== null) {
    lines.push(`Cost at the configured traffic: ${signedUsd(cmp.spend.projectedMonthlyDelta)} a month.`);
  }
  if (cmp.spend.unrecordedCalls > 0) {
    lines.push(`${plural(cmp.spend.unrecordedCalls, 'agent model call')} went through the proxy unrecorded (not in any cost).`);
  }
  if (cmp.spend.unknownPriceModels.length > 0) {
    const models = capped(
      cmp.spend.unknownPriceModels,
      10,
      (x) => ctx.r.inlineCode(x, 60),
      (n) => `${n} more`,
    ).join(', ');
    lines.push(`Cost unknown for ${models} — add their prices under \`pricing:\` in the suite file.`);
  }
  const errors = errorsLine(ctx);
  parts.push(errors ? `${lines.join(' ')}\\\n${errors}` : lines.join(' '));
  return parts.join('\n\n');
}

function tagTable(ctx: Context, tags: readonly TagBreakdown[]): string {
  const { r } = ctx;
  const rows = tags.map((t) => [
    r.inlineCode(t.tag, 60),
    count(t.n),
    `${formatValue('score', t.score.base)} → ${formatValue('score', t.score.head)}`,
    markedDelta('score', 'higher', t.score),
    `${formatValue('rate', t.passRate.base)} → ${formatValue('rate', t.passRate.head)}`,
  ]);
  return table(['Tag', 'n', 'Score (pts)', 'Change', 'Pass rate'], ['l', 'r', 'r', 'r', 'r'], rows);
}

/** Worst change first: the tag a reader should look at. */
function byChange(tags: readonly TagBreakdown[]): TagBreakdown[] {
  return [...tags].sort((a, b) => (a.score.delta ?? 0) - (b.score.delta ?? 0) || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/**
 * Per-tag results, folded: exploratory (they never block), and a chart of them would repeat the
 * table in a form e-mail shows as code. Worst tag named in the fold's one line.
 */
export function tagsSection(ctx: Context, room: number, measure: (s: string) => number): string | null {
  const tags = byChange(ctx.input.comparison.tags);
  if (tags.length === 0) return null;
  const worst = tags[0];
  const worstText =
    worst.score.delta !== null && worst.score.delta < 0
      ? `; largest drop: <code>${ctx.r.htmlText(worst.tag, 60)}</code> ${formatDelta('score', worst.score)}`
      : '';
  const summary = `<summary>By tag (${plural(tags.length, 'tag')}${worstText}) — exploratory, never blocks</summary>`;
  for (let shown = Math.min(tags.length, ctx.limits.tagRows); shown > 0; shown = Math.floor(shown / 2)) {
    const rest = tags.length - shown;
    const more = rest > 0 ? `\n\n…and ${plural(rest, 'more tag')} in evalgate-report.json.` : '';
    const text = `<details>\n${summary}\n\n${tagTable(ctx, tags.slice(0, shown))}${more}\n\n</details>`;
    if (measure(text) <= room) return text;
  }
  return null;
}
