import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** The built web app: `web/dist` at the package root (from `src/server` or `dist/server`). */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>dossier</title>
<p>The web app is not built. Run <code>npm run build</code> in the project folder, then restart <code>dossier serve</code>.</p>`;

/** Serves the files of the built app; anything outside `root` is never read. */
export function staticRoutes(app: Hono, root: string = WEB_ROOT): void {
  app.get('*', async (c) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text('bad path', 400);
    }
    if (path.startsWith('/api/')) return c.json({ error: `no route ${c.req.method} ${path}` }, 404);
    const rel = path === '/' ? 'index.html' : path.slice(1);
    const file = normalize(join(root, rel));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !TYPES[extname(file)]) return c.text('not found', 404);
    try {
      const body = await readFile(file);
      const immutable = rel.startsWith('assets/');
      return c.body(body, 200, {
        'Content-Type': TYPES[extname(file)],
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    } catch {
      if (rel === 'index.html') return c.html(NOT_BUILT, 200);
      return c.text('not found', 404);
    }
  });
}
