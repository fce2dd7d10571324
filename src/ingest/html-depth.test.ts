import { describe, expect, it } from 'vitest';
import { makeHtml } from '../../test/fixtures/html.js';
import { htmlDepth } from './html-depth.js';

describe('HTML nesting depth', () => {
  it.each([
    ['<div><div><span>x</span></div></div>', 3],
    ['<ul><li>a<li>b<li>c</ul>', 1],
    ['<p>one<p>two<br><img src=x><div/>', 0],
    [makeHtml({ title: 't', paragraphs: ['a', 'b'] }), 5],
  ])('counts %#', (html, depth) => {
    expect(htmlDepth(html)).toBe(depth);
  });
});
