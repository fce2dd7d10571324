import type { TechniqueCue } from '../matcher.js';

const F = 'Appeal_to_fear-prejudice' as const;

export const FEAR: TechniqueCue[] = [
  { pattern: 'threaten~ the? @stability and? @stability? of _ _?', label: F, confidence: 0.7, reason: '"{text}": invokes a threat to security or survival' },
  { pattern: 'threat|danger|menace to our very? @stability|existence|survival|children|way', label: F, confidence: 0.6, reason: '"{text}": invokes a threat to what the reader holds dear' },
  { pattern: 'threat|danger|menace to its|their very existence|survival', label: F, confidence: 0.6, reason: '"{text}": invokes a threat to survival itself' },
  { pattern: 'existential threat|danger', label: F, confidence: 0.7, reason: '"{text}": a danger to existence itself' },
  { pattern: 'ticking time bomb', label: F, confidence: 0.7, reason: '"{text}": impending catastrophe imagery' },
  { pattern: 'before it|it\'s is? too late', label: F, confidence: 0.6, reason: '"{text}": urgency through fear' },
  { pattern: 'wipe|wiped|wiping _? off the map', label: F, confidence: 0.7, reason: '"{text}": annihilation imagery' },
  { pattern: 'destroy|destroying|destroys|destroyed|ruin|ruined|ruining our|your way|country|nation|children|families|future|economy|lives', label: F, confidence: 0.7, reason: '"{text}": the reader\u2019s own world under threat' },
  { pattern: 'our|your children will', label: F, confidence: 0.55, reason: '"{text}": fear for the reader\u2019s children' },
  { pattern: 'invasion|flood|swarm|horde|hordes of migrants|refugees|foreigners|immigrants|illegals', label: F, confidence: 0.8, reason: '"{text}": people cast as an invading mass' },
  { pattern: 'aims|aim|aiming|seeks|seek to terrorize|terrorise|destabilize|destabilise', label: F, confidence: 0.55, reason: '"{text}": ascribes a design to frighten or destabilise' },
  { pattern: 'drown|drench|flood|drowning|drenching _ _? in blood', label: F, confidence: 0.8, reason: '"{text}": bloodshed imagery' },
  { pattern: 'run|running|flow|flowing with blood', label: F, confidence: 0.7, reason: '"{text}": bloodshed imagery' },
  { pattern: 'rivers|sea|seas of blood', label: F, confidence: 0.7, reason: '"{text}": bloodshed imagery' },
  { pattern: 'coming|come|comes for your|our|their children|jobs|homes|families|guns|land|kids', label: F, confidence: 0.7, reason: '"{text}": a menace to the reader\u2019s own' },
  { pattern: 'don\'t|do not? be left behind', label: F, confidence: 0.6, reason: '"{text}": fear of missing out' },
  { pattern: 'first the _ ... then the _ ... then', label: F, confidence: 0.55, reason: '"{text}": a slippery slope of losses' },
  { pattern: 'share|spread|read|watch _? before they|it delete|deletes|remove|removes|ban|bans|censor|censors|disappears', label: F, confidence: 0.65, reason: '"{text}": urgency from a threat of censorship' },
];
