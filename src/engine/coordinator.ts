/**
 * The month-by-month coordinator shared by every way of running: it combines the slices'
 * accumulators (exact integer sums), derives the month's frame, and keeps what the result
 * needs (frames, cohorts). Slices may be local objects or workers; the coordinator only sees
 * their accumulators, so the numbers cannot depend on how the customers were split.
 */
import { accLayout, type AccLayout, type AccSummary, combineInto, createSummary, summarize } from './accumulator.ts';
import type { MonthUpdate, RunMeta, RunOutput } from './api.ts';
import { TIER_NAMES } from './constants.ts';
import { frameLayout, type FrameLayout } from './frame.ts';
import { fillExplain } from './explain.ts';
import { deriveFrame } from './metrics.ts';
import type { Plan } from './plan.ts';
import { firedResponses, observeMonth } from './reactor.ts';
import { buildTables, createTables, type Tables } from './tables.ts';

/** Months of churn history behind customer lifetime value. */
const CLV_WINDOW = 12;

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OPERATOR_PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

export class Coordinator {
  readonly meta: RunMeta;
  readonly accLayout: AccLayout;
  readonly frameLayout: FrameLayout;
  readonly frames: Float64Array[] = [];
  readonly cohorts: Float64Array[] = [];
  readonly cohortSize: Float64Array;
  /** Combined accumulator of the last finished month (what slices need for the next). */
  current: Float64Array;
  private previous: Float64Array;
  private summary: AccSummary;
  private readonly clvChurn: Float64Array;
  private readonly churnWindow: Float64Array;
  private readonly baseWindow: Float64Array;
  private previousSummary: AccSummary;
  /** The month's tables, rebuilt here (as every slice does) for the glass box's explain section. */
  private readonly tables: Tables;

  constructor(readonly plan: Plan) {
    const s = plan.scenario;
    this.accLayout = accLayout(plan.operators, plan.segments, plan.months);
    this.frameLayout = frameLayout(plan.operators, plan.segments);
    this.current = new Float64Array(this.accLayout.size);
    this.previous = new Float64Array(this.accLayout.size);
    this.summary = createSummary(plan.operators, plan.segments);
    this.previousSummary = createSummary(plan.operators, plan.segments);
    this.tables = createTables(plan);
    this.cohortSize = new Float64Array(plan.operators * (plan.months + 1));
    this.clvChurn = new Float64Array(plan.operators * plan.segments);
    this.churnWindow = new Float64Array(CLV_WINDOW * plan.operators * plan.segments);
    this.baseWindow = new Float64Array(CLV_WINDOW * plan.operators * plan.segments);
    this.meta = {
      scenarioId: s.id,
      title: s.title,
      seed: plan.seed,
      months: plan.months,
      customers: plan.customers,
      operators: s.operators.map((op, i) => ({ id: op.id, name: op.name, color: op.color ?? OPERATOR_PALETTE[i % OPERATOR_PALETTE.length] })),
      segments: s.market.segments.map((seg) => ({ id: seg.id, name: seg.name })),
      tiers: [...TIER_NAMES],
      layout: this.frameLayout,
    };
  }

  /** Fold the slices' accumulators of month t into the month's update. */
  finishMonth(t: number, parts: readonly Float64Array[]): MonthUpdate {
    const swap = this.previous;
    this.previous = this.current;
    this.current = combineInto(swap, parts);
    const L = this.accLayout;
    const swapSummary = this.previousSummary;
    this.previousSummary = this.summary;
    this.summary = summarize(this.current, L, this.plan, t, swapSummary);
    this.updateClvChurn(t);
    const prevSummary = t === 0 ? null : this.previousSummary;
    const frame = deriveFrame(this.plan, t, this.current, this.summary, prevSummary, L, this.frameLayout, this.clvChurn);
    // Same inputs as the slices' tables of month t (last month's combined accumulator).
    buildTables(this.tables, this.plan, t, t === 0 ? null : this.previous, prevSummary, L, 0);
    fillExplain(this.plan, t, this.tables, this.current, this.summary, prevSummary, L, this.frameLayout, frame);
    const width = this.plan.months + 1;
    const cohort = this.current.slice(L.cohortAlive, L.cohortAlive + this.plan.operators * width);
    for (let i = 0; i < this.cohortSize.length; i++) this.cohortSize[i] += this.current[L.cohortJoined + i];
    this.frames.push(frame);
    this.cohorts.push(cohort);
    // Month t's end decides the responses of later months (after every read of month t above).
    const fired = observeMonth(this.plan, t, this.current, L);
    // Copies, so that the caller may transfer them to another thread and keep output() whole.
    const update: MonthUpdate = { month: t, frame: frame.slice(), cohort: cohort.slice() };
    if (fired > 0) update.responses = firedResponses(this.plan).slice(-fired);
    return update;
  }

  /**
   * The churn rate CLV uses, per (operator, segment): churners over subscribers at month start
   * in the last CLV_WINDOW months. Before any month has passed, the segment's own base churn
   * stands in for it.
   */
  private updateClvChurn(t: number): void {
    const { operators: O, segments: S } = this.plan;
    const w = t % CLV_WINDOW;
    for (let o = 0; o < O; o++)
      for (let s = 0; s < S; s++) {
        const os = o * S + s;
        this.churnWindow[w * O * S + os] = t === 0 ? 0 : this.current[this.accLayout.segChurned + os];
        this.baseWindow[w * O * S + os] = t === 0 ? 0 : this.previousSummary.segSubscribers[os];
        let churned = 0;
        let base = 0;
        for (let i = 0; i < CLV_WINDOW; i++) {
          churned += this.churnWindow[i * O * S + os];
          base += this.baseWindow[i * O * S + os];
        }
        this.clvChurn[os] = base > 0 ? churned / base : this.plan.scenario.market.segments[s].baseChurn;
      }
  }

  output(): RunOutput {
    const responses = firedResponses(this.plan);
    return { meta: this.meta, frames: this.frames, cohortSize: this.cohortSize, cohorts: this.cohorts, ...(responses.length ? { responses } : {}) };
  }
}
