// The comment as GitHub shows it: GFM rendered with micromark (which passes the GFM spec tests),
// the HTML GitHub allows in comments kept (details, summary, sub, br, b, code), in a page styled
// with github-markdown-css. `npm run preview` writes such a page; tests read its structure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Markdown → HTML as GitHub renders a comment (its sanitizer keeps the tags EvalGate writes). */
export function renderGfm(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

/** The HTML a reader sees before opening anything: every `<details>` reduced to its `<summary>`. */
export function collapsed(html: string): string {
  const fold = /<details>\s*(<summary>[\s\S]*?<\/summary>)(?:(?!<details>)[\s\S])*?<\/details>/g;
  let out = html;
  // Innermost first: a folded block is renamed until the end, so the one around it can fold too.
  for (let next = out.replace(fold, '<folded>$1</folded>'); next !== out; next = out.replace(fold, '<folded>$1</folded>')) out = next;
  return out.replace(/<(\/?)folded>/g, '<$1details>');
}

const require = createRequire(import.meta.url);

/**
 * A standalone page with GitHub's Markdown CSS, as wide as a PR comment on a 1280-px screen,
 * with the comment's height (folds closed, as a reader first sees it) printed under it.
 */
export function commentPage(markdown: string, title: string): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title.replace(/[<&]/g, '')}</title>
<style>
${css}
body { margin: 0; background: #f6f8fa; }
/* A PR timeline comment at 1280 px: about 830 px of text beside the avatar. */
.comment { box-sizing: border-box; max-width: 862px; margin: 16px auto; padding: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
</style>
</head>
<body>
<div class="comment markdown-body">
${renderGfm(markdown)}
</div>
<p id="height" style="text-align:center;color:#59636e;font:12px sans-serif"></p>
<script>
  // The comment's height as first seen (folds closed): the one-screen target is about 1000 px.
  const h = document.querySelector('.comment').offsetHeight;
  document.getElementById('height').textContent = 'Comment height with folds closed: ' + h + ' px (one screen is about 1000 px)';
  document.body.dataset.commentHeight = String(h);
</script>
</body>
</html>
`;
}
