import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from './stage.js';

function tokens(text: string) {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  return doc.tokens;
}

describe('tokenisation', () => {
  const cases: Array<[string, string, string[]]> = [
    ['dotted codes stay whole', 'holds 392/R.T.D now', ['holds', '392', '/', 'R.T.D', 'now']],
    ['numbers keep their separators', 'No. 5710/09 of 4.2 and 1,200', ['No', '.', '5710/09', 'of', '4.2', 'and', '1,200']],
    ['names keep hyphens and apostrophes', "Al-Qaeda's O'Neill", ["Al-Qaeda's", "O'Neill"]],
    ['quotes are their own tokens', '"deal" done', ['"', 'deal', '"', 'done']],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    expect(tokens(text).map((t) => t.norm)).toEqual(expected);
  });

  it('reads curly quotes straight in norm and keeps the original in text', () => {
    const found = tokens('\u00ABdeal\u00BB agent\u2019s');
    expect(found.map((t) => t.norm)).toEqual(['"', 'deal', '"', "agent's"]);
    expect(found.map((t) => t.text)).toEqual(['\u00AB', 'deal', '\u00BB', 'agent\u2019s']);
  });

  it('gives a word broken across lines one token whose text spans the break', () => {
    const found = tokens('responded t\no the call');
    expect(found[1]).toMatchObject({ norm: 'to', text: 't\no', kind: 'word' });
  });

  it('tells words, numbers, punctuation and symbols apart', () => {
    expect(tokens('Paid $40, twice.').map((t) => t.kind)).toEqual(['word', 'symbol', 'number', 'punct', 'word', 'punct']);
  });
});
