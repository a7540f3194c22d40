import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { containedCommand, parseProcStat } from '../../src/isolation/agent-processes.js';

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
  const env = { PATH: '/pr/bin:/usr/bin', LD_PRELOAD: '/pr/evil.so', EVALGATE_AGENT_RUN: 'run-1' };
  it('runs the command through /bin/sh with its environment, under unshare when a PID namespace is available', () => {
    expect(containedCommand('node agent.mjs', { kind: 'process-group' }, env)).toEqual({
      file: '/bin/sh',
      args: ['-c', 'node agent.mjs'],
      env,
      spawnAs: undefined,
    });
    expect(containedCommand('node agent.mjs', ns, env)).toEqual({
      file: 'unshare',
      args: ['--pid', '--fork', '--kill-child', '--', '/bin/sh', '-c', 'node agent.mjs'],
      env,
      spawnAs: undefined,
    });
  });

  it('for the agent user, makes the namespace with its own privileges under a root PID 1 that never sees the suite’s PATH or LD_PRELOAD', () => {
    const user = { uid: 999, gid: 998 };
    const started = containedCommand('node agent.mjs', ns, env, user);
    expect(started.file).toBe('unshare');
    expect(started.args.slice(0, 6)).toEqual(['--pid', '--fork', '--kill-child', '--', '/bin/sh', '-c']);
    expect(started.args.slice(7)).toEqual(['evalgate-init', 'node agent.mjs']);
    expect(started.args[6]).toContain('setpriv --reuid=999 --regid=998 --clear-groups -- env -i "$@" /bin/sh -c "$c"; exit $?');
    expect(started.spawnAs).toBeUndefined();
    expect(started.env).toEqual({
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      EVALGATE_AGENT_RUN: 'run-1',
      EVALGATE_AGENT_ENV_0: 'PATH=/pr/bin:/usr/bin',
      EVALGATE_AGENT_ENV_1: 'LD_PRELOAD=/pr/evil.so',
      EVALGATE_AGENT_ENV_2: 'EVALGATE_AGENT_RUN=run-1',
    });
    // Without a namespace spawn itself starts /bin/sh as the agent user: no root process runs.
    expect(containedCommand('node agent.mjs', { kind: 'process-group' }, env, user)).toEqual({
      file: '/bin/sh',
      args: ['-c', 'node agent.mjs'],
      env,
      spawnAs: user,
    });
  });

  it('the root PID 1 hands the agent exactly its variables, values with quotes, $ and newlines included', () => {
    // Run the generated script as the same user (no drop): setpriv with the current ids is a no-op.
    const user = { uid: process.getuid!(), gid: process.getgid!() };
    const tricky = { A: 'x y', B: `q'"$HOME $(id) \`id\``, C: 'line1\nline2', D: '', EVALGATE_AGENT_RUN: 'run-2' };
    const started = containedCommand('env', { kind: 'pid-namespace', argv: ['env'] }, tricky, user);
    const out = spawnSync(started.file, started.args, { env: started.env, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    const seen = Object.fromEntries(
      out.stdout.split(/\n(?=[A-Z_]+=)/).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1).replace(/\n$/, '')]),
    );
    expect(seen).toEqual({ ...tricky, PWD: process.cwd() });
  });
});
