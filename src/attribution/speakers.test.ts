import { describe, expect, it } from 'vitest';
import { findClaims } from '../claims/stage.js';
import type { EntityType } from '../dossier/contract.js';
import { docWith } from './testdoc.js';

function sourceOf(text: string, names: Array<[string, EntityType]> = []) {
  const claims = findClaims(docWith(text, names));
  expect(claims.length).toBeGreaterThan(0);
  const { kind, text: said } = claims[claims.length - 1].source;
  return { kind, text: said };
}

describe('someone who speaks for a named body', () => {
  it.each([
    ['A customs spokeswoman said 70 containers were seized at the port in 2022.', 'A customs spokeswoman'],
    ['The utility\u2019s lawyer said the firm had refunded 3 million euros by May 2020.', 'The utility\u2019s lawyer'],
    ['Lawyers for Ostbahn Freight argued that the 2018 tender of 90 million euros was lawful.', 'Lawyers for Ostbahn Freight'],
    ['A spokesperson for the agency said 2,600 permits were revoked in 2021.', 'A spokesperson for the agency'],
    ['A health ministry spokesman said 41 clinics closed in the first half of 2023.', 'A health ministry spokesman'],
  ])('%s', (text, said) => {
    expect(sourceOf(text)).toEqual({ kind: 'named-organization', text: said });
  });

  it('keeps an unnamed official of a named body anonymous', () => {
    expect(sourceOf('An official at the Norwegian consulate said 300 passports were lost in 2021.').kind).toBe('anonymous');
  });
});

describe('collective bodies', () => {
  it.each([
    ['Prosecutors allege that the two brothers hid 8 million euros in 14 shell companies.', 'Prosecutors'],
    ['The prosecution told the court that the broker forged 30 signatures in 2016.', 'The prosecution'],
    ['The court of appeal found that the 2019 dismissal of 200 dockers was unlawful.', 'The court of appeal'],
  ])('%s', (text, said) => {
    expect(sourceOf(text)).toEqual({ kind: 'named-organization', text: said });
  });

  it('treats quantified members of a body as unnamed people', () => {
    expect(sourceOf('Several prosecutors said the 2020 reform cut their staff by 30 per cent.').kind).toBe('anonymous');
  });

  it('types a name with "International" as an organisation', () => {
    expect(sourceOf('Amnesty International said 112 protesters were detained on 5 July.')).toEqual({ kind: 'named-organization', text: 'Amnesty International' });
  });
});

describe('unnamed people and documents', () => {
  it.each([
    ['According to one estimate, 40,000 hectares of forest burned in 2023.', 'anonymous', 'one estimate'],
    ['A European diplomat said the embargo had cost the refinery 60 million dollars in 2022.', 'anonymous', 'A European diplomat'],
    ['Leaked e-mails show the governor\u2019s office approved 19 permits in one week in 2021.', 'document', 'Leaked e-mails'],
    ['Satellite images show 25 trucks at the quarry on 3 March 2024.', 'document', 'Satellite images'],
  ])('%s', (text, kind, said) => {
    expect(sourceOf(text)).toEqual({ kind, text: said });
  });
});

describe('the author and continued attributions', () => {
  it('reads a contracted first person as the author', () => {
    expect(sourceOf('I\u2019ll show you why the 3 billion dollar pipeline lost money every year since 2015.').kind).toBe('author');
  });

  it('resolves "according to her" to the woman named before', () => {
    const text = 'Eva Lindgren, a hydrologist, inspected the dam in May. According to her, the crack had grown by 30 centimetres since 2021.';
    expect(sourceOf(text, [['Eva Lindgren', 'person']])).toEqual({ kind: 'named-person', text: 'Eva Lindgren' });
  });
});

describe('courts, broadcasters and passers-by', () => {
  it('reads the subject of a numbered point without its number', () => {
    const text = 'The tribunal ruled as follows.\n\n4. The council maintains that the tenant owed 9,000 euros in rent by 2020.';
    expect(sourceOf(text)).toEqual({ kind: 'named-organization', text: 'The council' });
  });

  it('takes a party to a case by its role', () => {
    expect(sourceOf('The plaintiff argues that the 2018 contract capped fees at 4 per cent.')).toEqual({ kind: 'named-person', text: 'The plaintiff' });
  });

  it('names a broadcaster as a body', () => {
    expect(sourceOf('The traitors took 2 billion roubles abroad in 2021, the state broadcaster reported.')).toEqual({ kind: 'named-organization', text: 'the state broadcaster' });
  });

  it.each([
    ['"We paid 300 dollars for a permit in 2022," said a retired bus driver.', 'a retired bus driver'],
    ['Pensioners in the suburb told reporters that heating bills rose by 70 per cent in 2023.', 'Pensioners'],
  ])('%s', (text, said) => {
    expect(sourceOf(text)).toEqual({ kind: 'anonymous', text: said });
  });
});


describe('the body behind a collective name or a spokesperson', () => {
  it('links "prosecutors" to the one prosecutor\u2019s office the story names', () => {
    const text = 'The Bergen Prosecutor\u2019s Office opened a case in May. Prosecutors allege the captain dumped 30 tonnes of oil in 2021.';
    const claims = findClaims(docWith(text, [['Bergen Prosecutor\u2019s Office', 'organization']]));
    expect(claims.at(-1)!.source).toMatchObject({ kind: 'named-organization', text: 'Prosecutors', entity: 'E1' });
  });

  it('leaves "prosecutors" unlinked when two offices are named', () => {
    const text = 'The Bergen Prosecutor\u2019s Office and the Oslo Prosecutor\u2019s Office opened cases in May. Prosecutors allege the captain dumped 30 tonnes of oil in 2021.';
    const names: Array<[string, EntityType]> = [['Bergen Prosecutor\u2019s Office', 'organization'], ['Oslo Prosecutor\u2019s Office', 'organization']];
    expect(findClaims(docWith(text, names)).at(-1)!.source.entity).toBeNull();
  });

  it('links "the company\u2019s lawyer" to the company named before', () => {
    const text = 'Norrland Timber was fined in March. The company\u2019s lawyer said the firm had paid 2 million kronor by June 2022.';
    expect(findClaims(docWith(text, [['Norrland Timber', 'organization']])).at(-1)!.source).toMatchObject({ kind: 'named-organization', entity: 'E1' });
  });
});

describe('a person introduced by a title', () => {
  it.each([
    ['Harbour board member Lise Dahl said 12 berths were leased without a tender in 2020.', 'Lise Dahl'],
    ['"We were never consulted," said Green councillor Omar Vance on Tuesday, adding that 9 trees were cut in 2022.', 'Omar Vance'],
  ])('%s', (text, said) => {
    expect(sourceOf(text)).toEqual({ kind: 'named-person', text: said });
  });
});

describe('names that hold a word for unnamed people', () => {
  it('reads a capitalised body name as a body, and lowercase staff as unnamed people', () => {
    expect(sourceOf('The Joint Staff announced that 21 missiles were intercepted on 2 March.').kind).toBe('named-organization');
    expect(sourceOf('Clinic staff said 60 patients waited over 10 hours in 2023.').kind).toBe('anonymous');
  });
});
