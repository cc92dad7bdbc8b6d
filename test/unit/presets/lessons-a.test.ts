/**
 * The lessons of three presets: number-portability, acquire-vs-retain and churn-early-warning.
 * Each test runs the preset and a variant without the lever it teaches, on the same seed
 * (common random numbers), so the gap is the lever's effect and not noise. The margins were
 * checked by hand on several seeds (see each test); they are well inside what those runs gave,
 * not fitted to one run. The two CRM presets run on larger samples (60,000 and 100,000
 * customers): a retention programme saves a few hundred customers a run and their bills are
 * heavy-tailed, so at 30,000 customers one saved key account moves revenue kept per RMB a lot.
 */
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at, type OperatorField } from '../../../src/engine/frame.ts';
import type { Scenario, ScenarioInput } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { opIndex, operatorOf, readScenarioInput, segIndex, variant } from '../../helpers/scenarios.ts';

const CUSTOMERS = 30_000;
/** Sample sizes for the CRM presets. */
const ACQUIRE_CUSTOMERS = 60_000;
const CRM_CUSTOMERS = 100_000;
/**
 * churn-early-warning runs three 100,000-customer runs per seed, so it checks one seed to keep
 * this file near 10 s; its margins were checked by hand on seeds 1–10.
 */
const CRM_SEEDS = [1];
const SEEDS = [1, 2];
const run = (s: Scenario, seed: number, customers = CUSTOMERS) => runScenario(s, { customers, seed });
const lastMonth = (out: RunOutput) => out.frames.length - 1;
const mobileOf = (s: ScenarioInput) => operatorOf(s, 'mobile');

/** An operator field summed over months 1..last. */
function total(out: RunOutput, o: number, field: OperatorField): number {
  let sum = 0;
  for (let t = 1; t <= lastMonth(out); t++) sum += out.frames[t][at.op(out.meta.layout, o, field)];
  return sum;
}

/**
 * Market churn over months from..to: churners over subscribers at month start, summed over all
 * operators and over the given segments (all when omitted).
 */
function marketChurn(out: RunOutput, from: number, to: number, segments?: string[]): number {
  const L = out.meta.layout;
  const segs = segments?.map((id) => segIndex(out, id));
  let churned = 0;
  let base = 0;
  for (let t = from; t <= to; t++)
    for (let o = 0; o < out.meta.operators.length; o++) {
      if (!segs) {
        churned += out.frames[t][at.op(L, o, 'churned')];
        base += out.frames[t - 1][at.op(L, o, 'subscribers')];
      } else
        for (const s of segs) {
          churned += out.frames[t][at.seg(L, o, s, 'churned')];
          base += out.frames[t - 1][at.seg(L, o, s, 'subscribers')];
        }
    }
  return churned / base;
}

describe('preset number-portability', () => {
  const PORTABILITY_MONTH = 12;
  const withEvent = variant(() => {}, 'number-portability');
  const withoutEvent = variant((s) => (s.events = (s.events ?? []).filter((e) => e.type !== 'portability')), 'number-portability');

  it('has the portability event at month 12 and nothing else', () => {
    expect(withEvent.events).toEqual([{ type: 'portability', month: PORTABILITY_MONTH }]);
    expect(withoutEvent.events).toEqual([]);
  });

  for (const seed of SEEDS)
    it(`raises market churn after month 12, most in relative terms for key accounts and VIP (seed ${seed})`, () => {
      const on = run(withEvent, seed);
      const off = run(withoutEvent, seed);
      const M = lastMonth(on);
      // Before the event the two runs are the same run: same draws, same state.
      expect(marketChurn(on, 1, PORTABILITY_MONTH - 1)).toBe(marketChurn(off, 1, PORTABILITY_MONTH - 1));
      // After it, market churn is clearly higher (measured ×1.20–1.22 on seeds 1–5).
      const rise = (segments?: string[]) => marketChurn(on, PORTABILITY_MONTH, M, segments) / marketChurn(off, PORTABILITY_MONTH, M, segments);
      expect(rise()).toBeGreaterThan(1.1);
      // Key accounts and VIP (numberAttachment 0.7 and 0.6) rise most in relative terms: each
      // more than any mass-market segment, and together far more than the mass market together
      // (measured ×1.8–2.1 against ×1.18–1.20 on seeds 1–5; VIP alone ≥ ×1.6, mid ≤ ×1.39).
      const highEnd = rise(['key', 'vip']);
      const massMarket = rise(['mid', 'mass', 'youth', 'rural']);
      for (const hi of ['key', 'vip'])
        for (const lo of ['mid', 'mass', 'youth', 'rural']) expect(rise([hi]), `${hi} vs ${lo}`).toBeGreaterThan(rise([lo]));
      expect(highEnd).toBeGreaterThan(1.5);
      expect(highEnd - massMarket).toBeGreaterThan(0.3);
    });
});

