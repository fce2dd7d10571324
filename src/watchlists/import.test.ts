import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DossierError } from '../errors.js';
import { detectFormat } from './detect.js';
import { namesOf } from './entry.js';
import { importWatchlist, readWatchlist } from './import.js';
import { WatchlistStore } from './store.js';
import { parseUnXml } from './un.js';

const UN_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2030-01-01">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <DATAID>11</DATAID>
      <FIRST_NAME>KARIM</FIRST_NAME>
      <SECOND_NAME>ZERHOUNI</SECOND_NAME>
      <UN_LIST_TYPE>Test</UN_LIST_TYPE>
      <REFERENCE_NUMBER>TSi.001</REFERENCE_NUMBER>
      <NAME_ORIGINAL_SCRIPT>كريم زرهوني</NAME_ORIGINAL_SCRIPT>
      <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Abou Ilyas; Karim Zarhouni</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Ilyas</ALIAS_NAME></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_DATE_OF_BIRTH><DATE>1971-03-02</DATE></INDIVIDUAL_DATE_OF_BIRTH>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES>
    <ENTITY>
      <DATAID>12</DATAID>
      <FIRST_NAME>NORTHERN FALCON TRADING &amp; SHIPPING</FIRST_NAME>
      <REFERENCE_NUMBER>TSe.001</REFERENCE_NUMBER>
      <ENTITY_ALIAS><QUALITY>a.k.a.</QUALITY><ALIAS_NAME>Northern Falcon Co. (NFC)</ALIAS_NAME></ENTITY_ALIAS>
    </ENTITY>
  </ENTITIES>
</CONSOLIDATED_LIST>`;

const SDN = `501,"TAHIRI, Samir",individual,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970; a.k.a. 'ABU YASSER'."
502,"KESTREL MINERALS LTD.",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n\u001a`;
const ALT = `501,9001,"aka","TAHERI, Sameer",-0- \n501,9002,"aka","ABU YASIR",weak\n`;

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'dossier-lists-'));
}

describe('UN consolidated list', () => {
  it('reads individuals and entities with aliases, original script and weak aliases apart', () => {
    const [person, org] = parseUnXml(UN_XML);
    expect(person).toMatchObject({ id: 'TSi.001', name: 'KARIM ZERHOUNI', kind: 'person', weakAliases: ['Ilyas'] });
    expect(person.aliases).toEqual(['Abou Ilyas', 'Karim Zarhouni', 'كريم زرهوني']);
    expect(person.note).toContain('1971-03-02');
    expect(org).toMatchObject({ id: 'TSe.001', name: 'NORTHERN FALCON TRADING & SHIPPING', kind: 'organization' });
    expect(namesOf(org)).toEqual(['NORTHERN FALCON TRADING & SHIPPING', 'Northern Falcon Co.', 'NFC']);
  });

  it('refuses XML that is not the consolidated list', () => {
    expect(() => parseUnXml('<html></html>')).toThrow(DossierError);
  });

  const real = join(process.cwd(), '..', 'shared', 'data', 'watchlists', 'un', 'UN_consolidated_2026-02-27.xml');
  it.runIf(existsSync(real))('reads the published list in full', () => {
    const entries = parseUnXml(readFileSync(real, 'utf8'));
    expect(entries.filter((e) => e.kind === 'person')).toHaveLength(730);
    expect(entries.filter((e) => e.kind === 'organization')).toHaveLength(273);
    expect(entries.every((e) => e.id && e.name)).toBe(true);
  });
});

describe('OFAC SDN', () => {
  it('takes aliases from alt.csv beside sdn.csv', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'sdn.csv'), SDN);
    writeFileSync(join(dir, 'alt.csv'), ALT);
    const { format, entries } = readWatchlist(join(dir, 'sdn.csv'));
    expect(format).toBe('ofac');
    expect(entries[0]).toMatchObject({ id: '501', name: 'TAHIRI, Samir', kind: 'person', aliases: ['TAHERI, Sameer'], weakAliases: ['ABU YASIR'] });
    expect(entries[1]).toMatchObject({ id: '502', kind: 'organization', aliases: [] });
  });

  it('falls back to the a.k.a. names in the remarks without alt.csv', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'list.csv'), SDN);
    const { entries } = readWatchlist(join(dir, 'list.csv'));
    expect(entries[0].weakAliases).toEqual(['ABU YASSER']);
  });
});

describe('FollowTheMoney and plain CSV', () => {
  it('reads people and companies from FollowTheMoney lines and skips other schemata', () => {
    const dir = tmp();
    const lines = [
      { id: 'p-1', schema: 'Person', properties: { name: ['Oleg Baranov'], alias: ['Oleg Baranoff'], weakAlias: ['Baron'], birthDate: ['1966'] } },
      { id: 's-1', schema: 'Sanction', properties: { program: ['X'] } },
      { id: 'c-1', schema: 'Company', caption: 'Kestrel Minerals', properties: { previousName: ['Kestrel Mining'] } },
    ];
    writeFileSync(join(dir, 'x.json'), lines.map((l) => JSON.stringify(l)).join('\n'));
    const { format, entries } = readWatchlist(join(dir, 'x.json'));
    expect(format).toBe('ftm');
    expect(entries).toEqual([
      { id: 'p-1', name: 'Oleg Baranov', kind: 'person', aliases: ['Oleg Baranoff'], weakAliases: ['Baron'], note: 'born 1966' },
      { id: 'c-1', name: 'Kestrel Minerals', kind: 'organization', aliases: ['Kestrel Mining'], weakAliases: [], note: undefined },
    ]);
  });

  it('reads a CSV of name, aliases and id', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'l.csv'), 'id,name,aliases\nA1,Idris Ouattabi,"Driss Ouattabi; Idriss Wattabi"\nA2,Samir Lahlou,\n');
    const { format, entries } = readWatchlist(join(dir, 'l.csv'));
    expect(format).toBe('csv');
    expect(entries[0]).toMatchObject({ id: 'A1', aliases: ['Driss Ouattabi', 'Idriss Wattabi'] });
    expect(entries[1]).toMatchObject({ id: 'A2', aliases: [] });
  });

  it('cannot guess the format of unrelated text', () => {
    expect(detectFormat('hello world')).toBeNull();
    const dir = tmp();
    writeFileSync(join(dir, 'n.txt'), 'hello world\n');
    expect(() => readWatchlist(join(dir, 'n.txt'))).toThrow(/cannot tell the list format/);
    expect(() => readWatchlist(join(dir, 'n.txt'), 'xml')).toThrow(/unknown list format/);
  });
});

describe('store', () => {
  it('saves lists under their name and replaces a list imported again', () => {
    const dir = tmp();
    const file = join(dir, 'un.xml');
    writeFileSync(file, UN_XML);
    importWatchlist(file, { name: 'test-un', store: dir });
    importWatchlist(file, { name: 'test-un', store: dir });
    const store = new WatchlistStore(dir);
    expect(store.lists()).toMatchObject([{ name: 'test-un', format: 'un', entries: 2 }]);
    expect(store.entries('test-un').map((e) => e.id)).toEqual(['TSi.001', 'TSe.001']);
    expect(() => store.entries('missing')).toThrow(/no watchlist named "missing".*test-un/);
    store.close();
  });
});
