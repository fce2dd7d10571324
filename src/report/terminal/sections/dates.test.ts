import { describe, expect, it } from 'vitest';
import { datesStage } from '../../../dates/stage.js';
import { segmentStage } from '../../../segment/stage.js';
import { timelineStage } from '../../../timeline/stage.js';
import pc from 'picocolors';
import { Doc } from '../../../doc/document.js';
import { toDossier } from '../../../dossier/assemble.js';
import { runPipeline } from '../../../pipeline/run.js';
import { datesSection } from './dates.js';
import { timelineSection } from './timeline.js';

const plain = pc.createColors(false);

function dossierOf(text: string) {
  return toDossier(runPipeline(new Doc({ text }), {}, [segmentStage, datesStage, timelineStage]));
}

describe('dates and timeline sections', () => {
  const d = dossierOf('The plant opened in 2011. It closed at the end of February 2014. Workers had struck in May 2012.');

  it('lists each date with its value and precision, and the inferred publication bound', () => {
    const lines = datesSection.render(d, plain);
    expect(lines[0]).toContain('published not before 2014-02');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}2014-02 +"the end of February 2014" \(approximate\)$/));
  });

  it('shows the events in date order', () => {
    const lines = timelineSection.render(d, plain);
    expect(lines.map((l) => l.trim().slice(0, 7))).toEqual(['2011   ', '2012-05', '2014-02']);
  });

  it('shows nothing when the text has no date', () => {
    expect(timelineSection.render(dossierOf('Nothing dated here.'), plain)).toEqual([]);
  });
});
