import { describe, expect, it } from 'vitest';
import { bareDossier } from '../../../test/server/bare.js';
import { renderHtml } from './render.js';

const HOSTILE = 'Council row <script>steal()</script> and <img src=x onerror=alert(1)> over "fees" & <a href="javascript:go()">rates</a>.';

describe('the HTML report', () => {
  it('escapes article text and findings so no markup from them survives', () => {
    const d = bareDossier(HOSTILE);
    d.entities = [{ id: 'E1', type: 'person', name: '<b>Bold</b>', aliases: ['<b>Bold</b>'], mentions: [{ start: 12, end: 20, text: HOSTILE.slice(12, 20) }], variants: [] }];
    d.flags = [{ kind: 'x', severity: 'warning', message: '<img src=y onerror=alert(2)>', evidence: [{ start: 12, end: 20, text: HOSTILE.slice(12, 20) }] }];
    const html = renderHtml(d);
    expect(html).not.toMatch(/<script|<img|<a |<b>/i);
    expect(html).toContain('&lt;script&gt;steal()&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Bold&lt;/b&gt;');
    expect(html).toContain("default-src 'none'");
  });

  it('stands alone: no external resource is referenced', () => {
    const html = renderHtml(bareDossier('A plain article about harbour fees.'));
    expect(html).not.toMatch(/<link|src=|https?:\/\//i);
    expect(html).toContain('<style>');
  });

  it('wraps every finding span in a mark with its explanation', () => {
    const text = 'Ana Ruiz met the board in Lisbon.';
    const d = bareDossier(text);
    d.entities = [
      { id: 'E1', type: 'person', name: 'Ana Ruiz', aliases: ['Ana Ruiz'], mentions: [{ start: 0, end: 8, text: 'Ana Ruiz' }], variants: [] },
      { id: 'E2', type: 'location', name: 'Lisbon', aliases: ['Lisbon'], mentions: [{ start: 26, end: 32, text: 'Lisbon' }], variants: [] },
    ];
    const html = renderHtml(d);
    expect(html).toMatch(/<mark class="l-entity k-entity-person" title="Person: Ana Ruiz: 1 mention">Ana Ruiz<\/mark> met the board in <mark class="l-entity k-entity-location"[^>]*>Lisbon<\/mark>/);
  });
});
