/**
 * The claims of the retention-economics preset (see claims.ts for the conventions): the course's
 * "5 % less churn, 25–85 % more profit" (seed 001 L119) read as a retention rate 5 points higher
 * raising the value of a customer by 25–85 %, and where the gain comes from.
 */
import type { RunOutput } from '../../../src/engine/api.ts';
import { at } from '../../../src/engine/frame.ts';
import { custom, type Metric, type Patch, type PresetClaims } from '../../helpers/claims.ts';
import { opIndex } from '../../helpers/scenarios.ts';

const SEGMENTS = ['vip', 'mid', 'mass'] as const;
/** The variant "Retention +5 points": every segment's base churn × 0.74 (as in the file). */
const RETAIN_5: Patch[] = [
  { op: 'replace', path: '/market/segments/vip/baseChurn', value: 0.0052 },
  { op: 'replace', path: '/market/segments/mid/baseChurn', value: 0.0096 },
  { op: 'replace', path: '/market/segments/mass/baseChurn', value: 0.0118 },
];
const off = (field: string): Patch[] => SEGMENTS.map((s) => ({ op: 'replace', path: `/market/segments/${s}/tenure/${field}`, value: 0 }));
const FLAT: Patch[] = [...off('spendGrowth'), ...off('earlyCost'), ...off('referrals')];

/** China Mobile's value of a new customer (clvNew), weighted by its subscribers per segment, at month m. */
const newCustomerValue = (m: number): Metric =>
  custom(`mobile value of a new customer (clvNew, weighted by subscribers) at month ${m}`, (out: RunOutput) => {
    const L = out.meta.layout;
    const o = opIndex(out, 'mobile');
    let value = 0;
    let subs = 0;
    for (let s = 0; s < L.segments; s++) {
      const n = out.frames[m][at.seg(L, o, s, 'subscribers')];
      value += n * out.frames[m][at.seg(L, o, s, 'clvNew')];
      subs += n;
    }
    return value / subs;
  });

/** China Mobile's annual retention rate, from its monthly churn over months 13–24. */
const annualRetention = custom('mobile annual retention from churn over months 13–24', (out: RunOutput) => {
  const L = out.meta.layout;
  const o = opIndex(out, 'mobile');
  let churned = 0;
  let base = 0;
  for (let t = 13; t <= 24; t++) {
    churned += out.frames[t][at.op(L, o, 'churned')];
    base += out.frames[t - 1][at.op(L, o, 'subscribers')];
  }
  return (1 - churned / base) ** 12;
});

/** Share of China Mobile's cohort of month j still with it `after` months later. */
const cohortKept = (j: number, after: number): Metric =>
  custom(`mobile cohort of month ${j} kept ${after} months later`, (out: RunOutput) => {
    const o = opIndex(out, 'mobile');
    const W = out.meta.months + 1;
    return out.cohorts[j + after][o * W + j] / out.cohortSize[o * W + j];
  });

/** The gain in a new customer's value at month 24 that retention +5 points brings, over `base`. */
const gainFrom = (base: string) =>
  custom(
    `mobile value of a new customer at month 24, ${base}+5 ÷ ${base}`,
    (out, runs) => newCustomerValue(24).of(runs(`${base}Retain5`), runs) / newCustomerValue(24).of(runs(base), runs),
    [base, `${base}Retain5`],
  );

