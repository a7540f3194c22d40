import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/**
 * A real temporary repository containing `files` (repo-relative path → text or bytes), removed
 * after the test. Returns its root.
 */
export async function usingRepo(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'evalgate-config-'));
  made.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
  }
  return root;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** The SPEC §2 example suite, verbatim. */
export const SPEC_EXAMPLE = `version: 1
watch: [prompts/**, agent/**, config/models.yaml]   # changes that make this suite relevant
target:                          # what is evaluated; exactly one of chat | command | module
  chat:
    model: gpt-4o-mini           # or \`model-file: config/models.yaml\` + \`model-key: support\`
    temperature: 0
    max-tokens: 400
    messages:
      - { role: system, file: prompts/support.md }       # file paths resolve in the evaluated tree
      - { role: user, content: "{{question}}" }         # {{var}} / {{a.b}} from the case input
  # command: { run: "python agent/main.py", timeout: 60s, env: {...} }
  # module:  { path: agent/run.mjs, export: default }
judge:
  model: gpt-4o-mini
  rubric: "Grade the answer for correctness and tone."   # default rubric for \`judge\` checks
  threshold: 0.7                 # a judge check passes at or above this normalized score
cases:
  - file: evals/cases/*.yaml     # YAML list or JSONL files of cases, globs allowed
  - id: refund-window            # ids are unique across the suite
    input: { question: "Can I return shoes after 45 days?" }
    expected: "No. Returns are accepted within 30 days."   # optional reference for checks/judge
    tags: [refunds, critical]
    checks:
      - contains: "30 days"
      - judge: "States the return window correctly and does not promise a refund."
defaults:
  checks: [ { max-latency: 20s } ]                 # appended to every case
sample: { size: 50, seed: 1, stratify: tags, always: [critical], trials: 1 }
gate:
  max-score-drop: 0.02           # tolerated drop of the mean case score (0..1 scale)
  confidence: 0.95
  must-pass-tags: [critical]
  max-cost-increase: null        # e.g. 25% — off unless set
  max-latency-increase: null
  on-inconclusive: pass          # pass (with a warning) | fail
  max-error-rate: 0.1            # above it the verdict is \`error\`, never \`fail\`
pricing: { my-finetune: { input: 3.0, cached-input: 1.5, output: 12.0 } }   # USD per 1M tokens
traffic: { calls-per-month: 100000 }     # turns the cost delta into a projected monthly delta
redact: ["ACME-[0-9]{6}"]                # added to the built-in secret patterns
`;
