/**
 * The glass box's content as data (pure, tested without a browser): for a picked value — a KPI
 * or a chart point (GlassTarget) — the formula that makes it with this month's values, the
 * churn-hazard terms by segment and the churners by main cause (churn.ts). Every number is read from the
 * run's frames through frame.ts accessors; the engine defines the metrics (metrics.ts,
 * explain.ts), this file only lays them out in words.
 */
import { at, explainValue, LORENZ_POINTS, type MarketField, type OperatorField, type SegmentField, type TierField } from '../../engine/frame.ts';
import type { Messages } from '../i18n/dictionaries.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';
import { causes, hazardRows, segmentFacts, segmentHazard } from './churn.ts';
import type { GlassFormat } from './format.ts';
import type { GlassTarget } from './target.ts';
import type { ExplainContext, Formula, GlassExplanation, Op, Term } from './types.ts';

export type * from './types.ts';

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
  clvNew: 'money',
  customerValue: 'money',
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
  clvNew: 'glassClvNew',
  customerValue: 'glassCustomerValue',
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
    kind === 'count'
      ? fmt.count(v)
      : kind === 'rate'
        ? fmt.percent(v)
        : kind === 'money'
          ? fmt.rmb(v)
          : kind === 'flag'
            ? text(m, v ? 'glassOn' : 'glassOff')
            : fmt.decimal(v, 3);
  const label = (field: keyof typeof KIND) => text(m, FIELD_LABEL[field]);
  const opName = (o: number) => cx.name(run.meta.operators[o].name);
  const segName = (s: number) => cx.name(run.meta.segments[s].name);
  const term = (lbl: string, value: string, op?: Op, extra: Partial<Term> = {}): Term => ({ op, label: lbl, value, ...extra });
  const notes: string[] = [];
  /** Top-20 % share or Gini read off one Lorenz curve: operator o's, or index O for the market's. */
  const concentrationTerms = (field: 'top20RevenueShare' | 'top20ProfitShare' | 'gini', curve: number, v: number): Term[] => {
    notes.push(m.glassNoteLorenz);
    if (field === 'gini') return [term(m.glassOne, '1'), term(m.glassLorenzArea, `2 × ${fmt.decimal((1 - v) / 2, 3)}`, '−')];
    const profit = field === 'top20ProfitShare';
    const y80 = frame[profit ? at.lorenzProfit(L, curve, LORENZ_80) : at.lorenz(L, curve, LORENZ_80)];
    return [term(m.glassOne, '1'), term(profit ? m.glassLorenz80Profit : m.glassLorenz80, fmt.percent(y80), '−')];
  };
  const intro: string[] = [];
  if (target.month === 0) intro.push(m.glassMonthZero);

  const out: GlassExplanation = {
    title: '',
    month: target.month,
    value: '',
    formulas: [],
    hazard: null,
    segmentHazard: null,
    facts: [],
    causes: null,
    intro,
    notes,
  };

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
          if (prevFrame)
            out.formulas.push(
              F([term(m.glassChurned, fmt.count(op('churned'))), term(m.glassSubscribersAtStart, fmt.count(op('subscribers', prevFrame)), '÷')]),
            );
          out.formulas.push({ ...churners, label: m.glassChurned, value: fmt.count(op('churned')) });
        } else out.formulas.push(churners);
        if (L.explain === undefined) intro.push(m.glassOldRun);
        out.hazard = hazardRows(run, frame, o, null, cx);
        out.causes = causes(frame, L, o, null, cx);
        break;
      }
      case 'subscriberShare':
        out.formulas.push(
          F([term(m.glassSubscribers, fmt.count(op('subscribers'))), term(m.glassMarketSubscribers, fmt.count(frame[at.market(L, 'subscribers')]), '÷')]),
        );
        break;
      case 'revenue':
        out.formulas.push(
          F(Array.from({ length: L.segments }, (_, s) => term(segName(s), fmt.rmb(frame[at.seg(L, o, s, 'revenue')]), s > 0 ? '+' : undefined))),
        );
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
      case 'top20ProfitShare':
      case 'gini':
        out.formulas.push(F(concentrationTerms(target.field, o, v)));
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
          out.formulas.push(
            F([
              term(m.glassChurned, fmt.count(seg('churned'))),
              term(m.glassSubscribersAtStart, fmt.count(Number.isNaN(atRisk) && prevFrame ? seg('subscribers', prevFrame) : atRisk), '÷'),
            ]),
          );
        }
        if (L.explain === undefined) intro.push(m.glassOldRun);
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
        // With the tenure curves: a new customer's value (frames stored before it existed have none).
        const clvNew = seg('clvNew');
        if (Number.isFinite(clvNew)) notes.push(m.glassNoteClvNew(fmt.rmb(clvNew)));
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
      out.formulas.push({
        label: label(target.field),
        value: out.value,
        terms: [term(m.glassChurned, fmt.count(tier('churned'))), term(m.glassSubscribersAtStart, fmt.count(tier('subscribers', prevFrame)), '÷')],
      });
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
      out.formulas.push(
        F(
          Array.from({ length: O }, (_, o) =>
            term(opName(o), show(KIND[target.field], frame[at.op(L, o, target.field as OperatorField)]), o > 0 ? '+' : undefined),
          ),
        ),
      );
      break;
    case 'top20RevenueShare':
    case 'top20ProfitShare':
    case 'gini':
      out.formulas.push(F(concentrationTerms(target.field, O, v)));
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
