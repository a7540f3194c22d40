// `npm run preview`: renders the demo's PR comment (evals/demo, from its recorded responses: no
// network, no key) to evalgate-preview/comment.md and to comment.html, a page with GitHub's
// Markdown CSS as wide as a PR comment. Open the page in a browser after changing the comment.
// Two earlier pushes are added to the demo's history so the fold they make is visible too.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { headerFacts, renderComment } from '../src/report/markdown.js';
import { demoReport } from '../test/support/demo-report.js';
import { commentPage } from '../test/support/gfm-page.js';

const out = resolve(process.argv[2] ?? 'evalgate-preview');
const report = await demoReport();
report.history = [
  { head: 'b7c1e04f2a9d3e5c6b8a0f1e2d3c4b5a69788766', verdict: 'fail', causes: ['2 must-pass cases fail', 'score −14.2 pts (95% CI −22.5 to −5.9)'] },
  { head: '3e9a0c21d4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9', verdict: 'pass', causes: ['score −0.4 pts (95% CI −2.1 to +1.3)', 'no case went pass → fail'] },
];
const markdown = renderComment(report);
await mkdir(out, { recursive: true });
await writeFile(resolve(out, 'comment.md'), markdown);
await writeFile(resolve(out, 'comment.html'), commentPage(markdown, `EvalGate comment — ${report.comparison.suiteName}`));
console.log(`headline: ${headerFacts(report).causes.join(' · ')}`);
console.log(`${markdown.length.toLocaleString('en-US')} characters of Markdown`);
console.log(`open ${pathToFileURL(resolve(out, 'comment.html')).href}`);
