/**
 * Quick timing of the engine's month loop for A/B experiments while tuning (not the benchmark:
 * that is bench.ts, `npm run bench`). Usage: node --import tsx test/bench/quick.ts [customers] [months]
 * On a shared virtual machine, compare variants by alternating runs, never by one run each.
 */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../src/engine/validate.ts';
import { createSimulation } from '../../src/engine/simulation.ts';
const r = validateScenario(JSON.parse(readFileSync('scenarios/default.json', 'utf8')));
if (!r.ok) throw new Error('bad');
const customers = Number(process.argv[2] ?? 1000000),
  months = Number(process.argv[3] ?? 24);
const sim = createSimulation(r.scenario, { customers, months });
let t0 = performance.now();
sim.step();
const tInit = performance.now() - t0;
t0 = performance.now();
const c0 = process.cpuUsage();
while (!sim.done) sim.step();
const dt = performance.now() - t0;
const cpu = process.cpuUsage(c0).user / 1000;
console.log(
  `init ${tInit.toFixed(0)} ms; ${months} months ${dt.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms cpu; ${((customers * months) / dt / 1000).toFixed(1)} M/s wall, ${((customers * months) / cpu / 1000).toFixed(1)} M/s cpu`,
);
