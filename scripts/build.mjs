// Builds dist/: tsc compiles src/ to ESM JavaScript in .build/ (type errors fail the build), then
// ncc bundles it into dist/index.js with lazily loaded chunks. Compiling first keeps the ESM
// `import` conditions that @actions/* need; ncc's own TypeScript pass would emit CommonJS.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const node = process.execPath;
rmSync('.build', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
execFileSync(node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(node, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', '.build/index.js', '-o', 'dist', '--quiet', '--license', 'licenses.txt'], {
  stdio: 'inherit',
});
rmSync('.build', { recursive: true, force: true });
chmodSync('dist/index.js', 0o755);
