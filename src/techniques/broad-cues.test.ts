import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import type { TechniqueLabel } from '../dossier/contract.js';
import { segmentStage } from '../segment/stage.js';
import { findTechniques } from './stage.js';

function techniques(text: string) {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  return findTechniques(doc);
}

describe('broad cue families', () => {
  it.each<[TechniqueLabel, string, string]>([
    ['Name_Calling,Labeling', 'The festival was cancelled by a handful of Bible-botherers on the council.', 'Bible-botherers'],
    ['Name_Calling,Labeling', 'The freeloaders in the trade ministry took another holiday.', 'freeloaders'],
    ['Name_Calling,Labeling', 'Her deputy, a gutless opportunist, resigned by text message.', 'a gutless opportunist'],
    ['Name_Calling,Labeling', 'The lapdogs of the oil lobby wrote this report.', 'lapdogs of the oil'],
    ['Appeal_to_fear-prejudice', 'Sign this and your savings could be next.', 'your savings could be next'],
    ['Appeal_to_fear-prejudice', 'Without the wall the province will slide into anarchy.', 'slide into anarchy'],
    ['Bandwagon,Reductio_ad_hitlerum', 'Every right-thinking parent knows the curriculum is rotten.', 'Every right-thinking parent'],
    ['Bandwagon,Reductio_ad_hitlerum', 'The raid on the newsroom was straight out of the Gestapo handbook.', 'straight out of the Gestapo'],
    ['Loaded_Language', 'The deal was a land-grab dressed up as investment.', 'land-grab'],
    ['Loaded_Language', 'The inquiry was an utter farce.', 'utter farce'],
    ['Whataboutism,Straw_Men,Red_Herring', 'The greens want to ban every car in the city.', 'greens want to ban'],
    ['Whataboutism,Straw_Men,Red_Herring', 'Before judging us they should sweep their own doorstep.', 'sweep their own doorstep'],
    ['Thought-terminating_Cliches', 'The contract was signed, and a deal is a deal.', 'a deal is a deal'],
    ['Thought-terminating_Cliches', 'We will not apologise. Full stop.', 'Full stop'],
    ['Slogans', 'The marchers chanted: Homes, not hotels!', 'Homes, not hotels!'],
    ['Slogans', 'Teachers first!', 'Teachers first!'],
    ['Slogans', 'One banner said simply: Defend the coast!', 'Defend the coast!'],
    ['Causal_Oversimplification', 'Every one of our troubles stems from the euro.', 'Every one of our troubles stems from'],
    ['Doubt', 'The ostensibly impartial jury included two party donors.', 'ostensibly impartial'],
    ['Doubt', 'It makes you wonder who wrote the memo.', 'makes you wonder'],
    ['Exaggeration,Minimisation', 'It was the best harvest of all time.', 'best harvest of all time'],
    ['Exaggeration,Minimisation', 'The spill touched only a negligible stretch of beach.', 'only a negligible'],
    ['Appeal_to_Authority', 'As any historian can tell you, the border was never fixed.', 'As any historian can tell'],
    ['Appeal_to_Authority', 'Reputable economists back the new currency.', 'Reputable economists'],
    ['Flag-Waving', 'We owe it to the memory of our forefathers.', 'memory of our forefathers'],
    ['Flag-Waving', 'Loyal Hungarians will reject this treaty.', 'Loyal Hungarians'],
    ['Slogans', 'The square echoed: Our land, our water!', 'Our land, our water!'],
    ['Loaded_Language', 'The board pocketed the refund meant for tenants.', 'pocketed'],
    ['Doubt', 'Suspiciously, the server logs were wiped that night.', 'Suspiciously'],
    ['Thought-terminating_Cliches', 'The route of the motorway is not up for discussion.', 'not up for discussion'],
    ['Causal_Oversimplification', 'It all began with the privatisation of the water board.', 'It all began with'],
  ])('%s in "%s"', (label, text, phrase) => {
    const found = techniques(text).filter((t) => t.label === label);
    expect(found.map((t) => t.text)).toContain(phrase);
  });

  it.each([
    'The manager was charged with criminal negligence after the collapse.',
    'Thousands of people have fled the flooded districts.',
    'The village lies just a few kilometres from the border.',
    'The museum holds paintings from the Nazi era.',
    'Analysts say the central bank is likely to hold rates.',
    'Troops will destroy all remaining stockpiles by June.',
    'The company is a world leader in cement and employs 4,000 people.',
    'Civil servants of the state were told to return to work.',
    'The period of consultation ends on Friday.',
    'What is needed is more money for schools.',
    'Everyone in the village is safe, the governor said.',
    'He said he had been a music-lover since childhood.',
    'The war against the rebels entered its third year.',
    'A car bomber rammed a police checkpoint in the north.',
    'The charity received a bunch of flowers from the mayor.',
  ])('finds nothing in the neutral "%s"', (text) => {
    expect(techniques(text)).toEqual([]);
  });
});
