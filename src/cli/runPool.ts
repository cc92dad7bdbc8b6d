/**
 * Independent runs (replications, sweep points) spread over threads, whole runs per thread: this
 * one and threads − 1 workers. Every run is deterministic, so the results, returned in request
 * order, are the same for any number of threads.
 */
import type { RunOverrides } from '../engine/api.ts';
import { summarizeRun, type RunSummary } from '../engine/analysis/summary.ts';
import type { Scenario } from '../engine/schema.ts';
import { runScenario } from '../engine/simulation.ts';
import type { RunReply, RunRequest } from './runWorker.ts';
import { startCliWorker } from './threads.ts';

export interface RunJob {
  scenario: Scenario;
  overrides: RunOverrides;
}

export async function runJobs(jobs: readonly RunJob[], threads: number, onDone?: (finished: number) => void): Promise<RunSummary[]> {
  const results: RunSummary[] = new Array(jobs.length);
  let finished = 0;
  let next = 0;
  const done = (id: number, summary: RunSummary) => {
    results[id] = summary;
    onDone?.(++finished);
  };
  // This thread runs jobs too (threads − 1 workers beside it): it starts at once, while the
  // workers are still loading, and yields between jobs so that finished workers get new ones.
  const here = async () => {
    while (next < jobs.length) {
      const id = next++;
      done(id, summarizeRun(runScenario(jobs[id].scenario, jobs[id].overrides)));
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const workers = Array.from({ length: Math.min(threads - 1, jobs.length - 1) }, () => startCliWorker('runWorker', null));
  try {
    await Promise.all([
      here(),
      ...workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let busy = false;
            worker.on('error', reject);
            worker.on('message', (reply: RunReply) => {
              if ('error' in reply) return reject(new Error(reply.error));
              if ('summary' in reply) {
                done(reply.id, reply.summary);
                busy = false;
              }
              if (next >= jobs.length) return busy || resolve();
              const id = next++;
              busy = true;
              worker.postMessage({ id, ...jobs[id] } satisfies RunRequest);
            });
          }),
      ),
    ]);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
