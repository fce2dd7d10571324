import { describe, expect, it } from 'vitest';
import { bareDossier } from '../../../test/server/bare.js';
import { renderMarkdown } from './render.js';

describe('the Markdown report', () => {
  it('lists flags most severe first with their evidence', () => {
    const text = 'Insiders say the mayor signed the deal in 2019. The deal was signed in 2021.';
    const d = bareDossier(text);
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    d.flags = [
      { kind: 'anonymous-source', severity: 'info', message: 'unnamed insiders', evidence: [span('Insiders say')] },
      { kind: 'contradiction', severity: 'critical', message: 'two years for one signing', evidence: [span('2019'), span('2021')] },
    ];
    const md = renderMarkdown(d);
    const critical = md.indexOf('**CRITICAL** contradiction');
    const info = md.indexOf('**INFO** anonymous-source');
    expect(critical).toBeGreaterThan(0);
    expect(info).toBeGreaterThan(critical);
    expect(md).toContain('> **Insiders say** the mayor signed the deal in 2019. The deal was signed in 2…');
    expect(md).toContain('> Insiders say the mayor signed the deal in **2019**. The deal was signed in 2021.');
  });

  it('escapes markup and table breaks in values', () => {
    const text = 'Acme | Partners <b>Ltd</b> won.';
    const d = bareDossier(text);
    d.entities = [{ id: 'E1', type: 'organization', name: 'Acme | Partners <b>Ltd</b>', aliases: [], mentions: [{ start: 0, end: 26, text: text.slice(0, 26) }], variants: [] }];
    const md = renderMarkdown(d);
    expect(md).toContain('| Acme \\| Partners &lt;b>Ltd&lt;/b> | Organization | 1 |');
    expect(md).not.toContain('<b>');
  });

  it('leaves ordinary punctuation readable and keeps entity-like text literal', () => {
    const text = 'Smith & Sons (Cyprus) said &copy; is theirs.';
    const d = bareDossier(text);
    d.flags = [{ kind: 'x', severity: 'info', message: text, evidence: [] }];
    expect(renderMarkdown(d)).toContain('x: Smith & Sons (Cyprus) said &amp;copy; is theirs.');
  });
});
