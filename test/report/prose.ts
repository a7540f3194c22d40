/**
 * The Markdown a reader sees as prose: fenced code blocks and inline code spans removed (both are
 * inert on GitHub). A small CommonMark-faithful scanner, so tests can assert on what renders.
 */
export function proseOf(markdown: string): string {
  return outsideFences(markdown).split('\n').map(stripCodeSpans).join('\n');
}

/** The Markdown with fenced code blocks removed (a fence closes only on a run at least as long). */
export function outsideFences(markdown: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    if (fence !== null) {
      if (new RegExp(`^${fence}\`*\\s*$`).test(line)) fence = null;
      continue;
    }
    const open = /^(`{3,})[^`]*$/.exec(line);
    if (open) {
      fence = open[1];
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

function runLength(text: string, at: number): number {
  let n = 0;
  while (text[at + n] === '`') n++;
  return n;
}

function stripCodeSpans(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      out += line.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      out += line[i++];
      continue;
    }
    const n = runLength(line, i);
    let j = i + n;
    let close = -1;
    while (j < line.length) {
      if (line[j] !== '`') {
        j++;
        continue;
      }
      const m = runLength(line, j);
      if (m === n) {
        close = j;
        break;
      }
      j += m;
    }
    if (close === -1) {
      out += line.slice(i, i + n);
      i += n;
    } else {
      out += '<code/>';
      i = close + n;
    }
  }
  return out;
}

/** Number of times `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
