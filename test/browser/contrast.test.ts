import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, useWorkbench } from './browser.js';
import { handDossier } from './fixture.js';

const wb = useWorkbench();

/**
 * Runs in the page: for every visible element holding text of its own, the contrast of its colour
 * against the first opaque background behind it (WCAG 2 relative luminance). Lists those under 4.5:1.
 */
const LOW_CONTRAST = `(() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || el.getClientRects().length === 0) continue;
    if (el.closest('[disabled], :disabled')) continue;
    const a = lum(rgb(style.color).slice(0, 3)), b = lum(background(el));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) low.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ' "' + el.textContent.trim().slice(0, 30) + '"');
  }
  return low;
})()`;

describe.skipIf(!HAVE_CHROMIUM)('colour contrast', () => {

  it('keeps every text at WCAG AA contrast (4.5:1) on the start page and in every panel', async () => {
    const { id } = wb.server.store.save(handDossier());
    const page = await wb.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(wb.server.url);
    await page.locator('.saved a').first().waitFor();
    expect(await page.evaluate(LOW_CONTRAST)).toEqual([]);
    await page.goto(`${wb.server.url}#/d/${id}`);
    await page.locator('.article').waitFor();
    await page.getByRole('button', { name: /^Tor Aasen ×/ }).click();
    await page.locator('.article mark').first().hover();
    expect(await page.evaluate(LOW_CONTRAST)).toEqual([]);
    for (const tab of ['Flags', 'Claims', 'Techniques', 'Timeline']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      expect(await page.evaluate(LOW_CONTRAST), tab).toEqual([]);
    }
    await page.evaluate(`document.querySelector('.dossier-head h1').style.color = '#999'`);
    expect(await page.evaluate(LOW_CONTRAST)).toEqual([expect.stringMatching(/^H1\. 2\.\d\d "Councillor/)]);
    await page.close();
  });
});
