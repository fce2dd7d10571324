import type { TechniqueCue } from '../matcher.js';

const D = 'Doubt' as const;

export const DOUBT: TechniqueCue[] = [
  { pattern: 'so-called _l', label: D, confidence: 0.6, reason: '"{text}": "so-called" questions the standing of what follows' },
  { pattern: 'self-styled|self-proclaimed _', label: D, confidence: 0.6, reason: '"{text}": casts doubt on a claimed role' },
  { pattern: 'many|serious|troubling|nagging|unanswered? questions remain', label: D, confidence: 0.5, reason: '"{text}": suggests something is hidden without saying what' },
  { pattern: 'what are|is they|he|she|it hiding', label: D, confidence: 0.75, reason: '"{text}": insinuates concealment', question: true },
  { pattern: 'can|should we really trust|believe', label: D, confidence: 0.7, reason: '"{text}": undermines credibility by insinuation', question: true },
  { pattern: 'supposed|alleged experts|evidence|independence|neutrality', label: D, confidence: 0.55, reason: '"{text}": questions the standing of a source' },
  { pattern: 'is it really|is this really|is that really', label: D, confidence: 0.55, reason: '"{text}": a rhetorical question that sows doubt', question: true },
  { pattern: 'ask|asking yourself|yourselves why|who|what|how|whether', label: D, confidence: 0.65, reason: '"{text}": insinuates without stating' },
  { pattern: 'funny|strange|curious|odd how', label: D, confidence: 0.55, reason: '"{text}": insinuates without stating' },
  { pattern: 'isn\'t it strange|funny|curious|odd', label: D, confidence: 0.55, reason: '"{text}": insinuates without stating', question: true },
  { pattern: 'does|do|can|would anyone|anybody seriously|really|honestly believe|think|expect', label: D, confidence: 0.7, reason: '"{text}": a rhetorical question that dismisses a claim', question: true },
  { pattern: 'one|you has|have|must to? wonder', label: D, confidence: 0.6, reason: '"{text}": insinuates without stating' },
  { pattern: 'one|you has|have|must to? ask why|whether|who|how', label: D, confidence: 0.6, reason: '"{text}": insinuates without stating' },
  { pattern: 'makes|make|leaves|leave you|one wonder|wondering', label: D, confidence: 0.6, reason: '"{text}": insinuates without stating' },
  { pattern: 'allegedly|supposedly|ostensibly|purportedly|nominally independent|neutral|impartial|free|democratic|objective|fair|expert|non-partisan|unbiased|spontaneous', label: D, confidence: 0.6, reason: '"{text}": questions the standing it names' },
  { pattern: 'why should|would we|anyone|you|i believe|trust', label: D, confidence: 0.65, reason: '"{text}": undermines credibility by insinuation', question: true },
  { pattern: 'who really|actually|truly? benefits|profits|gains|pays', label: D, confidence: 0.55, reason: '"{text}": insinuates a hidden beneficiary', question: true },
  { pattern: 'do|does not add up', label: D, confidence: 0.55, reason: '"{text}": casts doubt without showing the error' },
  { pattern: 'don\'t|doesn\'t add up', label: D, confidence: 0.55, reason: '"{text}": casts doubt without showing the error' },
  { pattern: 'can|could anyone|anybody|you|we really? trust|believe|be', label: D, confidence: 0.6, reason: '"{text}": undermines credibility by insinuation', question: true },
  { pattern: 'it\'s|it is? hard|difficult to believe|imagine that?', label: D, confidence: 0.5, reason: '"{text}": disbelief in place of evidence' },
  { pattern: 'hard|difficult to believe that', label: D, confidence: 0.5, reason: '"{text}": disbelief in place of evidence' },
  { pattern: 'more than a|one coincidence|coincidental', label: D, confidence: 0.5, reason: '"{text}": insinuates design behind events' },
  { pattern: 'what is|are they|he|she not telling', label: D, confidence: 0.65, reason: '"{text}": insinuates concealment' },
  { pattern: 'supposed|purported victims|experts|journalists|scientists|witnesses|refugees|attack|threat|evidence|crisis', label: D, confidence: 0.55, reason: '"{text}": questions the standing of what it names' },
  { pattern: 'who exactly|really paid|funded|financed|wrote|ordered|benefits', label: D, confidence: 0.55, reason: '"{text}": insinuates a hidden hand', question: true },
  { pattern: 'is|was|are|were it|this|that|they|he|she really', label: D, confidence: 0.55, reason: '"{text}": a rhetorical question that sows doubt', question: true },
  { pattern: 'how can|could we|you|anyone trust|believe', label: D, confidence: 0.6, reason: '"{text}": undermines credibility by insinuation', question: true },
];
