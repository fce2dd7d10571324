import type { Command } from 'commander';
import { registerAnalyze } from './analyze.js';

/** Every sub-command; each file registers one. */
export const COMMANDS: Array<(program: Command) => void> = [registerAnalyze];
