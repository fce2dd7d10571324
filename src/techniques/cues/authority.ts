import type { TechniqueCue } from '../matcher.js';

const A = 'Appeal_to_Authority' as const;

export const AUTHORITY: TechniqueCue[] = [
  { pattern: '@experts have? @confirm', label: A, confidence: 0.6, reason: '"{text}": unnamed experts cited as settling the question' },
  { pattern: 'all|most|many @experts agree|say|confirm|believe', label: A, confidence: 0.65, reason: '"{text}": a consensus of unnamed experts stands in for evidence' },
  { pattern: '@prestige @experts|@expertsSingular', label: A, confidence: 0.45, reason: '"{text}": prestige vouches for an unnamed authority' },
  { pattern: 'science|history has? proven|proved|shows|shown', label: A, confidence: 0.55, reason: '"{text}": an appeal to the authority of science or history' },
  { pattern: 'doctors|dentists|scientists recommend', label: A, confidence: 0.6, reason: '"{text}": an appeal to professional authority' },
  { pattern: 'whose judgement|judgment|expertise|authority|word|integrity no serious|sensible|reasonable|honest person|one can|could question|doubt|dispute', label: A, confidence: 0.7, reason: '"{text}": an authority declared beyond question' },
  { pattern: 'leading|top|renowned|eminent|prominent _l ... agree|agrees|recommend|recommends|endorse|endorses|trust', label: A, confidence: 0.55, reason: '"{text}": the standing of unnamed authorities stands in for evidence' },
];
