import type { Hono } from 'hono';
import type { DossierStore } from '../../store/dossiers.js';
import { HttpError } from '../errors.js';

const ID = /^[0-9a-f]{16}$/;

function intParam(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new HttpError(400, `${name} must be a whole number`);
  return Math.min(Number(value), max);
}

function findId(id: string): string {
  if (!ID.test(id)) throw new HttpError(404, `no saved dossier with id ${JSON.stringify(id.slice(0, 40))}`);
  return id;
}

/** The saved dossiers: a paged list, one by id, deletion. */
export function dossierRoutes(app: Hono, store: DossierStore): void {
  app.get('/api/dossiers', (c) => {
    const limit = Math.max(1, intParam(c.req.query('limit'), 'limit', 20, 100));
    const offset = intParam(c.req.query('offset'), 'offset', 0, Number.MAX_SAFE_INTEGER);
    return c.json(store.list(limit, offset));
  });

  app.get('/api/dossiers/:id', (c) => {
    const saved = store.getJson(findId(c.req.param('id')));
    if (!saved) throw new HttpError(404, `no saved dossier with id ${c.req.param('id')}`);
    return c.body(saved, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  });

  app.delete('/api/dossiers/:id', (c) => {
    if (!store.delete(findId(c.req.param('id')))) throw new HttpError(404, `no saved dossier with id ${c.req.param('id')}`);
    return c.json({ deleted: c.req.param('id') });
  });
}
