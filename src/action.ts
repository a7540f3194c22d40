import { resolve } from 'node:path';
import * as core from '@actions/core';
import { readEventContext } from './github/context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { scrubInitialEnvironment } from './isolation/scrub-environ.js';
import { UsageError } from './pipeline.js';
import { renderNotice } from './report/markdown.js';
import { createRedactor } from './report/redact.js';
import { abortOnTermination } from './run/cancel.js';
import { baseline } from './action/baseline.js';
import { createPrContext, maskSecret, secretsOf, type Policy, type RunContext } from './action/context.js';
import { gate } from './action/gate.js';
import { severalSuites, severalSuitesMode } from './action/suites.js';
import type { Outcome } from './action/outcome.js';
import { messageOf, warnFailure } from './action/warn.js';

// The action, by mode: action/gate.ts (`gate`, and `merge` with action/merge.ts), action/baseline.ts;
// the sticky comment in action/comment.ts, label re-decisions in action/redecide.ts; what every
// mode is handed in action/context.ts.

/** Removed from EvalGate's environment once the inputs are read; everything else is kept, off the /proc-visible block. */
const SCRUBBED_FOR_GOOD = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_)/i;

/** The action's entry point: read inputs once, decide, report, and fail exactly once. */
export async function run(): Promise<void> {
  // The run's one redaction policy: built-in patterns and the run's secrets until the suite is
  // read, then with the suite's `redact` patterns too (createSuiteContext).
  const policy: Policy = { redact: createRedactor([]) };
  // The runner cancels a job with SIGINT, then SIGTERM: stop paying, stop agents, clean up.
  const termination = abortOnTermination();
  try {
    const inputs = readInputs((name) => core.getInput(name), process.env);
    // Masked before anything else can print them.
    maskSecret(inputs.openaiApiKey);
    maskSecret(inputs.anthropicApiKey);
    // Every input is in `inputs` now. Agent code running as this user could read the key and the
    // tokens in /proc/<pid>/environ: blank that block, and keep INPUT_* and the OIDC request token
    // (EvalGate never asks for one) out of every process it starts.
    const scrub = scrubInitialEnvironment((name) => !SCRUBBED_FOR_GOOD.test(name));
    if (!scrub.scrubbed) core.info(`EvalGate could not blank its environment block: ${scrub.reason}`);
    policy.redact = createRedactor([], { literals: secretsOf(inputs) });
    const event = readEventContext(process.env, process.cwd());
    const ctx: RunContext = { inputs, event, resultsDir: resolve(event.workspace, inputs.resultsDir), signal: termination.signal, policy };
    const mode = resolveMode(inputs.mode, event.eventName);
    // `config` as a list or a glob: every suite in one run, one comment (action/suites.ts).
    const several = await severalSuites(inputs.config, event.workspace);
    const outcome = several ? await severalSuitesMode(ctx, mode, several) : mode === 'baseline' ? await baseline(ctx) : await gate(createPrContext(ctx, mode));
    await finish(outcome, inputs);
  } catch (error) {
    const message = policy.redact(messageOf(error));
    core.error(message);
    core.setOutput('decision', 'error');
    try {
      await core.summary.addRaw(renderNotice('error', { suiteName: 'EvalGate', message, redact: policy.redact })).write();
    } catch (summaryError) {
      warnFailure(policy.redact, { failed: 'write the job summary', error: summaryError, lost: 'the error above is in the log only.' });
    }
    core.setFailed(`EvalGate could not decide: ${message.split('\n')[0]}`);
  } finally {
    termination.dispose();
  }
}

/** `gate` on pull requests, `baseline` on pushes, unless the `mode` input says otherwise. */
export function resolveMode(mode: ActionInputs['mode'], eventName: string): 'gate' | 'baseline' | 'merge' {
  if (mode) return mode;
  if (eventName.startsWith('pull_request')) return 'gate';
  if (eventName === 'push' || eventName === 'workflow_dispatch' || eventName === 'schedule') return 'baseline';
  throw new UsageError(`mode: cannot tell what to do on a "${eventName}" event; set mode: gate or mode: baseline`);
}

/** Sets the outputs and the job summary, and fails the step as the decision and inputs say. */
async function finish(outcome: Outcome, inputs: ActionInputs): Promise<void> {
  for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
  core.setOutput('decision', outcome.decision);
  await core.summary.addRaw(outcome.summary).write();
  core.info(`EvalGate decision: ${outcome.decision}`);
  if (outcome.decision === 'fail' && inputs.failOnRegression)
    core.setFailed('EvalGate: the change regresses the evaluation (see the PR comment or job summary)');
  else if (outcome.decision === 'error') core.setFailed('EvalGate: the evaluation could not be trusted (see the job summary)');
  else if (outcome.decision === 'skipped' && inputs.onMissingKey === 'fail')
    core.setFailed('EvalGate: skipped — a model API key is missing (see the job summary)');
  else if (outcome.decision === 'inconclusive')
    core.warning(
      'EvalGate: inconclusive — the whole sample could neither show a regression nor rule one out; the job summary says how many cases or trials would',
    );
}