export const RETENTION_ECONOMICS: PresetClaims = {
  runs: {
    retain5: { says: 'variant retain-5: base churn × 0.74', patch: RETAIN_5 },
    flat: { says: 'variant flat: no upsell, early cost or referrals', patch: FLAT },
    flatRetain5: { says: 'variant flat-retain-5', patch: [...FLAT, ...RETAIN_5] },
    noReferrals: { says: 'variant no-referrals', patch: off('referrals') },
    noReferralsRetain5: { says: 'no referrals, retention +5 points', patch: [...off('referrals'), ...RETAIN_5] },
    noUpsellCost: { says: 'no upsell and no extra cost of new customers', patch: [...off('spendGrowth'), ...off('earlyCost')] },
    noUpsellCostRetain5: { says: 'no upsell or early cost, retention +5 points', patch: [...off('spendGrowth'), ...off('earlyCost'), ...RETAIN_5] },
    seed2: { says: 'seed 2', patch: [], seed: 2 },
    seed2Retain5: { says: 'seed 2, retention +5 points', patch: RETAIN_5, seed: 2 },
  },
  notes: [
    {
      view: 'clv',
      month: 24,
      reason: 'the value of a new customer with retention 5 points higher, and the retention rates themselves',
      checks: [
        { says: 'about 80 % kept a year in the preset', quote: 'about 80 % → 85 % kept a year', metric: annualRetention, expect: { near: 0.8, tol: 0.01 } },
        {
          says: 'about 5 points more in the variant',
          quote: 'about 80 % → 85 % kept a year',
          metric: annualRetention,
          on: 'retain5',
          expect: { vs: 'preset', diff: [0.04, 0.06] },
        },
        { says: 'about 5,500 RMB', quote: 'about 5,500 RMB', metric: newCustomerValue(24), expect: { near: 5500, tol: 100 } },
        {
          says: 'about 7,100 RMB with retention +5 points',
          quote: 'about 7,100 RMB',
          metric: newCustomerValue(24),
          on: 'retain5',
          expect: { near: 7100, tol: 100 },
        },
        {
          says: 'about 30 % more, inside 25–85 %',
          quote: 'about 30 % more, inside the course',
          metric: newCustomerValue(24),
          on: 'retain5',
          expect: { vs: 'preset', is: 'higher', ratio: [1.25, 1.35] },
        },
        {
          says: 'inside 25–85 % at seed 2 as well',
          metric: newCustomerValue(24),
          on: 'seed2Retain5',
          expect: { vs: 'seed2', is: 'higher', ratio: [1.25, 1.85] },
        },
      ],
    },
    {
      view: 'clv',
      month: 24,
      reason: 'the same retention gain with flat economics, without referrals, and without upsell and early cost',
      checks: [
        { says: 'about 20 % with flat economics', quote: 'by only about 20 %', metric: gainFrom('flat'), expect: { near: 1.2, tol: 0.02 } },
        { says: 'below the course’s range', quote: 'below the course', metric: gainFrom('flat'), expect: { below: 1.25 } },
        {
          says: 'referrals give most of the rest: without them the gain is close to the flat one',
          quote: 'Referrals give most of the rest',
          metric: gainFrom('noReferrals'),
          expect: { near: 1.21, tol: 0.02 },
        },
        {
          says: 'upsell and the cost of new customers about one point between them',
          quote: 'about one point between them',
          metric: custom(
            'gain in points: preset − without upsell and early cost',
            (out, runs) => {
              const full = newCustomerValue(24).of(runs('retain5'), runs) / newCustomerValue(24).of(out, runs);
              return full - gainFrom('noUpsellCost').of(out, runs);
            },
            ['retain5', 'noUpsellCost', 'noUpsellCostRetain5'],
          ),
          expect: { near: 0.01, tol: 0.01 },
        },
      ],
    },
    {
      view: 'cohorts',
      reason: 'the month-1 cohort a year later against the starting base',
      checks: [
        { says: 'about 70 % of the month-1 cohort after a year', quote: 'about 70 %', metric: cohortKept(1, 12), expect: { near: 0.7, tol: 0.01 } },
        { says: 'about 82 % of the starting base', quote: 'about 82 %', metric: cohortKept(0, 12), expect: { near: 0.82, tol: 0.01 } },
      ],
    },
  ],
  text: [
    {
      where: 'objectives[0]',
      reason: 'a retention rate 5 points higher raises the value of a customer by 25–85 %',
      checks: [{ says: 'inside 25–85 %', metric: newCustomerValue(24), on: 'retain5', expect: { vs: 'preset', is: 'higher', ratio: [1.25, 1.85] } }],
    },
  ],
};
