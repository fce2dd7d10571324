import { Readability } from '@mozilla/readability';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.js';
import { isoDay, readPageMeta, type El } from './html-meta.js';
import { blockText } from './html-text.js';
import { detectLanguage } from './language.js';
import { decodeText } from './text.js';

/** An HTML page: the article body (without navigation and ads), its title, byline, date, canonical URL and language. */
export function ingestHtml(bytes: Uint8Array, name: string): DocInit {
  const { html, encoding } = decodeHtml(bytes, name);
  const depth = htmlDepth(html);
  if (depth > MAX_HTML_DEPTH) throw new DossierError('bad-format', `${name}: HTML elements nested ${depth} levels deep (over ${MAX_HTML_DEPTH}), refused as hostile`);
  const { document } = parseHTML(html) as unknown as { document: El };
  const meta = readPageMeta(document);
  const article = readArticle(html);
  const body = article?.content ?? fallbackBody(document);
  const title = meta.title ?? article?.title ?? null;
  let text = body.trim();
  if (title && !text.startsWith(title)) text = `${title}\n\n${text}`;
  if (!text.trim()) throw new DossierError('empty', `${name}: the page has no readable text`);
  const declared = (meta.language ?? article?.lang ?? '').toLowerCase().split(/[-_]/)[0] || null;
  return {
    text,
    format: 'html',
    title,
    language: detectLanguage(text) ?? declared,
    published: isoDay(meta.published ?? article?.publishedTime ?? undefined),
    metadata: {
      encoding,
      byline: meta.byline ?? article?.byline ?? null,
      published: meta.published ?? article?.publishedTime ?? null,
      modified: meta.modified ?? null,
      canonicalUrl: meta.canonical ?? null,
      declaredLanguage: declared,
      siteName: meta.siteName ?? article?.siteName ?? null,
      ...(meta.jsonLd ? { jsonLd: meta.jsonLd } : {}),
    },
  };
}

/** Readability works on its own copy because it rewrites the tree it is given. */
function readArticle(html: string): { content: string; title?: string; byline?: string; lang?: string; publishedTime?: string; siteName?: string } | null {
  const { document } = parseHTML(html);
  const reader = new Readability(document as never, { serializer: (node) => blockText(node as unknown as El), maxElemsToParse: 200_000 });
  const article = reader.parse();
  if (!article?.content || !article.content.trim()) return null;
  const clean = (v: string | null | undefined) => (v && v.trim() ? v.trim() : undefined);
  return {
    content: article.content,
    title: clean(article.title),
    byline: clean(article.byline),
    lang: clean(article.lang),
    publishedTime: clean(article.publishedTime),
    siteName: clean(article.siteName),
  };
}

function fallbackBody(document: El): string {
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, nav, header, footer, aside, form'))) el.remove();
  const body = document.querySelectorAll('body')[0] ?? document;
  return blockText(body);
}

/** Decodes with the charset the page declares, else by sniffing the bytes. */
function decodeHtml(bytes: Uint8Array, name: string): { html: string; encoding: string } {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes[0] === 0xef;
  if (declared && !hasBom && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    return { html: iconv.decode(Buffer.from(bytes), declared), encoding: declared };
  }
  const { text, encoding } = decodeText(bytes, name);
  return { html: text, encoding };
}
