import type { Dossier } from '../../src/dossier/contract.js';

export type { Dossier };

/** A saved dossier as the API returns it (see src/store/dossiers.ts). */
export interface SavedSummary {
  id: string;
  title: string;
  created: string;
  counts: Record<'entities' | 'dates' | 'claims' | 'techniques' | 'flags' | 'critical' | 'warning' | 'info', number>;
}
export interface SavedDossier extends SavedSummary {
  dossier: Dossier;
}
export interface DossierPage {
  items: SavedSummary[];
  total: number;
  limit: number;
  offset: number;
}

const TOKEN_KEY = 'dossier-token';

/** An API failure with the server's one-line message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function setToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'the workbench server is not answering');
  }
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) {
    const err = new ApiError(res.status, body?.error ?? `request failed (${res.status})`);
    reportUnauthorized(err);
    throw err;
  }
  return body as T;
}

export function analyzeText(text: string, published?: string): Promise<SavedDossier> {
  return call('/api/analyze', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(published ? { text, published } : { text }),
  });
}

export function analyzeFile(file: File, published?: string): Promise<SavedDossier> {
  const form = new FormData();
  form.append('file', file);
  if (published) form.append('published', published);
  return call('/api/analyze', { method: 'POST', body: form });
}

export const listDossiers = (offset: number, limit = 20) => call<DossierPage>(`/api/dossiers?limit=${limit}&offset=${offset}`);
export const getDossier = (id: string) => call<SavedDossier>(`/api/dossiers/${encodeURIComponent(id)}`);
export const deleteDossier = (id: string) => call<{ deleted: string }>(`/api/dossiers/${encodeURIComponent(id)}`, { method: 'DELETE' });

let unauthorized: () => void = () => {};

/** Called when the server asks for a token the page does not have. */
export function onUnauthorized(handler: () => void): void {
  unauthorized = handler;
}

export function reportUnauthorized(err: unknown): void {
  if (err instanceof ApiError && err.status === 401) unauthorized();
}
