import { describe, expect, it } from 'vitest';
import { docWith } from '../checks/fixture.js';
import { buildTimeline, labelOf } from './timeline.js';

describe('timeline', () => {
  const text = 'Ana Ruiz joined the port authority in 2009. She was dismissed on 4 May 2016. Nobody knows why. The audit of March 2012 found nothing.';
  const events = buildTimeline(docWith(text, { entities: [{ forms: ['Ana Ruiz'] }] }));

  it('orders the dated events by date and leaves undated sentences out', () => {
    expect(events.map((e) => e.date)).toEqual(['2009', '2012-03', '2016-05-04']);
    expect(events.some((e) => e.text.includes('Nobody knows'))).toBe(false);
  });

  it('gives each event its span of days, its sentence and the entities named in it', () => {
    expect(events[0]).toMatchObject({ start: '2009-01-01', end: '2009-12-31', text: 'Ana Ruiz joined the port authority in 2009.', entities: ['E1'] });
    expect(events[2].entities).toEqual([]);
  });

  it('shortens a long sentence to the words around the date', () => {
    const sentence = `${'word '.repeat(40)}in June 2015 ${'more '.repeat(40)}`;
    const label = labelOf(sentence, sentence.indexOf('June'));
    expect(label).toContain('June 2015');
    expect(label.length).toBeLessThanOrEqual(72);
  });
});
