import type { CueHit, TechniqueCue } from './matcher.js';
import type { WordStream } from './words.js';

const CUE: TechniqueCue = {
  pattern: '(tautology)',
  label: 'Thought-terminating_Cliches',
  confidence: 0.65,
  reason: '"{text}": a tautology that ends the discussion instead of answering',
};
const LINKS = new Set(['is', 'are', 'was']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words whose "X is X" is grammar, not a cliché ("what is what", "that is that" is kept out too: it is a plain close). */
const SKIP = new Set(['what', 'who', 'it', 'this', 'that', 'there', 'which', 'here']);
const LETTERS = /^\p{L}+$/u;

/** "Rules are rules", "a deal is a deal", "boys will be boys": the same noun on both sides of "is" or "will be". */
export function tautologies(ws: WordStream): CueHit[] {
  const out: CueHit[] = [];
  const n = ws.lower.length;
  for (let i = 0; i + 2 < n; i++) {
    const word = ws.lower[i];
    // The rare link word first: most words are never tested further.
    const willBe = ws.lower[i + 1] === 'will' && ws.lower[i + 2] === 'be' && ws.gap[i + 2] === 0;
    if ((!LINKS.has(ws.lower[i + 1]) && !willBe) || ws.gap[i + 1] !== 0 || word.length < 3 || SKIP.has(word) || !LETTERS.test(word)) continue;
    let j = willBe ? i + 3 : i + 2;
    if (j >= n) continue;
    if (ARTICLES.has(ws.lower[j]) && ws.gap[j] === 0 && j + 1 < n) j++;
    if (ws.lower[j] !== word || ws.gap[j] !== 0 || ws.sentence[j] !== ws.sentence[i]) continue;
    const from = i > 0 && ARTICLES.has(ws.lower[i - 1]) && ws.gap[i] === 0 ? i - 1 : i;
    out.push({ cue: CUE, from, to: j + 1 });
  }
  return out;
}
