import type { Stage } from '../pipeline/stage.js';
import { buildEntities } from './build.js';
import { variantFlags } from './flags.js';
import { groupMentions } from './group.js';
import { findMentions } from './mentions.js';

/** Person, organisation, place and facility mentions, each with its span. */
export const mentionsStage: Stage = {
  name: 'mentions',
  requires: ['sentences', 'tokens'],
  assigns: ['mentions'],
  run(doc) {
    doc.mentions = findMentions(doc);
  },
};

/** Mentions grouped into entities: aliases, spelling variants and surname back-references merged. */
export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['mentions'],
  assigns: ['entities', 'flags'],
  run(doc) {
    const { entities, merges } = buildEntities(doc, doc.mentions, groupMentions(doc, doc.mentions));
    doc.entities = entities;
    doc.flags.push(...variantFlags(doc, entities, merges));
  },
};
