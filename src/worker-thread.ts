import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` beside the caller (`from` is its import.meta.url),
 * with a heap limit: the compiled `.js`, or, when the caller runs from TypeScript source (tests,
 * benchmarks), the `.ts` loaded through tsx.
 */
export function startWorkerThread(from: string, name: string, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 };
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, from), { resourceLimits });
  const pkg = createRequire(from).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
  const target = new URL(`./${name}.ts`, from).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`;
  return new Worker(code, { eval: true, resourceLimits });
}
