/**
 * The glass box's content as data (pure, tested without a browser): for a picked value — a KPI
 * or a chart point (GlassTarget) — the formula that makes it with this month's values, the
 * churn-hazard terms by segment and the churners by main cause. Every number is read from the
 * run's frames through frame.ts accessors; the engine defines the metrics (metrics.ts,
 * explain.ts), this file only lays them out in words.
 */
import { HAZARD } from '../../engine/constants.ts';
import {
  at,
  CHURN_CAUSES,
  type ChurnCause,
  explainValue,
  type ExplainField,
  type FrameLayout,
  LORENZ_POINTS,
  type MarketField,
  type OperatorField,
  segCauseValue,
  type SegmentField,
  type TierField,
} from '../../engine/frame.ts';
import type { LocalizedString } from '../../engine/schema.ts';
import type { Messages } from '../i18n/dictionaries.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';
import type { GlassFormat } from './format.ts';
import type { GlassTarget } from './target.ts';

export type Op = '+' | '−' | '×' | '÷';
/** One term of a formula; `op` joins it to the term before. */
export interface Term {
  op?: Op;
  label: string;
  value: string;
  /** How the term itself is made (shown under it). */
  detail?: string;
  /** The term the user picked (e.g. acquisition inside the profit formula). */
  picked?: boolean;
}
export interface Formula {
  label: string;
  value: string;
  terms: Term[];
}
export interface HazardRow {
  segment: string;
  base: string;
  satisfaction: string;
  switching: string;
  rival: string;
  hazard: string;
  observed: string;
  picked: boolean;
}
export interface CauseItem {
  cause: ChurnCause;
  label: string;
  count: number;
  /** Share of the churners (0–1). */
  share: number;
  text: string;
}
export interface GlassExplanation {
  /** What is explained, e.g. "churn rate — China Mobile". */
  title: string;
  month: number;
  /** The picked value, formatted. */
  value: string;
  formulas: Formula[];
  /** Hazard terms by segment (operator churn targets: all segments; segment targets: its row). */
  hazard: HazardRow[] | null;
  /** A segment's hazard as a product of its terms, each with how it is made, and the churn rate observed. */
  segmentHazard: (Formula & { observed: Term }) | null;
  /** The rest of the segment's hazard and what its customers weigh: contract and points factors,
   *  observed against the model, utility inputs (one sentence each). */
  facts: string[];
  causes: { items: CauseItem[]; total: number; totalText: string } | null;
  notes: string[];
}

export interface ExplainContext {
  m: Messages;
  fmt: GlassFormat;
  /** Pick the locale's text of a scenario name. */
  name: (text: LocalizedString) => string;
}

type Kind = 'count' | 'rate' | 'money' | 'decimal' | 'flag';
const KIND: Record<OperatorField | MarketField | SegmentField | TierField, Kind> = {
  subscribers: 'count',
  grossAdds: 'count',
  churned: 'count',
  churnRate: 'rate',
  subscriberShare: 'rate',
  revenue: 'money',
  revenueShare: 'rate',
  arpu: 'money',
  costToServe: 'money',
  acquisitionSpend: 'money',
  retentionSpend: 'money',
  loyaltySpend: 'money',
  subsidySpend: 'money',
  winBackSpend: 'money',
  profit: 'money',
  top20RevenueShare: 'rate',
  top20ProfitShare: 'rate',
  gini: 'decimal',
  satisfaction: 'decimal',
  retentionOffers: 'count',
  retentionSaves: 'count',
  winBacks: 'count',
  costPerGrossAdd: 'money',
  arrivals: 'count',
  exits: 'count',
  portability: 'flag',
  clv: 'money',
};

