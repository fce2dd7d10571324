import type { TechniqueCue } from '../matcher.js';

const W = 'Flag-Waving' as const;

export const FLAG_WAVING: TechniqueCue[] = [
  { pattern: 'targeting|violation|violating|attack|assault|affront|insult|encroachment on|of|against|to @possessive? national @nationValue', label: W, confidence: 0.7, reason: '"{text}": national values under attack, invoked to rally' },
  { pattern: 'our national @nationValue', label: W, confidence: 0.55, reason: '"{text}": national values invoked to rally' },
  { pattern: 'every|all|any true? patriot|patriots', label: W, confidence: 0.8, reason: '"{text}": appeals to patriotism' },
  { pattern: 'true|real patriots|patriot', label: W, confidence: 0.75, reason: '"{text}": patriotism as the test of a view' },
  { pattern: 'our @glorious @homeland', label: W, confidence: 0.8, reason: '"{text}": praise of the nation in place of argument' },
  { pattern: 'the|our motherland|fatherland', label: W, confidence: 0.6, reason: '"{text}": the nation as an object of loyalty' },
  { pattern: 'sons|daughters|children and? daughters? of the|our|this nation|homeland|motherland|fatherland|land|soil', label: W, confidence: 0.65, reason: '"{text}": appeals to national belonging' },
  { pattern: 'for the sake of our nation|homeland|country|people', label: W, confidence: 0.6, reason: '"{text}": appeals to national duty' },
  { pattern: 'the will of the people|nation', label: W, confidence: 0.55, reason: '"{text}": the people invoked as one will' },
  { pattern: 'patriots must|should|will rise|stand|unite|defend|fight', label: W, confidence: 0.7, reason: '"{text}": a call to patriots' },
  { pattern: 'defend|protect|serve|love|betray|betrayed|save|unite|honour|honor|rebuild our nation|country|homeland|motherland|fatherland|people|flag|republic', label: W, confidence: 0.55, reason: '"{text}": the nation invoked as the cause' },
  { pattern: 'national pride|honour|honor|glory|greatness|humiliation|disgrace|shame|betrayal|rebirth|revival', label: W, confidence: 0.55, reason: '"{text}": national feeling invoked in place of argument', lower: true },
  { pattern: 'the people\'s|nation\'s will', label: W, confidence: 0.55, reason: '"{text}": the people invoked as one will' },
  { pattern: 'true|real|proud|loyal|patriotic @nationals', label: W, confidence: 0.65, reason: '"{text}": national belonging made the test of a view' },
  { pattern: 'for|to the honour|honor|glory|sake|defence|defense|love|good of our|the @fatherland', label: W, confidence: 0.6, reason: '"{text}": appeals to national duty' },
  { pattern: 'our|the brave|heroic|valiant|gallant|glorious soldiers|troops|heroes|boys|army|defenders|servicemen|warriors', label: W, confidence: 0.6, reason: '"{text}": the nation\u2019s fighters praised to rally' },
  { pattern: 'blood|sacrifice|sacrifices|graves|memory of our @ancestors', label: W, confidence: 0.65, reason: '"{text}": the nation\u2019s dead invoked to rally' },
  { pattern: 'we are|we\'re @nationals', label: W, confidence: 0.55, reason: '"{text}": national belonging invoked as the argument' },
  { pattern: 'stand|fight|die|vote|sacrifice up? for your|our country|nation|homeland|motherland|fatherland|flag', label: W, confidence: 0.6, reason: '"{text}": a call to duty for the nation' },
  { pattern: 'this @glorious @homeland of ours', label: W, confidence: 0.7, reason: '"{text}": praise of the nation in place of argument' },
  { pattern: 'this|our @glorious @homeland', label: W, confidence: 0.6, reason: '"{text}": praise of the nation in place of argument' },
  { pattern: 'soldiers|heroes|fathers|grandfathers|ancestors|forefathers did|didn\'t not? die|fight|bleed|sacrifice for', label: W, confidence: 0.65, reason: '"{text}": the nation\u2019s dead invoked to rally' },
  { pattern: 'love|honour|honor|serve|defend your|our country|nation|flag|homeland', label: W, confidence: 0.55, reason: '"{text}": the nation invoked as the cause' },
  { pattern: 'we are a proud|great|free|brave|noble people|nation', label: W, confidence: 0.6, reason: '"{text}": national pride invoked as the argument' },
  { pattern: 'our flag|anthem|colours|colors will|shall|must', label: W, confidence: 0.5, reason: '"{text}": national symbols invoked to rally' },
  { pattern: 'our forefathers|ancestors|grandfathers|founders would|will|did|fought|died|built', label: W, confidence: 0.55, reason: '"{text}": the nation\u2019s dead invoked to judge the present' },
  { pattern: 'stand|fight|vote with your|our nation|country|homeland|people|flag', label: W, confidence: 0.55, reason: '"{text}": a call to side with the nation' },
];
