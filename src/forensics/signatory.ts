import type { Doc } from '../doc/document.js';
import type { Span } from '../doc/span.js';

/** Ways a text names the person who signs it; the name is the capture group. */
const SIGNATURE_RULES: { match: RegExp; reason: string }[] = [
  { match: /^[ \t]*(?:signed|sincerely|yours sincerely|yours faithfully|yours truly|regards|best regards|kind regards|respectfully|cordialement|bien à vous|salutations distinguées)[ \t]*[,:.]?[ \t]*\n(?:[ \t]*\n)?[ \t]*(\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]*){1,3})[ \t]*$/gimu, reason: 'the name on the line after a sign-off' },
  { match: /^[ \t]*(?:signed|signé|sgd\.?)[ \t]*(?::|by)[ \t]*(\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]*){1,3})[ \t]*$/gimu, reason: 'a "Signed: NAME" line' },
  { match: /^[ \t]*\/s\/[ \t]*(\p{Lu}[\p{L}'.-]+(?:[ \t]+\p{Lu}[\p{L}'.-]*){1,3})[ \t]*$/gimu, reason: 'an "/s/ NAME" conformed signature' },
];

/** The last signature in the text: the signatory's name and where it is. */
export function findSignatory(doc: Doc): (Span & { reason: string }) | null {
  let best: (Span & { reason: string }) | null = null;
  for (const rule of SIGNATURE_RULES) {
    rule.match.lastIndex = 0;
    for (const m of doc.view.text.matchAll(rule.match)) {
      const start = m.index + m[0].lastIndexOf(m[1]);
      const span = doc.spanFromView(start, start + m[1].length);
      if (!best || span.start > best.start) best = { ...span, reason: rule.reason };
    }
  }
  return best;
}

/** Account names that say nothing about a person. */
const PLACEHOLDER_AUTHORS = /^(?:admin|administrator|user|owner|windows user|microsoft office user|utilisateur|author|unknown|default|guest|staff|office|pc|[a-z]?\d+)$/i;

export function isPlaceholderAuthor(name: string): boolean {
  return PLACEHOLDER_AUTHORS.test(name.trim());
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a metadata author can be the signatory: a shared name part of three letters or more
 * ("Helena Marsh" and "MARSH Helena", "hmarsh", "h.marsh@water.example") or matching initials and surname.
 */
export function sameAuthor(metadataName: string, signatory: string): boolean {
  const meta = fold(metadataName);
  const parts = fold(signatory).split(/[^\p{L}]+/u).filter((p) => p.length >= 3);
  return parts.some((p) => meta.includes(p));
}
