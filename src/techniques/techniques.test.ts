import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import type { TechniqueLabel } from '../dossier/contract.js';
import { segmentStage } from '../segment/stage.js';
import { findTechniques } from './stage.js';

function techniques(text: string, quotes: Array<[number, number]> = []) {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  doc.quotes = quotes.map(([s, e]) => ({ ...doc.span(s, e), speaker: null, speakerText: null }));
  return findTechniques(doc);
}

describe('persuasion techniques', () => {
  it.each<[TechniqueLabel, string, string]>([
    ['Loaded_Language', 'The cartel hatched a diabolical scheme to poison the river.', 'diabolical scheme'],
    ['Loaded_Language', 'They are the merchants of chaos who run the port.', 'merchants of chaos'],
    ['Loaded_Language', 'A murderous militia now controls the valley.', 'murderous militia'],
    ['Name_Calling,Labeling', 'Nobody elected these crooks to run the council.', 'these crooks'],
    ['Name_Calling,Labeling', 'The puppet regime in the capital obeys its sponsors.', 'puppet regime'],
    ['Exaggeration,Minimisation', 'The governor is sure one hundred per cent, as always.', 'sure one hundred per cent'],
    ['Exaggeration,Minimisation', 'The smugglers will stop at nothing to keep the route open.', 'will stop at nothing'],
    ['Appeal_to_fear-prejudice', 'These gangs threaten the safety and stability of the whole province.', 'threaten the safety and stability of the whole'],
    ['Flag-Waving', 'Every true patriot must stand up now.', 'Every true patriot'],
    ['Flag-Waving', 'This is an affront to our national dignity.', 'affront to our national dignity'],
    ['Appeal_to_Authority', 'All experts agree that the bridge must close.', 'All experts agree'],
    ['Bandwagon,Reductio_ad_hitlerum', 'Everybody knows the tender was rigged.', 'Everybody knows'],
    ['Black-and-White_Fallacy', 'Either we close the border, or we lose the country.', 'Either we close the border, or'],
    ['Causal_Oversimplification', 'Immigration is the sole cause of the housing shortage.', 'the sole cause'],
    ['Doubt', 'The so-called inquiry took four days.', 'so-called inquiry'],
    ['Slogans', 'Wake up, people, before the vote!', 'Wake up, people'],
    ['Thought-terminating_Cliches', 'Prices went up. It is what it is.', 'It is what it is'],
    ['Whataboutism,Straw_Men,Red_Herring', 'They criticise our prisons, but what about their own jails?', 'what about their own'],
    ['Name_Calling,Labeling', 'The rotten elites in the capital hate you.', 'rotten elites'],
    ['Name_Calling,Labeling', 'Do not trust those leeches.', 'those leeches'],
    ['Loaded_Language', 'They sold out our country for a seat at the table.', 'sold out our country'],
    ['Loaded_Language', 'The reckless, incompetent government raised taxes again.', 'reckless, incompetent government'],
    ['Flag-Waving', 'Patriots will unite against this decree.', 'Patriots will unite'],
    ['Appeal_to_fear-prejudice', 'Their plan will ruin our children and our future.', 'ruin our children'],
    ['Loaded_Language', 'They sold the land behind their backs.', 'behind their backs'],
    ['Loaded_Language', 'The council sold the park. OUTRAGEOUS! Nobody was asked.', 'OUTRAGEOUS!'],
    ['Appeal_to_fear-prejudice', 'Read this before they delete it!', 'Read this before they delete'],
    ['Repetition', 'Six weeks. That is all the residents were given. Six weeks.', 'Six weeks'],
  ])('%s in "%s"', (label, text, phrase) => {
    const found = techniques(text).filter((t) => t.label === label);
    expect(found.map((t) => t.text)).toContain(phrase);
    for (const t of found) {
      expect(t.explanation).toContain(t.text);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    'Police said two men attacked a security guard at the depot on Sunday night and escaped with 300 phones.',
    'The court sentenced the director to four years in prison for fraud; prosecutors had sought six.',
    'Shares in the shipping group rose 3 percent after it reported a 100 percent increase in quarterly profit.',
    'The terrorist organization claimed the bombing, which killed 12 people, in a statement on its website.',
    'The minister said the agreement respected national sovereignty and would be ratified in June.',
    'Experts say the virus spreads mainly through droplets, according to the health ministry.',
    'Firefighters brought the blaze under control after six hours; the cause is under investigation.',
    'The quake, the worst in the region in decades, destroyed entire villages, rescue workers said.',
    'Either the council approves the budget by March or the city will run out of cash, the finance director said.',
    'The bank sold the country\u2019s second-largest insurer to a pension fund in 2021.',
  ])('finds nothing in the neutral sentence "%s"', (text) => {
    expect(techniques(text)).toEqual([]);
  });

  it('gives quoted speech less weight than the author\u2019s own words', () => {
    const text = 'He called it "a diabolical scheme". It was a diabolical scheme.';
    const [quoted, own] = techniques(text, [[10, 35]]);
    expect(quoted.confidence).toBeLessThan(own.confidence);
    expect(quoted.explanation).toContain('quoted');
  });

  it('marks a loaded phrase used again and again as repetition', () => {
    const text = 'The puppet regime lies. The puppet regime steals. The puppet regime kills.';
    const labels = techniques(text).map((t) => t.label);
    expect(labels.filter((l) => l === 'Repetition').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps every span pointing into the text', () => {
    const text = 'The \u00AB devilish \u00BB plot of these mercenaries will stop at nothing!';
    for (const t of techniques(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
