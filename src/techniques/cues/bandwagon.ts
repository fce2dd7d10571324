import type { TechniqueCue } from '../matcher.js';

const B = 'Bandwagon,Reductio_ad_hitlerum' as const;

export const BANDWAGON: TechniqueCue[] = [
  { pattern: 'everyone|everybody knows|agrees|understands|sees', label: B, confidence: 0.75, reason: '"{text}": what everybody thinks offered as proof' },
  { pattern: 'as everyone|everybody can see|knows', label: B, confidence: 0.75, reason: '"{text}": what everybody thinks offered as proof' },
  { pattern: 'the whole world knows|agrees|sees|has', label: B, confidence: 0.65, reason: '"{text}": world opinion offered as proof' },
  { pattern: 'millions of people|americans|citizens can\'t|cannot be wrong', label: B, confidence: 0.8, reason: '"{text}": numbers offered as proof' },
  { pattern: 'join the millions|majority', label: B, confidence: 0.65, reason: '"{text}": an invitation to follow the crowd' },
  { pattern: 'all right-thinking|sensible|reasonable|decent people', label: B, confidence: 0.7, reason: '"{text}": dissent cast as unreasonable' },
  { pattern: 'nobody|no-one believes|denies', label: B, confidence: 0.55, reason: '"{text}": a claimed consensus offered as proof' },
  { pattern: 'like|than hitler|stalin|mussolini|nazis', label: B, confidence: 0.75, reason: '"{text}": likened to a reviled figure' },
  { pattern: 'nazi-style|nazi-like|gestapo tactics|methods|state', label: B, confidence: 0.75, reason: '"{text}": likened to the Nazis' },
  { pattern: 'everyone|everybody is|are talking', label: B, confidence: 0.7, reason: '"{text}": what everybody does offered as proof' },
  { pattern: 'everyone|everybody in _ _? knows|agrees|sees', label: B, confidence: 0.7, reason: '"{text}": what everybody thinks offered as proof' },
  { pattern: 'thousands|millions|hundreds have|are already', label: B, confidence: 0.6, reason: '"{text}": numbers who already joined offered as a reason' },
  { pattern: 'already trust|use|rely|chose|choose|joined|signed|switched', label: B, confidence: 0.45, reason: '"{text}": others already on board offered as a reason' },
  { pattern: 'the tide is|has turning|turned', label: B, confidence: 0.5, reason: '"{text}": momentum offered as proof' },
  { pattern: 'no serious|sensible|reasonable|honest|thinking person|one can|could|would question|doubt|deny|dispute', label: B, confidence: 0.6, reason: '"{text}": dissent cast as unreasonable' },
  { pattern: 'millions|thousands of our|ordinary? citizens|people|voters|readers|compatriots|countrymen have|are', label: B, confidence: 0.55, reason: '"{text}": numbers offered as proof' },
  { pattern: 'everyone|everybody can see|sees', label: B, confidence: 0.65, reason: '"{text}": what everybody sees offered as proof' },
];
