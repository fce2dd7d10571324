/**
 * The first recogniser: runs of capitalised words, with the lower-case connectors names carry inside
 * them ("Pieter van der Molen", "Group for Justice and Reform"), found in one pass over the tokens.
 */
import type { Doc, Token } from '../doc/document.js';
import { isCommon } from './classify.js';
import { lexicon } from './lexicon.js';
import { opensRemit, possessiveOffice, remitList } from './lists.js';
import { titleCase } from './surface.js';
import { HEAD_TYPE, NAME_CONNECTORS, ORG_CONNECTORS, TITLES } from './rules/keywords.js';

export interface Word {
  /** The word as the clean view reads it, without a possessive "'s". */
  text: string;
  start: number;
  end: number;
  /** A lower-case connector inside the name ("of", "van", "al"). */
  connector: boolean;
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  initial: boolean;
  /** Part of a list that continues a body's name past a comma ("..., Transport and Logistics"). */
  listed?: boolean;
}

export interface Chunk {
  words: Word[];
  /** Index of the token after the chunk (tokens.length at the end). */
  next: number;
  /** Index of the first token of the chunk. */
  first: number;
}

// Arabic article or nasab joined by a hyphen to a capitalised name: "al-Ubaidi", "bin-Laden".
// French and Italian elision before a capital is the same: "d'Essais", "l'Environnement", "dell'Ambiente".
const PARTICLE_JOINED = /^(?:(?:al|el|ad|ed|ar|as|ash|at|az|an|ul|bin|ibn|ben|abu|abou|bou|ould)-|(?:d|l|dell|nell|all)['\u2019])\p{Lu}/u;
const CAP = /^\p{Lu}/u;
const OPENERS = new Set(['"', "'", '\u00ab', '(', '[', ':', '-', '*', '\u2022', '\u2014', '\u2013', '.', '!', '?', ';']);

const CLOSERS = new Set(['\u00bb', '"', '\u201d']);

export function isNameWord(t: Token): boolean {
  return t.kind === 'word' && (CAP.test(t.norm) || PARTICLE_JOINED.test(t.norm));
}

function isConnector(t: Token): boolean {
  if (t.kind === 'word') return NAME_CONNECTORS.has(t.norm) || ORG_CONNECTORS.has(t.norm);
  return t.norm === '&';
}

const DOT_ABBREVIATIONS = new Set(['St', 'Mt', 'Ft', 'Jr', 'Sr', 'Messrs']);

/** A "." that belongs to the name: after an initial ("J. R. Smith"), a title ("Dr. Achterberg") or "St.". */
function innerDot(prev: Token, dot: Token): boolean {
  return (
    dot.norm === '.' &&
    dot.start === prev.end &&
    prev.kind === 'word' &&
    (/^\p{Lu}$/u.test(prev.norm) || TITLES.has(prev.norm) || DOT_ABBREVIATIONS.has(prev.norm))
  );
}

// A company's legal form, with the dots and commas it is written with; it ends the name.
const LEGAL_TAIL = /(?:Co\.,? Ltd\.?|d\.o\.o\.|s\.r\.o\.|d\.d\.|a\.d\.|S\.p\.A\.|S\.r\.l\.|S\.A\.C\.|S\.A\.S\.|S\.L\.|S\.A\.|A\/S|(?:Ltd|Co|Inc|Corp|Bros|Pty|Pte|Ltda|Cia|Plc|Corp)\.|(?:LLC|LLP)\.(?=\s+[a-z]))/y;

function legalTail(text: string, at: number): number {
  LEGAL_TAIL.lastIndex = at;
  const m = LEGAL_TAIL.exec(text);
  return m ? at + m[0].length : -1;
}

/**
 * Hard-wrapped text (e-mail, plain-text reports) breaks lines inside names. A text is taken as wrapped
 * when most of its lines are of a wrapped length; then a single line break after a long line is a space.
 */
function wrapped(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  if (lines.length < 5) return false;
  return lines.filter((l) => l.length >= 55 && l.length <= 100).length >= lines.length / 2;
}

/**
 * Headline lines ("Hanul Sonotech Launches New Scanner") capitalise ordinary words: there an ordinary
 * word is not a name word. A headline: 3 to 20 words, no closing punctuation, most words capitalised.
 */
function headlines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const body = line.trim();
    const words = body.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (words.length >= 3 && words.length <= 20 && !/[.!?:;,"\u201d\u00bb)]$/.test(body) && caps >= 0.6 * words.length) out.push([start, start + line.length]);
    start += line.length + 1;
  }
  return out;
}

/** Scans the tokens once and returns every run of name words. */
export function findChunks(doc: Doc): Chunk[] {
  const tokens = doc.tokens;
  const text = doc.text;
  const out: Chunk[] = [];
  let sentence = 0;
  const soft = wrapped(text);
  const starts = new Set(doc.sentences.map((x) => x.start));
  const broken = (a: Token, b: Token): boolean => {
    // "... Holdings B.V. It said": a new sentence starts a new name.
    if (starts.has(b.start)) return true;
    const gap = text.slice(a.end, b.start);
    if (!gap.includes('\n')) return false;
    if (!soft || gap.indexOf('\n') !== gap.lastIndexOf('\n')) return true;
    return a.end - text.lastIndexOf('\n', a.end - 1) < 50;
  };
  const isInitial = (i: number): boolean => {
    const t = tokens[i];
    while (sentence < doc.sentences.length && doc.sentences[sentence].end <= t.start) sentence++;
    const s = doc.sentences[sentence];
    if (i === 0 || (s && s.start >= tokens[i - 1].end) || broken(tokens[i - 1], t)) return true;
    return OPENERS.has(tokens[i - 1].norm) && !innerDot(tokens[i - 2] ?? tokens[i - 1], tokens[i - 1]);
  };
  const word = (t: Token, i: number, connector: boolean): Word => {
    const possessive = /'s$/i.test(t.norm) && t.norm.length > 2;
    const end = possessive ? t.end - 2 : t.end;
    return { text: possessive ? t.norm.slice(0, -2) : t.norm, start: t.start, end, connector, initial: !connector && isInitial(i) };
  };
  const heads = headlines(text);
  let h = 0;
  const ordinaryInHeadline = (t: Token): boolean => {
    while (h < heads.length && heads[h][1] <= t.start) h++;
    const inside = h < heads.length && heads[h][0] <= t.start;
    return inside && !HEAD_TYPE.has(t.norm) && isCommon(t.norm) && !lexicon().firstNames.has(t.norm);
  };
  // In a run of capitals ("THE MINISTRY OF DEFENCE MET ..."), ordinary words are not names either.
  const shout = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.norm.length > 1 && t.norm === t.norm.toUpperCase();
  const shouting = (i: number): boolean => shout(tokens[i]) && (shout(tokens[i - 1]) || shout(tokens[i + 1]));
  const known = (a: Token | undefined, b: Token | undefined): boolean =>
    a !== undefined && b !== undefined && shout(a) && shout(b) && lexicon().places.has(titleCase(`${a.norm} ${b.norm}`));
  const ordinaryShout = (t: Token, i: number): boolean =>
    shouting(i) && isCommon(t.norm) && !HEAD_TYPE.has(t.norm) && !known(t, tokens[i + 1]) && !known(tokens[i - 1], t);
  const nameWord = (t: Token, i: number): boolean => isNameWord(t) && !ordinaryInHeadline(t) && !ordinaryShout(t, i);
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i], i)) {
      i++;
      continue;
    }
    const first = i;
    const words: Word[] = [word(tokens[i], i, false)];
    let j = i + 1;
    while (j < tokens.length) {
      const prev = tokens[j - 1];
      const t = tokens[j];
      if (broken(prev, t)) break;
      if (/'s$/i.test(prev.norm)) {
        if (!possessiveOffice(words.map((w) => w.text).join(' '), prev, t)) break;
        words[words.length - 1] = { ...words[words.length - 1], text: prev.norm, end: prev.end };
      }
      const tail = legalTail(text, t.start);
      if (tail > 0 && (t.kind === 'word' || t.kind === 'punct')) {
        // "Ltd." after "Supplies", "S.p.A." after "Lomellina": the legal form closes the name.
        const from = prev.end === t.start && t.norm === '.' ? words.length - 1 : -1;
        if (from >= 0) words[from] = { ...words[from], end: tail };
        else words.push({ text: text.slice(t.start, tail), start: t.start, end: tail, connector: false, initial: false });
        while (j < tokens.length && tokens[j].start < tail) j++;
        break;
      }
      if (t.kind === 'number' && tokens[j + 1] && legalTail(text, tokens[j + 1].start) > 0 && !broken(t, tokens[j + 1])) {
        words.push(word(t, j, false));
        j++;
        continue;
      }
      // "Growers' Association": a plural possessive inside the name.
      if (t.norm === "'" && t.start === prev.end && /s$/.test(prev.norm) && tokens[j + 1] && nameWord(tokens[j + 1], j + 1)) {
        words[words.length - 1] = { ...words[words.length - 1], end: t.end };
        j++;
        continue;
      }
      if (innerDot(prev, t) && tokens[j + 1] && nameWord(tokens[j + 1], j + 1) && !broken(t, tokens[j + 1])) {
        words[words.length - 1] = { ...words[words.length - 1], end: t.end };
        j++;
        continue;
      }
      // « Excelsior » Hotel: a quoted name before the keyword that makes it a building or a body.
      const kw = tokens[j + 1];
      if (CLOSERS.has(t.norm) && kw && nameWord(kw, j + 1) && HEAD_TYPE.get(kw.norm)?.type !== 'person' && HEAD_TYPE.has(kw.norm) && !broken(t, kw)) {
        j++;
        continue;
      }
      if (nameWord(t, j)) {
        words.push(word(t, j, false));
        j++;
        continue;
      }
      const list = t.norm === ',' && opensRemit(words) ? remitList(tokens, j, (a, b) => !broken(a, b)) : null;
      if (list) {
        for (const p of list) words.push({ ...word(tokens[p.token], p.token, p.connector), listed: true });
        j = list[list.length - 1].token + 1;
        continue;
      }
      // A run of connectors joins only when a name word follows on the same line.
      let k = j;
      while (k < tokens.length && isConnector(tokens[k]) && !broken(tokens[k - 1], tokens[k])) k++;
      if (k === j || k >= tokens.length || !nameWord(tokens[k], k) || broken(tokens[k - 1], tokens[k])) break;
      for (let c = j; c < k; c++) words.push(word(tokens[c], c, true));
      j = k;
    }
    out.push({ words, next: j, first });
    i = j;
  }
  return out;
}
