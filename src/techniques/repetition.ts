import type { Doc } from '../doc/document.js';
import type { Technique } from '../dossier/contract.js';
import type { WordStream } from './words.js';

/** How many times one loaded phrase must appear before its repeats count as a technique. */
const MIN_OCCURRENCES = 3;
const REPEATABLE = new Set(['Loaded_Language', 'Name_Calling,Labeling', 'Slogans', 'Appeal_to_fear-prejudice']);

/** The repeats of a loaded phrase used again and again, each after its first use. */
export function repetitions(found: Technique[]): Technique[] {
  const byPhrase = new Map<string, Technique[]>();
  for (const t of found) {
    if (!REPEATABLE.has(t.label)) continue;
    const key = t.text.toLowerCase().replace(/\s+/g, ' ');
    const list = byPhrase.get(key);
    if (list) list.push(t);
    else byPhrase.set(key, [t]);
  }
  const out: Technique[] = [];
  for (const list of byPhrase.values()) {
    if (list.length < MIN_OCCURRENCES) continue;
    for (const t of list.slice(1)) {
      out.push({
        label: 'Repetition',
        start: t.start,
        end: t.end,
        text: t.text,
        confidence: 0.7,
        explanation: `"${t.text}": the same loaded phrase used ${list.length} times`,
      });
    }
  }
  return out;
}

/** How far back "… and more X" looks for the first X (words). */
const ECHO_REACH = 8;
/** At most this many words for a sentence whose repeat is a device, not a coincidence. */
const SHORT_SENTENCE = 4;
/** Short replies that repeat without rhetoric. */
const FILLERS = new Set(['yes', 'no', 'ok', 'okay', 'thank', 'thanks', 'q', 'a']);
/** Sentences in a row opening with the same words that make an anaphora. */
const ANAPHORA_RUN = 3;

/** "Taxes, fees and more taxes": a word echoed for effect within one sentence. */
export function echoes(doc: Doc, ws: WordStream): Technique[] {
  const out: Technique[] = [];
  for (let i = 2; i < ws.lower.length; i++) {
    if (ws.lower[i - 1] !== 'more' || ws.lower[i - 2] !== 'and' || ws.lower[i].length < 3) continue;
    for (let j = i - 3; j >= Math.max(0, i - ECHO_REACH) && ws.sentence[j] === ws.sentence[i]; j--) {
      if (ws.lower[j] !== ws.lower[i]) continue;
      const span = doc.span(ws.start[j], ws.end[i]);
      out.push({ label: 'Repetition', ...span, confidence: 0.6, explanation: `"${span.text}": a word repeated for effect` });
      break;
    }
  }
  return out;
}

/** Three or more sentences in a row that open with the same two words ("The harbour made … The harbour fed …"). */
export function anaphora(doc: Doc, ws: WordStream): Technique[] {
  const opening: Array<{ key: string; sentence: number }> = [];
  for (let i = 0; i < ws.lower.length; i++) {
    if (i > 0 && ws.sentence[i] === ws.sentence[i - 1]) continue;
    if (i + 1 < ws.lower.length && ws.sentence[i + 1] === ws.sentence[i]) opening.push({ key: `${ws.lower[i]} ${ws.lower[i + 1]}`, sentence: ws.sentence[i] });
  }
  const out: Technique[] = [];
  for (let a = 0; a < opening.length; ) {
    let b = a + 1;
    while (b < opening.length && opening[b].key === opening[a].key && opening[b].sentence === opening[b - 1].sentence + 1) b++;
    if (b - a >= ANAPHORA_RUN) {
      const span = doc.span(doc.sentences[opening[a].sentence].start, doc.sentences[opening[b - 1].sentence].end);
      out.push({ label: 'Repetition', ...span, confidence: 0.65, explanation: `${b - a} sentences in a row open with "${opening[a].key}"` });
    }
    a = b;
  }
  return out;
}

/** A short sentence said twice or more ("Twelve hours." … "Twelve hours."): each repeat. */
export function echoedSentences(doc: Doc, ws: WordStream): Technique[] {
  const seen = new Map<string, number>();
  const out: Technique[] = [];
  let first = 0;
  for (let i = 0; i <= ws.lower.length; i++) {
    if (i < ws.lower.length && ws.sentence[i] === ws.sentence[first]) continue;
    const words = ws.lower.slice(first, i);
    // A filler opens a reply ("No, no."), but a longer line that starts with one ("No more lies.") is a line like any other.
    if (words.length >= 2 && words.length <= SHORT_SENTENCE && (words.length > 2 || !FILLERS.has(words[0]))) {
      const key = words.join(' ');
      const n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
      if (n > 1) {
        const span = doc.span(ws.start[first], ws.end[i - 1]);
        out.push({ label: 'Repetition', ...span, confidence: 0.6, explanation: `"${span.text}": a short sentence said again` });
      }
    }
    first = i;
  }
  return out;
}
