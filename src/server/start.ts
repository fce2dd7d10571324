import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { DossierError } from '../errors.js';
import { DossierStore } from '../store/dossiers.js';
import { AnalysisPool, defaultPoolSize } from './analysis-pool.js';
import { createApp, DEFAULT_LIMITS, type AppOptions } from './app.js';
import { isLoopback } from './guard.js';

export interface ServeOptions extends Omit<AppOptions, 'store' | 'pool'> {
  host?: string;
  port?: number;
  /** Analysis workers (default: one per core less one, at least one). */
  workers?: number;
}

export interface RunningServer {
  url: string;
  store: DossierStore;
  close(): Promise<void>;
}

/** Starts the workbench; binding a non-loopback address requires a token. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.token) {
    throw new DossierError('bad-argument', `binding ${host} exposes the workbench to the network: give --token (or DOSSIER_TOKEN)`);
  }
  const store = DossierStore.open(options.storePath);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const pool = new AnalysisPool({ timeoutMs: limits.timeoutMs, heapMb: limits.heapMb, queueMax: limits.queueMax }, options.workers ?? defaultPoolSize());
  const app = createApp({ ...options, store, pool });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 0 }) as Server;
    s.once('listening', () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) => {
      store.close();
      void pool.close();
      if (err.code === 'EADDRINUSE') reject(new DossierError('bad-argument', `port ${options.port} is already in use`));
      else if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') reject(new DossierError('bad-argument', `cannot bind ${host}`));
      else if (err.code === 'EACCES') reject(new DossierError('bad-argument', `no permission to bind ${host}:${options.port}`));
      else reject(err);
    });
  });
  pool.warm();
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        const stopping = pool.close();
        server.closeAllConnections?.();
        server.close(() => {
          store.close();
          void stopping.then(resolve);
        });
      }),
  };
}
