import type { ReferenceParser } from '../parser.js';
import { courtCaseParser } from './court-case.js';
import { cuedParser } from './cued.js';
import { letterCodeParser } from './letter-code.js';
import { neutralCitationParser } from './neutral-citation.js';
import { numberedParser } from './numbered.js';
import { shipNumberParser } from './ship-number.js';
import { slashCodeParser } from './slash-code.js';

/** Every reference parser; the refiners settle overlaps between them. */
export const PARSERS: ReferenceParser[] = [courtCaseParser, neutralCitationParser, shipNumberParser, numberedParser, cuedParser, slashCodeParser, letterCodeParser];
