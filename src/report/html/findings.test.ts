import { describe, expect, it } from 'vitest';
import { bareDossier } from '../../../test/server/bare.js';
import { dateStart, flagsBySeverity, timelineOf } from './findings.js';

describe('reading findings for the reports', () => {
  it('reads timeline events with their span, and skips malformed ones', () => {
    const d = bareDossier('In May 2019 the firm was sold. It closed in 2020.');
    d.timeline = [
      { date: '2019-05', start: '2019-05-01', end: '2019-05-31', span: { start: 3, end: 11 }, text: 'In May 2019 the firm was sold.', entities: ['E1'], label: 'firm sold' },
      { date: '2020', start: 42, end: 46, text: '2020', entities: [], label: 'closed' },
      { date: '2021', text: 'no span at all' },
      'not an event',
    ];
    expect(timelineOf(d)).toEqual([
      { date: '2019-05', from: '2019-05-01', to: '2019-05-31', start: 3, end: 11, text: 'In May 2019 the firm was sold.', entities: ['E1'], label: 'firm sold' },
      { date: '2020', from: '2020', to: '2020', start: 42, end: 46, text: '2020', entities: [], label: 'closed' },
    ]);
  });

  it('places ISO dates of any precision at their first day', () => {
    expect(dateStart('2019')).toBe(Date.UTC(2019, 0, 1));
    expect(dateStart('2019-05')).toBe(Date.UTC(2019, 4, 1));
    expect(dateStart('2015-06-03/2015-06-04')).toBe(Date.UTC(2015, 5, 3));
    expect(dateStart('around then')).toBeNull();
  });

  it('orders flags critical, warning, info, keeping the order within a severity', () => {
    const d = bareDossier('text');
    d.flags = (['info', 'warning', 'critical', 'warning'] as const).map((severity, n) => ({ kind: `k${n}`, severity, message: '', evidence: [] }));
    expect(flagsBySeverity(d).map((f) => f.flag.kind)).toEqual(['k2', 'k1', 'k3', 'k0']);
  });
});
