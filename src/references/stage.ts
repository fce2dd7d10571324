import type { Stage } from '../pipeline/stage.js';
import { findReferences } from './find.js';

export const referencesStage: Stage = {
  name: 'references',
  requires: [],
  assigns: ['references'],
  run(doc) {
    doc.references = findReferences(doc.view.text).map((r) => ({
      ...doc.spanFromView(r.start, r.end),
      normalized: r.normalized,
      kind: r.kind,
    }));
  },
};
