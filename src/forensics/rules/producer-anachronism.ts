import type { Flag } from '../../dossier/contract.js';
import { producerRelease } from '../producers.js';
import type { ForensicRule } from '../rule.js';
import { evidenceOf, statedDate } from '../stated-date.js';

/** A producer released in the same month as the date may still be genuine (release day unknown). */
const month = (iso: string) => iso.slice(0, 7);

export const producerAnachronismRule: ForensicRule = {
  kind: 'producer-anachronism',
  reason: 'software cannot write a file before it was released',
  check(doc, facts) {
    const flags: Flag[] = [];
    const stated = statedDate(doc);
    const seen = new Set<string>();
    for (const p of facts.producers) {
      const release = producerRelease(p.value);
      if (!release) continue;
      const name = `${release.product}${release.version ? ` ${release.version}` : ''}`;
      // Creator and producer often name the same program; one flag is enough.
      if (seen.has(name)) continue;
      seen.add(name);
      if (stated && release.released > month(stated.value)) {
        flags.push({
          kind: 'producer-anachronism',
          severity: 'critical',
          message: `${p.field} "${p.value}" (${name}, released ${release.released}) is newer than the date the document states (${stated.value}). Source: ${release.source}`,
          evidence: evidenceOf(stated),
        });
      } else if (facts.created && release.released > month(facts.created)) {
        flags.push({
          kind: 'producer-anachronism',
          severity: 'critical',
          message: `${p.field} "${p.value}" (${name}, released ${release.released}) is newer than the file's own creation date (${facts.created.slice(0, 10)}): the clock or the metadata was set back. Source: ${release.source}`,
          evidence: [],
        });
      }
    }
    return flags;
  },
};
