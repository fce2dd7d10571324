import type { BenchSuite } from '../suite.js';
import { apiSuite } from './api.js';
import { datesBenchSuite } from './dates.js';
import { filesSuite } from './files.js';
import { namesBenchSuite } from './names.js';
import { throughputSuite } from './throughput.js';
import { textLayersSuite } from './text-layers.js';

/** Every part of `npm run bench`, in the order it runs. */
export const BENCH_SUITES: BenchSuite[] = [throughputSuite, apiSuite, datesBenchSuite, filesSuite, textLayersSuite, namesBenchSuite];
