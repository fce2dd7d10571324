import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { WEB_ROOT } from '../../src/server/static.js';

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
