/** Document properties Word keeps in docProps/core.xml and docProps/app.xml: element, field, reason. */
const CORE: [string, string, string][] = [
  ['dc:title', 'title', 'title the author typed in the properties'],
  ['dc:creator', 'author', 'account that created the file'],
  ['cp:lastModifiedBy', 'lastModifiedBy', 'account that last saved it'],
  ['dcterms:created', 'created', 'creation time written by the editor'],
  ['dcterms:modified', 'modified', 'last save time'],
  ['cp:lastPrinted', 'lastPrinted', 'last time it was printed'],
  ['cp:revision', 'revision', 'save counter'],
  ['dc:subject', 'subject', 'subject property'],
  ['cp:keywords', 'keywords', 'keywords property'],
];
const APP: [string, string, string][] = [
  ['Application', 'application', 'program that wrote the file'],
  ['AppVersion', 'appVersion', 'version of that program (16.0000 is Office 2016 and later)'],
  ['Company', 'company', 'organisation the program is registered to'],
  ['Template', 'template', 'template the document was made from'],
  ['TotalTime', 'editingMinutes', 'minutes spent editing'],
  ['Pages', 'pages', 'page count at last save'],
  ['Words', 'words', 'word count at last save'],
];

const DATE_FIELDS = new Set(['created', 'modified', 'lastPrinted']);
const NUMBER_FIELDS = new Set(['revision', 'editingMinutes', 'pages', 'words']);

/** Reads the properties present in core.xml and app.xml (either may be missing). */
export function readDocxProps(core: string | null, app: string | null): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [xml, table] of [[core, CORE], [app, APP]] as const) {
    if (!xml) continue;
    for (const [tag, field] of table) {
      const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
      const raw = m ? unescapeXml(m[1]).trim() : '';
      if (!raw) continue;
      if (DATE_FIELDS.has(field)) {
        const t = Date.parse(raw);
        out[field] = Number.isNaN(t) ? null : new Date(t).toISOString();
      } else if (NUMBER_FIELDS.has(field)) {
        out[field] = Number.isFinite(Number(raw)) ? Number(raw) : null;
      } else {
        out[field] = raw;
      }
    }
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
