import type { Doc } from '../doc/document.js';
import type { ClaimSource } from '../dossier/contract.js';
import { ANONYMITY_MARKERS, ANONYMOUS_MODIFIERS, ANONYMOUS_NOUNS, AUTHOR_WORDS, DOCUMENT_NOUNS, ORGANIZATION_WORDS, PRONOUNS, ROLE_WORDS, CORPORATE_WORDS } from './cues.js';
import { lastPersonBefore, mentionsWithin, type IndexedMention } from './mentions.js';
import { bodyEntity, collectiveBody, speaksForBody, titledName } from './speakers.js';

const alt = (words: string[]) => words.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
const MARKER = new RegExp(`\\b(?:${alt(ANONYMITY_MARKERS.words)})\\b`, 'i');
const ANON_NOUN = new RegExp(`\\b(?:${alt(ANONYMOUS_NOUNS.words)})\\b`, 'gi');
const AND_ANONYMOUS = new RegExp(`^\\s+and\\s+(?:${alt(ANONYMOUS_NOUNS.words)})\\b`, 'i');
const DOC_NOUN = new RegExp(`\\b(?:${alt(DOCUMENT_NOUNS.words)})\\b`, 'gi');
const PRONOUN = new RegExp(`^(?:${alt(PRONOUNS.words)})$`, 'i');
const AUTHOR = new RegExp(`^(?:${alt(AUTHOR_WORDS.words)})(?:['\u2019](?:ll|ve|m|d|re))?$`, 'i');
const MODIFIERS = new Set(ANONYMOUS_MODIFIERS.words);
const ORG_WORDS = new Set(ORGANIZATION_WORDS.words);
const LEADING = new Set('the a an this that these those it in on at but and as since'.split(' '));
const STOP = new Set('of to in that which who and or by with from on as for at is was are were has had have said told'.split(' '));
/** "the mayor", "the company's chief executive": one identifiable person named by role. */
const ROLE = new RegExp(`^the\\s+(?:[\\p{L}'-]+\\s+){0,3}(?:${ROLE_WORDS.words.join('|')})$`, 'iu');
/** "the court", "the Grenoble prosecutor's office": one identifiable body named by what it is. */
const INSTITUTION = new RegExp(`^the\\s+(?:[\\p{L}'-]+\\s+){0,3}(?:${ORGANIZATION_WORDS.words.join('|')})(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:[\\p{L}'-]+\\s+){0,2}[\\p{L}'-]+)?$`, 'iu');
/** "A spokesman for Kystbanen": the body a spokesperson speaks for. */
const ROLE_FOR = new RegExp(`^(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${ROLE_WORDS.words.join('|')})\\s+(?:for|of|at|with)\\s+(?:the\\s+)?\\p{Lu}`, 'iu');
/** "A former officer", "a senior official": one person, not named. */
const ROLE_INDEFINITE = new RegExp(`^(?:a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${ROLE_WORDS.words.join('|')}|source|person|insider|member|resident|witness|diplomat|whistleblower|aide|trader|banker|expert|observer|activist|worker|farmer|critic|investor|neighbou?r|relative|friend|passenger|doctor|nurse|soldier|fisherman)\\b`, 'iu');
/** Unnamed people described by what they do ("leading obstetricians", "investigators"). */
const AGENTS = /^(?:[\p{L}-]+\s+){0,3}\p{Ll}{3,}(?:ers|ists|ians|ors|ees|ives|smen|swomen|people|residents|students|patients|parents|migrants|participants|servants|merchants)(?:\s+(?:of|in|on|at|from|around|across)\s+.*)?$/u;
/** A name with a corporate word is an organisation whatever the recogniser typed it as. */
const CORPORATE = new RegExp(`\\b(?:${CORPORATE_WORDS.words.join('|')})(?![\\p{L}])`, 'iu');
const ADVERBS = new Set('also however but then now still yet meanwhile instead later earlier today yesterday separately officials others critics nobody everyone someone they these both'.split(' '));
/** Plural names of a public body that acts as one ("prosecutors said"): the institution, not unnamed people. */
/** "According to one estimate": a figure whose author is not named. */
const UNOWNED_ESTIMATE = /^(?:one|some|other|several|unofficial|independent|private|conservative)\s+(?:[\p{L}-]+\s+)?(?:estimates?|calculations?|counts?|tall(?:y|ies))$/iu;
const AFTER_PREPOSITION = /\b(?:in|at|from|of|with|near|to|for|into|on|by)\s+(?:the\s+)?$/i;
const NAME = /\p{Lu}[\p{L}'-]+(?:\s+(?:(?:al|el|de|van|von|bin|ibn|abu|ben)\s+)?\p{Lu}[\p{L}'-]+)+/u;
const MAX_DESCRIPTION_WORDS = 12;
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s+/;
/** "a local pensioner", "one retired teacher": a person described, never named. */
const INDEFINITE_PERSON = /^(?:a|an|one)\s+(?:[\p{Ll}\d-]+\s+){0,3}\p{Ll}{3,}$/u;
/** "It" looks back this far (characters) for the document it stands for, among the nouns that head one. */
const IT_REACH = 400;
/** "The court", "the ministry": a body that "it" may stand for. */
const BODY = new RegExp(`\\b[Tt]he\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${ORGANIZATION_WORDS.words.join('|')})\\b`, 'gu');
const HEAD_DOC_NOUN = /\b(?:document|report|memo|memorandum|letter|study|audit|file|filing|ruling|judgment|judgement|indictment|dossier|minutes|contract|cable|ledger|notice|survey)\b/gi;
/** How far back a "he said" looks for the person it stands for (characters). */
const PRONOUN_REACH = 1500;

