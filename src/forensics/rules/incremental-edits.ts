import type { ForensicRule } from '../rule.js';

export const incrementalEditsRule: ForensicRule = {
  kind: 'incremental-edits',
  reason: 'a PDF revised after creation keeps its earlier versions inside the file, and the edits may change what it says',
  check(doc, facts) {
    if (doc.format !== 'pdf' || !facts.revisions || facts.revisions < 2) return [];
    const updates = facts.revisions - 1;
    const when = facts.created && facts.modified && facts.modified.slice(0, 10) !== facts.created.slice(0, 10) ? ` (created ${facts.created.slice(0, 10)}, modified ${facts.modified.slice(0, 10)})` : '';
    return [{ kind: 'incremental-edits', severity: 'warning', message: `PDF revised after creation: ${updates} incremental update${updates > 1 ? 's' : ''} appended to the first save${when}; earlier versions can be recovered from the file`, evidence: [] }];
  },
};
