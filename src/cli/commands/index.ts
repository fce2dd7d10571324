import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';

/** Every sub-command; each file registers one. */
export const COMMANDS: Array<(program: Command) => void> = [registerAnalyze, registerServe, registerReport];
