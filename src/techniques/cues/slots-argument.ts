import type { TechniqueCue } from '../matcher.js';

const A = 'Appeal_to_Authority' as const;
const B = 'Bandwagon,Reductio_ad_hitlerum' as const;
const K = 'Black-and-White_Fallacy' as const;
const C = 'Causal_Oversimplification' as const;
const D = 'Doubt' as const;
const W = 'Whataboutism,Straw_Men,Red_Herring' as const;
const T = 'Thought-terminating_Cliches' as const;

/**
 * Templates with slots for the moves of an argument: each row is one shape ("only X can Y",
 * "either X or Y", "why won't they X?") whose slots are word classes, not fixed phrases.
 */
export const ARGUMENT_SLOTS: TechniqueCue[] = [
  // Authority: an authority's say-so presented as settling the matter.
  { pattern: '@authorityRole himself|herself|themselves has|have? told|said|confirmed|declared|assured|blessed|endorsed|approved', label: A, confidence: 0.55, reason: '"{text}": the speaker\u2019s standing offered as the argument' },
  { pattern: '@expertsAny|@expertOne _C? _C? ... has|have|had @certify+|proven', label: A, confidence: 0.5, reason: '"{text}": experts said to have settled the question' },
  { pattern: 'laureate|laureates|nobel-winning|award-winning|prize-winning _C? _C? ... has|have|had? confirm+|insist+|prove+|proven|assure+|guarantee+', label: A, confidence: 0.5, reason: '"{text}": a prize in one field vouches for a claim in another' },
  { pattern: '@expertsAny|@expertOne at|from|in the? _ _? @certify+', label: A, confidence: 0.5, reason: '"{text}": experts said to have settled the question' },
  { pattern: '@expertsAny @certify+|proven', label: A, confidence: 0.5, reason: '"{text}": experts said to have settled the question' },
  { pattern: 'who are|is you|we|they|anyone to argue|question|doubt|disagree|second-guess', label: A, confidence: 0.55, reason: '"{text}": disagreement with an authority ruled out' },
  { pattern: 'according to leading|top|the? world\'s? best|respected|renowned|eminent|prominent @expertsAny', label: A, confidence: 0.55, reason: '"{text}": unnamed eminent experts vouch for the claim' },
  // Bandwagon: the crowd, or a reviled likeness, as the reason.
  { pattern: 'everyone|everybody in|on|at|around|across|among _ _? is|are @crowdVerb+', label: B, confidence: 0.55, reason: '"{text}": what everybody does offered as a reason' },
  { pattern: 'everyone|everybody is|are already? @crowdVerb+', label: B, confidence: 0.55, reason: '"{text}": what everybody does offered as a reason' },
  { pattern: 'nobody|no-one|anyone|everyone|one with any|half|an a? ounce? of? sense|brain|brains|intelligence|common-sense|decency', label: B, confidence: 0.6, reason: '"{text}": dissent cast as senseless' },
  { pattern: 'nobody|no-one still|seriously|honestly|really believes|buys|trusts|thinks', label: B, confidence: 0.55, reason: '"{text}": a claimed consensus offered as proof' },
  { pattern: '@villains would|will|must have? love+|approve+|applaud+|envy|envied|admire+|be|been proud?', label: B, confidence: 0.65, reason: '"{text}": a view tainted by a reviled figure\u2019s imagined approval' },
  { pattern: 'only @villainGroup|@villains would|could|will want|support|back|defend|propose|vote|oppose|do', label: B, confidence: 0.6, reason: '"{text}": a view tainted by the company it is said to keep' },
  { pattern: 'exactly|precisely|just what|how the? @villains|@villainGroup did|do|would|once', label: B, confidence: 0.65, reason: '"{text}": likened to a reviled regime' },
  { pattern: 'the whole|entire country|nation|world|town|city|people has|have spoken|decided|chosen', label: B, confidence: 0.55, reason: '"{text}": a whole people claimed for one side' },
  // Black and white: two options, one of them dire.
  { pattern: '@goodNoun or @ruinNoun', label: K, confidence: 0.55, reason: '"{text}": a choice reduced to a good and a dire option' },
  { pattern: 'or face|risk|accept? total|utter|complete|certain|national @ruinNoun', label: K, confidence: 0.55, reason: '"{text}": the only alternative offered is ruin' },
  { pattern: 'the choice is|was simple|clear|stark|obvious|binary', label: K, confidence: 0.6, reason: '"{text}": a choice declared to have two sides' },
  { pattern: 'if you|you\'re are? not? with|for _ _? ... you|you\'re are? against', label: K, confidence: 0.7, reason: '"{text}": neutrality ruled out' },
  { pattern: 'we|you can|could _ ... , or we|you can|could', label: K, confidence: 0.5, reason: '"{text}": two courses offered as the only ones' },
  { pattern: 'only two|2 choices|options|paths|ways|sides|possibilities|outcomes', label: K, confidence: 0.55, reason: '"{text}": only two options offered' },
  // Causal: one cause for a complex outcome.
  { pattern: 'because|thanks of|to @scapegoat', label: C, confidence: 0.45, reason: '"{text}": a complex outcome put down to one group', atClauseEnd: true },
  { pattern: 'caused|driven|explained by one|a single? thing|factor|cause|man|woman|group|party|decision', label: C, confidence: 0.6, reason: '"{text}": one cause for a complex outcome' },
  { pattern: 'all|every|most of? our|the|these|their @ills began|begin|started|start|come|came|stem|stemmed', label: C, confidence: 0.55, reason: '"{text}": every ill traced to one cause' },
  { pattern: 'ever since _ _? _? took|came|seized|grabbed office|power|over|control', label: C, confidence: 0.45, reason: '"{text}": what followed put down to one event' },
  { pattern: 'are|is the whole|entire|real|root reason|cause|explanation', label: C, confidence: 0.55, reason: '"{text}": one thing named as the cause' },
  // Doubt: questions that insinuate instead of asking.
  { pattern: 'where is|are|where\'s the|your|their @proofNoun', label: D, confidence: 0.55, reason: '"{text}": a demand for proof used to cast doubt', question: true },
  { pattern: 'why won\'t|don\'t|didn\'t|wouldn\'t|haven\'t|hasn\'t|doesn\'t|can\'t they|he|she|officials|authorities|the|it _? @conceal+', label: D, confidence: 0.55, reason: '"{text}": a question that insinuates something is withheld', question: true },
  { pattern: 'what|who|why|how really happened|did|killed|paid|wrote|ordered|knew', label: D, confidence: 0.5, reason: '"{text}": suggests the account given is not the true one' },
  { pattern: 'nobody|no-one|one knows|know what|who|why|how|where really|actually', label: D, confidence: 0.5, reason: '"{text}": suggests the account given is not the true one' },
  { pattern: 'official story|version|narrative|account doesn\'t|does|do|don\'t|did|didn\'t not? add|hold|stand', label: D, confidence: 0.55, reason: '"{text}": casts doubt on the account given' },
  // Whataboutism and straw men: the charge turned elsewhere, the other side restated to be knocked down.
  { pattern: 'when their|your|his|her|the other? side|party|camp|team|friends|allies|own|man|candidate|lot _? did|do|does|tried|said the same|exactly', label: W, confidence: 0.5, reason: '"{text}": the charge answered by what the other side did' },
  { pattern: 'look at|to|into their|your|his|her own _l', label: W, confidence: 0.55, reason: '"{text}": answers a charge by pointing back at the accuser' },
  { pattern: 'before lecturing|preaching|criticising|criticizing|judging|attacking|moralising|moralizing us|others|anyone|the', label: W, confidence: 0.55, reason: '"{text}": answers a charge by disqualifying the accuser' },
  { pattern: 'would|you\'d|they\'d|he\'d|she\'d rather we|you|us|they just?', label: W, confidence: 0.55, reason: '"{text}": the other side\u2019s view restated to be knocked down', question: true },
  { pattern: '@opponents|critics|opponent want|wants|would to? just? @extreme+', label: W, confidence: 0.55, reason: '"{text}": an extreme aim ascribed to the other side' },
  { pattern: 'instead of attacking|blaming|criticising|criticizing|lecturing|attacking me|him|her|them|you', label: W, confidence: 0.55, reason: '"{text}": turns the charge back on the accuser' },
  // Cliches: stock phrases that end thought.
  { pattern: 'agree to disagree', label: T, confidence: 0.55, reason: '"{text}": ends the discussion instead of answering' },
  { pattern: 'time will tell', label: T, confidence: 0.45, reason: '"{text}": defers instead of answering' },
  { pattern: 'simple as that', label: T, confidence: 0.6, reason: '"{text}": declares the matter settled' },
  { pattern: 'that\'s|that is? that', label: T, confidence: 0.5, reason: '"{text}": declares the matter settled', atEnd: true },
];
