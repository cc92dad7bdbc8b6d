/**
 * Reactive rivals (reactor.ts, model.md §4a): response rules fire from the market's month-end
 * sums, within their lag, never past their limit, the same for any split of the customers, and a
 * rule that never fires leaves the run as it was, byte for byte. Runs use common random numbers,
 * so a gap between two runs is the rule's effect.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at } from '../../../src/engine/frame.ts';
import { toResultJson } from '../../../src/engine/result.ts';
import type { ScenarioInput } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import { ROOT, runCli } from '../../helpers/cli.ts';
import { mustValidate, opIndex, readScenarioInput } from '../../helpers/scenarios.ts';

const SIZE = { customers: 20_000, months: 30 };
type Rule = NonNullable<ScenarioInput['operators'][number]['responses']>[number];
const priceRule = (over: Partial<Rule> = {}): Rule => ({
  lever: 'price',
  segment: 'mass',
  shareDrop: 0.008,
  windowMonths: 3,
  lagMonths: 2,
  cooldownMonths: 4,
  step: 0.05,
  limit: 0.85,
  ...over,
});

/** The price-war preset with the given rules for China Mobile and China Unicom. */
function war(mobile: Rule[], unicom: Rule[], edit?: (s: ScenarioInput) => void): ScenarioInput {
  const input = structuredClone(readScenarioInput('price-war'));
  input.operators[0].responses = mobile;
  input.operators[1].responses = unicom;
  edit?.(input);
  return input;
}
const run = (input: ScenarioInput, slices = 1) => runScenario(mustValidate(input), SIZE, undefined, slices);
const share = (out: RunOutput, op: string, t: number) => out.frames[t][at.op(out.meta.layout, opIndex(out, op), 'subscriberShare')];
const bytes = (out: RunOutput) => JSON.stringify(toResultJson(out));

