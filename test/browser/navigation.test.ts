import { describe, expect, it } from 'vitest';
import { ARTICLE, startTestServer } from '../server/server.js';
import { HAVE_CHROMIUM, launchBrowser, useWorkbench, shot } from './browser.js';
import { handDossier } from './fixture.js';

const wb = useWorkbench();

const newPage = () => wb.browser.newPage({ viewport: { width: 1366, height: 768 } });

describe.skipIf(!HAVE_CHROMIUM)('moving around the workbench', () => {

  it('opens a deep link to a span and works from the keyboard', async () => {
    const d = handDossier();
    const { id } = wb.server.store.save(d);
    const ref = d.references[0];
    const page = await newPage();
    await page.goto(`${wb.server.url}#/d/${id}/s/${ref.start}-${ref.end}`);
    await page.locator('.article mark.target').waitFor();
    expect(await page.locator('.article mark.target').textContent()).toBe(ref.text);
    expect(await page.evaluate('document.activeElement.textContent')).toBe(ref.text);
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate('document.activeElement.textContent')).toBe(d.dates[1].text);
    await page.keyboard.press('Home');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Bergen');
    expect(await page.locator('.article mark[tabindex="0"]').count()).toBe(1);
    await expect.poll(() => page.locator('#tip').textContent()).toContain('Bergen: 1 mention');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: /^Bergen ×/ }).getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('tab', { name: /Entities/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: /Flags/ }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('lists past dossiers and opens one', async () => {
    const d = handDossier();
    const { id, title } = wb.server.store.save(d);
    const page = await newPage();
    await page.goto(wb.server.url);
    const link = page.locator(`.saved a[href="#/d/${id}"]`);
    expect(await link.textContent()).toBe(title);
    await page.screenshot({ path: shot('saved-list-desktop') });
    await link.click();
    await page.waitForURL(new RegExp(`#/d/${id}$`));
    expect(await page.locator('.article').textContent()).toBe(d.document.text);
    await page.close();
  });
});

describe.skipIf(!HAVE_CHROMIUM)('the workbench behind a token', () => {
  it('asks for the token once, then works', async () => {
    const guarded = await startTestServer({ token: 'desk-token-42' });
    const chrome = await launchBrowser();
    try {
      const page = await chrome.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(guarded.url);
      await page.getByLabel('Token', { exact: true }).fill('desk-token-42');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByLabel('Article text').fill(ARTICLE);
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.waitForURL(/#\/d\/[0-9a-f]{16}$/);
      expect(await page.locator('.article').textContent()).toBe(ARTICLE);
    } finally {
      await chrome.close();
      await guarded.stop();
    }
  });
});
