/** Elements that never hold others, or that close themselves when the next one opens. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd']);

/** Deeper than any real page: the tree builders slow down sharply on such nesting. */
export const MAX_HTML_DEPTH = 3000;

/** How deep the elements of a page nest, counted from its tags without building the tree. */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const name = m[2].toLowerCase();
    if (NOT_NESTING.has(name) || m[3]) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}
