import type { TechniqueCue } from '../matcher.js';

const F = 'Appeal_to_fear-prejudice' as const;
const W = 'Flag-Waving' as const;
const L = 'Loaded_Language' as const;
const N = 'Name_Calling,Labeling' as const;
const E = 'Exaggeration,Minimisation' as const;

/**
 * Word classes combined by small patterns: a threat to what the reader holds dear, a harm adjective
 * on a social noun, a pack noun after a political label. The classes are in lexicon-classes.ts.
 */
export const WORD_SLOTS: TechniqueCue[] = [
  // Fear: the reader, their family or their surroundings under threat.
  { pattern: 'your|our @dear|@ourPlaces will|could|may|might|would be the? next @victims', label: F, confidence: 0.65, reason: '"{text}": the reader\u2019s own cast as the next victims' },
  { pattern: 'unless|if we|you ... our|your|the @dear|@ourPlaces ... will|would|could be? @menace+|overrun|lost|gone|destroyed', label: F, confidence: 0.6, reason: '"{text}": ruin foretold unless the reader acts' },
  { pattern: 'unless|if we|you ... will|would|could be? @menace+|overrun', label: F, confidence: 0.5, reason: '"{text}": ruin foretold unless the reader acts' },
  { pattern: 'nothing|none|no _? left for your|our', label: F, confidence: 0.55, reason: '"{text}": total loss foretold for the reader\u2019s own' },
  { pattern: 'imagine ... your|our @dear|@ourPlaces ... controlled|overrun|run|ruled|destroyed|taken|burned|gone|occupied|invaded', label: F, confidence: 0.6, reason: '"{text}": the reader invited to picture a loss' },
  { pattern: 'imagine waking|coming|walking|living ... your|our', label: F, confidence: 0.5, reason: '"{text}": the reader invited to picture a threat' },
  { pattern: 'invite+|bring+|unleash+|let|letting @havoc|@contagion into|onto|to|on our|your|every', label: F, confidence: 0.55, reason: '"{text}": harm said to be let into the reader\u2019s world' },
  { pattern: 'bring+|spread+|carry|carries|carried|carrying|import+ @contagion and? @contagion? wherever|everywhere', label: F, confidence: 0.6, reason: '"{text}": people cast as carriers of harm' },
  { pattern: 'bring+|spread+|carry|carries|carried|carrying|import+ @contagion and? @contagion? into|to our|your', label: F, confidence: 0.6, reason: '"{text}": people cast as carriers of harm' },
  { pattern: 'your|our daughters|sons|children|kids|wives|mothers|women ... these|those|such @othering|@outgroup|men', label: F, confidence: 0.6, reason: '"{text}": the reader\u2019s family set against a faceless other' },
  { pattern: 'do|would you want your|our', label: F, confidence: 0.45, reason: '"{text}": a question that makes the reader picture their own at risk', question: true },
  { pattern: 'coming|come|comes for your|our @dear|@ourPlaces', label: F, confidence: 0.6, reason: '"{text}": a menace to the reader\u2019s own' },
  { pattern: '@outgroup|they|these|those will|would|are|want to? @menace+ our|your', label: F, confidence: 0.6, reason: '"{text}": a group cast as out to ruin the reader\u2019s own' },
  // Flag-waving: the nation as the reason.
  { pattern: 'as @nationals|@demonyms , we|our|us|you', label: W, confidence: 0.6, reason: '"{text}": national belonging made the argument' },
  { pattern: 'owe it to our|the|this @fatherland|flag|ancestors|forefathers|children', label: W, confidence: 0.55, reason: '"{text}": a duty to the nation invoked' },
  { pattern: 'sacred|holy|patriotic|sacrosanct duty|obligation|cause|mission of|to|for? every? our? @nationals|@demonyms|citizen|citizens|patriot|patriots', label: W, confidence: 0.55, reason: '"{text}": a duty to the nation made beyond question' },
  { pattern: 'defend+|protect+|serve|serving|love|loving the homeland|motherland|fatherland|flag', label: W, confidence: 0.5, reason: '"{text}": the nation invoked as the cause' },
  { pattern: 'defend+|protect+|serve|serving|love|loving our|your homeland|motherland|fatherland|nation|country|flag', label: W, confidence: 0.5, reason: '"{text}": the nation invoked as the cause' },
  { pattern: '@patriotFeeling for|of|to our|your|this @fatherland', label: W, confidence: 0.55, reason: '"{text}": love of the nation invoked as the argument' },
  { pattern: 'our|this @fatherland|@nationals|@demonyms has|have|will|shall|did never|not @submit+', label: W, confidence: 0.6, reason: '"{text}": national pride invoked as defiance' },
  { pattern: 'our @glorious? @fatherland deserve+|demand+', label: W, confidence: 0.5, reason: '"{text}": the nation\u2019s needs made the argument' },
  // Loaded language: verdict words and metaphors in place of a description.
  { pattern: '@harmAdj @socialNoun', label: L, confidence: 0.6, reason: '"{text}": a harm metaphor on something that cannot literally be poisoned' },
  { pattern: '@violentAdj+ @repression', label: L, confidence: 0.55, reason: '"{text}": a violence adjective inflames the description' },
  { pattern: '@forceVerb+ it|them|this|the|a? _? through', label: L, confidence: 0.55, reason: '"{text}": a decision cast as forced through' },
  { pattern: 'unleash+ a? @surge|wave|campaign? of? @havoc', label: L, confidence: 0.6, reason: '"{text}": harm cast as a force let loose' },
  { pattern: '@surge of @havoc|lies|abuse|violence|looting', label: L, confidence: 0.55, reason: '"{text}": harm cast as overwhelming' },
  { pattern: '@outrage+|@emotive+ @menace+|pocket+|lie+|betray+|steal|stole|stolen|loot+|plunder+|abandon+', label: L, confidence: 0.55, reason: '"{text}": an outraged adverb passes a verdict on the act', lower: true },
  // Name-calling: labels in place of names.
  { pattern: '@ideology _l? @pack', label: N, confidence: 0.6, reason: '"{text}": people lumped under a political label', lower: true },
  { pattern: '@servile @mediaNoun', label: N, confidence: 0.6, reason: '"{text}": an institution labelled as servile or fake', lower: true },
  { pattern: '@epithet @title _C', label: N, confidence: 0.6, reason: '"{text}": a nickname pinned to a person' },
  { pattern: '@epithet _C', label: N, confidence: 0.55, reason: '"{text}": a nickname pinned to a person', lower: true },
  // Exaggeration and minimisation: beyond measure, or shrunk to nothing.
  { pattern: 'the @evalSuperlative @verdictNoun', label: E, confidence: 0.6, reason: '"{text}": a judging superlative beyond any measure' },
  { pattern: 'the @evalSuperlative _l ... ever said|made|built|written|told|done|elected|signed|devised|produced|uttered|conceived', label: E, confidence: 0.55, reason: '"{text}": a superlative beyond any measure' },
  { pattern: 'the most @evalAdj _l? ... ever said|made|built|written|told|done|elected|signed|devised|produced|uttered|conceived', label: E, confidence: 0.55, reason: '"{text}": a superlative beyond any measure' },
  { pattern: 'the most @evalAdj _l', label: E, confidence: 0.5, reason: '"{text}": a judging superlative beyond any measure' },
  { pattern: '@bigPlural upon|and|after|on @bigPlural', label: E, confidence: 0.55, reason: '"{text}": a multitude piled on a multitude' },
  { pattern: 'just|only|merely|mere|barely a? few|couple|handful? of? @trifle', label: E, confidence: 0.55, reason: '"{text}": a cost shrunk to small change' },
  { pattern: 'merely|simply|just|only|nothing but|no more than a|an @diminutive? @trifleEvent', label: E, confidence: 0.55, reason: '"{text}": an incident shrunk to a trifle' },
  { pattern: 'merely|simply a|an @diminutive _l', label: E, confidence: 0.5, reason: '"{text}": minimises what it describes' },
];
