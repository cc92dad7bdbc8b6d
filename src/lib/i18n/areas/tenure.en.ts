/** Words of the segment tenure curves (editor, Segments tab): churn and economics over tenure. */
export const tenureEn = {
  tenureGroup: 'Tenure',
  tenureEarlyChurn: 'Early-tenure churn',
  tenureEarlyChurnHelp:
    'Extra churn hazard of a customer in its first month with an operator (1 = twice the hazard), fading with tenure: new customers churn more, the usual survival curve. The starting base counts as settled. Assumed; course: 001 L116 (keeping customers costs less than winning them).',
  tenureMonths: 'Tenure time constant',
  tenureMonthsHelp: 'Months over which the tenure curves settle (about two thirds of the way after this many months).',
  tenureSpendGrowth: 'Spend growth with tenure (upsell)',
  tenureSpendGrowthHelp:
    'How much more a customer spends once settled than when it joined (50 % = half as much again). Course: 001 L119 (Reichheld and Sasser: loyal customers are worth more every year); the size is assumed.',
  tenureEarlyCost: 'Extra cost of a new customer',
  tenureEarlyCostHelp:
    'Extra fixed cost to serve a customer in its first months (set-up, more care calls), as a share of the fixed cost, fading with tenure. Course: 001 L116, L119; the size is assumed.',
  tenureReferrals: 'Referrals',
  tenureReferralsHelp:
    'New customers a settled customer brings to its operator each month (word of mouth of the loyal; satisfied customers tell 3 people, course 001 L148). The rate is assumed.',
  tenureLoyalPremium: 'Tolerated loyal premium',
  tenureLoyalPremiumHelp:
    'Price premium over rivals a settled customer accepts without churning more: it takes that much off the price part of its rival term. Course: 001 L119; the size is assumed.',
};
