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

describe('slot templates over word classes', () => {
  it.each<[TechniqueLabel, string, string]>([
    ['Appeal_to_Authority', 'The bishop himself has blessed this campaign.', 'bishop himself has blessed'],
    ['Appeal_to_Authority', 'Economists at the central bank guarantee the peg will hold.', 'Economists at the central bank guarantee'],
    ['Appeal_to_Authority', 'The admiral has decided, and who are we to question him?', 'who are we to question'],
    ['Bandwagon,Reductio_ad_hitlerum', 'Everybody on our street is switching to solar.', 'Everybody on our street is switching'],
    ['Bandwagon,Reductio_ad_hitlerum', 'Anyone with half a brain can see the plan fails.', 'with half a brain'],
    ['Bandwagon,Reductio_ad_hitlerum', 'Mussolini would have applauded this decree.', 'Mussolini would have applauded'],
    ['Bandwagon,Reductio_ad_hitlerum', 'Only tyrants would propose a curfew like this.', 'Only tyrants would propose'],
    ['Black-and-White_Fallacy', 'Sign the pact or face certain ruin.', 'or face certain ruin'],
    ['Black-and-White_Fallacy', 'It comes down to prosperity or poverty.', 'prosperity or poverty'],
    ['Black-and-White_Fallacy', 'If you are not for the strike, you are against your colleagues.', 'If you are not for the strike, you are against'],
    ['Causal_Oversimplification', 'Our towns are dying because of globalists, nothing more.', 'because of globalists'],
    ['Causal_Oversimplification', 'All our woes started with the new currency.', 'All our woes started'],
    ['Doubt', 'Where are the documents, minister?', 'Where are the documents'],
    ['Doubt', "Why won't the board publish the audit?", "Why won't the board publish"],
    ['Appeal_to_fear-prejudice', 'Your grandchildren could be the next targets.', 'Your grandchildren could be the next targets'],
    ['Appeal_to_fear-prejudice', 'If we sign this treaty, our farms will be swamped.', 'If we sign this treaty, our farms will be swamped'],
    ['Appeal_to_fear-prejudice', 'They spread filth and disease wherever they camp.', 'spread filth and disease wherever'],
    ['Flag-Waving', 'As Norwegians, we cannot accept this.', 'As Norwegians, we'],
    ['Flag-Waving', 'Serving the motherland is an honour.', 'Serving the motherland'],
    ['Flag-Waving', 'Our nation will never kneel.', 'Our nation will never kneel'],
    ['Loaded_Language', 'The festering ideology of the movement spread.', 'festering ideology'],
    ['Loaded_Language', 'The council steamrolled the plan through in an hour.', 'steamrolled the plan through'],
    ['Loaded_Language', 'Their campaign unleashed a torrent of hate.', 'unleashed a torrent of hate'],
    ['Name_Calling,Labeling', 'The loony left brigade marched again.', 'loony left brigade'],
    ['Name_Calling,Labeling', 'The tame press printed the statement whole.', 'tame press'],
    ['Name_Calling,Labeling', 'Shifty Governor Lamb signed it anyway.', 'Shifty Governor Lamb'],
    ['Exaggeration,Minimisation', 'It was the greatest swindle of the decade.', 'the greatest swindle'],
    ['Exaggeration,Minimisation', 'Thousands upon thousands marched.', 'Thousands upon thousands'],
    ['Exaggeration,Minimisation', 'The fee is only a few cents a day.', 'only a few cents'],
    ['Exaggeration,Minimisation', 'It was merely a brief squabble.', 'merely a brief squabble'],
    ['Whataboutism,Straw_Men,Red_Herring', 'Before preaching to us, they should look at their own courts.', 'look at their own courts'],
    ['Whataboutism,Straw_Men,Red_Herring', "So you'd rather we just hand over the keys?", "you'd rather we just"],
    ['Thought-terminating_Cliches', 'We disagree, and that is that.', 'that is that'],
  ])('%s in "%s"', (label, text, phrase) => {
    const found = techniques(text).filter((t) => t.label === label);
    expect(found.some((t) => t.text.includes(phrase) || phrase.includes(t.text))).toBe(true);
  });

  it.each([
    'Doctors confirmed that the patient had died of his injuries.',
    'Everyone on the ferry was rescued, the coastguard said.',
    'The storm brought chaos to roads across the north.',
    'Mosquitoes carry disease to humans in warm months.',
    'Toxic waste was found near the river.',
    'The infected system was taken offline by the bank.',
    'Why the bridge failed is still not known.',
    'The judge said the case turned on the evidence.',
    'A far-right group held a rally on Saturday.',
    'Either party may cancel the lease with notice.',
    'The flood was the worst in the history of the valley.',
    'The painting was the most expensive ever sold at auction.',
    'Prices rose because of higher energy costs.',
    'Police have yet to explain why the road was closed.',
    'She left for Shady Grove, then for Sleepy Hollow.',
    'If you travel abroad, your bank may charge a fee.',
    'The company said it would defend the patent in court.',
    'Veterans were honoured for their service to the nation.',
  ])('finds nothing in the neutral sentence "%s"', (text) => {
    expect(techniques(text)).toEqual([]);
  });
});

