import { findDocumentFacts } from '../documents/facts.js';
import type { Stage } from '../pipeline/stage.js';
import { findActsAfterDeath } from './afterDeath.js';
import { findAnachronisms } from './anachronism.js';
import { checkContext } from './context.js';
import { findContradictions } from './contradiction.js';
import { findReferenceDateMismatches } from './referenceYear.js';

/** Consistency flags: dates that do not hold together. */
export const checksStage: Stage = {
  name: 'checks',
  requires: ['sentences', 'entities', 'references', 'dates'],
  assigns: ['flags'],
  run(doc) {
    const ctx = checkContext(doc);
    const facts = findDocumentFacts(ctx);
    doc.flags.push(
      ...findReferenceDateMismatches(facts),
      ...findAnachronisms(ctx, facts),
      ...findActsAfterDeath(ctx),
      ...findContradictions(ctx),
    );
  },
};
