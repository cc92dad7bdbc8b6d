/**
 * What each preset's notes claim, as checks on runs of the preset at its own size and seed
 * (`market.customers`, `market.seed`): one entry per `lookAt` note, in the file's order, and the
 * quantitative claims of the description and objectives. A claim is a figure with a tolerance or
 * a direction against a counterfactual run on the same seed (the preset with a lever removed,
 * written as a patch). A run is deterministic, so a tolerance is the note's own precision, not
 * noise: "about 7 %" holds from 6 to 8 % (one unit of the last digit given), "7 %" from 6.5 to
 * 7.5 %, a range "310–320" from 305 to 325, "about a fifth" from 15 to 25 %. `quote` is the
 * note's wording that a check holds to: change the figure in the note and the check fails until
 * it is changed too. Run by claims-*.test.ts; claims-coverage.test.ts fails when a note has no
 * entry.
 */
import type { RunOutput } from '../../../src/engine/api.ts';
import { SERVICE } from '../../../src/engine/constants.ts';
import { at, type OperatorField } from '../../../src/engine/frame.ts';
import {
  causeChurners,
  churn,
  custom,
  lastMonth,
  gainOver,
  marketAt,
  minus,
  opAt,
  opMean,
  opSum,
  ratio,
  segAt,
  segShare,
  segSum,
  switched,
  tierChurn,
  tierSubscribers,
  wonFrom,
  type Metric,
  type PresetClaims,
  type Runs,
} from '../../helpers/claims.ts';
import { opIndex, operatorOf, readScenarioInput } from '../../helpers/scenarios.ts';
import { RETENTION_ECONOMICS } from './claims-retention.ts';

const END = 'end';
const HIGH_END = ['key', 'vip', 'mid'];
const MASS_MARKET = ['mid', 'mass', 'youth', 'rural'];
const SILVER = 1;

/** Retention spend over the budget it may use: budgetShare × last month's revenue of the covered segments. */
const retentionBudgetUse = (op: string, budgetShare: number, segments: string[], span: readonly [number, number | 'end']): Metric =>
  ratio(
    opSum('retentionSpend', op, span),
    custom(`${budgetShare} × ${op} revenue (${segments.join(', ')}) of the month before, over months ${span[0]}–${span[1]}`, (out, runs) => {
      const to = span[1] === END ? lastMonth(out) : span[1];
      return budgetShare * segSum('revenue', op, [span[0] - 1, to - 1], segments).of(out, runs);
    }),
    `${op} retention spend ÷ its budget over months ${span[0]}–${span[1]}`,
  );

/**
 * Revenue kept per RMB of retention spend: (revenue with the programme − without it) ÷ retention
 * spend, months 1..last. The engine does not report saved customers' revenue; this difference
 * counts a saved customer's bills for as long as they really stay.
 */
const keptPerRmb = (op: string, without: string): Metric =>
  custom(
    `${op} revenue kept per RMB of retention spend (against ${without})`,
    (out, runs) => {
      const revenue = opSum('revenue', op, [1, END]);
      return (revenue.of(out, runs) - revenue.of(runs(without), runs)) / opSum('retentionSpend', op, [1, END]).of(out, runs);
    },
    [without],
  );

/** Profit gained per RMB moved from acquisition to retention: (profit − profit of `acquireInstead`) ÷ retention spend. */
const profitPerRmbMoved = (acquireInstead: string): Metric =>
  custom(
    `mobile cumulative profit gained per RMB of retention spend (against ${acquireInstead})`,
    (out, runs) => {
      const profit = opSum('profit', 'mobile', [1, END]);
      return (profit.of(out, runs) - profit.of(runs(acquireInstead), runs)) / opSum('retentionSpend', 'mobile', [1, END]).of(out, runs);
    },
    [acquireInstead],
  );

/** The marginal cost of a gross add bought with the retention budget moved to acquisition. */
const extraAddCost = (acquireInstead: string): Metric =>
  custom(
    `mobile retention spend ÷ extra gross adds in ${acquireInstead}`,
    (out, runs) => {
      const adds = opSum('grossAdds', 'mobile', [1, END]);
      return opSum('retentionSpend', 'mobile', [1, END]).of(out, runs) / (adds.of(runs(acquireInstead), runs) - adds.of(out, runs));
    },
    [acquireInstead],
  );

/** What a share of last month's revenue of some segments comes to, a month on average. */
const monthlyBudget = (op: string, budgetShare: number, segments: string[]): Metric =>
  custom(
    `${budgetShare} × ${op} revenue (${segments.join(', ')}) of the month before, a month`,
    (out, runs) => (budgetShare * segSum('revenue', op, [0, lastMonth(out) - 1], segments).of(out, runs)) / lastMonth(out),
  );

/** The lowest or highest monthly value of an operator field, months from..last. */
const monthly = (pick: (...xs: number[]) => number, field: OperatorField, op: string, from = 1): Metric =>
  custom(`${op} ${pick === Math.min ? 'lowest' : 'highest'} monthly ${field} from month ${from}`, (out) =>
    pick(...out.frames.slice(from).map((f) => f[at.op(out.meta.layout, opIndex(out, op), field)])),
  );

/** Acquisition spend per gross add over the whole run. */
const spendPerAdd = (op: string): Metric =>
  ratio(opSum('acquisitionSpend', op, [1, END]), opSum('grossAdds', op, [1, END]), `${op} acquisition spend ÷ gross adds, months 1..last`);

/** Market churn after month 12 over market churn before it, in some segments. */
const afterOverBefore = (segments: string[]): Metric =>
  ratio(churn('market', [12, END], segments), churn('market', [1, 11], segments), `market churn (${segments.join(', ')}), months 12..last ÷ months 1–11`);

/** Retention spend per retention save. */
const costPerSave = ratio(opSum('retentionSpend', 'mobile', [1, END]), opSum('retentionSaves', 'mobile', [1, END]), 'mobile retention spend ÷ saves');

// ---- gotone-vip-tiers: what the scheme costs against the churn it saves ----------------------

const gotonePrivileges = () => (operatorOf(readScenarioInput('gotone-vip-tiers'), 'mobile').service!.tiers ?? []).map((t) => t.privileges ?? 0);

/** What China Mobile's tier privileges cost in a run: every customer of a tier gets its tier's privileges. */
function privilegeCost(out: RunOutput): number {
  const L = out.meta.layout;
  const o = opIndex(out, 'mobile');
  const levels = gotonePrivileges();
  let cost = 0;
  for (let t = 1; t <= lastMonth(out); t++)
    for (let k = 0; k < levels.length; k++) cost += out.frames[t][at.tier(L, o, k, 'subscribers')] * levels[k] * SERVICE.privilegeCostPerCustomer;
  return cost;
}

/** Customers China Mobile kept in `out` that it lost in `base`: the churn-rate gap applied to out's base, month by month. */
function savedAgainst(out: RunOutput, base: RunOutput): number {
  const L = out.meta.layout;
  const o = opIndex(out, 'mobile');
  let saved = 0;
  for (let t = 1; t <= lastMonth(out); t++)
    saved += (base.frames[t][at.op(L, o, 'churnRate')] - out.frames[t][at.op(L, o, 'churnRate')]) * out.frames[t - 1][at.op(L, o, 'subscribers')];
  return saved;
}

/** Cost per customer saved against the run without the scheme, counting points and/or privileges. */
const costPerSaved = (points: boolean, privileges: boolean): Metric =>
  custom(
    `mobile ${[points && 'points', privileges && 'privileges'].filter(Boolean).join(' + ')} cost per customer saved (against none)`,
    (out, runs: Runs) => {
      const cost = (points ? opSum('loyaltySpend', 'mobile', [1, END]).of(out, runs) : 0) + (privileges ? privilegeCost(out) : 0);
      return cost / savedAgainst(out, runs('none'));
    },
    ['none'],
  );

// ---- the claims ---------------------------------------------------------------------------

/** Responses an operator's rules fired (reactor.ts), in order. */
const responsesOf = (out: RunOutput, op: string) => (out.responses ?? []).filter((r) => r.operator === op);
/** The month the n-th response of an operator takes effect (or was decided); NaN when there is none. */
const responseMonth = (op: string, n: number, which: 'month' | 'decided' = 'month'): Metric =>
  custom(`${op} response ${n + 1}: ${which === 'month' ? 'first month in force' : 'month decided'}`, (out) => responsesOf(out, op)[n]?.[which] ?? NaN);
const responseCount = (op: string): Metric => custom(`${op} responses fired`, (out) => responsesOf(out, op).length);
const lastResponseValue = (op: string): Metric => custom(`${op} value set by its last response`, (out) => responsesOf(out, op).at(-1)?.value ?? NaN);
/** The smallest margin of any fired price response above its rule's floor. */
const lowestAboveFloor: Metric = custom('lowest response value minus its floor', (out) => {
  const input = readScenarioInput(out.meta.scenarioId);
  const margins = (out.responses ?? []).map((r) => r.value - operatorOf(input, r.operator).responses![r.rule].limit);
  return margins.length ? Math.min(...margins) : NaN;
});