describe('rhetorical turns', () => {
  it.each<[TechniqueLabel, string, string]>([
    ['Loaded_Language', 'The decision was thoroughly despicable.', 'thoroughly despicable'],
    ['Loaded_Language', 'They assume voters are too naive to notice.', 'too naive to notice'],
    ['Loaded_Language', 'That ideology is a cancer on our democracy.', 'a cancer on our democracy'],
    ['Appeal_to_fear-prejudice', 'Now the migrants swarm into the valley.', 'migrants swarm'],
    ['Name_Calling,Labeling', 'The scaremongers were wrong again.', 'scaremongers'],
    ['Name_Calling,Labeling', 'The tycoon and his minions own the port.', 'his minions'],
    ['Exaggeration,Minimisation', 'The bill reached gargantuan sums.', 'gargantuan sums'],
    ['Exaggeration,Minimisation', 'It was a few bad apples, the chief said.', 'a few bad apples'],
    ['Black-and-White_Fallacy', 'Only we can restore order.', 'Only we can restore'],
    ['Bandwagon,Reductio_ad_hitlerum', 'As we all know, the mill paid for the school.', 'As we all know'],
    ['Appeal_to_Authority', 'As the constitution intended, the regions decide.', 'As the constitution intended'],
    ['Doubt', 'The fund is independent, or so they claim.', 'or so they claim'],
    ['Whataboutism,Straw_Men,Red_Herring', 'They were silent when their own mayor did it.', 'were silent when'],
    ['Appeal_to_fear-prejudice', 'The registry is the first step towards tyranny.', 'first step towards tyranny'],
    ['Thought-terminating_Cliches', 'Sailors will be sailors, the captain shrugged.', 'Sailors will be sailors'],
    ['Loaded_Language', 'How dare they raise our rents again!', 'How dare they'],
    ['Doubt', 'Who gave the council the right to close our library?', 'Who gave the council the right'],
    ['Doubt', 'What kind of mayor abandons his own town?', 'What kind of mayor abandons'],
    ['Appeal_to_fear-prejudice', 'How many more cyclists must die on this road?', 'How many more cyclists must die'],
    ['Thought-terminating_Cliches', "What's done is done.", "What's done is done"],
  ])('%s in "%s"', (label, text, phrase) => {
    const found = techniques(text).filter((t) => t.label === label);
    expect(found.map((t) => t.text)).toContain(phrase);
  });

  it.each([
    'The company called the offer completely inadequate.',
    'Crickets swarm in late summer.',
    'The weather column ran on Sunday.',
    'Countless tests were run on the samples.',
    'The accused and his accomplices were arrested in May.',
    'Only surgeons can perform the procedure.',
    'We all gathered at the station at noon.',
    'The first step towards the summit is the hardest.',
    'The winners will be announced on Friday.',
    'How many more tickets will be sold is unclear.',
    'What kind of engine the plane used was not disclosed.',
  ])('finds nothing in the neutral sentence "%s"', (text) => {
    expect(techniques(text)).toEqual([]);
  });
});

describe('condemning verbs and scorn adjectives', () => {
  it.each<[string, string]>([
    ['The columnist keeps parroting the ministry line.', 'parroting'],
    ['They concocted the figures overnight.', 'concocted'],
    ['The plan is frankly laughable.', 'laughable'],
  ])('"%s"', (text, phrase) => {
    expect(techniques(text).filter((t) => t.label === 'Loaded_Language').map((t) => t.text)).toContain(phrase);
  });

  it.each(['Observers said the vote was rigged in two districts.', 'The hound found the missing hiker.', 'Sheep are sheared for their fleece in spring.'])('nothing in "%s"', (text) => {
    expect(techniques(text)).toEqual([]);
  });
});
