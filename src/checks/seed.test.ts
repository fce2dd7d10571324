import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referencesStage } from '../references/stage.js';
import { docWith } from './fixture.js';
import { checksStage } from './stage.js';

const SEED = new URL('../../../shared/seed/', import.meta.url).pathname;
const goldPath = `${SEED}seed.gold.json`;

describe.runIf(existsSync(goldPath))('consistency checks on the seed article', () => {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { file: string; entities: Array<{ type: 'person'; forms: string[] }> };
  const doc = docWith(readFileSync(`${SEED}${gold.file}`, 'utf8'), { entities: gold.entities });
  referencesStage.run(doc, {});
  checksStage.run(doc, {});

  it('raises no date flag on a text whose dates hold together', () => {
    expect(doc.flags.map((f) => `${f.kind}: ${f.message}`)).toEqual([]);
  });
});
