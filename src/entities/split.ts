/**
 * Where a run of capitalised words holds more than one name. "of/for/in/to/and" belong inside
 * organisation and place names ("Group for Justice and Reform", "Al-Qaeda in the Arabian Peninsula");
 * elsewhere they join two names ("Monaco and Liechtenstein", "Police in Culiacan").
 */
import type { Word } from './chunks.js';
import { isCommon } from './classify.js';
import { lexicon } from './lexicon.js';
import { HEAD_TYPE, NEVER, ORG_CONNECTORS } from './rules/keywords.js';

const LOCATIVE = new Set(['in', 'on', 'at']);
const LEGAL_FORMS = new Set(['B.V.', 'N.V.', 'BV', 'NV', 'Ltd', 'Ltd.', 'LLC', 'LLP', 'Inc', 'Inc.', 'PLC', 'plc', 'GmbH', 'AG', 'S.A.', 'SA', 'SARL', 'Corp', 'Co.']);

function knownOrganization(words: Word[]): boolean {
  const names = words.filter((w) => !w.connector).map((w) => w.text);
  const lex = lexicon();
  return lex.organizations.has(names.join(' ')) || lex.organizations.has(names.join('-'));
}

/** Whether the connectors `run` continue the name begun by `before` into `after`. */
function holdsConnectors(before: Word[], run: Word[], after: Word[], rest: Word[]): boolean {
  // "High Court on Wednesday": a date is never part of a name.
  if (NEVER.has(after[0]?.text ?? '')) return false;
  const heads = before.filter((w) => !w.connector && HEAD_TYPE.has(w.text) && HEAD_TYPE.get(w.text)?.type !== 'person');
  // "X and the Y", "Facebook and WhatsApp", "Association and Transportes ...": two names in a list.
  // "and" stays inside the complement of a keyword ("Group for Justice and Reform").
  if (run[0].text === 'and') {
    const whole = [...before, ...run, ...after].map((w) => w.text).join(' ');
    if (lexicon().places.has(whole) || lexicon().organizations.has(whole)) return true;
    if (run.length > 1 || HEAD_TYPE.has(after[0]?.text ?? '') || before.some((w) => w.text === 'and')) return false;
    // A place keyword in front ("Coast ...") does not hold the name as a body's keyword does.
    if (heads.some((w) => HEAD_TYPE.get(w.text)?.type !== 'location')) return before.some((w) => w.connector);
    // "Economic and Financial Crimes Commission": the keyword that holds both halves comes after.
    const last = after[after.length - 1]?.text ?? '';
    const named = lexicon().places.has(before.map((w) => w.text).join(' ')) || knownOrganization(before);
    const own = before.filter((w) => !/^(?:The|A|An)$/.test(w.text));
    return own.length <= 2 && HEAD_TYPE.get(last)?.type === 'organization' && !named;
  }
  if (knownOrganization(before)) return true;
  if (!heads.length) return false;
  if (!LOCATIVE.has(run[0].text)) return true;
  // "in/on/at" after a building, a legal form or a lone keyword is where it is, not part of its name;
  // inside a name it leads to a longer phrase ("Commission on Human Rights"), not a bare place.
  const last = before[before.length - 1];
  if (before.length === 1 || LEGAL_FORMS.has(last.text) || heads.some((w) => HEAD_TYPE.get(w.text)?.type === 'facility')) return false;
  if (run.length > 1) return true;
  const names = rest.filter((w) => !w.connector);
  // "Institute for Research on Water": an ordinary word after it is a subject, not a place.
  const subject = run[0].text === 'on' && names.length === 1 && isCommon(names[0].text) && !lexicon().places.has(names[0].text);
  return (names.length > 1 || subject) && !lexicon().places.has(rest.map((w) => w.text).join(' '));
}

/** Splits a run where "of/for/in/to/and" joins two names that are not one organisation. */
export function split(words: Word[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.connector) {
      current.push(w);
      i++;
      continue;
    }
    let k = i;
    while (k < words.length && words[k].connector) k++;
    const run = words.slice(i, k);
    let e = k;
    while (e < words.length && !words[e].connector) e++;
    const orgOnly = run.some((c) => ORG_CONNECTORS.has(c.text) && c.text !== '&');
    if (orgOnly && !run.some((c) => c.listed) && !holdsConnectors(current, run, words.slice(k, e), words.slice(k))) {
      parts.push(current);
      current = [];
    } else current.push(...run);
    i = k;
  }
  parts.push(current);
  return parts.filter((p) => p.length);
}
