import type { TechniqueLabel } from '../dossier/contract.js';
import type { SurfaceCue, SurfaceHit } from './surface.js';

/** First words of a chanted line: imperatives that call a crowd to act. */
const RALLY = new Set(
  'stop build bring save protect defend free vote take keep make end ban lock drain support stand fight kick send give reclaim restore unite resist rise leave together never respect honour honor remember reject repeal scrap sack impeach jail cancel demand'.split(' '),
);
const MAX_WORDS = 7;
/** Nouns a crowd hails or damns in "X to the Y!" ("Glory to the heroes!", "Power to the workers!"). */
const HAILED = new Set('power glory honour honor death freedom victory justice land bread shame respect peace jobs homes votes rights'.split(' '));
/** What follows "not" in a line of refusal ("Not one more inch!", "Not another penny!"). */
const NOT_ONE = new Set(['one', 'another', 'a', 'single']);
const LABEL: TechniqueLabel = 'Slogans';

/** Why a short exclaimed line reads as a slogan; one entry per shape. */
const SHAPES: Array<{ test: (words: string[], line: string) => boolean; cue: SurfaceCue }> = [
  {
    test: (words) => RALLY.has(words[0]) || (words[0] === 'no' && words[1] === 'more'),
    cue: { name: 'rallyCall', source: '', label: LABEL, confidence: 0.6, reason: '"{text}": a short exclaimed call to act' },
  },
  {
    test: (_words, line) => /\bfirst\s*[,!]/i.test(line),
    cue: { name: 'firstCall', source: '', label: LABEL, confidence: 0.65, reason: '"{text}": an exclaimed "… first" rallying line' },
  },
  {
    test: (words, line) => words.length <= 6 && line.includes(',') && words.indexOf(words[0], 1) > 0,
    cue: { name: 'echoCall', source: '', label: LABEL, confidence: 0.55, reason: '"{text}": an exclaimed line that repeats its first word' },
  },
  {
    test: (words) => words.length <= 5 && words[words.length - 1] === 'now',
    cue: { name: 'nowCall', source: '', label: LABEL, confidence: 0.55, reason: '"{text}": an exclaimed demand for action now' },
  },
  {
    test: (words) => words.length <= 5 && HAILED.has(words[0]) && words[1] === 'to' && ['the', 'our', 'all', 'every'].includes(words[2]),
    cue: { name: 'hailCall', source: '', label: LABEL, confidence: 0.6, reason: '"{text}": an exclaimed "X to the Y" rallying cry' },
  },
  {
    test: (words) => words[0] === 'not' && NOT_ONE.has(words[1]),
    cue: { name: 'refusalCall', source: '', label: LABEL, confidence: 0.6, reason: '"{text}": an exclaimed line of refusal' },
  },
  {
    test: (_words, line) => /,\s*not\s+\p{L}+\s*!$/iu.test(line),
    cue: { name: 'contrastCall', source: '', label: LABEL, confidence: 0.6, reason: '"{text}": an exclaimed "X, not Y" chant' },
  },
];

/** A clause that ends in "!" and begins after a sentence or clause mark, quotation mark or line start. */
const EXCLAIMED = /(?<![^.!?:;"\u201C\u201D\u00AB\u00BB\u2014\n])[^.!?:;"\u201C\u201D\u00AB\u00BB\u2014\n]{2,80}!/uy;
const STOPS = new Set('.!?:;"\u201C\u201D\u00AB\u00BB\u2014\n');
/** The longest clause, in characters (UTF-16 units may be twice that). */
const MAX_CLAUSE = 80;

/** Short exclaimed lines shaped like chants: "Stop the cuts!", "Farmers first!", "Homes, not hotels!". */
export function chantHits(text: string): SurfaceHit[] {
  const out: SurfaceHit[] = [];
  // Each clause EXCLAIMED matches ends at a "!" and starts right after the last stop before it: only those starts are tried.
  for (let bang = text.indexOf('!'); bang >= 0; bang = text.indexOf('!', bang + 1)) {
    let start = bang;
    while (start > 0 && bang - start <= 2 * MAX_CLAUSE && !STOPS.has(text[start - 1])) start--;
    EXCLAIMED.lastIndex = start;
    const m = EXCLAIMED.exec(text);
    if (!m || m.index + m[0].length !== bang + 1) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const line = m[0].trim();
    const words = (line.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? []).map((w) => w.toLowerCase());
    if (words.length < 2 || words.length > MAX_WORDS) continue;
    const shape = SHAPES.find((s) => s.test(words, line));
    if (shape) out.push({ cue: shape.cue, start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}