/** Dictionary key naming each field (operator, market, segment and tier fields share names). */
const FIELD_LABEL: Record<keyof typeof KIND, keyof Messages> = {
  subscribers: 'glassSubscribers',
  grossAdds: 'glassGrossAdds',
  churned: 'glassChurned',
  churnRate: 'glassChurnRate',
  subscriberShare: 'glassSubscriberShare',
  revenue: 'glassRevenue',
  revenueShare: 'glassRevenueShare',
  arpu: 'glassArpu',
  costToServe: 'glassCostToServe',
  acquisitionSpend: 'glassAcquisitionSpend',
  retentionSpend: 'glassRetentionSpend',
  loyaltySpend: 'glassLoyaltySpend',
  subsidySpend: 'glassSubsidySpend',
  winBackSpend: 'glassWinBackSpend',
  profit: 'glassProfit',
  top20RevenueShare: 'glassTop20RevenueShare',
  top20ProfitShare: 'glassTop20ProfitShare',
  gini: 'glassGini',
  satisfaction: 'glassSatisfaction',
  retentionOffers: 'glassRetentionOffers',
  retentionSaves: 'glassRetentionSaves',
  winBacks: 'glassWinBacks',
  costPerGrossAdd: 'glassCostPerGrossAdd',
  arrivals: 'glassArrivals',
  exits: 'glassExits',
  portability: 'glassPortability',
  clv: 'glassClv',
};

const CAUSE_LABEL: Record<ChurnCause, keyof Messages> = {
  baseline: 'glassCauseBaseline',
  price: 'glassCausePrice',
  dissatisfaction: 'glassCauseDissatisfaction',
  contractExpiry: 'glassCauseContractExpiry',
  portability: 'glassCausePortability',
  rivalCampaign: 'glassCauseRivalCampaign',
};

const TIER_LABEL: (keyof Messages)[] = ['glassTierBase', 'glassTierSilver', 'glassTierGold', 'glassTierDiamond'];

/** The profit formula's terms, in the engine's order (metrics.ts). */
const PROFIT_COSTS: OperatorField[] = ['costToServe', 'acquisitionSpend', 'retentionSpend', 'loyaltySpend', 'subsidySpend', 'winBackSpend'];

/** Index of the Lorenz point at 80 % of customers (points at 0 %, 5 %, …, 100 %). */
const LORENZ_80 = Math.round(0.8 * (LORENZ_POINTS - 1));

function text(m: Messages, key: keyof Messages): string {
  const v = m[key];
  return typeof v === 'string' ? v : key;
}

