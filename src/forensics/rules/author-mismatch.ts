import type { ForensicRule } from '../rule.js';
import { findSignatory, isPlaceholderAuthor, sameAuthor } from '../signatory.js';

export const authorMismatchRule: ForensicRule = {
  kind: 'author-mismatch',
  reason: 'the account that wrote or saved the file is not the person who signs it',
  check(doc, facts) {
    const named = facts.authors.filter((a) => !isPlaceholderAuthor(a.value));
    if (!named.length) return [];
    const signatory = findSignatory(doc);
    if (!signatory) return [];
    const others = named.filter((a) => !sameAuthor(a.value, signatory.text));
    if (!others.length) return [];
    const who = others.map((a) => `${a.field} "${a.value}"`).join(' and ');
    return [{ kind: 'author-mismatch', severity: 'warning', message: `metadata ${who} differs from the signatory named in the text ("${signatory.text}")`, evidence: [{ start: signatory.start, end: signatory.end, text: signatory.text }] }];
  },
};
