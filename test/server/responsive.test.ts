import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './server.js';
import { longArticle } from './texts.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Health {
  status: string;
  analyses: { running: number; queued: number };
}

describe('the workbench during a long analysis', () => {
  it('answers health calls while a 200 KB article is being analysed', async () => {
    const events: string[] = [];
    const analysis = fetch(new URL('/api/analyze', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: longArticle(200 * 1024) }),
    }).then(async (res) => {
      events.push(`analyze ${res.status}`);
      await res.arrayBuffer();
    });
    // Until the worker has taken the job, a health answer proves nothing.
    let health: Health;
    do health = (await (await fetch(new URL('/api/health', server.url))).json()) as Health;
    while (health.analyses.running === 0 && !events.length);
    events.push(`health ${health.status} while ${health.analyses.running} running`);
    await analysis;
    expect(events).toEqual(['health ok while 1 running', 'analyze 201']);
  });
});
