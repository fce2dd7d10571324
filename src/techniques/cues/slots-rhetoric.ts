import type { TechniqueCue } from '../matcher.js';

const A = 'Appeal_to_Authority' as const;
const B = 'Bandwagon,Reductio_ad_hitlerum' as const;
const K = 'Black-and-White_Fallacy' as const;
const D = 'Doubt' as const;
const E = 'Exaggeration,Minimisation' as const;
const F = 'Appeal_to_fear-prejudice' as const;
const L = 'Loaded_Language' as const;
const N = 'Name_Calling,Labeling' as const;
const T = 'Thought-terminating_Cliches' as const;
const W = 'Whataboutism,Straw_Men,Red_Herring' as const;

/** Rhetorical turns that carry a technique whatever the topic: degree-adverb outrage, disease metaphors, sole saviours, shared knowledge. */
export const RHETORIC_SLOTS: TechniqueCue[] = [
  { pattern: '@degree @verdictAdj', label: L, confidence: 0.55, reason: '"{text}": a verdict turned up to full' },
  { pattern: 'too stupid|dumb|naive|gullible|blind|thick to notice|see|understand|care|know', label: L, confidence: 0.55, reason: '"{text}": the reader\u2019s intelligence insulted to provoke' },
  { pattern: 'a|the @cancer on|in|within|eating|of our? @body', label: L, confidence: 0.6, reason: '"{text}": a group or idea cast as a disease of the body politic' },
  { pattern: '@outgroup|they|these|those|migrants @pestVerb+', label: F, confidence: 0.55, reason: '"{text}": people described with the verbs of vermin' },
  { pattern: '@smearVerb+', label: L, confidence: 0.5, reason: '"{text}": a verb that condemns the act it names', lower: true },
  { pattern: '@scorn', label: L, confidence: 0.5, reason: '"{text}": scorn in place of a description', lower: true },
  { pattern: '@labelNoun', label: N, confidence: 0.5, reason: '"{text}": people named by a stance imputed to them', lower: true },
  { pattern: 'his|her|their|its minions|paymasters|cronies|acolytes|foot-soldiers|mouthpieces|cheerleaders|enablers', label: N, confidence: 0.6, reason: '"{text}": associates labelled as servants or accomplices' },
  { pattern: '@hyperbole _l', label: E, confidence: 0.45, reason: '"{text}": a size beyond any measure', lower: true },
  { pattern: 'of biblical|epic|apocalyptic proportions', label: E, confidence: 0.55, reason: '"{text}": a size beyond any measure' },
  { pattern: 'blown out of all? proportion', label: E, confidence: 0.55, reason: '"{text}": a matter shrunk by calling it exaggerated' },
  { pattern: 'a few|handful of? bad apples', label: E, confidence: 0.55, reason: '"{text}": a wider problem shrunk to a few' },
  { pattern: 'nothing to worry|fuss about', label: E, confidence: 0.45, reason: '"{text}": a concern waved away' },
  { pattern: 'only we|us|i|he|she|our|this _? can|will|could @saviourVerb+', label: K, confidence: 0.55, reason: '"{text}": one actor offered as the only remedy' },
  { pattern: 'as we all know|remember', label: B, confidence: 0.55, reason: '"{text}": shared knowledge claimed in place of proof' },
  { pattern: 'we all know|remember that|what|how|who', label: B, confidence: 0.5, reason: '"{text}": shared knowledge claimed in place of proof' },
  { pattern: 'it\'s|it is? common knowledge', label: B, confidence: 0.5, reason: '"{text}": shared knowledge claimed in place of proof' },
  { pattern: 'the silent majority', label: B, confidence: 0.55, reason: '"{text}": an unheard majority claimed for one side' },
  { pattern: 'join the movement|revolution|resistance|fight|crusade', label: B, confidence: 0.5, reason: '"{text}": an invitation to follow the crowd' },
  { pattern: 'as the @scripture says|tells|teaches|commands|intended|wanted', label: A, confidence: 0.55, reason: '"{text}": a revered text or founder cited as settling the question' },
  { pattern: 'or so they|he|she|we|the claim|claims|say|says|tell|tells', label: D, confidence: 0.55, reason: '"{text}": an account given and doubted in one breath' },
  { pattern: 'we\'re|we are? told|asked|expected to believe|swallow|accept', label: D, confidence: 0.5, reason: '"{text}": the official account framed as something pressed on us' },
  { pattern: 'what they|he|she call|calls|like to call', label: D, confidence: 0.45, reason: '"{text}": the other side\u2019s term held at a distance' },
  { pattern: 'miraculously|magically|coincidentally _l', label: D, confidence: 0.45, reason: '"{text}": insinuates design behind events', lower: true },
  { pattern: 'were|was|stayed|kept|remained silent|quiet when', label: W, confidence: 0.55, reason: '"{text}": answers a charge by the accuser\u2019s past silence' },
  { pattern: 'rich coming from', label: W, confidence: 0.6, reason: '"{text}": attacks the accuser instead of the charge' },
  { pattern: 'pot calling the kettle', label: W, confidence: 0.6, reason: '"{text}": attacks the accuser instead of the charge' },
  { pattern: 'people in glass houses', label: W, confidence: 0.6, reason: '"{text}": attacks the accuser instead of the charge' },
  { pattern: 'in other words , they|he|she|critics|@opponents want|wants|would|think|thinks|believe', label: W, confidence: 0.5, reason: '"{text}": the other side\u2019s view restated to be knocked down' },
  { pattern: 'the real issue|question|scandal|story|problem here? is', label: W, confidence: 0.45, reason: '"{text}": turns attention to another matter' },
  { pattern: 'first|next step toward|towards|to @ruinNoun|communism|socialism|tyranny|dictatorship|totalitarianism', label: F, confidence: 0.55, reason: '"{text}": a slippery slope to ruin' },
  { pattern: 'slippery slope', label: F, confidence: 0.5, reason: '"{text}": a slippery slope to ruin' },
  // Rhetorical questions that accuse rather than ask.
  { pattern: 'how dare they|he|she|you|the|this|these|those', label: L, confidence: 0.6, reason: '"{text}": outrage voiced as a question' },
  { pattern: 'who gave|gives them|him|her|you|the _? the right', label: D, confidence: 0.5, reason: '"{text}": a question that denies the other side’s standing', question: true },
  { pattern: 'what kind|sort of _ _? would|does|do|lets|allows|abandons|betrays', label: D, confidence: 0.5, reason: '"{text}": a question that condemns instead of asking', question: true },
  { pattern: 'how can|could they|he|she|anyone|the _? justify|defend|excuse|explain', label: D, confidence: 0.5, reason: '"{text}": a question that condemns instead of asking', question: true },
  { pattern: 'how many more _ _? must|will|have|need|has to? die|suffer|lose|pay|wait', label: F, confidence: 0.55, reason: '"{text}": more victims foretold in a question' },
  { pattern: 'what\'s|what is? done is done', label: T, confidence: 0.6, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'no two ways about it', label: T, confidence: 0.6, reason: '"{text}": declares the matter settled' },
  { pattern: 'that\'s|that is? all there is to it', label: T, confidence: 0.6, reason: '"{text}": declares the matter settled' },
  { pattern: 'say no|yes to _ _?', label: 'Slogans', confidence: 0.5, reason: '"{text}": a rallying call', atEnd: true },
];
