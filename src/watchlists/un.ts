import { DossierError } from '../errors.js';
import type { EntryKind, WatchEntry } from './entry.js';

/** Parses the UN Security Council consolidated list (XML): individuals and entities with their aliases. */
export function parseUnXml(xml: string): WatchEntry[] {
  if (!/<CONSOLIDATED_LIST[\s>]/.test(xml)) throw new DossierError('bad-format', 'not a UN consolidated list: no <CONSOLIDATED_LIST> element');
  return [...blocks(xml, 'INDIVIDUAL', 'person'), ...blocks(xml, 'ENTITY', 'organization')];
}

function blocks(xml: string, tag: string, kind: EntryKind): WatchEntry[] {
  const out: WatchEntry[] = [];
  const re = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    const body = m[1];
    const id = field(body, 'REFERENCE_NUMBER') ?? field(body, 'DATAID');
    const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
      .map((t) => field(body, t))
      .filter(Boolean)
      .join(' ');
    if (!id || !name) continue;
    const { aliases, weak } = aliasesOf(body);
    const original = field(body, 'NAME_ORIGINAL_SCRIPT');
    if (original) aliases.push(original);
    const listType = field(body, 'UN_LIST_TYPE');
    const born = field(body, 'DATE') ?? field(body, 'YEAR');
    const note = [listType && `UN ${listType}`, kind === 'person' && born && `born ${born}`].filter(Boolean).join(', ');
    out.push({ id, name, kind, aliases, weakAliases: weak, note: note || undefined });
  }
  return out;
}

function field(body: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body);
  const v = m ? decode(m[1]).trim() : '';
  return v || undefined;
}

/** Alias elements; quality "Low" marks weak aliases; one element may hold several names split by ";". */
function aliasesOf(body: string): { aliases: string[]; weak: string[] } {
  const re = /<(?:INDIVIDUAL|ENTITY)_ALIAS>([\s\S]*?)<\/(?:INDIVIDUAL|ENTITY)_ALIAS>/g;
  const aliases: string[] = [];
  const weak: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const names = (field(m[1], 'ALIAS_NAME') ?? '').split(';').map((n) => n.trim()).filter(Boolean);
    (/low/i.test(field(m[1], 'QUALITY') ?? '') ? weak : aliases).push(...names);
  }
  return { aliases, weak };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? all;
  });
}
