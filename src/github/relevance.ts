import picomatch from 'picomatch';

export interface Relevance {
  relevant: boolean;
  /** Changed files that matched a watch glob or a referenced file. */
  matched: string[];
}

/**
 * Whether a pull request's changes concern the suite: a changed path matches a `watch` glob
 * (dotfiles included) or is a file the suite references. A truncated file list (the API's 3,000
 * cap) is always relevant: the unseen files might matter.
 */
export function isRelevant(changed: readonly string[], watch: readonly string[], referencedFiles: readonly string[], truncated: boolean): Relevance {
  const normalize = (p: string): string => p.replace(/^\.\//, '');
  const referenced = new Set(referencedFiles.map(normalize));
  const matchers = watch.map((glob) => picomatch(normalize(glob), { dot: true }));
  const matched = changed.filter((path) => referenced.has(normalize(path)) || matchers.some((m) => m(normalize(path))));
  return { relevant: truncated || matched.length > 0, matched };
}