export const CLAIMS: Record<string, PresetClaims> = {
  'retention-economics': RETENTION_ECONOMICS,
  default: {
    runs: {
      doubleBudget: {
        says: 'China Mobile’s month-18 retention budget doubled (budgetShare 0.02 → 0.04)',
        patch: [{ op: 'replace', path: '/operators/mobile/schedule/0/crm/budgetShare', value: 0.04 }],
      },
      noPriceCut: { says: 'without China Unicom’s month-6 price cut', patch: [{ op: 'remove', path: '/events/type=priceCut' }] },
      no3G: { says: 'without China Telecom’s month-12 3G launch', patch: [{ op: 'remove', path: '/events/type=networkLaunch' }] },
    },
    notes: [
      {
        view: 'concentration',
        month: 0,
        reason: 'the 80/20 rule per operator at month 0, and the larger share of profit',
        checks: ['mobile', 'unicom', 'telecom'].flatMap((op) => [
          {
            says: `${op}: top 20 % bring about 80 % of revenue`,
            quote: 'about 80 % of its revenue',
            metric: opAt('top20RevenueShare', op, 0),
            expect: { near: 0.8, tol: 0.01 },
          },
          { says: `${op}: Gini about 0.77`, quote: 'Gini about 0.77', metric: opAt('gini', op, 0), expect: { near: 0.77, tol: 0.01 } },
          {
            says: `${op}: top 20 % bring about 87–89 % of profit`,
            quote: 'about 87–89 %',
            metric: opAt('top20ProfitShare', op, 0),
            expect: { near: 0.88, tol: 0.015 },
          },
        ]),
      },
      {
        view: 'lorenz',
        month: 0,
        reason: 'the Lorenz curve of the market at 80 % of customers',
        checks: [
          {
            says: 'the bottom 80 % bring about a fifth of revenue',
            quote: 'only about a fifth of revenue',
            metric: custom(
              'market Lorenz curve at 80 % of customers, month 0',
              (out) => out.frames[0][at.lorenz(out.meta.layout, out.meta.operators.length, 16)],
            ),
            expect: { near: 0.2, tol: 0.02 },
          },
        ],
      },
      {
        view: 'subscribers',
        reason: 'China Mobile’s share at both ends, and its share of the gross adds',
        checks: [
          { says: 'share 68 % at the start', quote: 'from 68 %', metric: opAt('subscriberShare', 'mobile', 0), expect: { near: 0.68, tol: 0.005 } },
          {
            says: 'about 54 % at month 36',
            quote: 'to about 54 % in 36 months',
            metric: opAt('subscriberShare', 'mobile', 36),
            expect: { near: 0.54, tol: 0.01 },
          },
          {
            says: 'it wins fewer than half of the new customers',
            quote: 'fewer than half of the new customers',
            metric: ratio(
              opSum('grossAdds', 'mobile', [1, END]),
              custom('market gross adds', (out, runs) =>
                ['mobile', 'unicom', 'telecom'].reduce((s, op) => s + opSum('grossAdds', op, [1, END]).of(out, runs), 0),
              ),
            ),
            expect: { below: 0.5 },
          },
        ],
      },
      {
        view: 'churn',
        month: 6,
        reason: 'China Unicom’s churn before the price cut and until the next event (month 12), and its gross adds against a run without the cut',
        checks: [
          {
            says: 'churn about 2.7 % a month before the cut',
            quote: 'about 2.7 % a month before',
            metric: churn('unicom', [1, 5]),
            expect: { near: 0.027, tol: 0.001 },
          },
          { says: 'about 1.7 % in months 6–11', quote: 'about 1.7 % in months 6–11', metric: churn('unicom', [6, 11]), expect: { near: 0.017, tol: 0.001 } },
          { says: 'the cut, not something else, lowers it', metric: churn('unicom', [6, 11]), expect: { vs: 'noPriceCut', is: 'lower' } },
          {
            says: 'its arrivals jump',
            quote: 'its arrivals jump',
            metric: opSum('grossAdds', 'unicom', [6, 11]),
            expect: { vs: 'noPriceCut', is: 'higher', ratio: [1.2, 10] },
          },
        ],
      },
      {
        view: 'churn',
        month: 12,
        reason: 'China Telecom’s churn and share growth after its 3G launch, against a run without the launch',
        checks: [
          { says: 'its churn falls', quote: 'its churn falls', metric: churn('telecom', [12, END]), expect: { vs: 'no3G', is: 'lower' } },
          { says: 'identical before the launch', metric: churn('telecom', [1, 11]), expect: { vs: 'no3G', is: 'equal' } },
          {
            says: 'its share grows faster from then on',
            quote: 'its share grows faster from then on',
            metric: minus(opAt('subscriberShare', 'telecom', END), opAt('subscriberShare', 'telecom', 12)),
            expect: { vs: 'no3G', is: 'higher' },
          },
        ],
      },
      {
        view: 'money',
        month: 18,
        reason: 'retention spend appears in month 18, well under its budget, and a doubled budget changes nothing',
        checks: [
          { says: 'no retention spend before month 18', metric: opSum('retentionSpend', 'mobile', [1, 17]), expect: { near: 0, tol: 0 } },
          { says: 'retention spend appears', quote: 'retention spend appears', metric: opAt('retentionSpend', 'mobile', 18), expect: { above: 0 } },
          {
            says: 'far below its budget',
            quote: 'far below its budget',
            metric: retentionBudgetUse('mobile', 0.02, HIGH_END, [18, END]),
            expect: { below: 0.5 },
          },
          {
            says: 'the flagged customers, not the money, limit it: twice the budget buys no more',
            quote: 'not the money, limits it',
            metric: opSum('retentionSpend', 'mobile', [18, END]),
            expect: { vs: 'doubleBudget', is: 'equal' },
          },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'the 80/20 rule of the market and the starting shares',
        checks: [
          {
            says: 'the top 20 % of customers bring about 80 % of revenue',
            quote: 'The top 20 % of customers bring about 80 % of revenue',
            metric: marketAt('top20RevenueShare', 0),
            expect: { near: 0.8, tol: 0.01 },
          },
          {
            says: 'starting shares 68 / 22 / 10 %',
            quote: 'the starting shares 68 / 22 / 10 %',
            metric: opAt('subscriberShare', 'unicom', 0),
            expect: { near: 0.22, tol: 0.005 },
          },
          {
            says: 'starting shares 68 / 22 / 10 %',
            quote: 'the starting shares 68 / 22 / 10 %',
            metric: opAt('subscriberShare', 'telecom', 0),
            expect: { near: 0.1, tol: 0.005 },
          },
        ],
      },
      {
        where: 'objectives[0]',
        reason: 'the market’s top 20 % bring an even larger share of profit than of revenue',
        checks: [
          { says: 'profit share above revenue share', metric: minus(marketAt('top20ProfitShare', 0), marketAt('top20RevenueShare', 0)), expect: { above: 0 } },
        ],
      },
      {
        where: 'objectives[1]',
        reason: 'the leader loses share to the cheaper challengers',
        checks: [
          {
            says: 'China Mobile loses share',
            metric: minus(opAt('subscriberShare', 'mobile', END), opAt('subscriberShare', 'mobile', 0)),
            expect: { below: -0.05 },
          },
          { says: 'China Unicom gains', metric: minus(opAt('subscriberShare', 'unicom', END), opAt('subscriberShare', 'unicom', 0)), expect: { above: 0 } },
          { says: 'China Telecom gains', metric: minus(opAt('subscriberShare', 'telecom', END), opAt('subscriberShare', 'telecom', 0)), expect: { above: 0 } },
        ],
      },
    ],
  },

  'key-account-defence': {
    runs: { noDefence: { says: 'without China Mobile’s month-4 defence', patch: [{ op: 'remove', path: '/operators/mobile/schedule' }] } },
    notes: [
      {
        view: 'churn',
        month: 4,
        reason: 'key-account churn against the undefended copy: the same until month 3, roughly halved afterwards',
        checks: [
          {
            says: 'identical until month 3',
            quote: 'identical until month 3',
            metric: segAt('subscribers', 'mobile', 3, ['key']),
            expect: { vs: 'noDefence', is: 'equal' },
          },
          {
            says: 'key-account churn roughly halved',
            quote: 'roughly halved',
            metric: churn('mobile', [4, END], ['key']),
            expect: { vs: 'noDefence', is: 'lower', ratio: [0.4, 0.6] },
          },
          {
            says: 'falls sharply from month 4',
            quote: 'falls sharply from month 4',
            metric: churn('mobile', [4, 6], ['key']),
            expect: { vs: 'noDefence', is: 'lower', ratio: [0, 0.7] },
          },
        ],
      },
      {
        view: 'subscribers',
        month: 36,
        reason: 'key accounts and key-account revenue at month 36 against the undefended copy, and a gap that grows',
        checks: [
          {
            says: 'about 5 % fewer key accounts without the defence',
            quote: 'about 5 % fewer',
            metric: segAt('subscribers', 'mobile', END, ['key']),
            on: 'noDefence',
            expect: { vs: 'preset', is: 'lower', ratio: [0.94, 0.96] },
          },
          {
            says: 'less key-account revenue without it',
            quote: 'less key-account revenue',
            metric: segAt('revenue', 'mobile', END, ['key']),
            on: 'noDefence',
            expect: { vs: 'preset', is: 'lower' },
          },
          {
            says: 'the gap builds slowly: at month 12 it is under half of the gap at month 36',
            quote: 'The gap builds slowly',
            metric: ratio(
              gainOver(segAt('subscribers', 'mobile', 12, ['key']), 'noDefence'),
              gainOver(segAt('subscribers', 'mobile', 36, ['key']), 'noDefence'),
            ),
            expect: { below: 0.5 },
          },
        ],
      },
      {
        view: 'money',
        reason: 'when retention spend starts, key-account revenue summed over the run, and cumulative profit',
        checks: [
          { says: 'no retention spend before month 4', metric: opSum('retentionSpend', 'mobile', [1, 3]), expect: { near: 0, tol: 0 } },
          {
            says: 'retention spend starts in month 4',
            quote: 'Retention spend starts in month 4',
            metric: opAt('retentionSpend', 'mobile', 4),
            expect: { above: 0 },
          },
          {
            says: 'key-account revenue summed over the run is about even',
            quote: 'summed over the run is about even',
            metric: segSum('revenue', 'mobile', [1, END], ['key']),
            expect: { vs: 'noDefence', ratio: [0.98, 1.02] },
          },
          {
            says: 'total profit ends slightly lower',
            quote: 'total profit ends slightly lower',
            metric: opSum('profit', 'mobile', [1, END]),
            expect: { vs: 'noDefence', is: 'lower', ratio: [0.97, 1] },
          },
        ],
      },
    ],
    text: [],
  },

  'gotone-vip-tiers': {
    runs: {
      none: {
        says: 'without points and privileges',
        patch: [
          { op: 'replace', path: '/operators/mobile/loyalty/pointsPerRmb', value: 0 },
          { op: 'add', path: '/operators/mobile/service/tiers/*/privileges', value: 0 },
        ],
      },
      pointsOnly: { says: 'points only (privileges 0)', patch: [{ op: 'add', path: '/operators/mobile/service/tiers/*/privileges', value: 0 }] },
      privilegesOnly: { says: 'privileges only (pointsPerRmb 0)', patch: [{ op: 'replace', path: '/operators/mobile/loyalty/pointsPerRmb', value: 0 }] },
    },
    notes: [
      {
        view: 'churn',
        reason: 'VIP and gold + diamond churn with the scheme and without it',
        checks: [
          {
            says: 'VIP customers about 0.2 % a month',
            quote: 'VIP customers about 0.2 % a month',
            metric: churn('mobile', [1, END], ['vip']),
            expect: { near: 0.002, tol: 0.001 },
          },
          {
            says: 'without the scheme VIP churn about 0.3 %',
            quote: 'to about 0.3 %',
            metric: churn('mobile', [1, END], ['vip']),
            on: 'none',
            expect: { near: 0.003, tol: 0.001 },
          },
          {
            says: 'VIP churn rises by about half',
            quote: 'VIP churn rises by about half',
            metric: churn('mobile', [1, END], ['vip']),
            on: 'none',
            expect: { vs: 'preset', is: 'higher', ratio: [1.4, 1.6] },
          },
          {
            says: 'gold and diamond churn by about two thirds',
            quote: 'gold and diamond churn by about two thirds',
            metric: tierChurn('mobile', [2, 3], [1, END]),
            on: 'none',
            expect: { vs: 'preset', is: 'higher', ratio: [1.57, 1.77] },
          },
        ],
      },
      {
        view: 'money',
        reason: 'loyalty spend as a share of revenue, and the cost per customer saved against the run without the scheme',
        checks: [
          {
            says: 'loyalty spend is 2 % of revenue every month',
            quote: 'Loyalty spend is 2 % of revenue every month',
            metric: custom('largest gap of mobile loyalty spend ÷ revenue from 2 %, months 1..last', (out) => {
              const L = out.meta.layout;
              const o = opIndex(out, 'mobile');
              let worst = 0;
              for (let t = 1; t <= lastMonth(out); t++)
                worst = Math.max(worst, Math.abs(out.frames[t][at.op(L, o, 'loyaltySpend')] / out.frames[t][at.op(L, o, 'revenue')] - 0.02));
              return worst;
            }),
            expect: { near: 0, tol: 0.0005 },
          },
          {
            says: 'about 1,400 RMB per customer saved',
            quote: 'about 1,400 RMB per customer saved',
            metric: costPerSaved(true, true),
            expect: { near: 1400, tol: 100 },
          },
          {
            says: 'about 12 months of the average bill',
            quote: 'about 12 months of the average bill',
            metric: ratio(costPerSaved(true, true), opMean('arpu', 'mobile', [1, END]), 'cost per customer saved ÷ mean ARPU'),
            expect: { near: 12, tol: 1 },
          },
        ],
      },
      {
        view: 'money',
        reason: 'the cost per customer saved by each lever alone, and their share of the cut in VIP churn',
        checks: [
          {
            says: 'points alone about 900 RMB per customer saved',
            quote: 'Points alone cost about 900 RMB',
            metric: costPerSaved(true, false),
            on: 'pointsOnly',
            expect: { near: 900, tol: 100 },
          },
          {
            says: 'points give most of the cut in VIP churn',
            quote: 'give most of the cut in VIP churn',
            metric: custom(
              'share of the scheme’s cut in VIP churn that points alone give',
              (out, runs) => {
                const vip = churn('mobile', [1, END], ['vip']);
                return (vip.of(runs('none'), runs) - vip.of(out, runs)) / (vip.of(runs('none'), runs) - vip.of(runs('preset'), runs));
              },
              ['none'],
            ),
            on: 'pointsOnly',
            expect: { above: 0.5 },
          },
          {
            says: 'privileges alone about 7,000–8,500 RMB per customer saved',
            quote: 'about 7,000–8,500 RMB',
            metric: costPerSaved(false, true),
            on: 'privilegesOnly',
            expect: { near: 7750, tol: 800 },
          },
        ],
      },
      {
        view: 'kpi',
        month: 36,
        reason: 'share, revenue and cumulative profit at month 36 against the run without the scheme',
        checks: [
          {
            says: 'about 3.5 points more share',
            quote: 'about 3.5 points more share',
            metric: opAt('subscriberShare', 'mobile', 36),
            expect: { vs: 'none', is: 'higher', diff: [0.034, 0.036] },
          },
          { says: 'more revenue', quote: 'more revenue', metric: opAt('revenue', 'mobile', 36), expect: { vs: 'none', is: 'higher' } },
          {
            says: 'cumulative profit is lower',
            quote: 'cumulative profit is lower',
            metric: opSum('profit', 'mobile', [1, 36]),
            expect: { vs: 'none', is: 'lower' },
          },
        ],
      },
    ],
    text: [
      {
        where: 'objectives[0]',
        reason:
          'churn falls, and the relative cut is larger for key accounts and VIP than for every other segment, and for gold + diamond than for the lower tiers',
        checks: [
          { says: 'China Mobile’s churn falls', metric: churn('mobile', [1, END]), expect: { vs: 'none', is: 'lower' } },
          ...['key', 'vip'].flatMap((hi) =>
            MASS_MARKET.map((lo) => ({
              says: `${hi} churn cut more than ${lo} churn (relative)`,
              metric: custom(
                `mobile churn with the scheme ÷ without: ${hi} less ${lo}`,
                (out: RunOutput, runs: Runs) => {
                  const cut = (seg: string) => churn('mobile', [1, END], [seg]).of(out, runs) / churn('mobile', [1, END], [seg]).of(runs('none'), runs);
                  return cut(hi) - cut(lo);
                },
                ['none'],
              ),
              expect: { below: 0 },
            })),
          ),
          ...[0, 1].map((lo) => ({
            says: `gold + diamond churn cut more than tier-${lo} churn (relative)`,
            metric: custom(
              `mobile churn with the scheme ÷ without: gold + diamond less tier ${lo}`,
              (out: RunOutput, runs: Runs) => {
                const cut = (tiers: number[]) =>
                  tierChurn('mobile', tiers, [1, END]).of(out, runs) / tierChurn('mobile', tiers, [1, END]).of(runs('none'), runs);
                return cut([2, 3]) - cut([lo]);
              },
              ['none'],
            ),
            expect: { below: 0 },
          })),
        ],
      },
      {
        where: 'objectives[2]',
        reason: 'revenue rises at once; cumulative profit within 36 months does not',
        checks: [
          { says: 'revenue higher from the first months', metric: opSum('revenue', 'mobile', [1, 3]), expect: { vs: 'none', is: 'higher' } },
          { says: 'cumulative profit lower', metric: opSum('profit', 'mobile', [1, END]), expect: { vs: 'none', is: 'lower' } },
        ],
      },
    ],
  },

  'phone-account-managers': {
    runs: { noChange: { says: 'without China Mobile’s month-12 change', patch: [{ op: 'remove', path: '/operators/mobile/schedule' }] } },
    notes: [
      {
        view: 'money',
        month: 12,
        reason: 'cost to serve against the copy without the change',
        checks: [
          {
            says: 'identical up to month 11',
            quote: 'identical up to month 11',
            metric: opSum('costToServe', 'mobile', [1, 11]),
            expect: { vs: 'noChange', is: 'equal' },
          },
          {
            says: 'about 7 % below the copy',
            quote: 'about 7 % below',
            metric: opMean('costToServe', 'mobile', [12, END]),
            expect: { vs: 'noChange', is: 'lower', ratio: [0.92, 0.94] },
          },
        ],
      },
      {
        view: 'churn',
        month: 12,
        reason: 'silver-tier churn and the silver base against the copy without the change',
        checks: [
          {
            says: 'silver churn rises by about half',
            quote: 'rises by about half',
            metric: tierChurn('mobile', [SILVER], [13, END]),
            expect: { vs: 'noChange', is: 'higher', ratio: [1.4, 1.6] },
          },
          {
            says: 'the silver base still grows',
            quote: 'the silver base grows',
            metric: minus(tierSubscribers('mobile', SILVER, 36), tierSubscribers('mobile', SILVER, 12)),
            expect: { above: 0 },
          },
          {
            says: 'less than without the change: about 5 % smaller at month 36',
            quote: 'less than without the change (at month 36 about 5 % smaller)',
            metric: tierSubscribers('mobile', SILVER, 36),
            expect: { vs: 'noChange', is: 'lower', ratio: [0.94, 0.96] },
          },
        ],
      },
      {
        view: 'kpi',
        month: 36,
        reason: 'profit and revenue over the two years after the change, against the copy without it',
        checks: [
          {
            says: 'the saving outweighs the revenue lost',
            quote: 'the saving outweighs the revenue lost',
            metric: opSum('profit', 'mobile', [13, END]),
            expect: { vs: 'noChange', is: 'higher' },
          },
          { says: 'revenue is lost', metric: opSum('revenue', 'mobile', [13, END]), expect: { vs: 'noChange', is: 'lower' } },
        ],
      },
    ],
    text: [
      {
        where: 'objectives[0]',
        reason: 'cheaper cover saves money and loses some customers',
        checks: [
          { says: 'satisfaction falls a little', metric: opMean('satisfaction', 'mobile', [12, END]), expect: { vs: 'noChange', is: 'lower' } },
          { says: 'some customers lost', metric: opAt('subscribers', 'mobile', END), expect: { vs: 'noChange', is: 'lower' } },
        ],
      },
    ],
  },

  'campus-challenger': {
    runs: {
      levelNetwork: { says: 'China Telecom’s network at 0.7 (China Mobile’s)', patch: [{ op: 'replace', path: '/operators/telecom/network', value: 0.7 }] },
    },
    notes: [
      {
        view: 'subscribers',
        reason: 'China Telecom’s share overall and among students, at the start and at month 36',
        checks: [
          { says: 'share about 8 % at the start', quote: 'from about 8 %', metric: opAt('subscriberShare', 'telecom', 0), expect: { near: 0.08, tol: 0.01 } },
          { says: 'about 23 % at month 36', quote: 'to about 23 %', metric: opAt('subscriberShare', 'telecom', 36), expect: { near: 0.23, tol: 0.01 } },
          { says: 'students 7 % at the start', quote: 'from 7 %', metric: segShare('telecom', ['students'], 0), expect: { near: 0.07, tol: 0.005 } },
          {
            says: 'about 27 % of students at month 36',
            quote: 'to about 27 %',
            metric: segShare('telecom', ['students'], 36),
            expect: { near: 0.27, tol: 0.01 },
          },
        ],
      },
      {
        view: 'churn',
        reason: 'student churn of China Telecom and China Unicom over the run',
        checks: [
          {
            says: 'China Telecom’s student churn near 2 % a month',
            quote: 'near 2 % a month',
            metric: churn('telecom', [1, END], ['students']),
            expect: { near: 0.02, tol: 0.01 },
          },
          {
            says: 'China Unicom’s near 3 %',
            quote: 'China Unicom’s is near 3 %',
            metric: churn('unicom', [1, END], ['students']),
            expect: { near: 0.03, tol: 0.01 },
          },
          {
            says: 'China Telecom’s the lower of the two',
            metric: minus(churn('telecom', [1, END], ['students']), churn('unicom', [1, END], ['students'])),
            expect: { below: 0 },
          },
        ],
      },
      {
        view: 'switching',
        reason: 'where China Telecom’s gross adds come from (the switching matrix counts operators, not segments)',
        checks: [
          {
            says: 'about 55 % of its gross adds switch from China Unicom and China Mobile',
            quote: 'About 55 % of China Telecom’s gross adds',
            metric: ratio(wonFrom('telecom', ['unicom', 'mobile'], [1, END]), opSum('grossAdds', 'telecom', [1, END])),
            expect: { near: 0.55, tol: 0.01 },
          },
        ],
      },
      {
        view: 'concentration',
        month: 0,
        reason: 'the market’s concentration at month 0',
        checks: [
          {
            says: 'top 20 % bring about 54 % of revenue',
            quote: 'only about 54 % of revenue',
            metric: marketAt('top20RevenueShare', 0),
            expect: { near: 0.54, tol: 0.01 },
          },
          { says: 'Gini about 0.48', quote: 'Gini about 0.48', metric: marketAt('gini', 0), expect: { near: 0.48, tol: 0.01 } },
        ],
      },
      {
        view: 'subscribers',
        month: 36,
        reason: 'the rerun with the incumbents’ network: student share and student churn',
        checks: [
          {
            says: 'student share falls from 7 % to about 5 %',
            quote: 'falls from 7 % to about 5 %',
            metric: segShare('telecom', ['students'], 36),
            on: 'levelNetwork',
            expect: { near: 0.05, tol: 0.01 },
          },
          {
            says: 'student churn exceeds 5 % a month',
            quote: 'exceeds 5 % a month',
            metric: churn('telecom', [1, END], ['students']),
            on: 'levelNetwork',
            expect: { above: 0.05 },
          },
          {
            says: 'the higher price only loses',
            quote: 'the higher price only loses',
            metric: minus(opAt('subscriberShare', 'telecom', 36), opAt('subscriberShare', 'telecom', 0)),
            on: 'levelNetwork',
            expect: { below: 0 },
          },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'the campus at month 0: 60 % students, 93 % of them with China Mobile and China Unicom',
        checks: [
          {
            says: '60 % of them students',
            quote: '40,000 mobile users, 60 % of them students',
            metric: ratio(
              custom('market students at month 0', (out, runs) =>
                ['mobile', 'unicom', 'telecom'].reduce((s, op) => s + segAt('subscribers', op, 0, ['students']).of(out, runs), 0),
              ),
              marketAt('subscribers', 0),
            ),
            expect: { near: 0.6, tol: 0.01 },
          },
          {
            says: 'China Mobile and China Unicom hold 93 % of the students',
            quote: 'China Mobile and China Unicom hold 93 % of the students',
            metric: segShare('telecom', ['students'], 0),
            expect: { near: 0.07, tol: 0.005 },
          },
        ],
      },
      {
        where: 'objectives[2]',
        reason: 'the challenger gains among students, much less among staff and residents',
        checks: [
          {
            says: 'share gained among students at least twice that among staff and residents',
            metric: custom('telecom share gained: students ÷ staff and residents', (out, runs) => {
              const gain = (segs: string[]) => segShare('telecom', segs, END).of(out, runs) - segShare('telecom', segs, 0).of(out, runs);
              return gain(['students']) / gain(['staff', 'community']);
            }),
            expect: { above: 2 },
          },
        ],
      },
    ],
  },

  'number-portability': {
    runs: { noPortability: { says: 'without the portability event', patch: [{ op: 'remove', path: '/events/type=portability' }] } },
    notes: [
      {
        view: 'churn',
        month: 12,
        reason: 'churners with the cause portability, and the rise in churn by segment after month 12',
        checks: [
          { says: 'no churn cause “portability” before month 12', metric: causeChurners('market', 'portability', [1, 11]), expect: { near: 0, tol: 0 } },
          {
            says: 'the churn cause “portability” appears',
            quote: 'the churn cause “portability”',
            metric: causeChurners('market', 'portability', [12, END]),
            expect: { above: 0 },
          },
          {
            says: 'key-account churn roughly doubles',
            quote: 'Key-account churn roughly doubles',
            metric: afterOverBefore(['key']),
            expect: { near: 2, tol: 0.2 },
          },
          {
            says: 'VIP churn rises by about two thirds',
            quote: 'VIP churn rises by about two thirds',
            metric: afterOverBefore(['vip']),
            expect: { near: 1.67, tol: 0.1 },
          },
          {
            says: 'mass-market churn by about a fifth',
            quote: 'mass-market churn by about a fifth',
            metric: afterOverBefore(MASS_MARKET),
            expect: { near: 1.2, tol: 0.05 },
          },
        ],
      },
      {
        view: 'switching',
        reason: 'customers move between operators more once they keep their number',
        checks: [
          {
            says: 'about a fifth more customers switch operators after month 12',
            quote: 'about a fifth more customers switch operators',
            metric: custom('churners who switched to another operator, months 12..last', (out, runs) =>
              ['mobile', 'unicom', 'telecom'].reduce(
                (s, op) =>
                  s +
                  switched(
                    op,
                    ['mobile', 'unicom', 'telecom'].filter((d) => d !== op),
                    [12, END],
                  ).of(out, runs),
                0,
              ),
            ),
            expect: { vs: 'noPortability', is: 'higher', ratio: [1.15, 1.25] },
          },
        ],
      },
      {
        view: 'churn',
        month: 12,
        reason: 'the rerun without the event: identical until month 11, market churn about ×1.2 afterwards',
        checks: [
          {
            says: 'identical until month 11',
            quote: 'identical until month 11',
            metric: churn('market', [1, 11]),
            expect: { vs: 'noPortability', is: 'equal' },
          },
          {
            says: 'market churn about ×1.2',
            quote: 'market churn about ×1.2',
            metric: churn('market', [12, END]),
            expect: { vs: 'noPortability', is: 'higher', ratio: [1.15, 1.25] },
          },
        ],
      },
    ],
    text: [
      {
        where: 'objectives[1]',
        reason: 'key accounts and VIP each show a larger relative rise than every other segment',
        checks: ['key', 'vip'].flatMap((hi) =>
          MASS_MARKET.map((lo) => ({
            says: `${hi} rises more than ${lo}`,
            metric: custom(
              `rise of market churn after month 12 (× against noPortability): ${hi} less ${lo}`,
              (out: RunOutput, runs: Runs) => {
                const rise = (seg: string) =>
                  churn('market', [12, END], [seg]).of(out, runs) / churn('market', [12, END], [seg]).of(runs('noPortability'), runs);
                return rise(hi) - rise(lo);
              },
              ['noPortability'],
            ),
            expect: { above: 0 },
          })),
        ),
      },
    ],
  },

  '3g-migration': {
    runs: {
      noLaunch: {
        says: 'without China Unicom’s schedule and the networkLaunch event',
        patch: [
          { op: 'remove', path: '/operators/unicom/schedule' },
          { op: 'remove', path: '/events/type=networkLaunch' },
        ],
      },
      noContracts: { says: 'the launch without its contracts', patch: [{ op: 'remove', path: '/operators/unicom/schedule/*/contracts' }] },
    },
    notes: [
      {
        view: 'subscribers',
        month: 3,
        reason: 'China Unicom’s high-end share at the launch, at month 36 and without the launch',
        checks: [
          { says: 'the rerun is the same run until the launch', metric: segShare('unicom', HIGH_END, 2), expect: { vs: 'noLaunch', is: 'equal' } },
          { says: 'about 22 % at launch', quote: 'about 22 % at launch', metric: segShare('unicom', HIGH_END, 3), expect: { near: 0.22, tol: 0.01 } },
          { says: 'about 24 % at month 36', quote: 'about 24 % at month 36', metric: segShare('unicom', HIGH_END, 36), expect: { near: 0.24, tol: 0.01 } },
          {
            says: 'about 16 % without the launch',
            quote: 'about 16 %',
            metric: segShare('unicom', HIGH_END, 36),
            on: 'noLaunch',
            expect: { near: 0.16, tol: 0.01 },
          },
        ],
      },
      {
        view: 'churn',
        reason: 'China Unicom’s high-end churn in the 24 months after the launch, with and without the launch and the contracts',
        checks: [
          { says: 'about 0.9 % a month', quote: 'about 0.9 % a month', metric: churn('unicom', [4, 27], HIGH_END), expect: { near: 0.009, tol: 0.001 } },
          {
            says: 'about 1.6 % without the launch',
            quote: 'about 1.6 % without the launch',
            metric: churn('unicom', [4, 27], HIGH_END),
            on: 'noLaunch',
            expect: { near: 0.016, tol: 0.001 },
          },
          {
            says: 'about 10 % higher without the contracts alone',
            quote: 'about 10 % higher',
            metric: churn('unicom', [4, 27], HIGH_END),
            on: 'noContracts',
            expect: { vs: 'preset', is: 'higher', ratio: [1.09, 1.11] },
          },
        ],
      },
      {
        view: 'churn',
        month: 27,
        reason: 'churners with the cause contract expiry from month 27, and the jump in subsidy spend',
        checks: [
          { says: 'no contract-expiry churners before month 27', metric: causeChurners('unicom', 'contractExpiry', [1, 26]), expect: { near: 0, tol: 0 } },
          {
            says: 'churners with the cause “contract expiry” appear',
            quote: 'churners with the cause “contract expiry” appear',
            metric: causeChurners('unicom', 'contractExpiry', [27, END]),
            expect: { above: 0 },
          },
          {
            says: 'only a few of them: under 2 % of the churners',
            quote: 'a few churners',
            metric: ratio(causeChurners('unicom', 'contractExpiry', [27, END]), opSum('churned', 'unicom', [27, END])),
            expect: { below: 0.02 },
          },
          {
            says: 'subsidy spend jumps by about a fifth',
            quote: 'jumps by about a fifth',
            metric: ratio(opAt('subsidySpend', 'unicom', 27), opAt('subsidySpend', 'unicom', 26)),
            expect: { near: 1.2, tol: 0.05 },
          },
        ],
      },
      {
        view: 'money',
        reason: 'China Unicom’s subsidy spend: from month 3, and higher in year 3 than in year 1',
        checks: [
          { says: 'no subsidies before month 3', metric: opSum('subsidySpend', 'unicom', [1, 2]), expect: { near: 0, tol: 0 } },
          { says: 'subsidy spend starts in month 3', quote: 'starts in month 3', metric: opAt('subsidySpend', 'unicom', 3), expect: { above: 0 } },
          {
            says: 'higher in year 3 than in year 1',
            quote: 'higher in year 3 than in year 1',
            metric: ratio(opSum('subsidySpend', 'unicom', [25, 36]), opSum('subsidySpend', 'unicom', [1, 12])),
            expect: { above: 1 },
          },
        ],
      },
    ],
    text: [],
  },

  'bundle-push': {
    runs: { noPush: { says: 'without China Mobile’s month-6 push', patch: [{ op: 'remove', path: '/operators/mobile/schedule' }] } },
    notes: [
      {
        view: 'churn',
        month: 6,
        reason: 'China Mobile’s churn after month 6, with and without the push, and before it',
        checks: [
          { says: 'about 1.2 % a month', quote: 'about 1.2 % a month', metric: churn('mobile', [6, END]), expect: { near: 0.012, tol: 0.001 } },
          {
            says: 'about 1.45 % without the push',
            quote: 'about 1.45 %',
            metric: churn('mobile', [6, END]),
            on: 'noPush',
            expect: { near: 0.0145, tol: 0.0001 },
          },
          { says: 'identical before month 6', quote: 'identical before month 6', metric: churn('mobile', [1, 5]), expect: { vs: 'noPush', is: 'equal' } },
        ],
      },
      {
        view: 'subscribers',
        month: 24,
        reason: 'China Mobile’s share at month 24 against the run without the push',
        checks: [
          {
            says: 'about 2.5 points more share',
            quote: 'about 2.5 points more share',
            metric: opAt('subscriberShare', 'mobile', 24),
            expect: { vs: 'noPush', is: 'higher', diff: [0.024, 0.026] },
          },
        ],
      },
      {
        view: 'money',
        reason: 'China Mobile’s revenue and profit over the run, with and without the push',
        checks: [
          {
            says: 'revenue about equal',
            quote: 'Revenue and profit are about equal',
            metric: opSum('revenue', 'mobile', [1, END]),
            expect: { vs: 'noPush', ratio: [0.99, 1.01] },
          },
          {
            says: 'profit about equal',
            quote: 'Revenue and profit are about equal',
            metric: opSum('profit', 'mobile', [1, END]),
            expect: { vs: 'noPush', ratio: [0.99, 1.01] },
          },
        ],
      },
      {
        view: 'switching',
        reason: 'China Mobile’s churners to the two rivals after month 6',
        checks: [
          {
            says: 'fewer switch to China Telecom and China Unicom',
            quote: 'Fewer of China Mobile’s customers switch',
            metric: switched('mobile', ['telecom', 'unicom'], [6, END]),
            expect: { vs: 'noPush', is: 'lower' },
          },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'China Mobile’s 70 % of the county',
        checks: [
          {
            says: 'China Mobile has 70 %',
            quote: 'China Mobile has 70 % of them',
            metric: opAt('subscriberShare', 'mobile', 0),
            expect: { near: 0.7, tol: 0.005 },
          },
        ],
      },
      {
        where: 'objectives[1]',
        reason: 'within 18 months of the push revenue and profit barely move while the base grows',
        checks: [
          { says: 'revenue barely moves', metric: opSum('revenue', 'mobile', [6, END]), expect: { vs: 'noPush', ratio: [0.99, 1.01] } },
          { says: 'profit barely moves', metric: opSum('profit', 'mobile', [6, END]), expect: { vs: 'noPush', ratio: [0.99, 1.01] } },
          { says: 'the base grows', metric: opAt('subscribers', 'mobile', END), expect: { vs: 'noPush', is: 'higher' } },
        ],
      },
    ],
  },

  'churn-early-warning': {
    runs: {
      noProgramme: { says: 'no retention budget (crm.budgetShare 0)', patch: [{ op: 'replace', path: '/operators/mobile/crm/budgetShare', value: 0 }] },
      random: { says: 'random ranking', patch: [{ op: 'replace', path: '/operators/mobile/crm/targeting', value: 'random' }] },
      value: { says: 'ranking by value alone', patch: [{ op: 'replace', path: '/operators/mobile/crm/targeting', value: 'value' }] },
      risk: { says: 'ranking by risk alone', patch: [{ op: 'replace', path: '/operators/mobile/crm/targeting', value: 'risk' }] },
      ample: {
        says: 'a budget large enough for offers to all the flagged (budgetShare 0.05)',
        patch: [{ op: 'replace', path: '/operators/mobile/crm/budgetShare', value: 0.05 }],
      },
      proportional: {
        says: 'offers costing a month of the bill (offerCost 0, offerCostMonths 1)',
        patch: [
          { op: 'add', path: '/operators/mobile/crm/offerCost', value: 0 },
          { op: 'add', path: '/operators/mobile/crm/offerCostMonths', value: 1 },
        ],
      },
      proportionalRandom: {
        says: 'offers costing a month of the bill, random ranking',
        patch: [
          { op: 'add', path: '/operators/mobile/crm/offerCost', value: 0 },
          { op: 'add', path: '/operators/mobile/crm/offerCostMonths', value: 1 },
          { op: 'replace', path: '/operators/mobile/crm/targeting', value: 'random' },
        ],
      },
      seed2: { says: 'seed 2', patch: [], seed: 2 },
      seed2NoProgramme: { says: 'seed 2, no retention budget', patch: [{ op: 'replace', path: '/operators/mobile/crm/budgetShare', value: 0 }], seed: 2 },
      seed2Random: { says: 'seed 2, random ranking', patch: [{ op: 'replace', path: '/operators/mobile/crm/targeting', value: 'random' }], seed: 2 },
    },
    notes: [
      {
        view: 'money',
        reason: 'offers a month and spend per offer at seed 1, value × risk against random ranking',
        checks: [
          {
            says: 'about 83 offers a month',
            quote: 'about 83 offers a month',
            metric: opMean('retentionOffers', 'mobile', [1, END]),
            expect: { near: 83, tol: 1 },
          },
          {
            says: 'at about 170 RMB each',
            quote: 'at about 170 RMB each',
            metric: ratio(opSum('retentionSpend', 'mobile', [1, END]), opSum('retentionOffers', 'mobile', [1, END])),
            expect: { near: 170, tol: 10 },
          },
          {
            says: '112 offers a month with random ranking',
            quote: 'against 112',
            metric: opMean('retentionOffers', 'mobile', [1, END]),
            on: 'random',
            expect: { near: 112, tol: 0.5 },
          },
          {
            says: 'at about 120 RMB each with random ranking',
            quote: 'at about 120 RMB',
            metric: ratio(opSum('retentionSpend', 'mobile', [1, END]), opSum('retentionOffers', 'mobile', [1, END])),
            on: 'random',
            expect: { near: 120, tol: 10 },
          },
        ],
      },
      {
        view: 'churn',
        reason: 'each covered segment’s churn against the run without the programme, and the saves a month',
        checks: [
          ...HIGH_END.map((seg) => ({
            says: `${seg} churn about 5 % lower`,
            quote: 'each is about 5 % lower than in a rerun without the programme',
            metric: churn('mobile', [1, END], [seg]),
            expect: { vs: 'noProgramme', is: 'lower' as const, ratio: [0.94, 0.96] as const },
          })),
          {
            says: 'about 12 saves a month',
            quote: 'saves about 12 customers a month',
            metric: opMean('retentionSaves', 'mobile', [1, END]),
            expect: { near: 12, tol: 1 },
          },
        ],
      },
      {
        view: 'kpi',
        reason: 'revenue kept per RMB by ranking and seed, against the run without the programme',
        checks: [
          {
            says: 'value × risk about 4.8 at seed 1',
            quote: 'about 4.8 and 6.1 RMB per RMB at seeds 1 and 2',
            metric: keptPerRmb('mobile', 'noProgramme'),
            expect: { near: 4.8, tol: 0.1 },
          },
          {
            says: 'value × risk about 6.1 at seed 2',
            quote: 'about 4.8 and 6.1 RMB per RMB at seeds 1 and 2',
            metric: keptPerRmb('mobile', 'seed2NoProgramme'),
            on: 'seed2',
            expect: { near: 6.1, tol: 0.1 },
          },
          {
            says: 'random about 2.7 at seed 1',
            quote: 'random about 2.7 and 2.5',
            metric: keptPerRmb('mobile', 'noProgramme'),
            on: 'random',
            expect: { near: 2.7, tol: 0.1 },
          },
          {
            says: 'random about 2.5 at seed 2',
            quote: 'random about 2.7 and 2.5',
            metric: keptPerRmb('mobile', 'seed2NoProgramme'),
            on: 'seed2Random',
            expect: { near: 2.5, tol: 0.1 },
          },
          {
            says: 'value alone about 4.2 at seed 1',
            quote: 'value alone about 4.2',
            metric: keptPerRmb('mobile', 'noProgramme'),
            on: 'value',
            expect: { near: 4.2, tol: 0.1 },
          },
          {
            says: 'risk alone about 2.0 at seed 1',
            quote: 'risk alone about 2.0',
            metric: keptPerRmb('mobile', 'noProgramme'),
            on: 'risk',
            expect: { near: 2.0, tol: 0.1 },
          },
          {
            says: 'risk alone below random',
            quote: 'below random',
            metric: keptPerRmb('mobile', 'noProgramme'),
            on: 'risk',
            expect: { vs: 'random', is: 'lower' },
          },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'the budget in RMB, and what offers to all the flagged would cost',
        checks: [
          {
            says: 'a budget of about 13,000 RMB a month',
            quote: 'about 13,000 RMB a month',
            metric: monthlyBudget('mobile', 0.001, HIGH_END),
            expect: { near: 13_000, tol: 1000 },
          },
          {
            says: 'actual spend comes to about 14,000',
            quote: 'actual spend comes to about 14,000',
            metric: opMean('retentionSpend', 'mobile', [1, END]),
            expect: { near: 14_000, tol: 1000 },
          },
          {
            says: 'offers to all the flagged would cost about 0.3 %',
            quote: 'offers to all the flagged would cost about 0.3 %',
            metric: ratio(opSum('retentionSpend', 'mobile', [1, END]), segSum('revenue', 'mobile', [0, 35], HIGH_END)),
            on: 'ample',
            expect: { near: 0.003, tol: 0.001 },
          },
          {
            says: 'with offers costing a month of the bill, value × risk does no better than random',
            quote: 'value × risk does no better than random',
            metric: keptPerRmb('mobile', 'noProgramme'),
            on: 'proportional',
            expect: { vs: 'proportionalRandom', is: 'lower' },
          },
        ],
      },
      {
        where: 'objectives[0]',
        reason: 'the programme keeps more revenue than it costs',
        checks: [
          { says: 'more than 1 RMB kept per RMB', metric: keptPerRmb('mobile', 'noProgramme'), expect: { above: 1 } },
          {
            says: 'and more profit, net of the spend',
            metric: ratio(
              gainOver(opSum('profit', 'mobile', [1, END]), 'noProgramme'),
              opSum('retentionSpend', 'mobile', [1, END]),
              'mobile profit gained per RMB of retention spend',
            ),
            expect: { above: 0 },
          },
        ],
      },
      {
        where: 'objectives[1]',
        reason: 'value × risk keeps more per RMB than random, with fewer offers to bigger bills',
        checks: [
          { says: 'more kept per RMB than random', metric: keptPerRmb('mobile', 'noProgramme'), expect: { vs: 'random', is: 'higher', ratio: [1.3, 10] } },
          { says: 'fewer offers', metric: opSum('retentionOffers', 'mobile', [1, END]), expect: { vs: 'random', is: 'lower' } },
        ],
      },
    ],
  },

  'acquire-vs-retain': {
    runs: {
      allAcquisition: {
        says: 'crm.budgetShare 0 and acquisition.monthlyBudget 400,000',
        patch: [
          { op: 'replace', path: '/operators/mobile/crm/budgetShare', value: 0 },
          { op: 'replace', path: '/operators/mobile/acquisition/monthlyBudget', value: 400_000 },
        ],
      },
      noCampaigns: { says: 'no acquisition budget', patch: [{ op: 'replace', path: '/operators/mobile/acquisition/monthlyBudget', value: 0 }] },
      seed2: { says: 'seed 2', patch: [], seed: 2 },
      seed2AllAcquisition: {
        says: 'seed 2, all on acquisition',
        patch: [
          { op: 'replace', path: '/operators/mobile/crm/budgetShare', value: 0 },
          { op: 'replace', path: '/operators/mobile/acquisition/monthlyBudget', value: 400_000 },
        ],
        seed: 2,
      },
    },
    notes: [
      {
        view: 'churn',
        reason: 'China Mobile’s churn with retention against the all-acquisition copy',
        checks: [
          {
            says: 'about a fifth lower with retention',
            quote: 'about a fifth lower with retention',
            metric: churn('mobile', [1, END]),
            expect: { vs: 'allAcquisition', is: 'lower', ratio: [0.75, 0.85] },
          },
        ],
      },
      {
        view: 'money',
        reason: 'the cost of a save against the marginal cost of a gross add, at seeds 1 and 2',
        checks: [
          {
            says: 'about 310–320 RMB per save at seed 1',
            quote: 'about 310–320 against 1,200 RMB at seeds 1 and 2',
            metric: costPerSave,
            expect: { near: 315, tol: 10 },
          },
          {
            says: 'about 310–320 RMB per save at seed 2',
            quote: 'about 310–320 against 1,200 RMB at seeds 1 and 2',
            metric: costPerSave,
            on: 'seed2',
            expect: { near: 315, tol: 10 },
          },
          {
            says: 'about 1,200 RMB per extra gross add at seed 1',
            quote: 'about 310–320 against 1,200 RMB at seeds 1 and 2',
            metric: extraAddCost('allAcquisition'),
            expect: { near: 1200, tol: 100 },
          },
          {
            says: 'about 1,200 RMB per extra gross add at seed 2',
            quote: 'about 310–320 against 1,200 RMB at seeds 1 and 2',
            metric: extraAddCost('seed2AllAcquisition'),
            on: 'seed2',
            expect: { near: 1200, tol: 100 },
          },
        ],
      },
      {
        view: 'kpi',
        reason: 'most gross adds come without a campaign, so the average cost per gross add is far below the marginal cost',
        checks: [
          {
            says: 'most gross adds come without any campaign',
            quote: 'most of which come without any campaign',
            metric: ratio(
              opSum('grossAdds', 'mobile', [1, END]),
              custom('mobile gross adds of the preset', (_, runs) => opSum('grossAdds', 'mobile', [1, END]).of(runs('preset'), runs)),
            ),
            on: 'noCampaigns',
            expect: { above: 0.5 },
          },
          {
            says: 'the average hides the marginal cost',
            quote: 'it hides the marginal cost',
            metric: ratio(opMean('costPerGrossAdd', 'mobile', [1, END]), extraAddCost('allAcquisition')),
            expect: { below: 0.5 },
          },
        ],
      },
      {
        view: 'money',
        month: 36,
        reason: 'cumulative profit with retention against all acquisition, at seeds 1 and 2',
        checks: [
          {
            says: 'cumulative profit rises by 0.6–0.9 % (seed 1)',
            quote: '(0.6–0.9 % at seeds 1–2',
            metric: opSum('profit', 'mobile', [1, 36]),
            expect: { vs: 'allAcquisition', ratio: [1.0055, 1.0095] },
          },
          {
            says: 'cumulative profit rises by 0.6–0.9 % (seed 2)',
            quote: '(0.6–0.9 % at seeds 1–2',
            metric: opSum('profit', 'mobile', [1, 36]),
            on: 'seed2',
            expect: { vs: 'seed2AllAcquisition', ratio: [1.0055, 1.0095] },
          },
          {
            says: 'about 0.3–0.5 RMB of profit per RMB moved (seed 1)',
            quote: 'about 0.3–0.5 RMB of profit per RMB moved',
            metric: profitPerRmbMoved('allAcquisition'),
            expect: { near: 0.4, tol: 0.15 },
          },
          {
            says: 'about 0.3–0.5 RMB of profit per RMB moved (seed 2)',
            quote: 'about 0.3–0.5 RMB of profit per RMB moved',
            metric: profitPerRmbMoved('seed2AllAcquisition'),
            on: 'seed2',
            expect: { near: 0.4, tol: 0.15 },
          },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'China Mobile’s revenue, its 1 % and the equal spend of the two plans',
        checks: [
          {
            says: 'revenue about 15–18 million RMB a month (lowest month)',
            quote: 'about 15-18 million RMB a month',
            metric: monthly(Math.min, 'revenue', 'mobile'),
            expect: { near: 16.5e6, tol: 2e6 },
          },
          {
            says: 'revenue about 15–18 million RMB a month (highest month)',
            quote: 'about 15-18 million RMB a month',
            metric: monthly(Math.max, 'revenue', 'mobile'),
            expect: { near: 16.5e6, tol: 2e6 },
          },
          {
            says: '1 % is about 160,000 RMB a month',
            quote: '1 % is about 160,000 RMB a month',
            metric: opMean('retentionSpend', 'mobile', [1, END]),
            expect: { near: 160_000, tol: 10_000 },
          },
          {
            says: '(115,000-190,000 from month 2): lowest month',
            quote: '(115,000-190,000 from month 2)',
            metric: monthly(Math.min, 'retentionSpend', 'mobile', 2),
            expect: { near: 152_500, tol: 42_500 },
          },
          {
            says: '(115,000-190,000 from month 2): highest month',
            quote: '(115,000-190,000 from month 2)',
            metric: monthly(Math.max, 'retentionSpend', 'mobile', 2),
            expect: { near: 152_500, tol: 42_500 },
          },
          {
            says: '240,000 + 160,000 ≈ 400,000',
            quote: '240,000 + 160,000 ≈ 400,000',
            metric: ratio(
              custom(
                'mobile acquisition + retention spend, months 1..last',
                (out, runs) => opSum('acquisitionSpend', 'mobile', [1, END]).of(out, runs) + opSum('retentionSpend', 'mobile', [1, END]).of(out, runs),
              ),
              custom('months', (out) => lastMonth(out)),
            ),
            expect: { near: 400_000, tol: 10_000 },
          },
          {
            says: 'both spend about 14.4 million RMB (preset)',
            quote: 'both spend about 14.4 million RMB',
            metric: custom(
              'mobile acquisition + retention spend, months 1..last',
              (out, runs) => opSum('acquisitionSpend', 'mobile', [1, END]).of(out, runs) + opSum('retentionSpend', 'mobile', [1, END]).of(out, runs),
            ),
            expect: { near: 14.4e6, tol: 0.1e6 },
          },
          {
            says: 'both spend about 14.4 million RMB (all acquisition)',
            quote: 'both spend about 14.4 million RMB',
            metric: custom(
              'mobile acquisition + retention spend, months 1..last',
              (out, runs) => opSum('acquisitionSpend', 'mobile', [1, END]).of(out, runs) + opSum('retentionSpend', 'mobile', [1, END]).of(out, runs),
            ),
            on: 'allAcquisition',
            expect: { near: 14.4e6, tol: 0.1e6 },
          },
        ],
      },
      {
        where: 'objectives[0]',
        reason: 'a save costs several times less than a gross add bought with the same money',
        checks: [{ says: 'a save at most a third of an extra gross add', metric: ratio(extraAddCost('allAcquisition'), costPerSave), expect: { above: 3 } }],
      },
    ],
  },

  'service-recovery': {
    runs: {
      fastResolution: {
        says: 'China Unicom resolving 75 % of complaints fast',
        patch: [{ op: 'replace', path: '/operators/unicom/service/fastResolution', value: 0.75 }],
      },
      telecomStrategy: {
        says: 'China Unicom with China Telecom’s service, advertising and costs',
        patch: [
          { op: 'copy', from: '/operators/telecom/service', path: '/operators/unicom/service' },
          { op: 'copy', from: '/operators/telecom/acquisition', path: '/operators/unicom/acquisition' },
          { op: 'copy', from: '/operators/telecom/costs', path: '/operators/unicom/costs' },
        ],
      },
    },
    notes: [
      {
        view: 'subscribers',
        reason: 'the two challengers’ shares, and China Unicom’s gross adds against China Telecom’s',
        checks: [
          { says: 'China Unicom starts at 16 %', quote: 'from 16 %', metric: opAt('subscriberShare', 'unicom', 0), expect: { near: 0.16, tol: 0.005 } },
          { says: 'falls to about 12 %', quote: 'to about 12 %', metric: opAt('subscriberShare', 'unicom', END), expect: { near: 0.12, tol: 0.01 } },
          {
            says: 'China Telecom rises',
            quote: 'China Telecom rises',
            metric: minus(opAt('subscriberShare', 'telecom', END), opAt('subscriberShare', 'telecom', 0)),
            expect: { above: 0 },
          },
          {
            says: 'no more gross adds for China Unicom',
            quote: 'does not even win it more gross adds',
            metric: minus(opSum('grossAdds', 'unicom', [1, END]), opSum('grossAdds', 'telecom', [1, END])),
            expect: { below: 0 },
          },
        ],
      },
      {
        view: 'churn',
        reason: 'China Unicom’s churn and satisfaction with fast resolution 0.25 and 0.75',
        checks: [
          { says: 'churn about 3.5 % a month', quote: 'from about 3.5 %', metric: churn('unicom', [1, END]), expect: { near: 0.035, tol: 0.002 } },
          {
            says: 'about 2.4 % with 0.75',
            quote: 'to about 2.4 % a month',
            metric: churn('unicom', [1, END]),
            on: 'fastResolution',
            expect: { near: 0.024, tol: 0.002 },
          },
          {
            says: 'satisfaction rises',
            quote: 'its satisfaction rises',
            metric: opMean('satisfaction', 'unicom', [1, END]),
            on: 'fastResolution',
            expect: { vs: 'preset', is: 'higher' },
          },
        ],
      },
      {
        view: 'subscribers',
        month: 36,
        reason: 'China Unicom’s share at month 36 with China Telecom’s strategy',
        checks: [
          {
            says: 'ends near 19–20 % share',
            quote: 'near 19–20 % share',
            metric: opAt('subscriberShare', 'unicom', 36),
            on: 'telecomStrategy',
            expect: { near: 0.195, tol: 0.01 },
          },
          {
            says: 'like China Telecom',
            quote: 'like China Telecom',
            metric: minus(opAt('subscriberShare', 'unicom', 36), opAt('subscriberShare', 'telecom', 36)),
            on: 'telecomStrategy',
            expect: { near: 0, tol: 0.01 },
          },
        ],
      },
      {
        view: 'money',
        reason: 'acquisition spend per gross add of the two challengers over the run',
        checks: [
          {
            says: 'China Unicom about 590 RMB per gross add',
            quote: 'China Unicom pays about 590 RMB per gross add',
            metric: spendPerAdd('unicom'),
            expect: { near: 590, tol: 10 },
          },
          { says: 'China Telecom about 70 RMB', quote: 'China Telecom about 70 RMB', metric: spendPerAdd('telecom'), expect: { near: 70, tol: 10 } },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'the two challengers start level, and China Telecom’s extra cost per subscriber matches the advertising it does not buy',
        checks: [
          { says: 'the same share (16 %)', quote: 'the same share (16 %)', metric: opAt('subscriberShare', 'telecom', 0), expect: { near: 0.16, tol: 0.005 } },
          {
            says: '12 RMB a month more per subscriber is, at the starting size, about the 400,000 RMB not spent on advertising',
            quote: 'at its starting size about the 400,000 RMB it does not spend on advertising',
            metric: custom('12 RMB × China Telecom’s subscribers at month 0', (out, runs) => 12 * opAt('subscribers', 'telecom', 0).of(out, runs)),
            expect: { near: 400_000, tol: 50_000 },
          },
          {
            says: 'and more as it grows',
            quote: 'and more as it grows',
            metric: minus(opAt('subscribers', 'telecom', END), opAt('subscribers', 'telecom', 0)),
            expect: { above: 0 },
          },
        ],
      },
    ],
  },

  'dominant-incumbent': {
    runs: {
      noRivals: {
        says: 'no events, no China Unicom schedule, China Telecom’s entryMonth 240',
        patch: [
          { op: 'remove', path: '/events' },
          { op: 'remove', path: '/operators/unicom/schedule' },
          { op: 'add', path: '/operators/telecom/entryMonth', value: 240 },
        ],
      },
    },
    notes: [
      {
        view: 'subscribers',
        month: 12,
        reason: 'the shares at months 0, 12 and 36',
        checks: [
          { says: 'China Mobile 84 % at month 0', quote: '84 % at month 0', metric: opAt('subscriberShare', 'mobile', 0), expect: { near: 0.84, tol: 0.005 } },
          { says: 'about 81 % at month 12', quote: 'about 81 % at month 12', metric: opAt('subscriberShare', 'mobile', 12), expect: { near: 0.81, tol: 0.01 } },
          { says: 'about 60 % at month 36', quote: 'about 60 % at month 36', metric: opAt('subscriberShare', 'mobile', 36), expect: { near: 0.6, tol: 0.01 } },
          {
            says: 'China Unicom ends near 26 %',
            quote: 'China Unicom ends near 26 %',
            metric: opAt('subscriberShare', 'unicom', 36),
            expect: { near: 0.26, tol: 0.01 },
          },
          {
            says: 'China Telecom near 14 %',
            quote: 'China Telecom near 14 %',
            metric: opAt('subscriberShare', 'telecom', 36),
            expect: { near: 0.14, tol: 0.01 },
          },
        ],
      },
      {
        view: 'money',
        month: 12,
        reason: 'China Mobile’s revenue growth in the year before and after month 12, and without the restructuring',
        checks: [
          {
            says: 'about 24 % in the first year',
            quote: 'about 24 % in the first year',
            metric: ratio(opAt('revenue', 'mobile', 12), opAt('revenue', 'mobile', 0)),
            expect: { near: 1.24, tol: 0.01 },
          },
          {
            says: 'about 11 % in the year after',
            quote: 'only about 11 %',
            metric: ratio(opAt('revenue', 'mobile', 24), opAt('revenue', 'mobile', 12)),
            expect: { near: 1.11, tol: 0.01 },
          },
          ...[0, 12, 24].map((from) => ({
            says: `over 20 % a year without the restructuring (months ${from}–${from + 12})`,
            quote: 'over 20 % a year',
            metric: ratio(opAt('revenue', 'mobile', from + 12), opAt('revenue', 'mobile', from)),
            on: 'noRivals',
            expect: { above: 1.2 },
          })),
        ],
      },
      {
        view: 'switching',
        reason: 'where China Mobile’s churners go after month 12',
        checks: [
          {
            says: 'most to China Unicom and China Telecom',
            quote: 'most to China Unicom and China Telecom',
            metric: ratio(switched('mobile', ['unicom', 'telecom'], [12, END]), opSum('churned', 'mobile', [12, END])),
            expect: { above: 0.5 },
          },
          {
            says: 'about a fifth out of the market',
            quote: 'about a fifth out of the market',
            metric: ratio(switched('mobile', ['exit'], [12, END]), opSum('churned', 'mobile', [12, END])),
            expect: { near: 0.2, tol: 0.05 },
          },
        ],
      },
      {
        view: 'churn',
        month: 12,
        reason: 'China Mobile’s churn in the year before month 12, months 12–17 and months 18–23',
        checks: [
          {
            says: 'churn rises after month 12',
            quote: 'churn rises after month 12',
            metric: minus(churn('mobile', [12, 17]), churn('mobile', [1, 11])),
            expect: { above: 0 },
          },
          {
            says: 'rises again from month 18',
            quote: 'rises again',
            metric: minus(churn('mobile', [18, 23]), churn('mobile', [12, 17])),
            expect: { above: 0 },
          },
        ],
      },
    ],
    text: [
      {
        where: 'description',
        reason: 'the market grows about 22 % a year',
        checks: [
          {
            says: 'market grows about 22 % a year',
            quote: 'the market grows about 22 % a year',
            metric: ratio(marketAt('subscribers', 12), marketAt('subscribers', 0)),
            expect: { near: 1.22, tol: 0.01 },
          },
        ],
      },
      {
        where: 'objectives[0]',
        reason: 'the leader keeps its share without the rivals and loses it with them',
        checks: [
          {
            says: 'share at month 36 lower than without the rivals',
            metric: opAt('subscriberShare', 'mobile', 36),
            expect: { vs: 'noRivals', is: 'lower', diff: [-1, -0.1] },
          },
        ],
      },
      {
        where: 'objectives[1]',
        reason: 'revenue keeps growing while share falls',
        checks: [
          { says: 'revenue at month 36 above month 12', metric: ratio(opAt('revenue', 'mobile', 36), opAt('revenue', 'mobile', 12)), expect: { above: 1 } },
          {
            says: 'share at month 36 below month 12',
            metric: minus(opAt('subscriberShare', 'mobile', 36), opAt('subscriberShare', 'mobile', 12)),
            expect: { below: 0 },
          },
        ],
      },
    ],
  },
  'price-war': {
    runs: {
      noRules: { says: 'no response rules', patch: [{ op: 'replace', path: '/operators/*/responses', value: [] }] },
      noCut: { says: 'China Unicom does not cut in month 6', patch: [{ op: 'replace', path: '/events', value: [] }] },
    },
    notes: [
      {
        view: 'subscribers',
        month: 6,
        reason: 'when China Mobile’s answers take effect (its lag is two months after the month-end it saw the loss)',
        checks: [
          {
            says: 'first cut in force from month 9',
            quote: 'its first cut is in force from month 9',
            metric: responseMonth('mobile', 0),
            expect: { near: 9, tol: 0 },
          },
          { says: 'second cut from month 13', quote: 'its second from month 13', metric: responseMonth('mobile', 1), expect: { near: 13, tol: 0 } },
          { says: 'no answer before the cut', metric: responseMonth('mobile', 0, 'decided'), expect: { above: 6 } },
        ],
      },
      {
        view: 'subscribers',
        reason: 'China Unicom’s share at the end with and without the rules, and without its own cut',
        checks: [
          {
            says: 'about 45 % without the rules',
            quote: 'about 45 % of subscribers',
            metric: opAt('subscriberShare', 'unicom', END),
            on: 'noRules',
            expect: { near: 0.45, tol: 0.01 },
          },
          {
            says: '35 % without the cut',
            quote: 'if it had not cut (35 %)',
            metric: opAt('subscriberShare', 'unicom', END),
            on: 'noCut',
            expect: { near: 0.35, tol: 0.005 },
          },
          {
            says: 'about 10 points gained without the rules',
            quote: 'about 10 points more',
            metric: opAt('subscriberShare', 'unicom', END),
            on: 'noRules',
            expect: { vs: 'noCut', diff: [0.09, 0.11] },
          },
          {
            says: 'about 39 % with both rules',
            quote: 'it ends with about 39 %',
            metric: opAt('subscriberShare', 'unicom', END),
            expect: { near: 0.39, tol: 0.01 },
          },
          {
            says: 'about 4 points gained with the rules',
            quote: 'shrinks to about 4 points',
            metric: opAt('subscriberShare', 'unicom', END),
            expect: { vs: 'noCut', diff: [0.03, 0.05] },
          },
        ],
      },
      {
        view: 'money',
        reason: 'China Unicom’s answers and the tariffs at which the war stops',
        checks: [
          { says: 'China Unicom answers in month 18', quote: 'months 18 and 26', metric: responseMonth('unicom', 0), expect: { near: 18, tol: 0 } },
          { says: 'and in month 26', quote: 'months 18 and 26', metric: responseMonth('unicom', 1), expect: { near: 26, tol: 0 } },
          { says: 'no third answer from China Unicom', metric: responseCount('unicom'), expect: { near: 2, tol: 0 } },
          {
            says: 'China Unicom at its floor 0.80',
            quote: 'reaches its floor of 0.80 in month 26',
            metric: lastResponseValue('unicom'),
            expect: { near: 0.8, tol: 1e-9 },
          },
          { says: 'China Mobile at about 0.86', quote: 'stays at about 0.86', metric: lastResponseValue('mobile'), expect: { near: 0.86, tol: 0.01 } },
          { says: 'no response below its floor', metric: lowestAboveFloor, expect: { above: -1e-12 } },
        ],
      },
      {
        view: 'money',
        reason: 'China Unicom’s cumulative profit against not cutting, without and with the rivals’ answers',
        checks: [
          {
            says: 'about 1.0 million RMB more if nobody answered',
            quote: 'about 1.0 million RMB more profit',
            metric: opSum('profit', 'unicom', [1, END]),
            on: 'noRules',
            expect: { vs: 'noCut', diff: [0.9e6, 1.1e6] },
          },
          {
            says: 'about 0.3 million below not cutting in the war',
            quote: 'about 0.3 million below',
            metric: opSum('profit', 'unicom', [1, END]),
            expect: { vs: 'noCut', diff: [-0.4e6, -0.2e6] },
          },
        ],
      },
    ],
  },
};
