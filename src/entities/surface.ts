/**
 * The surface form of a stretch of original text as aliases show it: composed accents, straight
 * apostrophes, no quotation marks, single spaces, no leading "the". A light copy of the view's
 * clean-up, enough for a name on one line, and cheap enough to run on every mention.
 */
const QUOTES = /["\u00ab\u00bb\u201c\u201d\u201e\u2039\u203a]/g;
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb`\u00b4]/g;

const ASCII_WORDS = /^[A-Za-z0-9 .,&'()-]*$/;

export function surface(raw: string): string {
  // Most names are plain ASCII with single spaces: nothing to do.
  if (ASCII_WORDS.test(raw) && !raw.includes('  ')) return raw.trim();
  return raw.normalize('NFC').replace(APOSTROPHES, "'").replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
}

export function aliasForm(raw: string): string {
  return surface(raw).replace(/^the\s+/i, '');
}

/** Appends to the list a map holds under a key. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "NEW YORK" as "New York", to look a name in capitals up in the word lists. */
export function titleCase(s: string): string {
  let t = titled.get(s);
  if (t === undefined) {
    if (titled.size >= TITLED_LIMIT) titled.clear();
    titled.set(s, (t = s.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (m) => m.toUpperCase())));
  }
  return t;
}

const TITLED_LIMIT = 50_000;
/** Looked up again and again for the same names, within a text and across texts. */
const titled = new Map<string, string>();
