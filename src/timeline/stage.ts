import type { Stage } from '../pipeline/stage.js';
import { buildTimeline } from './timeline.js';

/** The dated events of the text, in order: `extras.timeline`. */
export const timelineStage: Stage = {
  name: 'timeline',
  requires: ['sentences', 'entities', 'dates'],
  assigns: ['timeline'],
  run(doc) {
    doc.extras.timeline = buildTimeline(doc);
  },
};
