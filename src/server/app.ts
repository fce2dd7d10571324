import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { DossierStore } from '../store/dossiers.js';
import { ANALYSIS_LIMITS, type AnalysisPool } from './analysis-pool.js';
import { errorResponse, onError } from './errors.js';
import { originGuard, securityHeaders, tokenGuard } from './guard.js';
import { openApi } from './openapi.js';
import { analyzeRoute, type AnalyzeLimits } from './routes/analyze.js';
import { dossierRoutes } from './routes/dossiers.js';
import { staticRoutes } from './static.js';

export interface AppOptions {
  store: DossierStore;
  /** The workers that run the analyses. */
  pool: AnalysisPool;
  /** When set, every API call needs `Authorization: Bearer <token>`. */
  token?: string;
  /** The store folder handed to the analysis (watchlists). */
  storePath?: string;
  /** Body sizes, and the time and heap each analysis may use. */
  limits?: Partial<AnalyzeLimits>;
  /** Folder of the built web app. */
  webRoot?: string;
}

export const DEFAULT_LIMITS: AnalyzeLimits = { jsonBytes: 8 * 1048576, uploadBytes: 32 * 1048576, ...ANALYSIS_LIMITS };

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The workbench: the JSON API under /api and the web app everywhere else. */
export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const ver = version();
  app.onError(onError);
  app.notFound((c) => errorResponse(c, 404, `no route ${c.req.method} ${c.req.path}`));
  app.use('*', securityHeaders);
  app.use('*', originGuard(!options.token));
  if (options.token) app.use('/api/*', tokenGuard(options.token));

  app.get('/api/health', (c) => c.json({ status: 'ok', version: ver, analyses: options.pool.stats() }));
  app.get('/api/openapi.json', (c) => c.json(openApi(ver)));
  analyzeRoute(app, options.store, options.pool, { ...DEFAULT_LIMITS, ...options.limits }, options.storePath);
  dossierRoutes(app, options.store);
  staticRoutes(app, options.webRoot);
  return app;
}
