import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';

/** Headers sent with every response: the app loads only its own files and never article content as code. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
};

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || host.startsWith('127.');
}

/**
 * Without a token the server only answers requests addressed to a loopback name, so a web page
 * that rebinds its own domain to 127.0.0.1 cannot read the API; a cross-site Origin is refused
 * because a plain form post needs no preflight.
 */
export function originGuard(requireLoopbackHost: boolean): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const hostname = host.replace(/:\d+$/, '');
    if (requireLoopbackHost && !isLoopback(hostname)) return errorResponse(c, 403, 'requests must be addressed to localhost');
    const origin = c.req.header('origin');
    if (origin && origin !== 'null') {
      let originHost = '';
      try {
        originHost = new URL(origin).host;
      } catch {
        originHost = '';
      }
      if (originHost !== host) return errorResponse(c, 403, 'cross-origin requests are not accepted');
    }
    await next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Requires `Authorization: Bearer <token>` on every API call. */
export function tokenGuard(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m) return errorResponse(c, 401, 'missing token: send Authorization: Bearer <token>');
    if (!timingSafeEqual(digest(m[1].trim()), expected)) return errorResponse(c, 401, 'wrong token');
    await next();
  };
}
