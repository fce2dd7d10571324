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
  { pattern: 'studies|research|science show|shows|prove|proves|proved', label: A, confidence: 0.5, reason: '"{text}": unnamed studies cited as settling the question' },
  { pattern: 'studies|research|science have|has shown|proven|proved|established', label: A, confidence: 0.5, reason: '"{text}": unnamed studies cited as settling the question' },
  { pattern: '@expertsAny agree|agrees|concur|unanimously', label: A, confidence: 0.5, reason: '"{text}": unnamed experts cited as settling the question' },
  { pattern: 'as any|every @expertOne|@expertsAny will|would|can|could tell|knows|know|agrees|agree|confirm', label: A, confidence: 0.65, reason: '"{text}": an imagined expert vouches for the claim' },
  { pattern: '@esteemed @expertsAny|@expertOne', label: A, confidence: 0.5, reason: '"{text}": standing vouches for an unnamed authority' },
  { pattern: 'any|every serious|respected|competent|reputable|honest|qualified @expertOne', label: A, confidence: 0.65, reason: '"{text}": an imagined expert vouches for the claim' },
  { pattern: 'the best|brightest|finest|greatest minds', label: A, confidence: 0.6, reason: '"{text}": unnamed authorities vouch for the claim' },
  { pattern: 'even the pope|vatican|bible|experts|scientists|founders|church|un|president|doctors', label: A, confidence: 0.5, reason: '"{text}": a prestige figure enlisted on one side' },
  { pattern: 'as the|a|my @expertOne said|says|put|puts|explained|explains|noted|notes|told', label: A, confidence: 0.5, reason: '"{text}": an unnamed expert quoted as settling the question' },
  { pattern: 'every|any expert|scientist|economist|historian|doctor|lawyer i|we|you spoke|talked|asked|know|ask', label: A, confidence: 0.55, reason: '"{text}": unnamed experts vouch for the claim' },
  { pattern: 'nobel laureates|prize-winners', label: A, confidence: 0.5, reason: '"{text}": prestige in another field vouches for the claim' },
  { pattern: 'science|history|experience tells|teaches|shows us', label: A, confidence: 0.55, reason: '"{text}": an appeal to the authority of science or history' },
  { pattern: 'the science is settled|clear', label: A, confidence: 0.55, reason: '"{text}": science invoked to close the question' },
  { pattern: 'a|an harvard|oxford|cambridge|stanford|yale|mit|sorbonne professor|scientist|expert|study|economist|doctor|researcher', label: A, confidence: 0.5, reason: '"{text}": a prestige institution vouches for the claim' },
  { pattern: '@expertsAny have|has long known|said|warned|argued|held', label: A, confidence: 0.5, reason: '"{text}": unnamed experts cited as settling the question' },
];
