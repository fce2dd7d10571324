import type { TechniqueCue } from '../matcher.js';
import { AUTHORITY } from './authority.js';
import { BANDWAGON } from './bandwagon.js';
import { BLACK_AND_WHITE } from './black-and-white.js';
import { CAUSAL } from './causal.js';
import { DOUBT } from './doubt.js';
import { EXAGGERATION } from './exaggeration.js';
import { FEAR } from './fear.js';
import { FLAG_WAVING } from './flag-waving.js';
import { LOADED_LANGUAGE } from './loaded-language.js';
import { NAME_CALLING } from './name-calling.js';
import { CLICHES, SLOGANS } from './slogans.js';
import { WHATABOUTISM } from './whataboutism.js';
import { ARGUMENT_SLOTS } from './slots-argument.js';
import { WORD_SLOTS } from './slots-words.js';
import { RHETORIC_SLOTS } from './slots-rhetoric.js';

/** Every persuasion cue, one table per label (repetition is found by repetition.ts, not by a cue). */
export const TECHNIQUE_CUES: TechniqueCue[] = [
  ...LOADED_LANGUAGE,
  ...NAME_CALLING,
  ...EXAGGERATION,
  ...FEAR,
  ...FLAG_WAVING,
  ...AUTHORITY,
  ...BANDWAGON,
  ...BLACK_AND_WHITE,
  ...CAUSAL,
  ...DOUBT,
  ...SLOGANS,
  ...CLICHES,
  ...WHATABOUTISM,
  ...ARGUMENT_SLOTS,
  ...WORD_SLOTS,
  ...RHETORIC_SLOTS,
];
