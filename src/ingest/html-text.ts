import type { El } from './html-meta.js';

/** Elements that start a new line of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
/** Paragraph-level elements are separated by a blank line, like paragraphs of a plain-text file. */
const PARAGRAPH = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'FIGURE']);

/** The text of an element with line breaks where its blocks are, spaces collapsed inside lines. */
export function blockText(root: El): string {
  const out: string[] = [];
  const stack: { el: El; closing: boolean }[] = [{ el: root, closing: false }];
  while (stack.length) {
    const { el, closing } = stack.pop()!;
    const tag = (el.tagName ?? '').toUpperCase();
    if (closing) {
      out.push(PARAGRAPH.has(tag) ? '\n\n' : '\n');
      continue;
    }
    if (el.nodeType === 3) {
      out.push(el.textContent ?? '');
      continue;
    }
    if (el.nodeType !== 1 && el.nodeType !== 9 && el.nodeType !== 11) continue;
    if (SKIP.has(tag)) continue;
    if (BLOCK.has(tag)) {
      out.push(PARAGRAPH.has(tag) ? '\n\n' : '\n');
      stack.push({ el, closing: true });
    }
    const kids = Array.from(el.childNodes);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i], closing: false });
  }
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
