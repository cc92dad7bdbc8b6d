/**
 * Independent runs (replications, sweep points) spread over worker threads, whole runs per thread.
 * Every run is deterministic, so the results, returned in request order, are the same for any
 * number of threads; with one, runs go in this thread.
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
  if (threads <= 1 || jobs.length <= 1) {
    jobs.forEach((job, i) => {
      results[i] = summarizeRun(runScenario(job.scenario, job.overrides));
      onDone?.(++finished);
    });
    return results;
  }
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => startCliWorker('runWorker', null));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ id, ...jobs[id] } satisfies RunRequest);
            };
            worker.on('error', reject);
            worker.on('message', (reply: RunReply) => {
              if ('error' in reply) return reject(new Error(reply.error));
              results[reply.id] = reply.summary;
              onDone?.(++finished);
              give();
            });
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
