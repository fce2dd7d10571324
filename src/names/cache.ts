import { nameTokens, type NameKind, type NameToken } from './tokens.js';

const LIMIT = 200_000;
const cache = new Map<string, NameToken[]>();

/** nameTokens with a bounded memo: screening compares the same list names again and again. */
export function cachedTokens(name: string, kind?: NameKind): NameToken[] {
  const key = kind === 'organization' ? `o\u0000${name}` : name;
  let t = cache.get(key);
  if (!t) {
    if (cache.size >= LIMIT) cache.clear();
    t = nameTokens(name, kind);
    cache.set(key, t);
  }
  return t;
}