/** Explain the target at its month; null when the run has no frame for that month. */
export function explainTarget(run: RunSnapshot, target: GlassTarget, cx: ExplainContext): GlassExplanation | null {
  const frame = run.frames[target.month];
  if (!frame) return null;
  const prevFrame = target.month > 0 ? (run.frames[target.month - 1] ?? null) : null;
  const L = run.meta.layout;
  const { m, fmt } = cx;
  const show = (kind: Kind, v: number): string =>
    kind === 'count' ? fmt.count(v) : kind === 'rate' ? fmt.percent(v) : kind === 'money' ? fmt.rmb(v) : kind === 'flag' ? text(m, v ? 'glassOn' : 'glassOff') : fmt.decimal(v, 3);
  const label = (field: keyof typeof KIND) => text(m, FIELD_LABEL[field]);
  const opName = (o: number) => cx.name(run.meta.operators[o].name);
  const segName = (s: number) => cx.name(run.meta.segments[s].name);
  const term = (lbl: string, value: string, op?: Op, extra: Partial<Term> = {}): Term => ({ op, label: lbl, value, ...extra });
  const notes: string[] = [];
  if (target.month === 0) notes.push(m.glassMonthZero);

  const out: GlassExplanation = { title: '', month: target.month, value: '', formulas: [], hazard: null, segmentHazard: null, facts: [], causes: null, notes };

  if (target.kind === 'operator') {
    const o = target.operator;
    const op = (f: OperatorField, fr: Float64Array = frame) => fr[at.op(L, o, f)];
    const v = op(target.field);
    out.title = m.glassOfOperator(label(target.field), opName(o));
    out.value = show(KIND[target.field], v);
    const F = (terms: Term[]): Formula => ({ label: label(target.field), value: out.value, terms });
    switch (target.field) {
      case 'subscribers':
        if (prevFrame)
          out.formulas.push(
            F([
              term(m.glassSubscribersAtStart, fmt.count(op('subscribers', prevFrame))),
              term(m.glassChurned, fmt.count(op('churned')), '−'),
              term(m.glassGrossAdds, fmt.count(op('grossAdds')), '+'),
            ]),
          );
        break;
      case 'grossAdds': {
        let switchIns = 0;
        for (let j = 0; j < L.operators; j++) switchIns += frame[at.switching(L, j, o)];
        out.formulas.push(F([term(m.glassSwitchersIn, fmt.count(switchIns)), term(m.glassNewToMarket, fmt.count(v - switchIns), '+')]));
        break;
      }
      case 'churned':
      case 'churnRate': {
        let toRivals = 0;
        for (let d = 0; d < L.operators; d++) toRivals += frame[at.switching(L, o, d)];
        const churners = F([term(m.glassToRivals, fmt.count(toRivals)), term(m.glassLeftMarket, fmt.count(frame[at.switching(L, o, L.operators)]), '+')]);
        if (target.field === 'churnRate') {
          if (prevFrame) out.formulas.push(F([term(m.glassChurned, fmt.count(op('churned'))), term(m.glassSubscribersAtStart, fmt.count(op('subscribers', prevFrame)), '÷')]));
          out.formulas.push({ ...churners, label: m.glassChurned, value: fmt.count(op('churned')) });
        } else out.formulas.push(churners);
        out.hazard = hazardRows(run, frame, o, null, cx, notes);
        out.causes = causes(frame, L, o, null, cx);
        break;
      }
      case 'subscriberShare':
        out.formulas.push(F([term(m.glassSubscribers, fmt.count(op('subscribers'))), term(m.glassMarketSubscribers, fmt.count(frame[at.market(L, 'subscribers')]), '÷')]));
        break;
      case 'revenue':
        out.formulas.push(F(Array.from({ length: L.segments }, (_, s) => term(segName(s), fmt.rmb(frame[at.seg(L, o, s, 'revenue')]), s > 0 ? '+' : undefined))));
        break;
      case 'revenueShare':
        out.formulas.push(F([term(m.glassRevenue, fmt.rmb(op('revenue'))), term(m.glassMarketRevenue, fmt.rmb(frame[at.market(L, 'revenue')]), '÷')]));
        break;
      case 'arpu':
        out.formulas.push(F([term(m.glassRevenue, fmt.rmb(op('revenue'))), term(m.glassSubscribers, fmt.count(op('subscribers')), '÷')]));
        break;
      case 'costPerGrossAdd':
        out.formulas.push(F([term(m.glassAcquisitionSpend, fmt.rmb(op('acquisitionSpend'))), term(m.glassGrossAdds, fmt.count(op('grossAdds')), '÷')]));
        break;
      case 'top20RevenueShare':
      case 'top20ProfitShare': {
        const profit = target.field === 'top20ProfitShare';
        const y80 = frame[profit ? at.lorenzProfit(L, o, LORENZ_80) : at.lorenz(L, o, LORENZ_80)];
        out.formulas.push(F([term(m.glassOne, '1'), term(profit ? m.glassLorenz80Profit : m.glassLorenz80, fmt.percent(y80), '−')]));
        notes.push(m.glassNoteLorenz);
        break;
      }
      case 'gini':
        out.formulas.push(F([term(m.glassOne, '1'), term(m.glassLorenzArea, `2 × ${fmt.decimal((1 - v) / 2, 3)}`, '−')]));
        notes.push(m.glassNoteLorenz);
        break;
      case 'satisfaction':
        out.formulas.push(F(Array.from({ length: L.segments }, (_, s) => term(segName(s), fmt.decimal(explainValue(frame, L, o, s, 'satisfaction'), 3)))));
        notes.push(m.glassNoteSatisfaction);
        break;
      default: {
        // profit and its cost terms: the profit formula, with the picked term marked.
        const terms = [term(m.glassRevenue, fmt.rmb(op('revenue')))];
        for (const c of PROFIT_COSTS) terms.push(term(label(c), fmt.rmb(op(c)), '−', { picked: c === target.field }));
        out.formulas.push({ label: m.glassProfit, value: fmt.rmb(op('profit')), terms });
        const note = costNote(target.field, m, fmt, op('retentionOffers'), op('retentionSaves'));
        if (note) notes.push(note);
      }
    }
    if (target.field === 'profit') notes.push(m.glassNoteCostToServe);
    return out;
  }

  if (target.kind === 'segment') {
    const { operator: o, segment: s } = target;
    const seg = (f: SegmentField, fr: Float64Array = frame) => fr[at.seg(L, o, s, f)];
    const v = seg(target.field);
    out.title = m.glassOfSegment(label(target.field), segName(s), opName(o));
    out.value = show(KIND[target.field], v);
    const F = (terms: Term[]): Formula => ({ label: label(target.field), value: out.value, terms });
    switch (target.field) {
      case 'churnRate':
      case 'churned':
      case 'subscribers': {
        if (target.field === 'churnRate' && target.month > 0) {
          const atRisk = explainValue(frame, L, o, s, 'atRisk');
          out.formulas.push(F([term(m.glassChurned, fmt.count(seg('churned'))), term(m.glassSubscribersAtStart, fmt.count(Number.isNaN(atRisk) && prevFrame ? seg('subscribers', prevFrame) : atRisk), '÷')]));
        }
        if (L.explain === undefined) notes.push(m.glassOldRun);
        out.segmentHazard = segmentHazard(frame, L, o, s, cx);
        out.facts = segmentFacts(frame, L, o, s, cx);
        out.causes = causes(frame, L, o, s, cx);
        break;
      }
      case 'profit':
        notes.push(m.glassNoteMargin);
        break;
      case 'clv': {
        const subs = seg('subscribers');
        const margin = subs > 0 ? seg('profit') / subs : 0;
        if (margin !== 0) out.formulas.push(F([term(m.glassMarginPerSubscriber, fmt.rmb(margin)), term(m.glassLifetime, fmt.decimal(v / margin, 1), '×')]));
        notes.push(m.glassNoteClv);
        break;
      }
      default:
        break;
    }
    return out;
  }

  if (target.kind === 'tier') {
    const { operator: o, tier: k } = target;
    const tier = (f: TierField, fr: Float64Array = frame) => fr[at.tier(L, o, k, f)];
    const v = tier(target.field);
    out.title = m.glassOfTier(label(target.field), text(m, TIER_LABEL[k] ?? 'glassTierBase'), opName(o));
    out.value = show(KIND[target.field], v);
    if (target.field === 'churnRate' && prevFrame)
      out.formulas.push({ label: label(target.field), value: out.value, terms: [term(m.glassChurned, fmt.count(tier('churned'))), term(m.glassSubscribersAtStart, fmt.count(tier('subscribers', prevFrame)), '÷')] });
    return out;
  }

  // The whole market.
  const mk = (f: MarketField) => frame[at.market(L, f)];
  const v = mk(target.field);
  out.title = m.glassOfOperator(label(target.field), m.glassMarket);
  out.value = show(KIND[target.field], v);
  const F = (terms: Term[]): Formula => ({ label: label(target.field), value: out.value, terms });
  const O = L.operators;
  switch (target.field) {
    case 'subscribers':
    case 'revenue':
      out.formulas.push(F(Array.from({ length: O }, (_, o) => term(opName(o), show(KIND[target.field], frame[at.op(L, o, target.field as OperatorField)]), o > 0 ? '+' : undefined))));
      break;
    case 'top20RevenueShare':
    case 'top20ProfitShare': {
      const profit = target.field === 'top20ProfitShare';
      const y80 = frame[profit ? at.lorenzProfit(L, O, LORENZ_80) : at.lorenz(L, O, LORENZ_80)];
      out.formulas.push(F([term(m.glassOne, '1'), term(profit ? m.glassLorenz80Profit : m.glassLorenz80, fmt.percent(y80), '−')]));
      notes.push(m.glassNoteLorenz);
      break;
    }
    case 'gini':
      out.formulas.push(F([term(m.glassOne, '1'), term(m.glassLorenzArea, `2 × ${fmt.decimal((1 - v) / 2, 3)}`, '−')]));
      notes.push(m.glassNoteLorenz);
      break;
    default:
      break;
  }
  return out;
}

