import type { EvalSuite } from '../suite.js';
import { entitiesSuite } from './entities.js';
import { datesSuite } from './dates.js';
import { claimsSuite } from './claims.js';
import { namesSuite } from './names.js';
import { sourceCasesSuite } from './source-cases.js';
import { techniqueCasesSuite } from './technique-cases.js';

/** Every part of `npm run eval`, in the order it prints. */
export const SUITES: EvalSuite[] = [
  entitiesSuite,
  datesSuite,
  claimsSuite,
  namesSuite,
  techniqueCasesSuite,
  sourceCasesSuite,
];
