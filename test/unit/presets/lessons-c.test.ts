/**
 * The lessons of five presets: gotone-vip-tiers, campus-challenger, 3g-migration, bundle-push and
 * dominant-incumbent. Each test runs the preset and a variant without the lever it teaches, on the
 * same seed (common random numbers), so the gap is the lever's effect and not noise. The margins
 * are bounds well inside what seeds 1–5 gave at the test's size (see each test), not recorded
 * outputs of one run.
 */
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at } from '../../../src/engine/frame.ts';
import type { Scenario, ScenarioInput } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { lastMonth, opAt, opTotal, segmentChurn, segmentShare, tierChurn } from '../../helpers/runs.ts';
import { mustValidate, opIndex, operatorOf, readScenarioInput, variant, withAndWithoutSchedule } from '../../helpers/scenarios.ts';

const RUN = { customers: 30_000, seed: 1 };
const run = (s: Scenario) => runScenario(s, RUN);
const preset = (name: string) => run(mustValidate(readScenarioInput(name)));

describe('preset gotone-vip-tiers', () => {
  const NAME = 'gotone-vip-tiers';
  const PRIVILEGE_COST = 25; // RMB per customer-month per unit of privilege (SERVICE.privilegeCostPerCustomer)
  const privileges = mustValidate(readScenarioInput(NAME)).operators.find((o) => o.id === 'mobile')!.service.tiers.map((tier) => tier.privileges);
  const withoutPoints = (s: ScenarioInput) => {
    const mobile = operatorOf(s, 'mobile');
    mobile.loyalty = { ...mobile.loyalty, pointsPerRmb: 0 };
  };
  const withoutPrivileges = (s: ScenarioInput) => {
    const mobile = operatorOf(s, 'mobile');
    mobile.service!.tiers = mobile.service!.tiers!.map((tier) => ({ ...tier, privileges: 0 }));
  };
  let runs: { scheme: RunOutput; none: RunOutput; pointsOnly: RunOutput; privilegesOnly: RunOutput } | undefined;
  const runsOnce = () =>
    (runs ??= {
      scheme: preset(NAME),
      none: run(variant((s) => (withoutPoints(s), withoutPrivileges(s)), NAME)),
      pointsOnly: run(variant(withoutPrivileges, NAME)),
      privilegesOnly: run(variant(withoutPoints, NAME)),
    });

  /** What the privileges of a run cost China Mobile: every customer of a tier gets its tier's privileges. */
  function privilegeCost(out: RunOutput): number {
    const L = out.meta.layout;
    const o = opIndex(out, 'mobile');
    let cost = 0;
    for (let t = 1; t <= lastMonth(out); t++) for (let k = 0; k < 4; k++) cost += out.frames[t][at.tier(L, o, k, 'subscribers')] * privileges[k] * PRIVILEGE_COST;
    return cost;
  }
  /** Customers `out` kept that `base` lost: the churn-rate gap applied to out's base, month by month. */
  function savedAgainst(out: RunOutput, base: RunOutput): number {
    let saved = 0;
    for (let t = 1; t <= lastMonth(out); t++)
      saved += (opAt(base, 'mobile', 'churnRate', t) - opAt(out, 'mobile', 'churnRate', t)) * opAt(out, 'mobile', 'subscribers', t - 1);
    return saved;
  }

  it('points and tier privileges lower China Mobile’s VIP and high-tier churn, at a price per saved customer', () => {
    const { scheme, none } = runsOnce();
    const M = lastMonth(scheme);
    // VIP churn ×0.62–0.70 and gold + diamond churn ×0.55–0.62 of the run without the scheme
    // (seeds 1–5 at 30,000 customers; about 0.19 against 0.29 % a month for VIP).
    expect(segmentChurn(scheme, 'mobile', 1, M, ['vip'])).toBeLessThan(segmentChurn(none, 'mobile', 1, M, ['vip']) * 0.8);
    expect(tierChurn(scheme, 'mobile', 1, M, [2, 3])).toBeLessThan(tierChurn(none, 'mobile', 1, M, [2, 3]) * 0.8);
    expect(segmentChurn(scheme, 'mobile', 1, M)).toBeLessThan(segmentChurn(none, 'mobile', 1, M) * 0.9);

    // Points cost 1 point/RMB × 0.02 RMB = 2 % of revenue, booked as they are earned.
    const loyalty = opTotal(scheme, 'mobile', 'loyaltySpend');
    expect(loyalty).toBeGreaterThan(0);
    expect(loyalty / opTotal(scheme, 'mobile', 'revenue')).toBeCloseTo(0.02, 3);
    expect(opTotal(none, 'mobile', 'loyaltySpend')).toBe(0);

    // What the scheme costs against the churn it saves.
    const saved = savedAgainst(scheme, none);
    expect(saved).toBeGreaterThan(0);
    const costPerSaved = (loyalty + privilegeCost(scheme)) / saved;
    const meanArpu = opTotal(scheme, 'mobile', 'arpu') / M;
    // Measured 1,350–1,420 RMB per saved customer, about 12 months of the average bill (seeds
    // 1–5): the points are paid on every customer's bill, the saving comes only from the few who
    // would have left. Over 36 months the scheme does not pay for itself (profit lower) …
    expect(costPerSaved).toBeGreaterThan(5 * meanArpu);
    expect(opTotal(scheme, 'mobile', 'profit')).toBeLessThan(opTotal(none, 'mobile', 'profit'));
    // … while revenue is higher: the customers kept keep paying.
    expect(opTotal(scheme, 'mobile', 'revenue')).toBeGreaterThan(opTotal(none, 'mobile', 'revenue'));
  });

  it('points save a customer far more cheaply than privileges', () => {
    const { none, pointsOnly, privilegesOnly } = runsOnce();
    const M = lastMonth(none);
    const perSavedPoints = opTotal(pointsOnly, 'mobile', 'loyaltySpend') / savedAgainst(pointsOnly, none);
    const perSavedPrivileges = privilegeCost(privilegesOnly) / savedAgainst(privilegesOnly, none);
    // Measured 890–930 RMB per customer saved by points alone against 7,000–8,600 by
    // privileges alone (seeds 1–5): privileges reach only silver and above and move their
    // service, and so churn, a little; the points balance locks in every customer.
    expect(perSavedPoints).toBeGreaterThan(0);
    expect(perSavedPrivileges).toBeGreaterThan(3 * perSavedPoints);
    // Points alone already give most of the scheme's cut in VIP churn (×0.65–0.72 against ×0.96–0.98, seeds 1–5).
    expect(segmentChurn(pointsOnly, 'mobile', 1, M, ['vip'])).toBeLessThan(segmentChurn(privilegesOnly, 'mobile', 1, M, ['vip']) * 0.85);
  });
});

