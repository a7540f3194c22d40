import { describe, expect, it } from 'vitest';
import { containedCommand, parseProcStat } from '../../src/targets/agent-processes.js';

/** A /proc/PID/stat line: pid (comm) state ppid pgrp session … starttime (field 22) … */
const stat = (pid: number, comm: string, state: string, ppid: number, pgrp: number, start: number): string =>
  `${pid} (${comm}) ${state} ${ppid} ${pgrp} ${pgrp} 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 ${start} 1000 100 18446744073709551615\n`;

describe('parseProcStat', () => {
  it.each([
    { name: 'a plain process', line: stat(42, 'node', 'S', 7, 40, 12345), want: { pid: 42, ppid: 7, pgrp: 40, start: 12345 } },
    // A process names itself: spaces and parentheses in comm must not shift the fields.
    { name: 'a comm with ") S 1 1"', line: stat(43, 'evil) S 1 1 (x', 'R', 8, 43, 99), want: { pid: 43, ppid: 8, pgrp: 43, start: 99 } },
    { name: 'a zombie (already dead)', line: stat(44, 'sh', 'Z', 7, 40, 1), want: null },
    { name: 'garbage', line: 'not a stat line', want: null },
  ])('$name', ({ line, want }) => {
    expect(parseProcStat(line)).toEqual(want);
  });
});

describe('containedCommand', () => {
  const ns = { kind: 'pid-namespace' as const, argv: ['unshare', '--pid', '--fork', '--kill-child'] };
  it('runs the command through /bin/sh, under unshare when a PID namespace is available', () => {
    expect(containedCommand('node agent.mjs', { kind: 'process-group' })).toEqual({ file: '/bin/sh', args: ['-c', 'node agent.mjs'], spawnAs: undefined });
    expect(containedCommand('node agent.mjs', ns)).toEqual({
      file: 'unshare',
      args: ['--pid', '--fork', '--kill-child', '--', '/bin/sh', '-c', 'node agent.mjs'],
      spawnAs: undefined,
    });
  });

  it('for the agent user, makes the namespace with its own privileges and drops to that user inside, under a root PID 1', () => {
    const user = { uid: 999, gid: 998 };
    expect(containedCommand('node agent.mjs', ns, user)).toEqual({
      file: 'unshare',
      args: [
        '--pid', '--fork', '--kill-child', '--',
        '/bin/sh', '-c', 'setpriv --reuid=999 --regid=998 --clear-groups -- /bin/sh -c "$1"; exit $?', 'evalgate-init', 'node agent.mjs',
      ],
      spawnAs: undefined,
    });
    expect(containedCommand('node agent.mjs', { kind: 'process-group' }, user)).toEqual({ file: '/bin/sh', args: ['-c', 'node agent.mjs'], spawnAs: user });
  });
});
