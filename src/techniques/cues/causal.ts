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
];
