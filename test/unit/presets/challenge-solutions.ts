/**
 * For each preset's challenge: a known good strategy (a patch on the preset) that passes it, and
 * known bad ones that must not. Kept here, explicit, so that targets can be retuned quickly after
 * the model is recalibrated (run `npm run sim -- scenarios/<id>.json --debrief --set …` to see the
 * margins). Not stored as variants in the presets: a variant is a one-click what-if in the app,
 * and the answer would be one click away.
 */
export interface Solution {
  preset: string;
  challenge: string;
  good: Record<string, unknown>;
  /** Besides the preset's own strategy (always known bad). */
  bad: Record<string, Record<string, unknown>>;
}

const crm = (budgetShare: number, segments: string[]) => ({
  recall: 0.6,
  precision: 0.3,
  budgetShare,
  segments,
  offerCostMonths: 1,
  offerCost: 50,
  saveRate: 0.5,
});

export const SOLUTIONS: Solution[] = [
  {
    preset: 'default',
    challenge: 'focus-the-top',
    // Start the programme at month 1 and give it to key accounts and VIPs only.
    good: { 'operators[0].schedule[0].month': 1, 'operators[0].schedule[0].crm.segments': ['key', 'vip'] },
    bad: { 'start early for all three segments': { 'operators[0].schedule[0].month': 1 } },
  },
  {
    preset: 'acquire-vs-retain',
    challenge: 'keep-rather-than-win',
    good: { 'operators[0].acquisition.monthlyBudget': 200000, 'operators[0].crm.budgetShare': 0.015 },
    bad: { 'all acquisition': { 'operators[0].crm.budgetShare': 0, 'operators[0].acquisition.monthlyBudget': 400000 } },
  },
  {
    preset: 'churn-early-warning',
    challenge: 'warning-pays',
    good: { 'operators[0].crm.budgetShare': 0.003 },
    bad: { 'random ranking': { 'operators[0].crm.targeting': 'random' } },
  },
  {
    preset: 'service-recovery',
    challenge: 'fix-the-bucket',
    good: { 'operators[1].service.fastResolution': 0.75, 'operators[1].acquisition.monthlyBudget': 300000 },
    bad: { 'less advertising only': { 'operators[1].acquisition.monthlyBudget': 300000 } },
  },
  {
    preset: 'number-portability',
    challenge: 'new-barriers',
    good: { 'operators[0].crm': crm(0.02, ['key', 'vip']) },
    bad: { 'longer contracts for everyone': { 'operators[0].contracts.uptake': { vip: 0.6, key: 0.6, default: 0.05 } } },
  },
  {
    preset: 'gotone-vip-tiers',
    challenge: 'scheme-that-pays',
    good: { 'operators[0].loyalty.pointsPerRmb': 0.5 },
    bad: { 'no points': { 'operators[0].loyalty.pointsPerRmb': 0 } },
  },
  {
    preset: 'dominant-incumbent',
    challenge: 'hold-the-lead',
    good: { 'operators[0].pricing.tariffIndex': { mass: 0.9, youth: 0.9, default: 1 } },
    bad: { 'retention only': { 'operators[0].crm': crm(0.01, ['key', 'vip', 'mid']) } },
  },
  {
    preset: 'phone-account-managers',
    challenge: 'cheaper-cover',
    good: { 'operators[0].schedule[0].service.tiers[1].accountManagerRatio': 2000 },
    bad: { 'a milder cut (1:600)': { 'operators[0].schedule[0].service.tiers[1].accountManagerRatio': 600 } },
  },
  {
    preset: 'bundle-push',
    challenge: 'lock-in-with-bundles',
    good: { 'operators[0].schedule[0].pricing.bundle.uptake': 0.6 },
    bad: { 'an earlier push of the same size': { 'operators[0].schedule[0].month': 2 } },
  },
  {
    preset: 'campus-challenger',
    challenge: 'win-the-campus',
    good: { 'operators[2].pricing.tariffIndex': { students: 1.05, default: 1.15 } },
    bad: { 'a bigger campaign': { 'operators[2].acquisition.monthlyBudget': 40000 } },
  },
  {
    preset: '3g-migration',
    challenge: 'hold-the-high-end',
    good: { 'operators[0].crm': crm(0.01, ['key', 'vip', 'mid']) },
    bad: { 'more contracts': { 'operators[0].contracts.uptake': { vip: 0.6, key: 0.6, mid: 0.2, default: 0.05 } } },
  },
  {
    preset: 'key-account-defence',
    challenge: 'defend-for-less',
    // Keep the bundle, the offers and the top tiers' account managers; drop the silver tier's back to 1:1000.
    good: { 'operators[0].schedule[0].service.tiers[1].accountManagerRatio': 1000 },
    bad: { 'no defence': { 'operators[0].schedule': [] } },
  },
  {
    preset: 'price-war',
    challenge: 'price-the-war',
    // A cut too small to set off China Mobile's rule keeps the margin and most of the share.
    good: { 'events[0].factor': 0.97 },
    bad: { 'no cut at all': { 'events[0].factor': 1 } },
  },
  {
    preset: 'retention-economics',
    challenge: 'service-that-pays',
    good: { 'operators[0].service.level': 0.9 },
    bad: { 'a little better service': { 'operators[0].service.level': 0.8 } },
  },
];
