import type { Stage } from './stage.js';
import { segmentStage } from '../segment/stage.js';
import { entitiesStage, mentionsStage } from '../entities/stage.js';
import { datesStage } from '../dates/stage.js';
import { timelineStage } from '../timeline/stage.js';
import { documentFactsStage } from '../documents/stage.js';
import { checksStage } from '../checks/stage.js';
import { forensicsStage } from '../forensics/stage.js';
import { referencesStage } from '../references/stage.js';
import { quotesStage } from '../quotes/stage.js';
import { claimsStage } from '../claims/stage.js';
import { techniquesStage } from '../techniques/stage.js';
import { screeningStage } from '../screening/stage.js';

/**
 * The stages in the order they run. Each stage declares what it needs;
 * `checkOrder` (run by the tests) proves every need is met by an earlier stage.
 */
export const STAGES: Stage[] = [
  segmentStage, // sentences, paragraphs, tokens
  mentionsStage, // mentions
  entitiesStage, // entities with aliases and variants; name-variant flags
  referencesStage, // references
  quotesStage, // quotes with their speaker's entity
  datesStage, // dates, publication date
  timelineStage, // dated events in order
  documentFactsStage, // documents described with their date and number
  checksStage, // consistency flags: dates that do not hold together
  forensicsStage, // file metadata against the text: forensic flags
  claimsStage, // claims with sources and hedges; anonymous-source and unsourced-claim flags
  techniquesStage, // techniques
  screeningStage, // watchlist hits (only when the caller names watchlists)
  // checks: consistency flags; screening against watchlists
];