function costNote(field: OperatorField, m: Messages, fmt: GlassFormat, offers: number, saves: number): string | null {
  switch (field) {
    case 'costToServe':
      return m.glassNoteCostToServe;
    case 'acquisitionSpend':
      return m.glassNoteAcquisition;
    case 'retentionSpend':
    case 'retentionOffers':
    case 'retentionSaves':
      return m.glassNoteRetention(fmt.count(offers), fmt.count(saves));
    case 'loyaltySpend':
      return m.glassNoteLoyalty;
    case 'subsidySpend':
      return m.glassNoteSubsidy;
    case 'winBackSpend':
    case 'winBacks':
      return m.glassNoteWinBack;
    default:
      return null;
  }
}

/** The hazard table: all segments of operator o (the picked segment `picked` marked). */
function hazardRows(run: RunSnapshot, frame: Float64Array, o: number, picked: number | null, cx: ExplainContext, notes: string[]): HazardRow[] | null {
  const L = run.meta.layout;
  if (L.explain === undefined) {
    notes.push(cx.m.glassOldRun);
    return null;
  }
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
function segmentHazard(frame: Float64Array, L: FrameLayout, o: number, s: number, cx: ExplainContext): GlassExplanation['segmentHazard'] {
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
        detail: m.glassTermSatisfaction(fmt.decimal(HAZARD.satisfactionSlope, 0), fmt.decimal(HAZARD.satisfactionReference, 1), fmt.decimal(e('satisfaction'), 2)),
      },
      { op: '×', label: m.glassTermPortability(portabilityOn), value: fmt.factor(e('portabilityFactor')) },
      { op: '×', label: m.glassTermBundle(fmt.percent(e('bundledShare'), 0), fmt.factor(e('bundleFactor'))), value: fmt.factor(e('bundleTerm')) },
      {
        op: '×',
        label: m.glassTermRivalLabel,
        value: fmt.factor(e('rivalFactor')),
        detail: m.glassTermRival(fmt.decimal(HAZARD.rivalElasticity, 1), fmt.signedDecimal(e('rivalGap')), fmt.decimal(HAZARD.rivalMin), fmt.decimal(HAZARD.rivalMax, 0)),
      },
    ],
  };
}

