/**
 * Replications and sweeps, for `npm run bench`: replications per second of the default scenario
 * at 100,000 × 36 in this thread and over a pool of worker threads (independent runs, so the pool
 * should reach the machine's own two-thread ceiling), and the wall time of a 100-point ×
 * 5-replication sweep at 50,000 × 36 through `npm run sweep`, as a user would run it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runJobs, type RunJob } from '../../src/cli/runPool.ts';
import { replicationSeeds } from '../../src/engine/analysis/replications.ts';
import type { Scenario } from '../../src/engine/schema.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function replicationsPerSecond(scenario: Scenario, threads: number, replications = 24): Promise<number> {
  const jobs: RunJob[] = replicationSeeds(1, replications).map((seed) => ({ scenario, overrides: { seed, customers: 100_000, months: 36 } }));
  const t0 = performance.now();
  await runJobs(jobs, threads);
  return replications / ((performance.now() - t0) / 1000);
}

/** Seconds of `npm run sweep` over 100 points × 5 replications at 50,000 × 36 on `threads` threads. */
export function sweepSeconds(threads: number): Promise<number> {
  const args = ['--import', 'tsx', 'src/cli/sweep.ts', 'scenarios/default.json', '--param', 'operators[0].crm.budgetShare', '--range', '0:0.05:100'];
  args.push('--replications', '5', '--customers', '50000', '--months', '36', '--workers', String(threads), '--out', '/dev/null');
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - t0) / 1000) : reject(new Error(`npm run sweep exited with ${code}`))));
  });
}
