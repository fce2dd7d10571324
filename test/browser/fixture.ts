import { SCHEMA, type Dossier } from '../../src/dossier/contract.js';
import { ARTICLE } from '../server/server.js';

export { bareDossier } from '../server/bare.js';

/** The span of the n-th occurrence of `needle` in the article. */
export function at(needle: string, n = 0, text = ARTICLE): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= n; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`not in the article: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

/**
 * A dossier with every kind of finding, written by hand over our own article, so the page can be
 * checked whatever the analysis stages find today.
 */
export function handDossier(text = ARTICLE): Dossier {
  const span = (needle: string, n = 0) => at(needle, n, text);
  return {
    schema: SCHEMA,
    document: { id: 'f'.repeat(64), source: null, format: 'text', title: null, language: 'en', published: '2022-02-14', publishedInferred: null, text, metadata: {} },
    entities: [
      { id: 'E1', type: 'person', name: 'Ingrid Solheim', aliases: ['Ingrid Solheim', 'Solheim'], mentions: [span('Ingrid Solheim'), span('Solheim', 1)], variants: [] },
      { id: 'E2', type: 'person', name: 'Tor Aasen', aliases: ['Tor Aasen', 'Aasen'], mentions: [span('Tor Aasen'), span('Aasen', 1)], variants: [] },
      { id: 'E3', type: 'organization', name: 'Vestkyst Marine AS', aliases: ['Vestkyst Marine AS'], mentions: [span('Vestkyst Marine AS')], variants: [] },
      { id: 'E4', type: 'location', name: 'Bergen', aliases: ['Bergen'], mentions: [span('Bergen')], variants: [] },
      { id: 'E5', type: 'person', name: 'Lars Myhre', aliases: ['Lars Myhre'], mentions: [span('Lars Myhre')], variants: [] },
    ],
    dates: [
      { ...span('14 February 2022'), value: '2022-02-14', precision: 'day', anchor: 'absolute' },
      { ...span('3 and 9 November 2021'), value: '2021-11-03/2021-11-09', precision: 'interval', anchor: 'absolute' },
    ],
    references: [{ ...span('BHB/2021-118'), normalized: 'BHB/2021-118', kind: 'document-number' }],
    quotes: [{ ...span('"The board was told there was only one qualified bidder,"'), speaker: 'E5', speakerText: 'Lars Myhre' }],
    claims: [
      {
        ...span('Sources close to the board say the tender was rushed.'),
        id: 'C1',
        checkworthiness: 0.8,
        source: { kind: 'anonymous', text: 'Sources close to the board', start: null, end: null, entity: null },
        hedges: [],
      },
    ],
    techniques: [{ ...span('rushed'), label: 'Loaded_Language', confidence: 0.6, explanation: 'a charged word for speed' }],
    flags: [
      { kind: 'unsourced-claim', severity: 'info', message: 'a claim with no source', evidence: [span('worth NOK 31 million')] },
      { kind: 'anonymous-source', severity: 'critical', message: 'the claim rests on unnamed sources', evidence: [span('Sources close to the board')] },
    ],
    screening: [{ entity: 'E2', list: 'test-list', entryId: 'T-1', entryName: 'AASEN, Tor', score: 0.93, matchedName: 'Tor Aasen', explanation: 'same name, reordered' }],
    timeline: [
      { date: '2021-11-03/2021-11-09', start: '2021-11-03', end: '2021-11-09', span: span('3 and 9 November 2021'), text: 'The emails were sent.', entities: [], label: 'emails sent' },
      { date: '2022-02-14', ...span('14 February 2022'), entities: ['E4'], label: 'report published' },
    ],
  };
}
