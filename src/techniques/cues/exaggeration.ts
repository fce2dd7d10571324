import type { TechniqueCue } from '../matcher.js';

const E = 'Exaggeration,Minimisation' as const;
const FIGURE = ['a', 'an', 'by', 'rose', 'risen', 'grew', 'increased', 'fell', 'dropped', 'up', 'down', 'about', 'nearly', 'almost', 'than', 'of'];

export const EXAGGERATION: TechniqueCue[] = [
  { pattern: 'original|genuine|authentic|true|sure|certain|correct|right? one? hundred percent|per-cent !of !@figureNoun', label: E, confidence: 0.75, reason: '"{text}": certainty stated as a percentage', notAfter: FIGURE },
  { pattern: 'original|genuine|authentic|true|sure|certain|correct|right? one? hundred per cent !of !@figureNoun', label: E, confidence: 0.75, reason: '"{text}": certainty stated as a percentage', notAfter: FIGURE },
  { pattern: '100 %|percent !of !@figureNoun', label: E, confidence: 0.55, reason: '"{text}": certainty stated as a percentage', notAfter: FIGURE },
  { pattern: 'beyond any|all doubt', label: E, confidence: 0.75, reason: '"{text}": certainty beyond question' },
  { pattern: 'beyond a shadow of a? doubt', label: E, confidence: 0.75, reason: '"{text}": certainty beyond question' },
  { pattern: 'without any|the? slightest? doubt', label: E, confidence: 0.6, reason: '"{text}": certainty beyond question' },
  { pattern: 'will|would stop at nothing', label: E, confidence: 0.8, reason: '"{text}": limitless intent ascribed to an opponent' },
  { pattern: '@absolute @verdict', label: E, confidence: 0.55, reason: '"{text}": an absolute intensifier inflates a verdict' },
  { pattern: '@undeniable @proof', label: E, confidence: 0.7, reason: '"{text}": proof declared beyond question', notAfter: ['no', 'not', 'any', 'without', 'lack', 'lacked', 'lacking', 'find', 'found'] },
  { pattern: 'hard and definitive|conclusive evidence|proof', label: E, confidence: 0.7, reason: '"{text}": proof declared beyond question' },
  { pattern: 'worst|greatest|biggest _l? imaginable', label: E, confidence: 0.6, reason: '"{text}": a superlative beyond any measure' },
  { pattern: 'in the history of mankind|humanity', label: E, confidence: 0.6, reason: '"{text}": a superlative beyond any measure' },
  { pattern: 'a thousand|million times', label: E, confidence: 0.55, reason: '"{text}": a hyperbolic multiple', notAfter: ['than'] },
  { pattern: 'nothing more than|but a mere|just a mere', label: E, confidence: 0.5, reason: '"{text}": minimises what it describes' },
  { pattern: 'world\'s|industry\'s|nation\'s|country\'s most @promoMost', label: E, confidence: 0.65, reason: '"{text}": an unverifiable superlative' },
  { pattern: 'will|would|could transform|transforms|revolutionize|revolutionise|change ... forever', label: E, confidence: 0.55, reason: '"{text}": a sweeping promise' },
  { pattern: 'nothing less|short than|of', label: E, confidence: 0.55, reason: '"{text}": inflates what follows' },
  { pattern: 'every single _l', label: E, confidence: 0.5, reason: '"{text}": an absolute that admits no exception' },
  { pattern: 'for the price of a|an _ _?', label: E, confidence: 0.45, reason: '"{text}": a comparison that belittles the sum' },
  { pattern: 'will|would never stop|rest until', label: E, confidence: 0.6, reason: '"{text}": limitless intent ascribed' },
  { pattern: 'every last _l', label: E, confidence: 0.55, reason: '"{text}": an absolute that admits no exception' },
  { pattern: 'never in the history of', label: E, confidence: 0.5, reason: '"{text}": a superlative beyond any measure' },
];
