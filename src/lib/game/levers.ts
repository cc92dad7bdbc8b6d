/**
 * The levers a team sets each round of a class game, with the ranges the game allows. A few
 * strategic levers, not the editor's forty: price, retention, acquisition, service and subsidy —
 * the trade-offs the course teaches. Ranges are kept around the case's own values so that no team
 * can buy the market with a budget the case never had.
 */
import { getAt } from '../../engine/path.ts';
import type { LeverKey } from '../editor/fields.ts';

export interface GameLever {
  /** Path inside the operator, as in a scheduled change. */
  path: readonly string[];
  label: LeverKey;
  min: number;
  max: number;
  step: number;
  unit: 'index' | 'percent' | 'rmbMonth';
}

export const GAME_LEVERS: readonly GameLever[] = [
  { path: ['pricing', 'tariffIndex'], label: 'leversTariffIndex', min: 0.7, max: 1.3, step: 0.01, unit: 'index' },
  { path: ['crm', 'budgetShare'], label: 'leversCrmBudget', min: 0, max: 0.1, step: 0.005, unit: 'percent' },
  { path: ['acquisition', 'monthlyBudget'], label: 'leversAcquisitionBudget', min: 0, max: 0, step: 10_000, unit: 'rmbMonth' },
  { path: ['service', 'level'], label: 'leversServiceLevel', min: 0.3, max: 0.95, step: 0.01, unit: 'percent' },
  { path: ['contracts', 'handsetSubsidy'], label: 'leversHandsetSubsidy', min: 0, max: 0.6, step: 0.05, unit: 'percent' },
];

export const leverKey = (lever: GameLever) => lever.path.join('.');

/** Defaults of the schema for levers the case leaves out. */
const SCHEMA_DEFAULTS: Record<string, number> = {
  'pricing.tariffIndex': 1,
  'crm.budgetShare': 0,
  'acquisition.monthlyBudget': 0,
  'service.level': 0.6,
  'contracts.handsetSubsidy': 0,
};

/** The game's levers for an operator of the case: the acquisition cap is three times the case's largest budget. */
export function leversForCase(operators: readonly unknown[]): GameLever[] {
  const budgets = operators.map((op) => Number(getAt(op, ['acquisition', 'monthlyBudget']) ?? 0));
  const cap = Math.max(100_000, 3 * Math.max(0, ...budgets));
  return GAME_LEVERS.map((lever) => (leverKey(lever) === 'acquisition.monthlyBudget' ? { ...lever, max: cap } : lever));
}

/** An operator's value of a lever in the case (a per-segment tariff reads as its default or mean). */
export function caseValue(operator: unknown, lever: GameLever): number {
  const value = getAt(operator, lever.path as string[]);
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object') {
    const record = value as Record<string, number>;
    if (typeof record.default === 'number') return record.default;
    const values = Object.values(record).filter((x) => typeof x === 'number');
    if (values.length > 0) return values.reduce((a, b) => a + b, 0) / values.length;
  }
  return SCHEMA_DEFAULTS[leverKey(lever)] ?? lever.min;
}