export interface SourceContext {
  doc: Doc;
  mentions: IndexedMention[];
}

/** True when a phrase says its source is withheld ("who asked not to be named"). */
export function withheld(text: string): boolean {
  return MARKER.test(text);
}

/** What kind of source a phrase (clean-view range) names, and where exactly; null when it names none. */
export function classifySource(ctx: SourceContext, from: number, ve: number): ClaimSource | null {
  const { doc } = ctx;
  // "3. The municipality maintains": the number of a point is not part of its subject.
  const vs = from + (LIST_NUMBER.exec(doc.view.text.slice(from, ve))?.[0].length ?? 0);
  const text = doc.view.text.slice(vs, ve);
  const trimmed = text.trim();
  const at = (a: number, b: number, kind: ClaimSource['kind'], entity: string | null = null): ClaimSource => {
    const span = doc.spanFromView(vs + a, vs + b);
    return { kind, text: span.text, start: span.start, end: span.end, entity };
  };
  const original = doc.spanFromView(vs, ve);
  const found = mentionsWithin(ctx.mentions, original.start, original.end);
  const anonymous = anonymousPhrase(text);
  // "Three former deckhands who asked not to be named": the whole description is the source.
  if (MARKER.test(text)) {
    const whole = trimmed.split(/\s+/).length <= MAX_DESCRIPTION_WORDS || !anonymous;
    return whole ? at(text.indexOf(trimmed), text.indexOf(trimmed) + trimmed.length, 'anonymous') : at(anonymous[0], anonymous[1], 'anonymous');
  }
  if (AUTHOR.test(trimmed)) return at(text.indexOf(trimmed), text.indexOf(trimmed) + trimmed.length, 'author');
  // A name after a preposition is where or whom, not who speaks ("officials in Ben Arous said").
  const person = found.find((m) => m.type === 'person' && !AFTER_PREPOSITION.test(doc.text.slice(Math.max(original.start, m.start - 12), m.start)));
  const document = documentPhrase(text);
  if (person && CORPORATE.test(doc.text.slice(person.start, person.end))) {
    return { kind: 'named-organization', ...doc.span(person.start, person.end), entity: person.entity };
  }
  if (person && !(document && doc.spanFromView(vs + document[0], vs + document[1]).start < person.start) && !/^'s\b/.test(doc.text.slice(person.end))) {
    return { kind: 'named-person', ...doc.span(person.start, person.end), entity: person.entity };
  }
  if (document) return at(document[0], document[1], 'document');
  if (speaksForBody(trimmed)) {
    // "the company's lawyer": the body is named in the phrase, or is the one named last before it.
    const org = found.find((m) => m.type === 'organization') ?? (/^the\s/i.test(trimmed) ? lastPersonBefore(ctx.mentions, original.start, PRONOUN_REACH, 'organization') : null);
    return { ...at(text.indexOf(trimmed), text.indexOf(trimmed) + trimmed.length, 'named-organization'), entity: org?.entity ?? null };
  }
  if (UNOWNED_ESTIMATE.test(trimmed)) return at(text.indexOf(trimmed), text.indexOf(trimmed) + trimmed.length, 'anonymous');
  const body = collectiveBody(text);
  if (body && !anonymous) return { ...at(extendLeft(text, body[0], 3), body[1], 'named-organization'), entity: bodyEntity(doc.entities, text.slice(body[0], body[1])) };
  if (anonymous) return at(anonymous[0], anonymous[1], 'anonymous');
  // "Duma deputy Oleg Markin": the person the title introduces, not the body in it.
  const titled = titledName(text);
  if (titled && nameKind(text.slice(titled[0], titled[1])) === 'named-person' && !found.some((m) => m.type === 'location' && m.start >= doc.spanFromView(vs + titled[0], vs + titled[1]).start)) {
    const inName = found.find((m) => m.start >= doc.spanFromView(vs + titled[0], vs + titled[1]).start);
    return { ...at(titled[0], titled[1], 'named-person'), entity: inName?.entity ?? null };
  }
  const org = found.find((m) => m.type === 'organization');
  if (org) return { kind: 'named-organization', ...doc.span(org.start, org.end), entity: org.entity };
  const other = found.find((m) => m.type === 'other' && !AFTER_PREPOSITION.test(doc.text.slice(Math.max(original.start, m.start - 12), m.start)));
  if (other) return { kind: nameKind(doc.text.slice(other.start, other.end)), ...doc.span(other.start, other.end), entity: other.entity };
  const start = text.indexOf(trimmed);
  const whole = (kind: ClaimSource['kind']) => at(start, start + trimmed.length, kind);
  if (PRONOUN.test(trimmed)) {
    const who = lastPersonBefore(ctx.mentions, original.start, PRONOUN_REACH);
    return who ? { kind: 'named-person', ...doc.span(who.start, who.end), entity: who.entity } : null;
  }
  if (ROLE.test(trimmed)) return whole('named-person');
  if (ROLE_FOR.test(trimmed)) return whole('named-organization');
  if (ROLE_INDEFINITE.test(trimmed)) return whole('anonymous');
  if (INSTITUTION.test(trimmed)) return whole('named-organization');
  const name = guessName(text);
  const place = name && found.some((m) => (m.type === 'location' || m.type === 'facility') && doc.spanFromView(vs + name[0], vs + name[1]).start < m.end && m.start < doc.spanFromView(vs + name[0], vs + name[1]).end);
  if (name && !place) return at(name[0], name[1], nameKind(text.slice(name[0], name[1])));
  if (found.length === 0 && (AGENTS.test(trimmed) || INDEFINITE_PERSON.test(trimmed))) return whole('anonymous');
  const single = /^\p{Lu}[\p{L}-]{2,}$/u.exec(trimmed);
  if (single && !LEADING.has(trimmed.toLowerCase()) && !ADVERBS.has(trimmed.toLowerCase())) return whole('named-organization');
  return null;
}

