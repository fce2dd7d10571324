import type { TechniqueCue } from '../matcher.js';

const W = 'Whataboutism,Straw_Men,Red_Herring' as const;

export const WHATABOUTISM: TechniqueCue[] = [
  { pattern: 'what about _ _?', label: W, confidence: 0.65, reason: '"{text}": answers a charge by pointing elsewhere', question: true },
  { pattern: 'why|how come? nobody|no-one|anyone|they talk|talks|mention|mentions|ask|asks|speak|speaks|talking|mentioning about?', label: W, confidence: 0.55, reason: '"{text}": turns attention to something else', question: true },
  { pattern: 'look who|who\'s is? talking', label: W, confidence: 0.7, reason: '"{text}": attacks the accuser instead of the charge' },
  { pattern: 'yet they say|said nothing about', label: W, confidence: 0.65, reason: '"{text}": answers a charge by pointing elsewhere' },
  { pattern: 'so you\'re|you are saying', label: W, confidence: 0.55, reason: '"{text}": restates the other side in a weaker form', question: true },
  { pattern: 'why does|do|did|doesn\'t|don\'t|didn\'t ... never|not say|mention|talk|speak|ask|care', label: W, confidence: 0.55, reason: '"{text}": turns the charge toward something else', question: true },
];
