import { readFileSync } from 'node:fs';
import { bruteForceScores } from '../../src/screening/brute-force.js';
import { generateList, listNames } from './generate.js';

/**
 * Child process of the names benchmark: scores one share of a generated list's names against the
 * queries without the index. Arguments: entries, share number, share count, queries file (JSON).
 * Prints one JSON line: per query, its best candidates in this share.
 */
const [entries, index, of] = process.argv.slice(2, 5).map(Number);
const queries = JSON.parse(readFileSync(process.argv[5], 'utf8')) as string[];
const names = listNames(generateList(entries, 1));
const found = bruteForceScores({ size: names.length, name: (i) => names[i] }, queries, { part: { index, of } });
console.log(JSON.stringify(found.map((list) => list.map((c) => ({ entry: c.entry, name: c.name, score: c.comparison.score })))));
