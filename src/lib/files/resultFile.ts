/**
 * Exports of the run on screen: the result JSON of model.md §8 (the same object the CLI writes with
 * --out) and a CSV of the monthly per-operator metrics, one row per month × operator.
 */
import type { RunMeta, RunOutput } from '../../engine/api.ts';
import { at, OPERATOR_FIELDS } from '../../engine/frame.ts';
import { toResultJson } from '../../engine/result.ts';
import { toCsv, type Cell } from '../../engine/csv.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';

/**
 * Cohort sizes at joining, read off the cohort rows: a customer who joins operator o in month j is
 * still with o at the end of month j (arrivals and switchers are not churn-tested again in the
 * month they join, engine/slice.ts), so the size of cohort (o, j) is row j's entry (o, j).
 * test/unit/files/result.test.ts checks this against the engine's own cohortSize.
 */
export function cohortSizesOf(meta: RunMeta, cohorts: Float64Array[]): Float64Array {
  const width = meta.months + 1;
  const size = new Float64Array(meta.operators.length * width);
  for (let o = 0; o < meta.operators.length; o++) for (let j = 0; j < cohorts.length && j < width; j++) size[o * width + j] = cohorts[j][o * width + j];
  return size;
}

export function runOutputOf(snapshot: RunSnapshot): RunOutput {
  const output: RunOutput = {
    meta: snapshot.meta,
    frames: snapshot.frames,
    cohorts: snapshot.cohorts,
    cohortSize: cohortSizesOf(snapshot.meta, snapshot.cohorts),
  };
  return snapshot.responses?.length ? { ...output, responses: snapshot.responses } : output;
}

export function resultJsonText(snapshot: RunSnapshot): string {
  return `${JSON.stringify(toResultJson(runOutputOf(snapshot)), null, 2)}\n`;
}

/** Header `month,operator,<operator fields…>`, then one row per month and operator. */
export function resultCsvText(snapshot: RunSnapshot): string {
  const { meta, frames } = snapshot;
  const L = meta.layout;
  const rows: Cell[][] = [];
  for (const f of frames) meta.operators.forEach((op, o) => rows.push([f[at.month()], op.id, ...OPERATOR_FIELDS.map((field) => f[at.op(L, o, field)])]));
  return toCsv(['month', 'operator', ...OPERATOR_FIELDS], rows);
}

/** `<scenario>-seed<seed>` (+ extension): tells two exports of different runs apart. */
export function resultFileStem(meta: RunMeta): string {
  return `${meta.scenarioId.replace(/[^A-Za-z0-9._-]+/g, '-') || 'run'}-seed${meta.seed}-${meta.customers}`;
}
