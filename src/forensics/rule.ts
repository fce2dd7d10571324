import type { Doc } from '../doc/document.js';
import type { Flag } from '../dossier/contract.js';
import type { FileFacts } from './facts.js';

/** One forensic check of a file's metadata against its text. */
export interface ForensicRule {
  kind: string;
  /** Why a verifier should care, in one sentence. */
  reason: string;
  check(doc: Doc, facts: FileFacts): Flag[];
}
