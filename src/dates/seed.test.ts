import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { datesStage } from './stage.js';

const SEED = new URL('../../../shared/seed/', import.meta.url).pathname;
const goldPath = `${SEED}seed.gold.json`;

describe.runIf(existsSync(goldPath))('dates of the seed article', () => {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    file: string;
    published_not_before: string;
    dates: Array<{ text: string; value: string; alt?: string[] }>;
  };
  const doc = new Doc({ text: readFileSync(`${SEED}${gold.file}`, 'utf8') });
  segmentStage.run(doc, {});
  datesStage.run(doc, {});

  it('finds every annotated date with its value', () => {
    for (const g of gold.dates) {
      const at = doc.text.indexOf(g.text);
      const hit = doc.dates.find((d) => d.start < at + g.text.length && at < d.end);
      expect(hit?.value, g.text).toBe(g.value);
    }
  });

  it('infers a publication date no earlier than the annotated bound', () => {
    expect(doc.publishedInferred?.notBefore.localeCompare(gold.published_not_before)).toBeGreaterThanOrEqual(0);
  });
});
