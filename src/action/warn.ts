import * as core from '@actions/core';
import type { Redactor } from '../report/redact.js';

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The one way the action goes on after a step failed that the decision does not depend on: a
 * warning that says what failed, why, and what the user goes without.
 */
export function warnFailure(redact: Redactor, failure: { failed: string; error: unknown; lost: string }): void {
  core.warning(redact(`EvalGate could not ${failure.failed} (${messageOf(failure.error)}): ${failure.lost}`));
}
