import type { TechniqueCue } from '../matcher.js';

const L = 'Loaded_Language' as const;

export const LOADED_LANGUAGE: TechniqueCue[] = [
  { pattern: '@demonic @scheme', label: L, confidence: 0.85, reason: 'condemnation adjective on a plan: "{text}" casts it as a villain\u2019s plot' },
  { pattern: '@demonic !@function _l', label: L, confidence: 0.65, reason: 'condemnation adjective: "{text}" judges instead of describing' },
  { pattern: 'armed? @bloody @group', label: L, confidence: 0.8, reason: '"{text}": a violence adjective brands a whole group or state' },
  { pattern: '@agents of @doom', label: L, confidence: 0.8, reason: '"{text}": an epithet that dehumanises a group' },
  { pattern: 'dirty deal|deals|tricks|game|plot|scheme', label: L, confidence: 0.6, reason: '"{text}": a moral smear in place of a description' },
  { pattern: 'sow|sowing|sows chaos|terror|fear|discord|hatred|sedition|panic', label: L, confidence: 0.6, reason: '"{text}": casts the actor as deliberately spreading harm' },
  { pattern: 'mafia logic|state|regime|methods|cells|government|practices', label: L, confidence: 0.65, reason: '"{text}": a state or group likened to organised crime' },
  { pattern: 'bloodbath|massacre|slaughter|carnage of? the? innocent|innocents', label: L, confidence: 0.55, reason: '"{text}": emotive wording for violence' },
  { pattern: 'blood-stained|blood-soaked|blood-drenched _l', label: L, confidence: 0.75, reason: '"{text}": emotive imagery of blood' },
  { pattern: 'shameful|disgraceful|outrageous|scandalous|infamous deal|betrayal|plot|collusion|surrender|conspiracy|scheme|behaviour|behavior|act', label: L, confidence: 0.6, reason: '"{text}": an outraged verdict in place of facts' },
  { pattern: '@outrage', label: L, confidence: 0.55, reason: '"{text}": an outraged verdict in place of facts', lower: true },
  { pattern: 'daylight|highway robbery', label: L, confidence: 0.75, reason: '"{text}": a deal branded as theft' },
  { pattern: 'naked|blatant|shameless|pure greed|theft|robbery|lies', label: L, confidence: 0.65, reason: '"{text}": a moral smear in place of a description' },
  { pattern: 'a|an|this|such betrayal|treachery', label: L, confidence: 0.55, reason: '"{text}": a decision branded as treason' },
  { pattern: '@cold and @cold', label: L, confidence: 0.6, reason: '"{text}": stacked emotive adjectives' },
  { pattern: 'cynical|callous|cold-blooded|cold-hearted ploy|scheme|move|lie|lies|stunt|manoeuvre|maneuver|language', label: L, confidence: 0.6, reason: '"{text}": motives condemned in place of facts' },
  { pattern: 'his|her|their|its lies|propaganda|smears', label: L, confidence: 0.5, reason: '"{text}": the other side\u2019s words dismissed as lies' },
  { pattern: '@promo', label: L, confidence: 0.5, reason: '"{text}": promotional hype', lower: true },
  { pattern: 'sold|sell|selling|sells out? our|the country|nation|homeland|people|soul', label: L, confidence: 0.6, reason: '"{text}": a decision cast as selling out the nation' },
  { pattern: 'only a|an fool|idiot|imbecile would|could believe|think|accept', label: L, confidence: 0.6, reason: '"{text}": disagreement cast as foolishness' },
  { pattern: '@ruinous , @ruinous? policies|policy|government|minister|leadership|regime|administration|president|decisions|management|leaders', label: L, confidence: 0.6, reason: '"{text}": condemnation in place of description' },
  { pattern: 'behind our|your|their backs', label: L, confidence: 0.55, reason: '"{text}": casts a decision as a betrayal' },
  { pattern: 'behind the people\'s|nation\'s|public\'s backs', label: L, confidence: 0.55, reason: '"{text}": casts a decision as a betrayal' },
];
