/**
 * A worker_threads runner of whole runs for comparisons and sweeps: each request names a validated
 * scenario and overrides; the reply is the run's summary (small), not its frames.
 */
import { parentPort } from 'node:worker_threads';
import type { RunOverrides } from '../engine/api.ts';
import { summarizeRun, type RunSummary } from '../engine/analysis/summary.ts';
import type { Scenario } from '../engine/schema.ts';
import { runScenario } from '../engine/simulation.ts';

export interface RunRequest {
  id: number;
  scenario: Scenario;
  overrides: RunOverrides;
}
/** `ready` once the worker has loaded (so no job waits for a thread still starting), then one reply per job. */
export type RunReply = { ready: true } | { id: number; summary: RunSummary } | { id: number; error: string };

const port = parentPort!;
port.postMessage({ ready: true } satisfies RunReply);
port.on('message', ({ id, scenario, overrides }: RunRequest) => {
  try {
    port.postMessage({ id, summary: summarizeRun(runScenario(scenario, overrides)) } satisfies RunReply);
  } catch (e) {
    port.postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies RunReply);
  }
});
