// Bundles src/index.ts (action and CLI in one entry) into dist/ with ncc. Type checking is
// `npm run typecheck`; ncc only transpiles, so a type error never hides behind a bundling error.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/index.ts', '-o', 'dist', '--transpile-only', '--quiet', '--license', 'licenses.txt'],
  { stdio: 'inherit' },
);
chmodSync('dist/index.js', 0o755);