describe('preset campus-challenger', () => {
  const NAME = 'campus-challenger';
  it('the dearer challenger wins students with its faster network, and loses them without it', () => {
    const input = readScenarioInput(NAME);
    const telecom = operatorOf(input, 'telecom');
    // The premise: China Telecom charges more and has the best network.
    for (const rival of ['mobile', 'unicom']) {
      expect(telecom.pricing!.tariffIndex as number).toBeGreaterThan(operatorOf(input, rival).pricing!.tariffIndex as number);
      expect(telecom.network).toBeGreaterThan(operatorOf(input, rival).network);
    }
    const fast = preset(NAME);
    const level = run(variant((s) => (operatorOf(s, 'telecom').network = operatorOf(s, 'mobile').network), NAME));
    const M = lastMonth(fast);
    const start = segmentShare(fast, 'telecom', 0, ['students']);
    // Measured: 7 % of students at month 0 → 26–27 % at month 36 with the faster network,
    // → 5 % with the incumbents' network (seeds 1–5 at 30,000 customers).
    expect(segmentShare(fast, 'telecom', M, ['students'])).toBeGreaterThan(start + 0.12);
    expect(segmentShare(level, 'telecom', M, ['students'])).toBeLessThan(start);
    expect(segmentShare(fast, 'telecom', M, ['students']) - segmentShare(level, 'telecom', M, ['students'])).toBeGreaterThan(0.15);
    // Its students stay, too: churn 2.1–2.2 against 5.4–5.6 % a month (seeds 1–5).
    expect(segmentChurn(fast, 'telecom', 1, M, ['students'])).toBeLessThan(segmentChurn(level, 'telecom', 1, M, ['students']) * 0.6);
  });
});