describe('reactive rivals', () => {
  it('a rival answers a price cut within its lag, and the first mover’s share gain shrinks', () => {
    const without = run(war([], []));
    const withRule = run(war([priceRule()], []));
    expect(without.responses ?? []).toEqual([]);
    const first = withRule.responses![0];
    expect(first).toMatchObject({ operator: 'mobile', lever: 'price', segment: 'mass', rule: 0 });
    // Seen after the month-6 cut, in force exactly its lag later, and cheaper than list price.
    expect(first.decided).toBeGreaterThanOrEqual(6);
    expect(first.month - first.decided).toBe(2);
    expect(first.shareLoss).toBeGreaterThan(0.008);
    expect(first.value).toBeCloseTo(0.95, 12);
    // Up to the month the answer takes effect the two runs are the same run (common random numbers).
    for (let t = 0; t < first.month; t++) expect(withRule.frames[t]).toEqual(without.frames[t]);
    const gain = (out: RunOutput) => share(out, 'unicom', SIZE.months) - share(out, 'unicom', 6);
    expect(gain(without)).toBeGreaterThan(0.02);
    expect(gain(withRule)).toBeLessThan(gain(without) - 0.02);
  });

  it('two reactive operators make a price war that stops at their floors', () => {
    const input = war([priceRule({ step: 0.1, limit: 0.85, cooldownMonths: 2 })], [priceRule({ step: 0.1, limit: 0.8, cooldownMonths: 2, shareDrop: 0.004 })]);
    const out = runScenario(mustValidate(input), { customers: 20_000, months: 60 });
    const fired = out.responses ?? [];
    const of = (op: string) => fired.filter((r) => r.operator === op);
    expect(of('mobile').length).toBeGreaterThan(0);
    expect(of('unicom').length).toBeGreaterThan(0);
    const floor = { mobile: 0.85, unicom: 0.8 } as Record<string, number>;
    for (const r of fired) expect(r.value, `${r.operator} month ${r.month}`).toBeGreaterThanOrEqual(floor[r.operator] - 1e-12);
    // At least one side ends on its floor, and a rule at its floor does not fire again.
    const atFloor = ['mobile', 'unicom'].filter((op) => Math.abs(of(op).at(-1)!.value - floor[op]) < 1e-12);
    expect(atFloor.length).toBeGreaterThan(0);
    for (const op of atFloor) expect(of(op).filter((r) => Math.abs(r.value - floor[op]) < 1e-12)).toHaveLength(1);
    // Cool-down: successive answers of one rule are at least two months apart.
    for (const op of ['mobile', 'unicom']) of(op).forEach((r, i, all) => i > 0 && expect(r.decided - all[i - 1].decided).toBeGreaterThanOrEqual(2));
  });

  it('gives the same run with 1 and 2 slices', () => {
    const input = war(
      [priceRule(), priceRule({ lever: 'acquisition', step: 50_000, limit: 200_000, segment: undefined, shareDrop: 0.005 })],
      [priceRule({ limit: 0.8 })],
    );
    const one = run(input, 1);
    const two = run(input, 2);
    expect((one.responses ?? []).length).toBeGreaterThan(1);
    expect(bytes(two)).toBe(bytes(one));
  });

  it('a rule that never fires changes nothing, byte for byte', () => {
    const quiet = priceRule({ shareDrop: 1 });
    expect(bytes(run(war([quiet], [{ ...quiet, lever: 'retention', step: 0.05, limit: 0.1 }])))).toBe(bytes(run(war([], []))));
  });

  it('acquisition and retention rules raise their budgets from the month they take effect, up to their limit', () => {
    const acquisition = priceRule({ lever: 'acquisition', segment: undefined, shareDrop: 0.004, step: 100_000, limit: 250_000, cooldownMonths: 1 });
    const out = run(war([acquisition], []));
    const fired = out.responses ?? [];
    expect(fired.map((r) => r.value)).toEqual([200_000, 250_000]);
    const spend = (t: number) => out.frames[t][at.op(out.meta.layout, 0, 'acquisitionSpend')];
    const scale = SIZE.customers / readScenarioInput('price-war').market.customers;
    expect(spend(fired[0].month - 1)).toBeCloseTo(100_000 * scale, 6);
    expect(spend(fired[0].month)).toBeCloseTo(200_000 * scale, 6);
    expect(spend(SIZE.months)).toBeCloseTo(250_000 * scale, 6);

    const retention = priceRule({ lever: 'retention', segment: undefined, shareDrop: 0.004, step: 0.02, limit: 0.03 });
    const withCrm = (s: ScenarioInput) => (s.operators[0].crm = { recall: 0.5, budgetShare: 0 });
    const kept = run(war([retention], [], withCrm));
    const plain = run(war([], [], withCrm));
    const spent = (o: RunOutput) => o.frames.reduce((a, f) => a + f[at.op(o.meta.layout, 0, 'retentionSpend')], 0);
    expect(spent(plain)).toBe(0);
    expect(kept.responses!.map((r) => r.value)).toEqual([0.02, 0.03]);
    expect(spent(kept)).toBeGreaterThan(0);
  });

  it('checks rules by name: unknown segment, a price step or floor out of range', () => {
    const bad = war([priceRule({ segment: 'nobody' }), priceRule({ step: 0.95 }), priceRule({ lever: 'retention', limit: 0.8 })], []);
    const result = validateScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['operators[0].responses[0].segment[0]', 'operators[0].responses[1].step', 'operators[0].responses[2].limit']),
    );
  });
});

describe('reactive rivals in the headless runner', () => {
  it('lists the responses, with the same bytes for 1 and 2 workers', async () => {
    const args = [join(ROOT, 'scenarios/price-war.json'), '--customers', '20000', '--months', '20', '--out', '-'];
    const one = await runCli('sim.ts', [...args, '--workers', '1']);
    const two = await runCli('sim.ts', [...args, '--workers', '2']);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toContain('responses fired');
    expect(one.stderr).toMatch(/China Mobile\s+#1 price\s+mass/);
    const json = JSON.parse(one.stdout) as { responses?: { operator: string }[] };
    expect(json.responses?.length).toBeGreaterThan(0);
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);
});
