import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/dossier/contract.js';
import { ARTICLE } from '../server/server.js';
import { HAVE_CHROMIUM, useWorkbench, shot } from './browser.js';
import { at, handDossier } from './fixture.js';

const wb = useWorkbench();

/** Characters covered by the union of some spans. */
function covered(spans: Array<{ start: number; end: number }>): number {
  const on = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) on.add(i);
  return on.size;
}

async function coveredInPage(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluateAll((els) => els.reduce((n, el) => n + (el.textContent ?? '').length, 0));
}

/** Script errors and console errors (a blocked resource or a policy violation shows up here). */
let problems: string[] = [];

async function newPage(width = 1366, height = 768): Promise<Page> {
  const page = await wb.browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  return page;
}

describe.skipIf(!HAVE_CHROMIUM)('the workbench in a browser', () => {
  afterEach(() => {
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  });

  it('analyses a pasted article and shows the text with its highlights', async () => {
    const page = await newPage();
    await page.goto(wb.server.url);
    await page.screenshot({ path: shot('home-desktop') });
    await page.getByLabel('Article text').fill(ARTICLE);
    await page.getByLabel('Published').fill('2022-02-14');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.waitForURL(/#\/d\/[0-9a-f]{16}$/);
    await page.locator('.article').waitFor();
    expect(await page.locator('.article').textContent()).toBe(ARTICLE);
    const id = /#\/d\/([0-9a-f]{16})/.exec(page.url())![1];
    const saved = (await (await fetch(new URL(`/api/dossiers/${id}`, wb.server.url))).json()) as { dossier: Dossier };
    const d = saved.dossier;
    expect(await coveredInPage(page, '.article .l-entity')).toBe(covered(d.entities.flatMap((e) => e.mentions)));
    expect(await coveredInPage(page, '.article .l-date')).toBe(covered(d.dates));
    expect(await coveredInPage(page, '.article .l-reference')).toBe(covered(d.references));
    expect(await coveredInPage(page, '.article .l-claim')).toBe(covered(d.claims));
    await page.screenshot({ path: shot('analysed-desktop') });
    await page.close();
  });

  it('analyses a chosen or dropped file', async () => {
    const page = await newPage();
    await page.goto(wb.server.url);
    await page.locator('#file').setInputFiles({ name: 'courier.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    expect(await page.locator('.chosen').textContent()).toContain('courier.txt');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.waitForURL(/#\/d\/[0-9a-f]{16}$/);
    expect(await page.locator('.article').textContent()).toBe(ARTICLE);
    expect(await page.locator('.dossier-head').textContent()).toContain('courier.txt');

    await page.goto(wb.server.url);
    const dropped = await page.evaluateHandle(
      `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(ARTICLE)}], 'dropped.txt', { type: 'text/plain' })); return dt; })()`,
    );
    await page.dispatchEvent('form', 'dragover', { dataTransfer: dropped });
    await page.dispatchEvent('form', 'drop', { dataTransfer: dropped });
    expect(await page.locator('.chosen').textContent()).toContain('dropped.txt');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.waitForURL(/#\/d\/[0-9a-f]{16}$/);
    expect(await page.locator('.dossier-head').textContent()).toContain('dropped.txt');
    await page.close();
  });

  it('highlights every layer, explains a span and follows an entity to its mentions', async () => {
    const d = handDossier();
    const { id } = wb.server.store.save(d);
    const page = await newPage();
    await page.goto(`${wb.server.url}#/d/${id}`);
    await page.locator('.article').waitFor();
    expect(await coveredInPage(page, '.article .l-entity')).toBe(covered(d.entities.flatMap((e) => e.mentions)));
    expect(await coveredInPage(page, '.article .l-quote')).toBe(d.quotes[0].text.length);
    expect(await page.locator('.article .l-flag').count()).toBeGreaterThanOrEqual(2);

    await page.locator('.article mark.l-reference').first().hover();
    await expect.poll(() => page.locator('#tip').textContent()).toContain('BHB/2021-118');

    await page.getByRole('button', { name: /Ingrid Solheim/ }).click();
    const mentions = page.locator('.article .r-E1');
    expect(await mentions.allTextContents()).toEqual(['Ingrid Solheim', 'Solheim']);
    expect(await page.evaluate("getComputedStyle(document.querySelector('.article .r-E1')).outlineWidth")).toBe('3px');
    expect(await page.evaluate('document.activeElement.getAttribute("aria-expanded")')).toBe('true');
    await page.locator('.detail .mentions button').nth(1).click();
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Solheim');
    expect(page.url()).toContain(`/s/${at('Solheim', 1).start}-${at('Solheim', 1).end}`);
    expect(await page.locator('.hit').count()).toBe(0);
    await page.getByRole('button', { name: /Tor Aasen/ }).click();
    expect(await page.locator('.hit').textContent()).toContain('AASEN, Tor');
    await page.screenshot({ path: shot('entity-selected-desktop') });

    await page.getByRole('tab', { name: /Flags/ }).click();
    expect(await page.locator('.flag .badge').allTextContents()).toEqual(['critical', 'info']);
    await page.getByRole('tab', { name: /Timeline/ }).click();
    expect(await page.locator('.chart circle').count()).toBe(2);
    await page.screenshot({ path: shot('timeline-desktop') });

    await page.getByRole('checkbox').nth(1).uncheck();
    const dateBg = await page.evaluate("getComputedStyle(document.querySelector('.article .l-date')).backgroundColor");
    expect(dateBg).toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('exports the dossier as JSON, Markdown and HTML', async () => {
    const d = handDossier();
    const { id } = wb.server.store.save(d);
    const page = await newPage();
    await page.goto(`${wb.server.url}#/d/${id}`);
    await page.locator('.article').waitFor();
    const grab = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      return { name: download.suggestedFilename(), body: readFileSync((await download.path())!, 'utf8') };
    };
    const json = await grab('JSON');
    expect(json.name).toMatch(/\.json$/);
    expect(JSON.parse(json.body)).toEqual(d);
    const md = await grab('Markdown');
    expect(md.body).toContain('# Councillor accused of steering ferry contract to relative');
    expect(md.body).toMatch(/\| Tor Aasen \| Person \| 2 \| Aasen \| test-list: AASEN, Tor/);
    const html = await grab('HTML report');
    const report = await wb.browser.newPage();
    await report.setContent(html.body);
    expect(await report.locator('#entities td').first().textContent()).toBe('Ingrid Solheim');
    expect(await report.locator('.article').textContent()).toBe(d.document.text);
    await report.close();
    await page.close();
  });

  it('reads on a phone-width screen', async () => {
    const { id } = wb.server.store.save(handDossier());
    const page = await newPage(390, 844);
    await page.goto(wb.server.url);
    await page.screenshot({ path: shot('home-phone') });
    await page.goto(`${wb.server.url}#/d/${id}`);
    await page.locator('.article').waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBe(0);
    await page.screenshot({ path: shot('dossier-phone'), fullPage: true });
    await page.close();
  });

  it('renders the whole of a long text', async () => {
    const base = handDossier();
    const copies = Math.ceil(200_000 / (ARTICLE.length + 1));
    const long = Array.from({ length: copies }, () => ARTICLE).join('\n');
    const shift = (s: { start: number; end: number; text: string }, k: number) => ({ ...s, start: s.start + k * (ARTICLE.length + 1), end: s.end + k * (ARTICLE.length + 1) });
    const d: Dossier = {
      ...base,
      document: { ...base.document, text: long },
      entities: base.entities.map((e) => ({ ...e, mentions: Array.from({ length: copies }, (_, k) => e.mentions.map((m) => shift(m, k))).flat() })),
      dates: Array.from({ length: copies }, (_, k) => base.dates.map((x) => ({ ...x, ...shift(x, k) }))).flat(),
    };
    const { id } = wb.server.store.save(d);
    const page = await newPage();
    await page.goto(`${wb.server.url}#/d/${id}`);
    await page.locator('.article').waitFor();
    await expect.poll(() => page.locator('.article').evaluate((el) => (el.textContent ?? '').length), { timeout: 20000 }).toBe(long.length);
    expect(await page.locator('.article .r-E1').count()).toBe(2 * copies);
    const last = d.entities[0].mentions.at(-1)!;
    await page.goto(`${wb.server.url}#/d/${id}/s/${last.start}-${last.end}`);
    await expect.poll(() => page.evaluate('document.activeElement.textContent')).toBe(last.text);
    const seen = '(() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()';
    expect(await page.evaluate(seen)).toBe(true);
    await page.close();
  });
});
