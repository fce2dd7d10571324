import type { ReferenceParser } from '../parser.js';
import { courtCaseParser } from './court-case.js';
import { cuedParser } from './cued.js';
import { letterCodeParser } from './letter-code.js';
import { numberedParser } from './numbered.js';
import { slashCodeParser } from './slash-code.js';

/** Every reference parser; the refiners settle overlaps between them. */
export const PARSERS: ReferenceParser[] = [courtCaseParser, numberedParser, cuedParser, slashCodeParser, letterCodeParser];
