/** Minimal DOM shapes read from linkedom (the project compiles without the DOM library). */
export interface El {
  tagName: string;
  textContent: string | null;
  childNodes: ArrayLike<El>;
  nodeType: number;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  remove(): void;
}

type Field = 'title' | 'byline' | 'published' | 'modified' | 'canonical' | 'language' | 'siteName';

/** Where pages state their facts, most trusted first; the first non-empty value of a field wins. */
const META_RULES: { selector: string; attr: string; field: Field; reason: string }[] = [
  { selector: 'meta[property="og:title"]', attr: 'content', field: 'title', reason: 'Open Graph title, set by the publisher for sharing' },
  { selector: 'meta[name="twitter:title"]', attr: 'content', field: 'title', reason: 'Twitter card title' },
  { selector: 'meta[name="author"]', attr: 'content', field: 'byline', reason: 'standard HTML author meta tag' },
  { selector: 'meta[property="article:author"]', attr: 'content', field: 'byline', reason: 'Open Graph article author' },
  { selector: '[rel="author"]', attr: 'text', field: 'byline', reason: 'link to the author page' },
  { selector: 'meta[property="article:published_time"]', attr: 'content', field: 'published', reason: 'Open Graph article publication time' },
  { selector: 'meta[name="pubdate"]', attr: 'content', field: 'published', reason: 'pubdate meta used by news CMSs' },
  { selector: 'meta[name="publish-date"]', attr: 'content', field: 'published', reason: 'publish-date meta used by news CMSs' },
  { selector: 'meta[name="dc.date"]', attr: 'content', field: 'published', reason: 'Dublin Core date' },
  { selector: 'meta[name="DC.date.issued"]', attr: 'content', field: 'published', reason: 'Dublin Core issue date' },
  { selector: 'meta[name="date"]', attr: 'content', field: 'published', reason: 'generic date meta' },
  { selector: '[itemprop="datePublished"]', attr: 'content|datetime', field: 'published', reason: 'schema.org microdata' },
  { selector: 'meta[property="article:modified_time"]', attr: 'content', field: 'modified', reason: 'Open Graph modification time' },
  { selector: 'link[rel="canonical"]', attr: 'href', field: 'canonical', reason: 'canonical URL the publisher declares' },
  { selector: 'meta[property="og:url"]', attr: 'content', field: 'canonical', reason: 'Open Graph URL' },
  { selector: 'html', attr: 'lang', field: 'language', reason: 'document language attribute' },
  { selector: 'meta[http-equiv="content-language"]', attr: 'content', field: 'language', reason: 'content-language header copy' },
  { selector: 'meta[property="og:site_name"]', attr: 'content', field: 'siteName', reason: 'Open Graph site name' },
  { selector: 'time[datetime]', attr: 'datetime', field: 'published', reason: 'first machine-readable time element (weakest)' },
];

export type PageMeta = Partial<Record<Field, string>> & { jsonLd?: Record<string, string> };

export function readPageMeta(document: El): PageMeta {
  const meta: PageMeta = {};
  const ld = readJsonLd(document);
  if (Object.keys(ld).length) meta.jsonLd = ld;
  // JSON-LD is structured and rarely stale, so it ranks above meta tags for the dates and author.
  if (ld.datePublished) meta.published = ld.datePublished;
  if (ld.dateModified) meta.modified = ld.dateModified;
  if (ld.author) meta.byline = ld.author;
  if (ld.headline) meta.title = ld.headline;
  for (const rule of META_RULES) {
    if (meta[rule.field]) continue;
    const el = document.querySelectorAll(rule.selector)[0];
    if (!el) continue;
    const value = rule.attr === 'text' ? el.textContent : rule.attr.split('|').map((a) => el.getAttribute(a)).find(Boolean);
    if (value && value.trim()) meta[rule.field] = value.trim();
  }
  if (!meta.title) {
    const t = document.querySelectorAll('title')[0]?.textContent?.trim();
    if (t) meta.title = t;
  }
  return meta;
}

/** The article facts of schema.org JSON-LD blocks (NewsArticle, Article, Report, ...). */
function readJsonLd(document: El): Record<string, string> {
  const out: Record<string, string> = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      for (const key of ['headline', 'datePublished', 'dateModified', 'author'] as const) {
        const value = key === 'author' ? authorName(node.author) : node[key];
        if (!out[key] && typeof value === 'string' && value.trim()) out[key] = value.trim();
      }
    }
  }
  return out;
}

function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const obj = data as Record<string, unknown>;
  return [obj, ...flatten(obj['@graph'])];
}

function authorName(author: unknown): string | undefined {
  if (typeof author === 'string') return author;
  if (Array.isArray(author)) {
    const names = author.map(authorName).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') {
    return (author as { name: string }).name;
  }
  return undefined;
}

/** The day of an ISO-like timestamp ("2019-03-12T08:00:00Z" gives "2019-03-12"), or null. */
export function isoDay(value: string | undefined): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim()) : null;
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const t = value ? Date.parse(value) : NaN;
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
