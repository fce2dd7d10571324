/**
 * An error a user can act on: one line, no stack trace. `code` names the catalogue entry.
 * Everything else that escapes is a bug and is reported as one.
 */
export type ErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-encoding'
  | 'bad-format'
  | 'bad-argument'
  | 'unsupported'
  | 'timeout'
  | 'missing-tool'
  | 'store';

export class DossierError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

/** One line describing any thrown value, for the user. */
export function describeError(err: unknown): string {
  if (err instanceof DossierError) return err.message;
  if (err && typeof err === 'object' && 'code' in err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') return `no such file: ${e.path ?? ''}`.trim();
    if (e.code === 'EACCES') return `permission denied: ${e.path ?? ''}`.trim();
    if (e.code === 'EISDIR') return `is a directory: ${e.path ?? ''}`.trim();
  }
  const msg = err instanceof Error ? err.message : String(err);
  return `internal error: ${msg.split('\n')[0]}`;
}
