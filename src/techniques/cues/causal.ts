import type { TechniqueCue } from '../matcher.js';

const C = 'Causal_Oversimplification' as const;

export const CAUSAL: TechniqueCue[] = [
  { pattern: 'the sole|single reason|cause', label: C, confidence: 0.6, reason: '"{text}": one cause for a complex outcome' },
  { pattern: 'solely|wholly|exclusively responsible|due|because', label: C, confidence: 0.6, reason: '"{text}": the whole blame on one cause' },
  { pattern: 'solely|entirely|wholly to blame', label: C, confidence: 0.6, reason: '"{text}": the whole blame on one cause' },
  { pattern: 'the root of all', label: C, confidence: 0.7, reason: '"{text}": one cause for every ill' },
  { pattern: 'all|everything of? this|these|our|their problems|ills|troubles? is|are because|due|caused', label: C, confidence: 0.6, reason: '"{text}": every ill traced to one cause' },
  { pattern: 'all because of', label: C, confidence: 0.6, reason: '"{text}": every ill traced to one cause' },
  { pattern: 'one reason and one reason only', label: C, confidence: 0.8, reason: '"{text}": one cause for a complex outcome' },
  { pattern: 'for one reason only', label: C, confidence: 0.7, reason: '"{text}": one cause for a complex outcome' },
  { pattern: 'there is|was|are|were no other cause|causes|explanation|reason', label: C, confidence: 0.6, reason: '"{text}": other causes ruled out by assertion' },
  { pattern: 'entirely|solely|wholly|all the fault|doing of', label: C, confidence: 0.6, reason: '"{text}": the whole blame on one party' },
  { pattern: 'the only|real|true|sole reason|cause|explanation ... is|was|are|were', label: C, confidence: 0.55, reason: '"{text}": one cause named for a complex outcome' },
  { pattern: 'simply|purely|only|just|all because|due|thanks', label: C, confidence: 0.5, reason: '"{text}": an outcome put down to one cause', notAfter: ['not'] },
  { pattern: 'to blame for everything|all|every|whatever', label: C, confidence: 0.65, reason: '"{text}": every ill laid on one culprit' },
  { pattern: 'blame|blames|blamed _ _? for everything|all', label: C, confidence: 0.6, reason: '"{text}": every ill laid on one culprit' },
  { pattern: 'blame|blames everything|all on', label: C, confidence: 0.6, reason: '"{text}": every ill laid on one culprit' },
  { pattern: 'and|so that|this|that\'s is? why', label: C, confidence: 0.45, reason: '"{text}": a consequence drawn from one cause' },
  { pattern: 'one reason|cause|culprit and one reason|cause|culprit only', label: C, confidence: 0.8, reason: '"{text}": one cause for a complex outcome' },
  { pattern: 'every|all ... problem|problems|ill|ills|failure|failures|trouble|troubles ... comes|come|boils|boil|stems|stem down|from', label: C, confidence: 0.55, reason: '"{text}": every ill traced to one cause' },
  { pattern: 'if it weren\'t|wasn\'t|were|was not? for ... there would|will be no|never', label: C, confidence: 0.6, reason: '"{text}": one cause made the condition of a whole outcome' },
  { pattern: 'caused|triggered|brought the|about? collapse|ruin|downfall|destruction of the entire|whole', label: C, confidence: 0.5, reason: '"{text}": a whole collapse put down to one act' },
  { pattern: 'because|thanks of? to? one man|woman|person|thing|party|group|decision', label: C, confidence: 0.55, reason: '"{text}": an outcome put down to one actor' },
  { pattern: 'due to one man|woman|person|thing|party|group|decision', label: C, confidence: 0.55, reason: '"{text}": an outcome put down to one actor' },
  { pattern: 'is|are|was|were the reason|cause our|your|we|why', label: C, confidence: 0.45, reason: '"{text}": one thing named as the cause' },
  { pattern: 'all|every our? troubles|problems|ills began|started|came with|when|from', label: C, confidence: 0.55, reason: '"{text}": every ill dated to one cause' },
  { pattern: 'because of|thanks to|blame the? greedy|lazy|corrupt|foreign|selfish|reckless _l', label: C, confidence: 0.5, reason: '"{text}": one villain named as the cause' },
  { pattern: 'the moment|minute|day _ _? took office|power|over|arrived|signed|came', label: C, confidence: 0.45, reason: '"{text}": one event dated as the cause of what followed' },
  { pattern: 'it all started|began with|when', label: C, confidence: 0.5, reason: '"{text}": every ill dated to one cause' },
];
