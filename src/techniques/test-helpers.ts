/** Runs one cue pattern over a text, for the tests beside the matcher. */
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { CueMatcher, type TechniqueCue } from './matcher.js';
import { wordStream } from './words.js';

/** The stretches of `text` that `pattern` matches. */
export function cueMatches(pattern: string, text: string, extra: Partial<TechniqueCue> = {}): string[] {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  const ws = wordStream(doc);
  const matcher = new CueMatcher([{ pattern, label: 'Loaded_Language', confidence: 0.5, reason: '', ...extra }]);
  return matcher.run(ws, () => true).map((h) => text.slice(ws.start[h.from], ws.end[h.to - 1]));
}
