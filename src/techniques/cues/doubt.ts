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
];
