import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { DocInit } from '../../doc/document.js';
import { ingestBytes } from '../../ingest/index.js';
import type { DossierStore } from '../../store/dossiers.js';
import type { AnalysisLimits, AnalysisPool } from '../analysis-pool.js';
import { errorResponse, HttpError } from '../errors.js';

export interface AnalyzeLimits extends AnalysisLimits {
  /** Largest JSON body, in bytes. */
  jsonBytes: number;
  /** Largest multipart upload, in bytes. */
  uploadBytes: number;
}

const isoDay = z.string().refine((v) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  return !!m && !!d && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}, 'expected a date as YYYY-MM-DD');

const watchlist = z.union([z.string().min(1), z.array(z.string().min(1))]).optional();

const JsonRequest = z.object({
  text: z.string().refine((t) => t.trim() !== '', 'the text is empty'),
  published: isoDay.optional(),
  watchlist,
  source: z.string().max(1000).optional(),
});

interface Parsed {
  input: DocInit;
  published?: string;
  watchlists?: string[];
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

function listOf(value: string | string[] | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

async function readJson(c: Context): Promise<Parsed> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new HttpError(400, 'the request body is not valid JSON');
  }
  const parsed = JsonRequest.safeParse(body);
  if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
  const { text, published, source } = parsed.data;
  return { input: { text, source: source ?? null }, published, watchlists: listOf(parsed.data.watchlist) };
}

async function readUpload(c: Context): Promise<Parsed> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch {
    throw new HttpError(400, 'the upload is not valid multipart form data');
  }
  const file = form.file;
  if (!(file instanceof File)) throw new HttpError(400, 'the upload needs one file in the field "file"');
  const fields = z.object({ published: isoDay.optional(), watchlist }).safeParse({
    published: typeof form.published === 'string' && form.published !== '' ? form.published : undefined,
    watchlist: form.watchlist,
  });
  if (!fields.success) throw new HttpError(400, firstIssue(fields.error));
  const input = await ingestBytes(new Uint8Array(await file.arrayBuffer()), file.name || 'upload');
  return { input, published: fields.data.published, watchlists: listOf(fields.data.watchlist) };
}

/**
 * `POST /api/analyze`: JSON `{text, published?, watchlist?}` or a multipart file upload. The analysis
 * runs in the pool's workers; this thread saves the dossier and answers with the worker's JSON text.
 */
export function analyzeRoute(app: Hono, store: DossierStore, pool: AnalysisPool, limits: AnalyzeLimits, serverStore?: string): void {
  const tooLarge = (max: number) => (c: Context) => errorResponse(c, 413, `the request is over the ${formatBytes(max)} limit`);
  const jsonLimit = bodyLimit({ maxSize: limits.jsonBytes, onError: tooLarge(limits.jsonBytes) });
  const uploadLimit = bodyLimit({ maxSize: limits.uploadBytes, onError: tooLarge(limits.uploadBytes) });

  app.post(
    '/api/analyze',
    async (c, next) => {
      const type = c.req.header('content-type') ?? '';
      if (type.startsWith('multipart/form-data')) return uploadLimit(c, next);
      if (type.startsWith('application/json')) return jsonLimit(c, next);
      return errorResponse(c, 415, 'send application/json {text} or multipart/form-data with a file');
    },
    async (c) => {
      const type = c.req.header('content-type') ?? '';
      const req = type.startsWith('multipart/form-data') ? await readUpload(c) : await readJson(c);
      const { json, facts } = await pool.analyse(req.input, { published: req.published, watchlists: req.watchlists, store: serverStore });
      const { id, title, created, counts } = store.saveJson(json, facts);
      const head = JSON.stringify({ id, title, created, counts });
      return c.body(`${head.slice(0, -1)},"dossier":${json}}`, 201, { 'Content-Type': 'application/json; charset=utf-8' });
    },
  );
}

export function formatBytes(n: number): string {
  if (n >= 1048576) return `${+(n / 1048576).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
