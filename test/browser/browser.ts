import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { WEB_ROOT } from '../../src/server/static.js';
import { startTestServer, type TestServer } from '../server/server.js';

export const CHROMIUM = '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);

/** Headless Chromium with no network side traffic. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error('the web app is not built: run `npm run build` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const shot = (name: string) => join(SCREENSHOTS, `${name}.png`);

/** Starts a test server and the browser before a file's tests, and stops both after (nothing without Chromium). */
export function useWorkbench(): { browser: Browser; server: TestServer } {
  const wb = {} as { browser: Browser; server: TestServer };
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    wb.server = await startTestServer();
    wb.browser = await launchBrowser();
  }, 60000);
  afterAll(async () => {
    await wb.browser?.close();
    await wb.server?.stop();
  });
  return wb;
}
