/**
 * The result JSON of model.md §8: the same object the worker can post to the UI, serialised.
 * Field names are a contract; add fields freely, remove none without a schema version bump.
 */
import type { RunOutput } from './api.ts';
import type { ResponseRecord } from './reactor.ts';
import { at, LORENZ_POINTS, OPERATOR_FIELDS, type OperatorField } from './frame.ts';

export const RESULT_SCHEMA_VERSION = 1;

/** The operator fields §8 lists, in its order; the others follow. */
const CONTRACT_FIELDS: OperatorField[] = [
  'subscribers',
  'grossAdds',
  'churned',
  'churnRate',
  'subscriberShare',
  'revenue',
  'revenueShare',
  'arpu',
  'profit',
  'top20RevenueShare',
  'top20ProfitShare',
  'gini',
];
const EXTRA_FIELDS = OPERATOR_FIELDS.filter((f) => !CONTRACT_FIELDS.includes(f));

export interface OperatorMonthJson extends Record<OperatorField, number> {
  id: string;
  churnRateBySegment: Record<string, number>;
  churnRateByTier: Record<string, number>;
  clvBySegment: Record<string, number>;
  /** Value of a new customer over its tenure, per segment (tenureValue.ts). */
  clvNewBySegment: Record<string, number>;
}

export interface MonthJson {
  month: number;
  operators: OperatorMonthJson[];
  market: { subscribers: number; arrivals: number; exits: number; top20RevenueShare: number; gini: number; top20ProfitShare: number; revenue: number };
}

export interface ResultJson {
  schemaVersion: number;
  scenarioId: string;
  seed: number;
  months: number;
  customers: number;
  operators: { id: string; name: string }[];
  segments: { id: string; name: string }[];
  monthly: MonthJson[];
  /** Cumulative from→to churners; the last row/column is outside the market (row: arrivals). */
  switching: number[][];
  /** Lorenz points of revenue per operator (and "market") at the last month. */
  lorenz: Record<string, [number, number][]>;
  /** Cohort retention at the last month: share of each join-month cohort still with the operator. */
  cohortRetention: Record<string, number[]>;
  /** Response rules fired in the run (reactor.ts), in decision order; present only when any fired. */
  responses?: ResponseRecord[];
}

export function toResultJson(out: RunOutput): ResultJson {
  const { meta, frames } = out;
  const L = meta.layout;
  const O = meta.operators.length;
  const monthly: MonthJson[] = frames.map((f) => ({
    month: f[at.month()],
    operators: meta.operators.map((op, o) => {
      const row = { id: op.id } as OperatorMonthJson;
      for (const field of [...CONTRACT_FIELDS, ...EXTRA_FIELDS]) row[field] = f[at.op(L, o, field)];
      row.churnRateBySegment = Object.fromEntries(meta.segments.map((s, si) => [s.id, f[at.seg(L, o, si, 'churnRate')]]));
      row.churnRateByTier = Object.fromEntries(meta.tiers.map((k, ki) => [k, f[at.tier(L, o, ki, 'churnRate')]]));
      row.clvBySegment = Object.fromEntries(meta.segments.map((s, si) => [s.id, f[at.seg(L, o, si, 'clv')]]));
      row.clvNewBySegment = Object.fromEntries(meta.segments.map((s, si) => [s.id, f[at.seg(L, o, si, 'clvNew')]]));
      return row;
    }),
    market: {
      subscribers: f[at.market(L, 'subscribers')],
      arrivals: f[at.market(L, 'arrivals')],
      exits: f[at.market(L, 'exits')],
      top20RevenueShare: f[at.market(L, 'top20RevenueShare')],
      gini: f[at.market(L, 'gini')],
      top20ProfitShare: f[at.market(L, 'top20ProfitShare')],
      revenue: f[at.market(L, 'revenue')],
    },
  }));

  // Cumulative switching matrix, (O+1)×(O+1): row O holds arrivals by operator.
  const switching = Array.from({ length: O + 1 }, () => new Array<number>(O + 1).fill(0));
  for (const f of frames.slice(1)) {
    for (let o = 0; o < O; o++) for (let d = 0; d <= O; d++) switching[o][d] += f[at.switching(L, o, d)];
  }
  // Arrivals by operator are not in the frame separately: gross adds minus switch-ins.
  for (let d = 0; d < O; d++) {
    let adds = 0;
    for (const f of frames.slice(1)) adds += f[at.op(L, d, 'grossAdds')];
    let switchIns = 0;
    for (let o = 0; o < O; o++) switchIns += switching[o][d];
    switching[O][d] = adds - switchIns;
  }

  const last = frames[frames.length - 1];
  const lorenz: Record<string, [number, number][]> = {};
  const point = (o: number, i: number): [number, number] => [i / (LORENZ_POINTS - 1), last[at.lorenz(L, o, i)]];
  meta.operators.forEach((op, o) => (lorenz[op.id] = Array.from({ length: LORENZ_POINTS }, (_, i) => point(o, i))));
  lorenz.market = Array.from({ length: LORENZ_POINTS }, (_, i) => point(O, i));

  const width = meta.months + 1;
  const lastCohort = out.cohorts[out.cohorts.length - 1];
  const cohortRetention: Record<string, number[]> = {};
  meta.operators.forEach((op, o) => {
    cohortRetention[op.id] = Array.from({ length: frames.length }, (_, j) => {
      const size = out.cohortSize[o * width + j];
      return size > 0 ? lastCohort[o * width + j] / size : 0;
    });
  });

  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    scenarioId: meta.scenarioId,
    seed: meta.seed,
    months: meta.months,
    customers: meta.customers,
    operators: meta.operators.map((o) => ({ id: o.id, name: o.name.en })),
    segments: meta.segments.map((s) => ({ id: s.id, name: s.name.en })),
    monthly,
    switching,
    lorenz,
    cohortRetention,
    // Only when something fired, so that a run without responses keeps its bytes.
    ...(out.responses?.length ? { responses: out.responses.map((r) => ({ ...r })) } : {}),
  };
}
