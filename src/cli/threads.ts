/**
 * Starting a worker_threads module of the CLI. Run from TypeScript sources (tsx), a worker thread
 * does not inherit the TypeScript loader, so it first registers tsx and then imports the module.
 */
import { Worker } from 'node:worker_threads';

/** `name`: the module's file name without extension, next to this file. */
export function startCliWorker(name: string, workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url);
  if (!fromSource) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}
