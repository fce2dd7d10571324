import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DossierError, describeError, type ErrorCode } from '../errors.js';

/** HTTP status for each error of the catalogue. */
const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  'not-found': 404,
  unreadable: 422,
  empty: 422,
  binary: 415,
  'too-large': 413,
  'bad-encoding': 422,
  'bad-format': 422,
  'bad-argument': 400,
  unsupported: 415,
  timeout: 503,
  'missing-tool': 501,
  store: 500,
};

/** A request error with its status; the message is one line for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ error: message.split('\n')[0] }, status);
}

/** Turns anything thrown by a route into `{error}` JSON without a stack trace. */
export function onError(err: unknown, c: Context): Response {
  if (err instanceof HttpError) return errorResponse(c, err.status, err.message);
  if (err instanceof DossierError) return errorResponse(c, STATUS[err.code] ?? 400, err.message);
  const message = describeError(err);
  process.stderr.write(`dossier serve: ${message}\n`);
  return errorResponse(c, 500, 'internal error');
}
