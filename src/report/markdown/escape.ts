/** Escapes text for Markdown: no markup, no raw HTML, no table breaks, one line. */
export function md(value: unknown): string {
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~>]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .trim();
}

/** A quoted excerpt as a Markdown blockquote line. */
export function mdQuote(value: string): string {
  return `> ${md(value)}`;
}
