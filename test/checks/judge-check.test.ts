import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/index.js';
import { DEFAULT_JUDGE_RUBRIC, type Judge } from '../../src/config/suite.js';
import { LlmError } from '../../src/llm/llm.js';
import { ScriptedLlm, verdict } from '../judge/fake-llm.js';
import { envAt, trialWith } from './helpers.js';

const suiteJudge: Judge = { model: 'gpt-4o-mini', endpoint: null, rubric: 'Grade for tone.', threshold: 0.7, temperature: 0.1 };

describe('judge check', () => {
  it('grades with the check rubric and the suite model, threshold and temperature', async () => {
    const llm = new ScriptedLlm([verdict(7, 'States 30 days;\nno refund promised.')]);
    const [result] = await runChecks([{ judge: 'States the return window correctly.' }], trialWith({ trial: 2 }), envAt('/x', { judge: suiteJudge, llm }));
    expect(result).toMatchObject({
      kind: 'judge',
      label: 'judge: States the return window correctly.',
      pass: true,
      score: 0.7,
      reason: 'States 30 days; no refund promised.',
      judge: { model: 'gpt-4o-mini', score: 0.7, reasoning: 'States 30 days;\nno refund promised.', cached: false },
    });
    const [{ request, options }] = llm.calls;
    expect(request.model).toBe('gpt-4o-mini');
    expect(request.temperature).toBe(0.1);
    // The suite's rubric comes first, as criteria for every answer; then the check's own.
    expect(request.messages[0].content).toContain(
      'General criteria (for every answer of this suite):\nGrade for tone.\n\nRubric for this answer (grade by both):\nStates the return window correctly.\n',
    );
    expect(request.messages[1].content).toContain('No. Returns are accepted within 30 days.');
    expect(options.trial).toBe(2);
  });

  it('lets the check override model and threshold and fall back to the suite rubric', async () => {
    const llm = new ScriptedLlm([verdict(8)]);
    const [result] = await runChecks([{ judge: { model: 'gpt-4.1', threshold: 0.9 } }], trialWith(), envAt('/x', { judge: suiteJudge, llm }));
    expect(result).toMatchObject({ pass: false, score: 0.8, label: 'judge (suite rubric)' });
    expect(llm.calls[0].request.model).toBe('gpt-4.1');
    expect(llm.calls[0].request.messages[0].content).toContain('Grade for tone.');
  });

  it('grades by the check rubric alone when the suite sets no rubric (the default rubric is not added)', async () => {
    const llm = new ScriptedLlm([verdict(8)]);
    await runChecks([{ judge: 'States the window.' }], trialWith(), envAt('/x', { judge: { ...suiteJudge, rubric: null }, llm }));
    const system = llm.calls[0].request.messages[0].content;
    expect(system).toContain('Rubric:\nStates the window.\n');
    expect(system).not.toContain('General criteria');
    expect(system).not.toContain(DEFAULT_JUDGE_RUBRIC);
  });

  it('uses the default rubric when neither the check nor the suite has one', async () => {
    const llm = new ScriptedLlm([verdict(8)]);
    await runChecks([{ judge: { model: 'gpt-4o-mini' } }], trialWith(), envAt('/x', { llm }));
    expect(llm.calls[0].request.messages[0].content).toContain(DEFAULT_JUDGE_RUBRIC);
  });

  it('shortens long reasoning to one line of about 200 characters', async () => {
    const long = `${'Mostly right. '.repeat(40)}\nBut vague.`;
    const [result] = await runChecks([{ judge: 'r' }], trialWith(), envAt('/x', { judge: suiteJudge, llm: new ScriptedLlm([verdict(5, long)]) }));
    expect(result.reason).not.toContain('\n');
    expect([...result.reason].length).toBeLessThanOrEqual(200);
    expect(result.reason.endsWith('…')).toBe(true);
    expect(result.judge?.reasoning).toBe(long);
  });

  it('propagates judge LLM errors so the trial becomes an error, not a failing check', async () => {
    const llm = new ScriptedLlm([new LlmError('server-error', '503 from provider')]);
    await expect(runChecks([{ contains: '30 days' }, { judge: 'r' }], trialWith(), envAt('/x', { judge: suiteJudge, llm }))).rejects.toMatchObject({
      kind: 'server-error',
    });
  });

  it('propagates a judge answer that does not match the schema as bad-response', async () => {
    const llm = new ScriptedLlm(['I would give it an 8.']);
    await expect(runChecks([{ judge: 'r' }], trialWith(), envAt('/x', { judge: suiteJudge, llm }))).rejects.toMatchObject({
      name: 'LlmError',
      kind: 'bad-response',
    });
  });

  it('without a model client, throws an LlmError rather than failing the case', async () => {
    await expect(runChecks([{ judge: 'r' }], trialWith(), envAt('/x', { judge: suiteJudge }))).rejects.toBeInstanceOf(LlmError);
  });

  it('without any judge model, is a check error that says where to set one', async () => {
    const [result] = await runChecks([{ judge: 'r' }], trialWith(), envAt('/x', { llm: new ScriptedLlm([verdict(9)]) }));
    expect(result).toMatchObject({
      pass: false,
      score: 0,
      reason: 'check error: judge check has no model: set `judge.model` in the suite or `model` in the check',
    });
  });
});
