// What GitHub makes of a comment, as far as links go. Two stages, as on github.com:
// 1. Markdown → HTML with the GFM autolink extension (micromark, which passes the GFM spec tests):
//    `https://…`, `www.…` and e-mail addresses become links.
// 2. GitHub then links references in the displayed text, outside code, pre and existing links
//    ("Autolinked references and URLs", docs.github.com): `#1`, `owner/repo#1`, `GH-1`, commit
//    SHAs (7–40 hex), `owner/repo@sha`, `@user`, and URLs. It works on text, after entities are
//    decoded, which is why a backslash or an HTML entity does not stop it.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** Links GitHub's autolinker and reference filter would make, each as the text it matched. */
export interface GitHubLinks {
  /** `href`s of `<a>` elements in the rendered HTML (Markdown links and GFM autolinks). */
  anchors: string[];
  /** References GitHub would link in the text outside code, pre and anchors. */
  references: string[];
}

const REFERENCE_PATTERNS: RegExp[] = [
  /https?:\/\/[^\s<]+/gi,
  /\bwww\.[^\s<]+/gi,
  /(?:^|[^\w/])([\w.-]+\/[\w.-]+#\d+)/g,
  /(?:^|[^\w/])(#\d+)\b/g,
  /\b(GH-\d+)\b/gi,
  /\b([\w.-]+\/[\w.-]+@[0-9a-f]{7,40})\b/gi,
  /(?:^|[^\w/@])([0-9a-f]{7,40})\b/gi,
  /(?:^|[^\w`])(@[A-Za-z0-9][\w-]*)/g,
];

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Renders `markdown` as GitHub does (GFM) and lists every link the result would carry. */
export function githubLinks(markdown: string): GitHubLinks {
  const html = micromark(markdown, { allowDangerousHtml: false, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const anchors = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
  const text = decodeEntities(
    html
      .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
      .replace(/<code>[\s\S]*?<\/code>/g, ' ')
      .replace(/<a [\s\S]*?<\/a>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
  const references = REFERENCE_PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? m[0]));
  return { anchors, references };
}
