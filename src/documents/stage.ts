import { checkContext } from '../checks/context.js';
import type { Stage } from '../pipeline/stage.js';
import { describeFact, findDocumentFacts } from './facts.js';

/** Documents the text describes, each with its date and number: `extras.documents`. */
export const documentFactsStage: Stage = {
  name: 'document-facts',
  requires: ['sentences', 'dates', 'references'],
  assigns: [],
  run(doc) {
    const ctx = checkContext(doc);
    const facts = findDocumentFacts(ctx);
    doc.extras.documents = facts.map((f) => describeFact(ctx, f));
  },
};
