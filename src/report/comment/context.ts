import { markdownTable } from 'markdown-table';
import type { ReportInput } from '../types.js';
import type { Renderer } from '../untrusted.js';

/** Who may approve, as the action's `approve-permission` input. */
export type ApprovePermission = 'write' | 'maintain' | 'admin';
/** When an approval lapses, as the action's `approval-scope` input. */
export type ApprovalScope = 'head' | 'pr';

export interface RenderOptions {
  /** What the approve label needs, for the maintainers' next step; default `write`. */
  approvePermission?: ApprovePermission;
  /** Whether an approval lapses on a new commit (`head`, the default) or holds for the PR. */
  approvalScope?: ApprovalScope;
}

/** Per-item caps, so one huge output or trace cannot eat the whole budget. */
export interface Limits {
  output: number;
  input: number;
  reason: number;
  judgeReasoning: number;
  errorMessage: number;
  stderr: number;
  checkRows: number;
  stepRows: number;
  /** A step's arguments, and its result, each on one line. */
  stepValue: number;
  diff: number;
  reasons: number;
  tagRows: number;
  fixedIds: number;
  /** Fractions of the budget the optional sections may take before failing cases get the rest. */
  tagShare: number;
  filesShare: number;
}

export const COMMENT_LIMITS: Limits = {
  output: 4_000,
  input: 2_000,
  reason: 300,
  judgeReasoning: 800,
  errorMessage: 500,
  stderr: 2_000,
  checkRows: 25,
  stepRows: 30,
  stepValue: 100,
  diff: 4_000,
  reasons: 10,
  tagRows: 40,
  fixedIds: 50,
  tagShare: 0.1,
  filesShare: 0.2,
};

/** The summary is the full report; the caps only keep pathological values readable. */
export const SUMMARY_LIMITS: Limits = {
  output: 20_000,
  input: 10_000,
  reason: 1_000,
  judgeReasoning: 4_000,
  errorMessage: 2_000,
  stderr: 8_000,
  checkRows: 200,
  stepRows: 200,
  stepValue: 500,
  diff: 50_000,
  reasons: 100,
  tagRows: 500,
  fixedIds: 10_000,
  tagShare: 0.1,
  filesShare: 0.2,
};

/** What every part of the comment renders from. */
export interface Context {
  input: ReportInput;
  r: Renderer;
  limits: Limits;
  permission: ApprovePermission;
  scope: ApprovalScope;
}

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/** The first `max` items rendered, then one "more" line for the rest. */
export function capped<T>(items: readonly T[], max: number, render: (item: T) => string, more: (n: number) => string): string[] {
  const shown = items.slice(0, max).map(render);
  return items.length > max ? [...shown, more(items.length - max)] : shown;
}

export type Align = 'l' | 'r' | 'c';

/**
 * A GFM table from cells that are already safe Markdown (escaped by the Renderer, pipes included).
 * markdown-table without padding to column width: padding would spend the comment budget on spaces.
 */
export function table(head: readonly string[], align: readonly Align[], rows: readonly (readonly string[])[]): string {
  return markdownTable([head, ...rows], { align, alignDelimiters: false });
}

export const chars = (text: string): number => text.length;
export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
