import { describe, expect, it } from 'vitest';
import { githubLinks } from './github-render.js';

describe('githubLinks: what the oracle the hardening tests use considers a link', () => {
  it('finds autolinks, references and mentions, through escapes and entities', () => {
    const { anchors, references } = githubLinks(
      'see #12 and octo/hello#3, GH-4, \\#5, &#35;6, deadbee, octo/hello@cafe123 @maya https://x.example/a www.y.example',
    );
    expect(anchors).toEqual(['https://x.example/a', 'http://www.y.example']);
    expect(references).toEqual(expect.arrayContaining(['#12', 'octo/hello#3', 'GH-4', '#5', '#6', 'deadbee', 'octo/hello@cafe123', '@maya']));
  });

  it('ignores code spans and fenced blocks, as GitHub does', () => {
    const { anchors, references } = githubLinks('`#1 https://x.example`\n\n```\n#2 deadbeef @maya\n```\n');
    expect(anchors).toEqual([]);
    expect(references).toEqual([]);
  });
});
