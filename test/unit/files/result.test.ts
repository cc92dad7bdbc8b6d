import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATOR_FIELDS, at } from '../../../src/engine/frame.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { cohortSizesOf, resultCsvText, resultFileStem, resultJsonText } from '../../../src/lib/files/resultFile.ts';
import type { RunSnapshot } from '../../../src/lib/sim/snapshot.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const out = runScenario(mustValidate(readScenarioInput('default')), { customers: 3000, months: 12, seed: 7 });
const snapshot: RunSnapshot = { meta: out.meta, frames: out.frames, cohorts: out.cohorts };

describe('run exports', () => {
  it('cohort sizes read off the cohort rows equal the engine’s own (the UI does not receive them)', () => {
    expect(cohortSizesOf(out.meta, out.cohorts)).toEqual(out.cohortSize);
    // Also with entrants and win-backs, where customers join in later months.
    const other = runScenario(mustValidate(readScenarioInput('acquire-vs-retain')), { customers: 3000, months: 18, seed: 3 });
    expect(cohortSizesOf(other.meta, other.cohorts)).toEqual(other.cohortSize);
  });

  it('result JSON is the §8 result of the engine (what the CLI writes with --out)', () => {
    // The same run from the CLI, in a child process: the app's file, made from what the worker
    // sends (no cohort sizes), must hold the same values as the CLI's.
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const args = ['--import', 'tsx', 'src/cli/sim.ts', 'scenarios/default.json', '--customers', '3000', '--months', '12', '--seed', '7', '--out', '-'];
    const cli = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(resultJsonText(snapshot))).toEqual(JSON.parse(cli));
  });

  it('CSV: a header, one row per month × operator, numbers unformatted and exact', () => {
    const lines = resultCsvText(snapshot).trimEnd().split('\r\n');
    expect(lines[0]).toBe(['month', 'operator', ...OPERATOR_FIELDS].join(','));
    const O = out.meta.operators.length;
    expect(lines.length).toBe(1 + out.frames.length * O);
    const L = out.meta.layout;
    lines.slice(1).forEach((line, i) => {
      const [month, operator, ...values] = line.split(',');
      const t = Math.floor(i / O);
      const o = i % O;
      expect(Number(month)).toBe(t);
      expect(operator).toBe(out.meta.operators[o].id);
      OPERATOR_FIELDS.forEach((field, k) => {
        const expected = out.frames[t][at.op(L, o, field)];
        if (Number.isFinite(expected)) expect(Number(values[k]), `${field} month ${t}`).toBe(expected);
        else expect(values[k]).toBe('');
      });
    });
    expect(resultFileStem(out.meta)).toBe('default-seed7-3000');
  });
});