describe('preset 3g-migration', () => {
  const NAME = '3g-migration';
  const HIGH_END = ['key', 'vip', 'mid'];
  const launchMonth = () => {
    const input = readScenarioInput(NAME);
    const month = operatorOf(input, 'unicom').schedule![0].month;
    expect(input.events).toContainEqual({ type: 'networkLaunch', month, operator: 'unicom', network: expect.any(Number) });
    return month;
  };

  it('the 3G launch with subsidies and 24-month contracts wins high-end share, cuts high-end churn and costs subsidies', () => {
    const launch = launchMonth();
    const launched = preset(NAME);
    const noLaunch = run(
      variant((s) => {
        operatorOf(s, 'unicom').schedule = [];
        s.events = [];
      }, NAME),
    );
    const M = lastMonth(launched);
    const contractSpan = [launch + 1, launch + 23] as const;
    // Identical until the launch.
    expect(segmentShare(launched, 'unicom', launch - 1, HIGH_END)).toBe(segmentShare(noLaunch, 'unicom', launch - 1, HIGH_END));
    // High-end share at month 36: measured 0.24–0.25 against 0.15–0.17 without the launch
    // (from 0.21–0.23 at month 0; seeds 1–5 at 30,000 customers).
    expect(segmentShare(launched, 'unicom', M, HIGH_END)).toBeGreaterThan(segmentShare(noLaunch, 'unicom', M, HIGH_END) + 0.05);
    expect(segmentShare(launched, 'unicom', M, HIGH_END)).toBeGreaterThan(segmentShare(launched, 'unicom', 0, HIGH_END));
    // High-end churn during the first contracts: 0.89–1.01 against 1.47–1.64 % a month.
    expect(segmentChurn(launched, 'unicom', ...contractSpan, HIGH_END)).toBeLessThan(segmentChurn(noLaunch, 'unicom', ...contractSpan, HIGH_END) * 0.75);
    // Subsidies: none without the launch; with it, spend rises year on year although the subsidy
    // share tapers 65 → 55 → 45 % (more contracts, then renewals): measured 22–26k, 25–29k and
    // 30–34k RMB a month in years 1–3 at this size (seeds 1–5).
    expect(opTotal(noLaunch, 'unicom', 'subsidySpend')).toBe(0);
    const yearly = [1, 13, 25].map((from) => opTotal(launched, 'unicom', 'subsidySpend', from, from + 11));
    expect(yearly[0]).toBeGreaterThan(0);
    expect(yearly[2]).toBeGreaterThan(yearly[0] * 1.15);
  });

  it('the contracts themselves lower high-end churn while they run', () => {
    const launch = launchMonth();
    const launched = preset(NAME);
    const noContracts = run(
      variant((s) => {
        for (const change of operatorOf(s, 'unicom').schedule!) delete change.contracts;
      }, NAME),
    );
    // Same network launch and tariffs, no contracts: measured ×0.90–0.92 (seeds 1–5).
    expect(segmentChurn(launched, 'unicom', launch + 1, launch + 23, HIGH_END)).toBeLessThan(
      segmentChurn(noContracts, 'unicom', launch + 1, launch + 23, HIGH_END) * 0.96,
    );
  });
});

describe('preset bundle-push', () => {
  it('the bundle campaign lowers churn of China Mobile’s customers against no campaign', () => {
    const { month: push, withIt: pushed, without: none } = withAndWithoutSchedule('bundle-push', 'mobile', RUN);
    const M = lastMonth(pushed);
    // The campaign takes uptake from 9.65 % to 41.36 % (seed 003 L192–210).
    const mobile = operatorOf(readScenarioInput('bundle-push'), 'mobile');
    expect(mobile.pricing!.bundle!.uptake).toBe(0.0965);
    expect(mobile.schedule![0].pricing!.bundle!.uptake).toBe(0.4136);
    // Identical before the push.
    expect(segmentChurn(pushed, 'mobile', 1, push - 1)).toBe(segmentChurn(none, 'mobile', 1, push - 1));
    // After it, churn ×0.84–0.85 (1.20–1.25 against 1.43–1.48 % a month; seeds 1–5 at 30,000).
    expect(segmentChurn(pushed, 'mobile', push, M)).toBeLessThan(segmentChurn(none, 'mobile', push, M) * 0.92);
    // More customers kept, at about the same revenue (the bundle discount offsets them).
    expect(opAt(pushed, 'mobile', 'subscriberShare', M)).toBeGreaterThan(opAt(none, 'mobile', 'subscriberShare', M) + 0.01);
  });
});

describe('preset dominant-incumbent', () => {
  const NAME = 'dominant-incumbent';
  it('the leader starts above 80 %, loses share to two full-service rivals, and its revenue growth slows', () => {
    const rivals = preset(NAME);
    const alone = run(
      variant((s) => {
        s.events = [];
        operatorOf(s, 'unicom').schedule = [];
        operatorOf(s, 'telecom').entryMonth = 240;
      }, NAME),
    );
    const M = lastMonth(rivals);
    const entry = (readScenarioInput(NAME).events ?? []).find((e) => e.type === 'newEntrant')!.month;
    const share = (out: RunOutput, t: number) => opAt(out, 'mobile', 'subscriberShare', t);
    const growth = (out: RunOutput, from: number) => opAt(out, 'mobile', 'revenue', from + 12) / opAt(out, 'mobile', 'revenue', from) - 1;

    expect(share(rivals, 0)).toBeGreaterThan(0.8);
    // Measured 0.84 → 0.60–0.61 at month 36, against 0.80–0.81 without the rivals (seeds 1–5 at
    // 30,000 customers).
    expect(share(rivals, M)).toBeLessThan(share(alone, M) - 0.1);
    expect(share(rivals, M)).toBeLessThan(share(rivals, entry) - 0.1);
    // Both rivals end with more than a tenth of the market (Unicom 0.26, Telecom 0.14).
    for (const id of ['unicom', 'telecom']) expect(opAt(rivals, id, 'subscriberShare', M)).toBeGreaterThan(0.1);
    // Revenue growth: 21–25 % in the year before the rivals, 8–11 % in the year after
    // (without rivals 20–25 % both years; seeds 1–5).
    expect(growth(rivals, 0)).toBeGreaterThan(0.18);
    expect(growth(rivals, entry)).toBeLessThan(growth(rivals, 0) - 0.06);
    expect(growth(rivals, entry)).toBeLessThan(growth(alone, entry) - 0.06);
  });
});