describe('preset acquire-vs-retain', () => {
  const NAME = 'acquire-vs-retain';
  const input = readScenarioInput(NAME);
  const acquisitionPart = mobileOf(input).acquisition!.monthlyBudget!;
  const retain = variant(() => {}, NAME);
  /**
   * The comparison the preset's notes describe: no retention budget, and its money added to
   * acquisition. The retention spend is a share of revenue and so varies from month to month;
   * acquisition is a fixed monthly amount, stated for `market.customers` and scaled to the run.
   * So the moved amount is the retain run's mean monthly retention spend, scaled back to the
   * scenario's customer count: the two runs then spend the same total to the rounding.
   */
  const acquireInstead = (movedPerMonth: number) =>
    variant((s) => {
      const m = mobileOf(s);
      m.crm = { ...m.crm, budgetShare: 0 };
      m.acquisition = { ...m.acquisition, monthlyBudget: acquisitionPart + movedPerMonth };
    }, NAME);

  for (const seed of SEEDS)
    it(`moving budget from acquisition to retention raises China Mobile's cumulative profit at equal spend (seed ${seed})`, () => {
      const kept = run(retain, seed, ACQUIRE_CUSTOMERS);
      const o = opIndex(kept, 'mobile');
      const M = lastMonth(kept);
      const toScenario = input.market.customers / ACQUIRE_CUSTOMERS;
      const movedPerMonth = (total(kept, o, 'retentionSpend') / M) * toScenario;
      // The notes say 1 % of revenue is about 160,000 RMB a month, so the all-acquisition
      // variant is about 400,000 RMB a month: check that this reading holds.
      expect(acquisitionPart + movedPerMonth).toBeGreaterThan(360_000);
      expect(acquisitionPart + movedPerMonth).toBeLessThan(440_000);

      const won = run(acquireInstead(movedPerMonth), seed, ACQUIRE_CUSTOMERS);
      const spend = (out: RunOutput) => total(out, o, 'acquisitionSpend') + total(out, o, 'retentionSpend');
      expect(Math.abs(spend(kept) - spend(won)) / spend(won)).toBeLessThan(0.005);
      expect(total(won, o, 'retentionSpend')).toBe(0);

      // Retention cuts China Mobile's churn: churners ×0.80–0.82 of the all-acquisition run on
      // seeds 1–8 at 60,000 and seeds 1–6 at 100,000 customers (×0.81 on seeds 1–2 at 200,000) …
      expect(total(kept, o, 'churned')).toBeLessThan(total(won, o, 'churned') * 0.9);
      // … and each RMB moved earns more profit there than in acquisition: measured 0.39–0.52 RMB
      // of profit per RMB moved on seeds 1–8 at 60,000 customers (0.39, 0.49 for the seeds here),
      // 0.32–0.53 on seeds 1–6 at 100,000 and 0.34, 0.51 on seeds 1–2 at 200,000. The gain is
      // 0.6–1.0 % of cumulative profit.
      const gainPerRmbMoved = (total(kept, o, 'profit') - total(won, o, 'profit')) / total(kept, o, 'retentionSpend');
      expect(gainPerRmbMoved).toBeGreaterThan(0.15);
      // A save costs far less than the extra gross add the same money buys in acquisition
      // (measured 304–331 against 1,140–1,239 RMB on seeds 1–8 at 60,000 customers).
      const perSave = total(kept, o, 'retentionSpend') / total(kept, o, 'retentionSaves');
      const perExtraAdd = total(kept, o, 'retentionSpend') / (total(won, o, 'grossAdds') - total(kept, o, 'grossAdds'));
      expect(perExtraAdd).toBeGreaterThan(2.5 * perSave);
    });
});

