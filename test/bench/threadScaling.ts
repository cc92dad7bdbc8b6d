/**
 * How well this machine runs two threads at once, measured on a plain integer/float loop with
 * nothing shared: the ceiling for any 2-worker speed-up here. On shared virtual machines two
 * vCPUs are not always two free cores.
 */
import { Worker } from 'node:worker_threads';

function work(): number {
  const n = 2_000_000;
  const a = new Float64Array(n);
  let s = 0;
  for (let r = 0; r < 30; r++)
    for (let i = 0; i < n; i++) {
      let h = i ^ r;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h ^= h >>> 13;
      a[i] = a[i] * 0.9 + (h & 255);
      s += a[i];
    }
  return s;
}

/** The same loop in a fresh thread: warms up, says 'ready', runs once more on 'go', says 'done'. */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
${work.toString()}
work();
parentPort.on('message', () => { work(); parentPort.postMessage('done'); });
parentPort.postMessage('ready');
`;

function spawn(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER_SOURCE, { eval: true });
    w.once('message', () => resolve(w));
    w.once('error', reject);
  });
}

/** Work done per second by two threads at once over one thread alone (1 … 2). */
export async function measureThreadScaling(): Promise<number> {
  work(); // warm up
  let t = performance.now();
  work();
  const one = performance.now() - t;
  const workers = await Promise.all([spawn(), spawn()]);
  t = performance.now();
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.once('message', resolve), w.postMessage('go')))));
  const two = performance.now() - t;
  await Promise.all(workers.map((w) => w.terminate()));
  return (2 * one) / two;
}
