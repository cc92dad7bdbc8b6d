/**
 * The churn parts of the glass box: hazard terms by segment, one segment's hazard term by term,
 * and churners by main cause — all read from the frame's explain and cause sections.
 */
import { HAZARD } from '../../engine/constants.ts';
import { at, CHURN_CAUSES, type ChurnCause, explainValue, type ExplainField, type FrameLayout, segCauseValue } from '../../engine/frame.ts';
import type { Messages } from '../i18n/dictionaries.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';
import type { ExplainContext, GlassExplanation, HazardRow } from './types.ts';

const CAUSE_LABEL: Record<ChurnCause, keyof Messages> = {
  baseline: 'glassCauseBaseline',
  price: 'glassCausePrice',
  dissatisfaction: 'glassCauseDissatisfaction',
  contractExpiry: 'glassCauseContractExpiry',
  portability: 'glassCausePortability',
  rivalCampaign: 'glassCauseRivalCampaign',
  rivalAppeal: 'glassCauseRivalAppeal',
  newCustomer: 'glassCauseNewCustomer',
};

/** The hazard table: all segments of operator o (the picked segment `picked` marked). */
export function hazardRows(run: RunSnapshot, frame: Float64Array, o: number, picked: number | null, cx: ExplainContext): HazardRow[] | null {
  const L = run.meta.layout;
  if (L.explain === undefined) return null;
  const { fmt } = cx;
  const e = (s: number, f: ExplainField) => explainValue(frame, L, o, s, f);
  const rows: HazardRow[] = [];
  for (let s = 0; s < L.segments; s++) {
    rows.push({
      segment: cx.name(run.meta.segments[s].name),
      base: fmt.percent(e(s, 'baseChurn')),
      satisfaction: fmt.factor(e(s, 'satisfactionFactor')),
      switching: fmt.factor(e(s, 'switchingFactor')),
      rival: fmt.factor(e(s, 'rivalFactor')),
      hazard: fmt.percent(e(s, 'hazardOutOfContract')),
      observed: fmt.percent(frame[at.seg(L, o, s, 'churnRate')]),
      picked: picked === s,
    });
  }
  return rows;
}

/** One segment's hazard, term by term, with how each term is made. */
export function segmentHazard(frame: Float64Array, L: FrameLayout, o: number, s: number, cx: ExplainContext): GlassExplanation['segmentHazard'] {
  if (L.explain === undefined) return null;
  const { m, fmt } = cx;
  const e = (f: ExplainField) => explainValue(frame, L, o, s, f);
  const portabilityOn = e('portabilityFactor') > 1;
  return {
    label: m.glassTermHazard,
    value: fmt.percent(e('hazardOutOfContract')),
    observed: { label: m.glassObservedChurn, value: fmt.percent(frame[at.seg(L, o, s, 'churnRate')]) },
    terms: [
      { label: m.glassTermBase, value: fmt.percent(e('baseChurn')) },
      {
        op: '×',
        label: m.glassTermSatisfactionLabel,
        value: fmt.factor(e('satisfactionFactor')),
        detail: m.glassTermSatisfaction(
          fmt.decimal(HAZARD.satisfactionSlope, 0),
          fmt.decimal(HAZARD.satisfactionReference, 1),
          fmt.decimal(e('satisfaction'), 2),
        ),
      },
      { op: '×', label: m.glassTermPortability(portabilityOn), value: fmt.factor(e('portabilityFactor')) },
      { op: '×', label: m.glassTermBundle(fmt.percent(e('bundledShare'), 0), fmt.factor(e('bundleFactor'))), value: fmt.factor(e('bundleTerm')) },
      {
        op: '×',
        label: m.glassTermRivalLabel,
        value: fmt.factor(e('rivalFactor')),
        detail: m.glassTermRival(
          fmt.decimal(HAZARD.rivalElasticity, 1),
          fmt.signedDecimal(e('rivalGap')),
          fmt.decimal(HAZARD.rivalMin),
          fmt.decimal(HAZARD.rivalMax, 0),
        ),
      },
    ],
  };
}

/** Contract and points factors, the observed rate against the model, and what customers weigh. */
export function segmentFacts(frame: Float64Array, L: FrameLayout, o: number, s: number, cx: ExplainContext): string[] {
  if (L.explain === undefined) return [];
  const { m, fmt } = cx;
  const e = (f: ExplainField) => explainValue(frame, L, o, s, f);
  return [
    m.glassTermContract(fmt.factor(e('contractFactor')), fmt.factor(e('expiryFactor')), fmt.percent(e('contractUptake'), 0)),
    m.glassTermPoints(fmt.factor(e('pointsFactor'))),
    e('atRisk') > 0 && e('hazardOutOfContract') > 0 ? m.glassTermObserved(fmt.factor(e('observedOverModel'))) : '',
    m.glassUtilityLine(
      fmt.decimal(e('priceIndex')),
      fmt.decimal(e('network')),
      fmt.decimal(e('service')),
      fmt.signedDecimal(e('bestRivalGap')),
      fmt.signedPercent(e('priceGap')),
    ),
  ].filter(Boolean);
}

/** Churners of operator o (or of its segment s) by main cause, largest first. */
export function causes(frame: Float64Array, L: FrameLayout, o: number, s: number | null, cx: ExplainContext): GlassExplanation['causes'] {
  const counts = CHURN_CAUSES.map((_, c) => (s === null ? frame[at.cause(L, o, c)] : segCauseValue(frame, L, o, s, c)));
  if (counts.some((n) => Number.isNaN(n))) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const items = CHURN_CAUSES.map((cause, c) => {
    const share = total > 0 ? counts[c] / total : 0;
    return {
      cause,
      label: cx.m[CAUSE_LABEL[cause]] as string,
      count: counts[c],
      share,
      text: cx.m.glassCauseCount(cx.fmt.count(counts[c]), cx.fmt.percent(share, 1)),
    };
  }).sort((a, b) => b.count - a.count);
  return { items, total, totalText: cx.fmt.count(total) };
}
