/**
 * The glass box's numbers (issue 4): how the churn hazard of each (operator, segment) is made in
 * month t, written into the frame's explain section (frame.ts EXPLAIN_FIELDS). Everything comes
 * from the month's tables (tables.ts, the same look-ups the hot loop reads) and the month's
 * counts: no per-customer work. Where a term varies between customers of the segment (tier,
 * satisfaction, bundle), the value is the subscriber-weighted mean of the table factor.
 */
import { type AccLayout, type AccSummary, SAT_LEVELS } from './accumulator.ts';
import { CONTRACT_STATES, HAZARD, SAT_BUCKETS, TIERS } from './constants.ts';
import { at, type ExplainField, type FrameLayout } from './frame.ts';
import type { Plan } from './plan.ts';
import type { Tables } from './tables.ts';

/**
 * Fill frame f's explain section for month t. `tb` holds month t's tables; `acc` is month t's
 * combined accumulator (month-end satisfaction counts); `sum`/`prev` are the standing totals at
 * the end of month t and t − 1 (null at month 0). The churn rates must already be in f.
 */
export function fillExplain(
  plan: Plan,
  t: number,
  tb: Tables,
  acc: Float64Array,
  sum: AccSummary,
  prev: AccSummary | null,
  L: AccLayout,
  F: FrameLayout,
  f: Float64Array,
): void {
  const O = plan.operators;
  const S = plan.segments;
  const segs = plan.scenario.market.segments;
  const ops = plan.byMonth[t];
  // Tier weights: who was there at month start (month 0: the starting base).
  const start = prev ?? sum;
  for (let o = 0; o < O; o++)
    for (let s = 0; s < S; s++) {
      const os = o * S + s;
      const set = (name: ExplainField, value: number) => (f[at.explain(F, o, s, name)] = value);
      const seg = segs[s];

      let tierTotal = 0;
      for (let k = 0; k < TIERS; k++) tierTotal += start.segTierSubscribers[os * TIERS + k];
      const weight = (k: number) => (tierTotal > 0 ? start.segTierSubscribers[os * TIERS + k] / tierTotal : 1 / TIERS);
      let rivalGap = 0;
      let rivalFactor = 0;
      let bestRivalGap = 0;
      let service = 0;
      let utility = 0;
      let satTarget = 0;
      for (let k = 0; k < TIERS; k++) {
        const w = weight(k);
        const sko = (s * TIERS + k) * O + o;
        const base = (s * TIERS + k) * O;
        rivalGap += w * tb.rivalGap[sko];
        rivalFactor += w * tb.rivalFactor[sko];
        service += w * tb.service[o * TIERS + k];
        utility += w * tb.utility[sko];
        satTarget += w * tb.satTarget[sko];
        let best = -Infinity;
        for (let j = 0; j < O; j++) if (j !== o && tb.active[j]) best = Math.max(best, tb.utility[base + j] - tb.utility[sko]);
        bestRivalGap += w * (best === -Infinity ? 0 : best);
      }

      // Satisfaction: month-end counts by level; level q lies inside hazard bucket q·B/Q
      // (SAT_LEVELS is a multiple of SAT_BUCKETS), so the mean factor is exact for them.
      let satCount = 0;
      let satSum = 0;
      let satFactor = 0;
      for (let q = 0; q < SAT_LEVELS; q++) {
        const n = acc[L.satisfaction + os * SAT_LEVELS + q];
        if (n === 0) continue;
        satCount += n;
        satSum += n * ((q + 0.5) / SAT_LEVELS);
        satFactor += n * tb.hazardSat[Math.floor((q * SAT_BUCKETS) / SAT_LEVELS)];
      }
      const satisfaction = satCount > 0 ? satSum / satCount : satTarget;
      const satisfactionFactor = satCount > 0 ? satFactor / satCount : tb.hazardSat[Math.min(SAT_BUCKETS - 1, Math.floor(satTarget * SAT_BUCKETS))];

      const contract = (c: number, bundled: number) => tb.hazardContract[(o * CONTRACT_STATES + c) * 2 + bundled];
      const startSubs = start.segSubscribers[os];
      const bundledShare = startSubs > 0 ? start.segBundled[os] / startSubs : 0;
      const bundleFactor = contract(0, 1);
      const bundleTerm = 1 - bundledShare + bundledShare * bundleFactor;
      const portabilityFactor = Math.exp(tb.portabilityLog[s]);

      let bestRivalPrice = Infinity;
      for (let j = 0; j < O; j++) if (j !== o && tb.active[j]) bestRivalPrice = Math.min(bestRivalPrice, tb.effPrice[j * S + s]);
      const ownPrice = tb.effPrice[os];

      const product = seg.baseChurn * portabilityFactor * rivalFactor * satisfactionFactor * bundleTerm;
      const hazard = tb.active[o] ? Math.min(HAZARD.max, product) : 0;
      const atRisk = prev ? prev.segSubscribers[os] : 0;
      const churnRate = f[at.seg(F, o, s, 'churnRate')];

      set('atRisk', atRisk);
      set('baseChurn', seg.baseChurn);
      set('satisfaction', satisfaction);
      set('satisfactionFactor', satisfactionFactor);
      set('contractFactor', contract(1, 0));
      set('expiryFactor', contract(2, 0));
      set('contractUptake', tb.contractUptake[os]);
      set('portabilityFactor', portabilityFactor);
      set('bundledShare', bundledShare);
      set('bundleFactor', bundleFactor);
      set('bundleTerm', bundleTerm);
      set('pointsFactor', Math.exp(-HAZARD.pointsLock * seg.sensitivity.switchingCost));
      set('switchingFactor', portabilityFactor * bundleTerm);
      set('rivalGap', rivalGap);
      set('rivalFactor', rivalFactor);
      set('bestRivalGap', bestRivalGap);
      set('priceGap', bestRivalPrice === Infinity ? 0 : Math.log(ownPrice / bestRivalPrice));
      set('priceIndex', ownPrice);
      set('network', ops[o].network);
      set('service', service);
      set('utility', utility);
      set('hazardOutOfContract', hazard);
      set('observedOverModel', hazard > 0 && atRisk > 0 ? churnRate / hazard : 0);
    }
}
