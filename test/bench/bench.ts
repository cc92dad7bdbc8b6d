/**
 * `npm run bench`: engine speed on the default scenario with full metrics.
 *   1,000,000 customers × 120 months, in this thread (1 worker) and on 2 worker threads;
 *   time to the first chart (month 0 ready) at the scenario's own size and at 1 M.
 *   replications per second at 100,000 × 36 in one thread and over a pool of worker threads, and
 *   a 100-point × 5-replication sweep at 50,000 × 36 through `npm run sweep` (replications.ts).
 * Prints a table and, as its last line, one JSON object. Speed is measured here, never asserted
 * in a test that could fail on a slow machine. Options: --customers N --months M, --no-sweep.
 */
import { readFileSync } from 'node:fs';
import { runScenarioNode } from '../../src/cli/runNode.ts';
import { at } from '../../src/engine/frame.ts';
import { replicationsPerSecond, sweepSeconds } from './replications.ts';
import { measureThreadScaling } from './threadScaling.ts';
import { createSimulation } from '../../src/engine/simulation.ts';
import { formatIssue, validateScenario } from '../../src/engine/validate.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const customers = arg('customers', 1_000_000);
const months = arg('months', 120);

const parsed = validateScenario(JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')));
if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join('\n'));
const scenario = parsed.scenario;

let peakRss = 0;
let peakHeap = 0;
const sampleMemory = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers);
};

function firstChartMs(n: number): number {
  const t0 = performance.now();
  const sim = createSimulation(scenario, { customers: n, months: 12 });
  sim.step();
  return performance.now() - t0;
}

/**
 * Customer-months are counted as simulated: every customer in the market at some point of each
 * month (subscribers at month end plus that month's leavers), months 1..M. The market grows, so
 * this is more than customers × months.
 */
async function timedRun(workers: number) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let firstMonthAt = 0;
  let steadyFrom = 0;
  let simulated = 0;
  let simulatedSteady = 0;
  await runScenarioNode(scenario, { customers, months }, workers, (u) => {
    sampleMemory();
    if (u.month === 0) firstMonthAt = performance.now() - t0;
    if (u.month === 1) steadyFrom = performance.now();
    if (u.month === 0) return;
    const L = runMeta.layout;
    const n = u.frame[at.market(L, 'subscribers')] + u.frame[at.market(L, 'exits')];
    simulated += n;
    if (u.month >= 2) simulatedSteady += n;
  });
  const total = (performance.now() - t0) / 1000;
  const steady = (performance.now() - steadyFrom) / 1000;
  // CPU seconds of every thread of this process: on a machine shared with other work, wall time
  // also counts the time others had the cores; this does not (cache and core sharing still show).
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    workers,
    total,
    cpuSeconds,
    firstMonth: firstMonthAt / 1000,
    simulated,
    steadyCmps: simulatedSteady / steady,
    overallCmps: simulated / total,
    cpuCmps: simulated / cpuSeconds,
  };
}

const runMeta = createSimulation(scenario, { customers: 1000, months: 1 }).meta;
const ttfcDefault = firstChartMs(scenario.market.customers);
const ttfcMillion = firstChartMs(1_000_000);
const one = await timedRun(1);
const two = await timedRun(2);
// Measured right after the runs, so that it reflects the machine's state when they ran.
const machineScaling = await measureThreadScaling();
const poolThreads = 2;
const repsOne = await replicationsPerSecond(scenario, 1);
const repsPool = await replicationsPerSecond(scenario, poolThreads);
const poolEfficiency = repsPool / repsOne / machineScaling;
const sweepWall = process.argv.includes('--no-sweep') ? NaN : await sweepSeconds(poolThreads);
const fmt = (x: number) => (x / 1e6).toFixed(1).padStart(8);
console.log(
  `default scenario, ${customers.toLocaleString('en')} customers × ${months} months, full metrics (${(one.simulated / 1e6).toFixed(0)} M customer-months simulated)`,
);
console.log('workers   total s   month 0 s   M cust-months/s (all)   M cust-months/s (months 2+)   CPU s   M cust-months per CPU s');
for (const r of [one, two])
  console.log(
    `${String(r.workers).padStart(7)}   ${r.total.toFixed(2).padStart(7)}   ${r.firstMonth.toFixed(2).padStart(9)}   ${fmt(r.overallCmps).padStart(21)}   ${fmt(r.steadyCmps).padStart(27)}   ${r.cpuSeconds.toFixed(2).padStart(5)}   ${fmt(r.cpuCmps).padStart(23)}`,
  );
console.log(
  `time to first chart: ${ttfcDefault.toFixed(0)} ms at ${scenario.market.customers.toLocaleString('en')} customers, ${ttfcMillion.toFixed(0)} ms at 1,000,000`,
);
console.log(`this machine runs two plain compute threads at ${machineScaling.toFixed(2)}× one (the ceiling for the speed-up)`);
console.log(
  `replications of the default at 100,000 × 36: ${repsOne.toFixed(2)}/s in one thread, ${repsPool.toFixed(2)}/s on ${poolThreads} threads (efficiency ${poolEfficiency.toFixed(2)} of the machine's ceiling)`,
);
if (Number.isFinite(sweepWall)) console.log(`npm run sweep, 100 points × 5 replications at 50,000 × 36 on ${poolThreads} threads: ${sweepWall.toFixed(1)} s`);
console.log(`peak memory: heap+buffers ${(peakHeap / 2 ** 20).toFixed(0)} MB (main thread), rss ${(peakRss / 2 ** 20).toFixed(0)} MB (all threads)`);
console.log(
  JSON.stringify({
    customers,
    months,
    customerMonthsPerSecond: Math.round(one.overallCmps),
    customerMonthsPerSecondSteady: Math.round(one.steadyCmps),
    customerMonthsPerCpuSecond: Math.round(one.cpuCmps),
    customerMonthsPerSecond2Workers: Math.round(two.overallCmps),
    speedup2Workers: Number((one.total / two.total).toFixed(2)),
    speedup2WorkersSteady: Number((two.steadyCmps / one.steadyCmps).toFixed(2)),
    machineThreadScaling: Number(machineScaling.toFixed(2)),
    timeToFirstChartMs: Math.round(ttfcDefault),
    timeToFirstChartMs1M: Math.round(ttfcMillion),
    replicationsPerSecond: Number(repsOne.toFixed(2)),
    replicationsPerSecondPool: Number(repsPool.toFixed(2)),
    poolThreads,
    poolEfficiency: Number(poolEfficiency.toFixed(2)),
    sweepSeconds: Number.isFinite(sweepWall) ? Number(sweepWall.toFixed(1)) : null,
    peakHeapMB: Math.round(peakHeap / 2 ** 20),
    peakRssMB: Math.round(peakRss / 2 ** 20),
  }),
);
