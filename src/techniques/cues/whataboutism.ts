import type { TechniqueCue } from '../matcher.js';

const W = 'Whataboutism,Straw_Men,Red_Herring' as const;

export const WHATABOUTISM: TechniqueCue[] = [
  { pattern: 'what about _ _?', label: W, confidence: 0.65, reason: '"{text}": answers a charge by pointing elsewhere', question: true },
  { pattern: 'why|how come? nobody|no-one|anyone|they talk|talks|mention|mentions|ask|asks|speak|speaks|talking|mentioning about?', label: W, confidence: 0.55, reason: '"{text}": turns attention to something else', question: true },
  { pattern: 'look who|who\'s is? talking', label: W, confidence: 0.7, reason: '"{text}": attacks the accuser instead of the charge' },
  { pattern: 'yet they say|said nothing about', label: W, confidence: 0.65, reason: '"{text}": answers a charge by pointing elsewhere' },
  { pattern: 'so you\'re|you are? saying', label: W, confidence: 0.55, reason: '"{text}": restates the other side in a weaker form', question: true },
  { pattern: 'why does|do|did|doesn\'t|don\'t|didn\'t ... never|not say|mention|talk|speak|ask|care', label: W, confidence: 0.55, reason: '"{text}": turns the charge toward something else', question: true },
  { pattern: 'where were they|you|he|she|these|those _? when', label: W, confidence: 0.65, reason: '"{text}": answers a charge by attacking the accuser\u2019s past' },
  { pattern: 'nobody|no-one talks|mentions|asks|speaks|reports|complains', label: W, confidence: 0.55, reason: '"{text}": turns attention to something else' },
  { pattern: 'no one talks|mentions|asks|speaks|reports|complains', label: W, confidence: 0.55, reason: '"{text}": turns attention to something else' },
  { pattern: 'why is|are|isn\'t|aren\'t no? one|nobody|no-one|anyone asking|talking|reporting|mentioning|investigating|covering', label: W, confidence: 0.6, reason: '"{text}": turns attention to something else', question: true },
  { pattern: '@opponents|he|she|who|elites|media want|wants you|us to believe|think', label: W, confidence: 0.6, reason: '"{text}": the other side\u2019s position restated to be knocked down' },
  { pattern: 'would have you|us believe|think', label: W, confidence: 0.65, reason: '"{text}": the other side\u2019s position restated to be knocked down' },
  { pattern: '@opponents want|wants|would to? @extreme', label: W, confidence: 0.55, reason: '"{text}": an extreme aim ascribed to the other side' },
  { pattern: 'never|conveniently|rarely mention|mentions|mentioned|forget|forgets|forgot|ignore|ignores their|his|her own', label: W, confidence: 0.55, reason: '"{text}": points at what the accuser leaves out' },
  { pattern: 'look|clean|sweep at|up? their|your|his|her own record|house|backyard|doorstep|history|crimes|past', label: W, confidence: 0.6, reason: '"{text}": answers a charge by pointing back at the accuser' },
  { pattern: 'what of _ _?', label: W, confidence: 0.6, reason: '"{text}": answers a charge by pointing elsewhere', question: true },
  { pattern: 'back to living in caves|tents|huts', label: W, confidence: 0.5, reason: '"{text}": the other side\u2019s aim caricatured' },
  { pattern: 'back to the stone|dark age|ages', label: W, confidence: 0.5, reason: '"{text}": the other side\u2019s aim caricatured' },
  { pattern: 'so according to them|you|critics|@opponents', label: W, confidence: 0.55, reason: '"{text}": the other side\u2019s view restated to be knocked down' },
  { pattern: 'where was|were the|your|their outrage|concern|media|press|protests|critics|anger|fact-checkers', label: W, confidence: 0.65, reason: '"{text}": answers a charge by pointing at the accuser\u2019s silence' },
  { pattern: 'my opponent|opponents|rival|rivals thinks|think|wants|want|believes|believe|would', label: W, confidence: 0.55, reason: '"{text}": the opponent\u2019s view restated to be knocked down' },
  { pattern: 'let\'s|let us? talk about ... instead', label: W, confidence: 0.55, reason: '"{text}": turns attention elsewhere' },
  { pattern: 'instead of attacking|blaming|criticising|criticizing|lecturing us|others|the', label: W, confidence: 0.55, reason: '"{text}": turns the charge back on the accuser' },
  { pattern: 'why don\'t|doesn\'t|didn\'t they|you|he|she|the|critics _? talk|mention|ask|say|speak|care|report|complain', label: W, confidence: 0.55, reason: '"{text}": turns attention to something else', question: true },
  { pattern: 'these|those @opponents|people think|believe|claim|pretend', label: W, confidence: 0.5, reason: '"{text}": the other side\u2019s view restated to be knocked down' },
  { pattern: 'look at what they|he|she|you did|have|has|had', label: W, confidence: 0.5, reason: '"{text}": turns the charge back on the accuser' },
  { pattern: 'apparently|so now we|we\'re are? supposed|expected to', label: W, confidence: 0.5, reason: '"{text}": the other side\u2019s view restated to be knocked down' },
];
