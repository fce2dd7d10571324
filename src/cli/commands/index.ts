import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerMatch } from './match.js';
import { registerScreen } from './screen.js';
import { registerWatchlist } from './watchlist.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';

/** Every sub-command; each file registers one. */
export const COMMANDS: Array<(program: Command) => void> = [registerAnalyze, registerServe, registerReport, registerMatch, registerWatchlist, registerScreen];
