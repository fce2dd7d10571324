import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, useWorkbench, shot } from './browser.js';
import { bareDossier } from './fixture.js';

const wb = useWorkbench();

/** An article whose text is full of markup that would run if it were ever parsed as HTML. */
const HOSTILE = `Mayor's office answers <script>window.__xss = 'script'; alert(1)</script> questions

The statement <img src=x onerror="window.__xss = 'img'; alert(2)"> was posted on 4 May 2023.
Read it <a href="javascript:window.__xss='link'">here</a> or <svg onload="window.__xss='svg'"></svg>.
"<b onmouseover=window.__xss='b'>Nothing to add</b>," said the press officer.
`;

async function expectInert(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate('window.__xss')).toBeUndefined();
  expect(dialogs).toEqual([]);
  for (const tag of ['script', 'img', 'svg', 'a', 'b']) {
    expect(await page.locator(`.article ${tag}`).count(), tag).toBe(0);
  }
}

describe.skipIf(!HAVE_CHROMIUM)('hostile article text in the browser', () => {

  it('shows markup in an analysed article as text and runs none of it', async () => {
    const page = await wb.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(wb.server.url);
    await page.getByLabel('Article text').fill(HOSTILE);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.waitForURL(/#\/d\/[0-9a-f]{16}$/);
    await page.locator('.article').waitFor();
    expect(await page.locator('.article').textContent()).toBe(HOSTILE);
    await page.locator('.article').hover();
    await page.locator('.article mark').first().hover().catch(() => undefined);
    await expectInert(page, dialogs);
    await page.screenshot({ path: shot('xss-desktop') });
    await page.close();
  });

  it('escapes markup in entity names, flags and the exported report', async () => {
    const base = bareDossier(HOSTILE);
    const at = (needle: string) => {
      const start = HOSTILE.indexOf(needle);
      return { start, end: start + needle.length, text: needle };
    };
    const img = at(`<img src=x onerror="window.__xss = 'img'; alert(2)">`);
    const d = {
      ...base,
      entities: [{ id: 'E1', type: 'person' as const, name: img.text, aliases: [img.text, '<b>bold</b>'], mentions: [img], variants: [] }],
      flags: [{ kind: '<script>x</script>', severity: 'critical' as const, message: `<img src=y onerror="window.__xss='flag'">`, evidence: [at('<script>')] }],
    };
    const { id } = wb.server.store.save(d);
    const page = await wb.browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${wb.server.url}#/d/${id}`);
    await page.locator('.article').waitFor();
    await page.getByRole('button', { name: /onerror/ }).first().click();
    await page.locator('.article mark').first().hover();
    await page.getByRole('tab', { name: /Flags/ }).click();
    expect(await page.locator('.flag').textContent()).toContain(`<img src=y onerror="window.__xss='flag'">`);
    await expectInert(page, dialogs);
    expect(await page.locator('#app img, #app script, #app svg:not(.chart)').count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'HTML report' }).click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    const report = await wb.browser.newPage();
    report.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await report.setContent(html);
    expect(await report.locator('.article').textContent()).toBe(HOSTILE);
    expect(await report.locator('img, script:not([type]), a, svg, b').count()).toBe(0);
    await report.locator('.article mark').first().hover();
    expect(await report.evaluate('window.__xss')).toBeUndefined();
    expect(dialogs).toEqual([]);
    await report.close();
    await page.close();
  });
});