/** Contract and points factors, the observed rate against the model, and what customers weigh. */
function segmentFacts(frame: Float64Array, L: FrameLayout, o: number, s: number, cx: ExplainContext): string[] {
  if (L.explain === undefined) return [];
  const { m, fmt } = cx;
  const e = (f: ExplainField) => explainValue(frame, L, o, s, f);
  return [
    m.glassTermContract(fmt.factor(e('contractFactor')), fmt.factor(e('expiryFactor')), fmt.percent(e('contractUptake'), 0)),
    m.glassTermPoints(fmt.factor(e('pointsFactor'))),
    e('atRisk') > 0 && e('hazardOutOfContract') > 0 ? m.glassTermObserved(fmt.factor(e('observedOverModel'))) : '',
    m.glassUtilityLine(fmt.decimal(e('priceIndex')), fmt.decimal(e('network')), fmt.decimal(e('service')), fmt.signedDecimal(e('bestRivalGap')), fmt.signedPercent(e('priceGap'))),
  ].filter(Boolean);
}

/** Churners of operator o (or of its segment s) by main cause, largest first. */
function causes(frame: Float64Array, L: FrameLayout, o: number, s: number | null, cx: ExplainContext): GlassExplanation['causes'] {
  const counts = CHURN_CAUSES.map((_, c) => (s === null ? frame[at.cause(L, o, c)] : segCauseValue(frame, L, o, s, c)));
  if (counts.some((n) => Number.isNaN(n))) return null;
  const total = counts.reduce((a, b) => a + b, 0);
  const items = CHURN_CAUSES.map((cause, c) => {
    const share = total > 0 ? counts[c] / total : 0;
    return { cause, label: text(cx.m, CAUSE_LABEL[cause]), count: counts[c], share, text: cx.m.glassCauseCount(cx.fmt.count(counts[c]), cx.fmt.percent(share, 1)) };
  }).sort((a, b) => b.count - a.count);
  return { items, total, totalText: cx.fmt.count(total) };
}