describe('preset churn-early-warning', () => {
  const NAME = 'churn-early-warning';
  const warning = variant(() => {}, NAME);
  const noProgramme = variant((s) => (mobileOf(s).crm = { ...mobileOf(s).crm, budgetShare: 0 }), NAME);
  const randomOrder = variant((s) => (mobileOf(s).crm = { ...mobileOf(s).crm, targeting: 'random' }), NAME);

  /** The three runs of one seed, shared by the tests below. */
  const runs = new Map<number, { on: RunOutput; off: RunOutput; rnd: RunOutput }>();
  const runsOf = (seed: number) => {
    if (!runs.has(seed))
      runs.set(seed, { on: run(warning, seed, CRM_CUSTOMERS), off: run(noProgramme, seed, CRM_CUSTOMERS), rnd: run(randomOrder, seed, CRM_CUSTOMERS) });
    return runs.get(seed)!;
  };
  /**
   * Revenue kept per RMB: (China Mobile's revenue with the programme − without it, months
   * 1..last, same seed) ÷ its retention spend over the same months. The engine does not report
   * the revenue of saved customers directly; this difference is the honest proxy: it counts a
   * saved customer's bills for as long as they really stay, and any knock-on effect (word of
   * mouth, rivals' base) as well.
   */
  const keptPerRmb = (out: RunOutput, off: RunOutput, o: number) => (total(out, o, 'revenue') - total(off, o, 'revenue')) / total(out, o, 'retentionSpend');

  it('runs value × risk targeting on the mid/high-end segments, with a fixed part in the offer cost', () => {
    const crm = warning.operators.find((o) => o.id === 'mobile')!.crm;
    expect(crm.targeting).toBe('valueRisk');
    expect(crm.segments).toEqual(['key', 'vip', 'mid']);
    expect(crm.offerCost).toBeGreaterThan(0);
  });

  for (const seed of CRM_SEEDS)
    it(`the programme keeps more revenue than it costs, and value × risk spends it on fewer, bigger bills (seed ${seed})`, () => {
      const { on, off, rnd } = runsOf(seed);
      const o = opIndex(on, 'mobile');
      expect(total(on, o, 'retentionSpend')).toBeGreaterThan(0);
      // Measured 4.6–6.9 RMB kept per RMB on seeds 1–10 at 100,000 customers (random ranking:
      // 2.4–3.6; value × risk 4.8, 6.1 on seeds 1–2 at 200,000) …
      expect(keptPerRmb(on, off, o)).toBeGreaterThan(2.5);
      // … and more profit too, net of the spend: measured 1.7–3.1 RMB per RMB spent.
      expect((total(on, o, 'profit') - total(off, o, 'profit')) / total(on, o, 'retentionSpend')).toBeGreaterThan(0.5);
      // The budget is tight (about a third of what offers to all the flagged would cost), so the
      // ranking decides who gets an offer: value × risk makes fewer offers to bigger bills than
      // random ranking at about the same spend (spend ratio 0.97–1.13; spend per offer 1.34–1.44×
      // random's on seeds 1–6 at 100,000 customers; an offer costs 100 RMB + 0.1 × the bill).
      const perOffer = (out: RunOutput) => total(out, o, 'retentionSpend') / total(out, o, 'retentionOffers');
      expect(Math.abs(total(on, o, 'retentionSpend') / total(rnd, o, 'retentionSpend') - 1)).toBeLessThan(0.2);
      expect(perOffer(on)).toBeGreaterThan(1.2 * perOffer(rnd));
    });

  // The lesson of seed 001 L65 #6 and seed 004 L499. It holds because false alarms no longer grow
  // with a customer's risk (flags on riskier customers are more often right) and because an offer
  // has a fixed cost (100 RMB), so a bigger bill kept costs little more to keep. With an offer cost
  // fully proportional to the bill (offerCost 0, offerCostMonths 1) it does not hold: value × risk
  // 0.84 and 1.80 against random 1.48 and 1.46 (seeds 1–2, 100,000 customers, budgetShare 0.002).
  for (const seed of CRM_SEEDS)
    it(`value × risk targeting keeps more revenue per RMB of retention spend than random targeting (seed ${seed})`, () => {
      const { on, off, rnd } = runsOf(seed);
      const o = opIndex(on, 'mobile');
      // Measured value × risk ÷ random 1.55–2.45 (median 1.85) on seeds 1–10 at 100,000 customers
      // (1.76 on seed 1, 2.45 on seed 2; 1.8 and 2.4 at 200,000).
      expect(keptPerRmb(on, off, o)).toBeGreaterThan(1.3 * keptPerRmb(rnd, off, o));
    });
});
