/**
 * The outcomes the Sweep and Sensitivity views offer, with their words and how a value (and a
 * change of it) is written: shares and rates in percent, money and counts whole, the Gini as a
 * fraction. Values are the runs' raw horizon values; `scale` turns them into what is shown.
 */
import type { OutcomeField } from '../../engine/analysis/outcomes.ts';
import { OPERATOR_PALETTE } from '../../engine/coordinator.ts';
import type { Scenario } from '../../engine/schema.ts';
import { formatNumber, localized, type Messages } from '../i18n/index.svelte.ts';
import { compact, fixed, percent, tick, whole } from '../charts/numberFormats.ts';

export const SWEEP_OUTCOMES = [
  'subscriberShare',
  'churnRate',
  'profit',
  'revenue',
  'top20RevenueShare',
  'top20ProfitShare',
  'gini',
  'grossAdds',
  'subscribers',
] as const satisfies readonly OutcomeField[];
export type SweepOutcome = (typeof SWEEP_OUTCOMES)[number];

const LABELS = {
  subscriberShare: 'outcomeSubscriberShare',
  subscribers: 'outcomeSubscribers',
  churnRate: 'outcomeChurnRate',
  grossAdds: 'outcomeGrossAdds',
  revenue: 'outcomeRevenue',
  profit: 'outcomeProfit',
  top20RevenueShare: 'outcomeTop20RevenueShare',
  top20ProfitShare: 'outcomeTop20ProfitShare',
  gini: 'outcomeGini',
} as const satisfies Record<SweepOutcome, keyof Messages>;

export const outcomeLabel = (m: Messages, field: SweepOutcome): string => m[LABELS[field]];

export interface OutcomeFormat {
  /** Raw value × scale = shown value. */
  scale: number;
  /** A shown value as text (tooltips, tables). */
  format: (shown: number) => string;
  /** Axis ticks of shown values. */
  tick: (shown: number) => string;
  /** A change of a shown value, signed ("+0.52 pp" for a share). */
  delta: (shown: number) => string;
  /** Axis ticks of changes: plain numbers, their unit (`deltaUnit`) named once in the axis label. */
  deltaTick: (shown: number) => string;
  deltaUnit: string;
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

export function outcomeFormat(m: Messages, field: SweepOutcome): OutcomeFormat {
  switch (field) {
    case 'subscriberShare':
    case 'top20RevenueShare':
    case 'top20ProfitShare':
    case 'churnRate': {
      const digits = field === 'churnRate' ? 2 : 1;
      return {
        scale: 100,
        format: (v) => percent(v, digits),
        tick: (v) => percent(v, field === 'churnRate' ? 1 : 0),
        delta: (v) => signed(m.sweepPp(fixed(v, digits + 1)), v),
        deltaTick: tick,
        deltaUnit: m.sweepPpUnit,
      };
    }
    case 'gini':
      return { scale: 1, format: (v) => fixed(v, 3), tick, delta: (v) => signed(fixed(v, 4), v), deltaTick: tick, deltaUnit: '' };
    default:
      return { scale: 1, format: whole, tick: compact, delta: (v) => signed(whole(v), v), deltaTick: compact, deltaUnit: '' };
  }
}

/** A lever value as the scenario file holds it: a number, or per segment `{vip: 0.3, default: 0.05}`. */
export function leverValueText(value: unknown): string {
  if (typeof value === 'number') return formatNumber(value, { maximumFractionDigits: 4 });
  if (value && typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k} ${typeof v === 'number' ? formatNumber(v, { maximumFractionDigits: 4 }) : String(v)}`)
      .join(', ');
  return '–';
}

export interface OperatorKey {
  id: string;
  name: string;
  color: string;
}

/** Names and colours of the operators as the charts draw them (the engine's palette when none is set). */
export function operatorKeys(scenario: Scenario): OperatorKey[] {
  return scenario.operators.map((op, i) => ({ id: op.id, name: localized(op.name), color: op.color ?? OPERATOR_PALETTE[i % OPERATOR_PALETTE.length] }));
}
