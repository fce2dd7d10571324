/**
 * Escapes a value for inline Markdown: no emphasis, code, links or table breaks, and no raw HTML
 * (`<` becomes `&lt;`). Values are always placed after a prefix, so line-start markers need no escape.
 */
export function md(value: unknown): string {
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .trim();
}

/** An evidence excerpt as a blockquote line, the evidence itself in bold. */
export function mdQuote(parts: { before: string; match: string; after: string }): string {
  const inline = (s: string) => md(`x${s}x`).slice(1, -1);
  return `> ${inline(parts.before)}**${md(parts.match)}**${inline(parts.after)}`.trimEnd();
}
