import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierError } from '../../src/errors.js';
import { startServer } from '../../src/server/start.js';
import { ARTICLE, startTestServer, type TestServer } from './server.js';

let server: TestServer;
const api = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
const postJson = (body: unknown) => api('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function expectError(res: Response, status: number, pattern: RegExp): Promise<void> {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { error: string };
  expect(body.error).toMatch(pattern);
  expect(body.error).not.toMatch(/\n|\bat .+:\d+:\d+/);
  expect(Object.keys(body)).toEqual(['error']);
}

beforeAll(async () => {
  server = await startTestServer({ limits: { jsonBytes: 64 * 1024, uploadBytes: 32 * 1024 } });
});
afterAll(() => server.stop());

describe('the workbench API', () => {
  it('answers health and describes every route in OpenAPI', async () => {
    const health = await api('/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const spec = (await (await api('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths['/api/dossiers/{id}']).sort()).toEqual(['delete', 'get']);
    expect(spec.paths['/api/analyze'].post).toBeDefined();
    expect(spec.paths['/api/dossiers'].get).toBeDefined();
    expect(spec.paths['/api/health'].get).toBeDefined();
  });

  it('analyses posted JSON text and saves the dossier', async () => {
    const res = await postJson({ text: ARTICLE, published: '2022-02-14' });
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { id: string; title: string; dossier: { schema: string; document: { text: string; published: string } } };
    expect(saved.id).toMatch(/^[0-9a-f]{16}$/);
    expect(saved.title).toBe('Councillor accused of steering ferry contract to relative');
    expect(saved.dossier.schema).toBe('dossier/1');
    expect(saved.dossier.document.text).toBe(ARTICLE);
    expect(saved.dossier.document.published).toBe('2022-02-14');
    const again = (await (await api(`/api/dossiers/${saved.id}`)).json()) as { dossier: unknown };
    expect(again.dossier).toEqual(saved.dossier);
  });

  it('analyses an uploaded file through the ingesters', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(ARTICLE, 'latin1')], { type: 'text/plain' }), 'courier.txt');
    const res = await api('/api/analyze', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const saved = (await res.json()) as { dossier: { document: { text: string; source: string } } };
    expect(saved.dossier.document.source).toBe('courier.txt');
    expect(saved.dossier.document.text.trim()).toBe(ARTICLE.trim());
  });

  it('refuses bad requests with a one-line error and the right status', async () => {
    await expectError(await api('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"text": ' }), 400, /not valid JSON/);
    await expectError(await postJson({ txt: 'hello' }), 400, /^text: /);
    await expectError(await postJson({ text: '   ' }), 400, /empty/);
    await expectError(await postJson({ text: 'Some text.', published: '2021-02-30' }), 400, /^published: .*YYYY-MM-DD/);
    await expectError(await api('/api/analyze', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' }), 415, /application\/json/);
    const noFile = new FormData();
    noFile.append('published', '2020-01-01');
    await expectError(await api('/api/analyze', { method: 'POST', body: noFile }), 400, /field "file"/);
    const emptyFile = new FormData();
    emptyFile.append('file', new Blob(['  \n']), 'blank.txt');
    await expectError(await api('/api/analyze', { method: 'POST', body: emptyFile }), 422, /no text/);
  });

  it('refuses bodies over the size limits', async () => {
    await expectError(await postJson({ text: 'word '.repeat(20000) }), 413, /over the 64 KB limit/);
    const big = new FormData();
    big.append('file', new Blob(['word '.repeat(10000)]), 'big.txt');
    await expectError(await api('/api/analyze', { method: 'POST', body: big }), 413, /over the 32 KB limit/);
  });

  it('lists saved dossiers newest first, a page at a time', async () => {
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const saved = (await (await postJson({ text: `Listing test number ${n}.\nA short text.` })).json()) as { id: string };
      ids.push(saved.id);
    }
    const page = (await (await api('/api/dossiers?limit=2&offset=0')).json()) as { items: Array<{ id: string; title: string; counts: object }>; total: number; limit: number };
    expect(page.limit).toBe(2);
    expect(page.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    expect(page.items[0].title).toBe('Listing test number 3.');
    expect(page.items[0].counts).toHaveProperty('flags');
    const next = (await (await api('/api/dossiers?limit=2&offset=2')).json()) as { items: Array<{ id: string }>; total: number };
    expect(next.items[0].id).toBe(ids[0]);
    expect(next.total).toBe(page.total);
    await expectError(await api('/api/dossiers?limit=ten'), 400, /limit must be a whole number/);
  });

  it('deletes a dossier and answers 404 for unknown ids', async () => {
    const { id } = (await (await postJson({ text: 'A text to delete.' })).json()) as { id: string };
    const del = await api(`/api/dossiers/${id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    await expectError(await api(`/api/dossiers/${id}`), 404, /no saved dossier/);
    await expectError(await api(`/api/dossiers/${id}`, { method: 'DELETE' }), 404, /no saved dossier/);
    await expectError(await api('/api/dossiers/..%2F..%2Fetc'), 404, /no saved dossier/);
    await expectError(await api('/api/nothing-here'), 404, /no route/);
  });

  it('sends a content security policy and refuses foreign hosts and origins', async () => {
    const page = await api('/');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect((await api('/api/health')).headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const cross = await api('/api/dossiers', { headers: { Origin: 'http://evil.example' } });
    await expectError(cross, 403, /cross-origin/);
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL('/api/health', server.url);
      request({ host: url.hostname, port: url.port, path: url.pathname, headers: { Host: 'rebound.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });

  it('keeps saved dossiers across a restart', async () => {
    const { id } = (await (await postJson({ text: 'A text that outlives the server.' })).json()) as { id: string };
    const storePath = server.storePath;
    await server.stop(true);
    server = await startTestServer({ storePath });
    const res = await api(`/api/dossiers/${id}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { dossier: { document: { text: string } } }).dossier.document.text).toBe('A text that outlives the server.');
  });
});

describe('a server with a token', () => {
  it('requires the bearer token on every API call but serves the page', async () => {
    const guarded = await startTestServer({ token: 's3cret-token' });
    try {
      const call = (path: string, auth?: string) => fetch(new URL(path, guarded.url), auth ? { headers: { Authorization: auth } } : {});
      await expectError(await call('/api/health'), 401, /missing token/);
      await expectError(await call('/api/dossiers'), 401, /missing token/);
      await expectError(await call('/api/dossiers', 'Bearer wrong'), 401, /wrong token/);
      expect((await call('/api/dossiers', 'Bearer s3cret-token')).status).toBe(200);
      expect((await call('/')).status).toBe(200);
    } finally {
      await guarded.stop();
    }
  });

  it('will not bind a non-loopback address without one', async () => {
    await expect(startServer({ host: '0.0.0.0', port: 0 })).rejects.toThrow(DossierError);
    await expect(startServer({ host: '0.0.0.0', port: 0 })).rejects.toThrow(/--token/);
  });
});
