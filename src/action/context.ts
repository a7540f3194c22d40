import * as core from '@actions/core';
import type { Suite } from '../config/suite.js';
import { endpointSecrets } from '../llm/endpoints.js';
import { createGitHubClient, type GitHubClient, type RepoRef } from '../github/client.js';
import type { EventContext } from '../github/context.js';
import type { ActionInputs } from '../inputs.js';
import { UsageError } from '../pipeline.js';
import { createRedactor, type Redactor } from '../report/redact.js';

/** Holds the run's redaction policy, so the error path uses the suite's patterns once they are known. */
export interface Policy {
  redact: Redactor;
}

/** What every mode needs: built once in `run()`, passed whole. */
export interface RunContext {
  inputs: ActionInputs;
  event: EventContext;
  /** results-dir, resolved against the workspace. */
  resultsDir: string;
  /** Aborted when the runner cancels the job. */
  signal: AbortSignal;
  policy: Policy;
}

/** The pull request a `gate` or `merge` run works on, and the GitHub client it talks to it with. */
export interface PrContext extends RunContext {
  mode: 'gate' | 'merge';
  github: GitHubClient;
  repo: RepoRef;
  pr: NonNullable<EventContext['pullRequest']>;
}

/** One suite gated on the pull request, with the redaction policy built from it. */
export interface SuiteContext extends PrContext {
  suite: Suite;
  redact: Redactor;
}

/**
 * The run's own credentials: redacted in every encoding wherever EvalGate writes. With the suite
 * known, also the keys its endpoints read from the step's `env:`.
 */
export function secretsOf(inputs: ActionInputs, suite?: Suite): string[] {
  return [inputs.openaiApiKey, inputs.anthropicApiKey, inputs.githubToken, ...(suite ? endpointSecrets(suite, process.env) : [])].filter(Boolean);
}

/** Values already masked: the runner's log masking is per process, so each value is announced once. */
const masked = new Set<string>();

/** Masks `secret` in the runner's log, once (a key can be both ANTHROPIC_API_KEY for agents and an endpoint's key). */
export function maskSecret(secret: string): void {
  if (!secret || masked.has(secret)) return;
  masked.add(secret);
  core.setSecret(secret);
}

/** Masks the keys the suite's endpoints read from the step's `env:`, as soon as the suite says which. */
export function maskEndpointKeys(suite: Suite): void {
  for (const secret of endpointSecrets(suite, process.env)) maskSecret(secret);
}

/** The pull-request context of a `gate` or `merge` run; a usage error when the event has no pull request. */
export function createPrContext(run: RunContext, mode: 'gate' | 'merge'): PrContext {
  const { inputs, event } = run;
  const pr = event.pullRequest;
  if (!pr) throw new UsageError(`mode ${mode} needs a pull_request event, got "${event.eventName}"`);
  if (mode === 'merge' && inputs.shard) throw new UsageError('shard and mode: merge exclude each other: shard jobs evaluate, the merge job reports');
  const github = createGitHubClient(inputs.githubToken, { baseUrl: event.apiUrl, throttle: inputs.githubThrottle });
  return { ...run, mode, github, repo: event.repo, pr };
}

/** Adds a loaded suite; from here on the run's redaction policy includes the suite's `redact` patterns. */
export function createSuiteContext(pr: PrContext, suite: Suite): SuiteContext {
  maskEndpointKeys(suite);
  const redact = createRedactor(suite.redact, { literals: secretsOf(pr.inputs, suite) });
  pr.policy.redact = redact;
  return { ...pr, suite, redact };
}
