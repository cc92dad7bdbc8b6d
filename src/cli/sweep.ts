/**
 * Sweep runner: the scenario at every point of a grid of field values, with replications, as
 * long-format rows; shards of a big sweep run anywhere and --merge joins them. See sweepArgs.ts.
 */
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import { applyPatch, PatchError } from '../engine/analysis/patch.ts';
import { replicationSeeds } from '../engine/analysis/replications.ts';
import { toCsv } from '../engine/csv.ts';
import { shardRange, SWEEP_COLUMNS, sweepPoints } from '../engine/analysis/sweep.ts';
import { sweepTable } from '../engine/analysis/sweepStats.ts';
import type { Scenario } from '../engine/schema.ts';
import { marketSizeProblem } from '../engine/validate.ts';
import { fsProblem, loadScenario, runCommand, UsageError, validated, write, writeOutput } from './common.ts';
import { runJobs, type RunJob } from './runPool.ts';
import { parseSweepArgs, SWEEP_USAGE, type MergeOptions, type SweepOptions } from './sweepArgs.ts';

async function sweep(options: SweepOptions): Promise<void> {
  const baseline = await loadScenario(options.scenarioPath);
  const months = options.months ?? baseline.market.months;
  const customers = options.customers ?? baseline.market.customers;
  const tooBig = marketSizeProblem(customers, months, baseline.market.arrivalRate);
  if (tooBig) throw new UsageError(`--customers/--months: ${tooBig}`);

  const all = sweepPoints(options.params);
  const [from, to] = options.shard ? shardRange(all.length, options.shard.index, options.shard.count) : [0, all.length];
  const points = all.slice(from, to);
  const scenarios: Scenario[] = points.map((point) => {
    const label = `point ${point.index} (${Object.entries(point.values)
      .map(([path, value]) => `${path}=${value}`)
      .join(', ')})`;
    try {
      return validated(applyPatch(baseline, point.values), label);
    } catch (e) {
      if (e instanceof PatchError) throw new UsageError(`--param ${e.message}`);
      throw e;
    }
  });
  const seeds = replicationSeeds(options.seed ?? baseline.market.seed, options.replications);
  const jobs: RunJob[] = scenarios.flatMap((scenario) => seeds.map((seed) => ({ scenario, overrides: { seed, months, customers } })));
  const runs = await runJobs(jobs, options.workers);

  const { columns: header, rows } = sweepTable(options.params, points, seeds.length, runs);
  const out = options.out ?? '-';
  const text = out.endsWith('.json')
    ? `${JSON.stringify({ kind: 'sweep', scenarioId: baseline.id, customers, months, params: options.params, shard: options.shard ?? null, columns: header, rows }, null, 2)}\n`
    : toCsv(header, rows);
  await writeOutput(out, text);
  const shard = options.shard ? ` (shard ${options.shard.index}/${options.shard.count}: points ${from}–${to - 1} of ${all.length})` : '';
  await write(process.stderr, `${points.length} points × ${seeds.length} replications = ${jobs.length} runs${shard}${out === '-' ? '' : `; wrote ${out}`}\n`);
}

async function merge(options: MergeOptions): Promise<void> {
  let header: string[] | null = null;
  const byPoint = new Map<number, { file: string; rows: string[][] }>();
  for (const [i, file] of options.merge.entries()) {
    if (options.merge.indexOf(file) !== i) throw new UsageError(`${file}: given twice; each part once`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new UsageError(`${file}: ${fsProblem(e)}`);
    }
    const [head, ...rows] = csvParseRows(text.trim());
    if (!head || head[0] !== 'point' || !SWEEP_COLUMNS.every((c) => head.includes(c)))
      throw new UsageError(`${file}: not a sweep CSV (its header should start with "point")`);
    if (header && head.join() !== header.join())
      throw new UsageError(`${file}: its columns differ from ${options.merge[0]}'s; parts must come from the same sweep`);
    header = head;
    for (const row of rows) {
      const point = Number(row[0]);
      const entry = byPoint.get(point);
      if (entry && entry.file !== file) throw new UsageError(`${file}: point ${point} is also in ${entry.file}; each point belongs to one part`);
      if (entry) entry.rows.push(row);
      else byPoint.set(point, { file, rows: [row] });
    }
  }
  const rows = [...byPoint.keys()].sort((a, b) => a - b).flatMap((point) => byPoint.get(point)!.rows);
  await writeOutput(options.out ?? '-', toCsv(header!, rows));
}

runCommand(process.argv.slice(2), parseSweepArgs, SWEEP_USAGE, (options) => ('merge' in options ? merge(options) : sweep(options)));
