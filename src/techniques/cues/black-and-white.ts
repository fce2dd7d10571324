import type { TechniqueCue } from '../matcher.js';

const K = 'Black-and-White_Fallacy' as const;

export const BLACK_AND_WHITE: TechniqueCue[] = [
  { pattern: 'either you|we|they ... or', label: K, confidence: 0.6, reason: '"{text}": only two options offered' },
  { pattern: 'with us or against us', label: K, confidence: 0.85, reason: '"{text}": only two sides allowed' },
  { pattern: 'there is|are only two options|choices|ways|sides|paths', label: K, confidence: 0.7, reason: '"{text}": only two options offered' },
  { pattern: 'there is no other|third option|choice|way|alternative|path', label: K, confidence: 0.65, reason: '"{text}": alternatives denied' },
  { pattern: 'no middle ground|way', label: K, confidence: 0.6, reason: '"{text}": alternatives denied' },
  { pattern: 'you|you\'re are? either', label: K, confidence: 0.6, reason: '"{text}": the reader forced to pick a side' },
];
