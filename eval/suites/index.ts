import type { EvalSuite } from '../suite.js';

/** Every part of `npm run eval`, in the order it prints. */
export const SUITES: EvalSuite[] = [];