/** A name the recogniser could not type: an organisation when a word says so or it is one word, else a person. */
function nameKind(name: string): 'named-person' | 'named-organization' {
  const words = name.toLowerCase().split(/\s+/);
  return words.length < 2 || words.some((x) => ORG_WORDS.has(x)) || CORPORATE.test(name) ? 'named-organization' : 'named-person';
}

/** Two or more capitalised words that the entity layer did not know, leading articles left out. */
function guessName(text: string): [number, number] | null {
  const m = NAME.exec(text);
  if (!m) return null;
  let start = m.index;
  let words = m[0].split(/\s+/);
  while (words.length && LEADING.has(words[0].toLowerCase())) {
    start = text.indexOf(words[1] ?? '', start + words[0].length);
    words = words.slice(1);
  }
  return words.length >= 2 ? [start, m.index + m[0].length] : null;
}

/** "Security sources", "experts and analysts": modifiers, the noun, and a noun joined by "and". */
function anonymousPhrase(text: string): [number, number] | null {
  ANON_NOUN.lastIndex = 0;
  let m = ANON_NOUN.exec(text);
  // "The General Staff", "Human Rights Observers": a capitalised noun after a capitalised word is part of a name.
  while (m && /^\p{Lu}/u.test(m[0]) && /\p{Lu}[\p{L}'-]*\s+$/u.test(text.slice(0, m.index))) m = ANON_NOUN.exec(text);
  if (!m) return null;
  let start = m.index;
  let end = m.index + m[0].length;
  for (let k = 0; k < 2; k++) {
    const prev = /([\p{L}-]+)\s+$/u.exec(text.slice(0, start));
    if (!prev || !MODIFIERS.has(prev[1].toLowerCase())) break;
    start = prev.index;
  }
  const more = AND_ANONYMOUS.exec(text.slice(end));
  if (more) end += more[0].length;
  return [start, end];
}

/**
 * "It said …": the nearer of the last document and the last organisation named before;
 * "it shows / describes …" (`written`): the last document.
 */
export function antecedentOfIt(ctx: SourceContext, vs: number, written: boolean): ClaimSource | null {
  const { doc } = ctx;
  const from = Math.max(0, vs - IT_REACH);
  const found = documentPhrase(doc.view.text.slice(from, vs), true, HEAD_DOC_NOUN);
  const paper = found && doc.spanFromView(from + found[0], from + found[1]);
  const named = written ? null : lastPersonBefore(ctx.mentions, doc.view.toOriginal(vs), IT_REACH, 'organization');
  let body: { start: number; end: number } | null = named;
  if (!written) {
    const window = doc.view.text.slice(from, vs);
    for (const m of window.matchAll(BODY)) body = body && doc.view.toOriginal(from + m.index) < body.start ? body : doc.spanFromView(from + m.index, from + m.index + m[0].length);
  }
  if (body && (!paper || body.start > paper.start)) return { kind: 'named-organization', ...doc.span(body.start, body.end), entity: body === named ? named.entity : null };
  return paper ? { kind: 'document', ...paper, entity: null } : null;
}

/** Where a noun phrase starts: up to `max` words before its head, back to a preposition or a comma. */
function extendLeft(text: string, start: number, max: number): number {
  for (let k = 0; k < max; k++) {
    const prev = /([\p{L}'-]+)[\s"]+$/u.exec(text.slice(0, start));
    if (!prev || STOP.has(prev[1].toLowerCase())) break;
    start = prev.index;
  }
  return start;
}

/** The written source a phrase (clean-view range) names, if any: "the leaked document". */
export function documentSource(ctx: SourceContext, vs: number, ve: number): ClaimSource | null {
  const found = documentPhrase(ctx.doc.view.text.slice(vs, ve), true);
  if (!found) return null;
  const span = ctx.doc.spanFromView(vs + found[0], vs + found[1]);
  return { kind: 'document', text: span.text, start: span.start, end: span.end, entity: null };
}

/** "the leaked document": the noun and up to four words before it, back to a preposition or a comma. */
function documentPhrase(text: string, last = false, nouns: RegExp = DOC_NOUN): [number, number] | null {
  nouns.lastIndex = 0;
  let m = nouns.exec(text);
  for (let next = m && last ? nouns.exec(text) : null; next; next = nouns.exec(text)) m = next;
  if (!m) return null;
  return [extendLeft(text, m.index, 4), m.index + m[0].length];
}

