import type { Dictionary } from './dictionary.ts';

/** English strings of the glass box: how a KPI or chart point is made at its month. */
export const glassEn = {
  glassHeading: 'How this number is made',
  glassSubheading: (what: string, month: number) => `${what}, month ${month}`,
  glassFormulaCaption: 'Formula with this month’s values',
  glassNoMonth: 'This month has not been computed yet.',
  glassMonthZero: 'Month 0 is the starting market: nobody has churned or joined yet.',
  glassOldRun: 'This run was stored before hazard terms and churn causes were recorded; run it again to see them.',
  glassTermColumn: 'Term',
  glassValueColumn: 'Value',
  glassOne: '1',

  // What is explained.
  glassMarket: 'Whole market',
  glassOfOperator: (field: string, operator: string) => `${field} — ${operator}`,
  glassOfSegment: (field: string, segment: string, operator: string) => `${field} — ${segment}, ${operator}`,
  glassOfTier: (field: string, tier: string, operator: string) => `${field} — ${tier} tier, ${operator}`,
  glassTierBase: 'base',
  glassTierSilver: 'silver',
  glassTierGold: 'gold',
  glassTierDiamond: 'diamond',

  // Names of the values (fields and the terms of formulas).
  glassSubscribers: 'subscribers',
  glassSubscribersAtStart: 'subscribers at month start',
  glassMarketSubscribers: 'subscribers in the market',
  glassGrossAdds: 'gross adds',
  glassChurned: 'churners',
  glassChurnRate: 'churn rate',
  glassSubscriberShare: 'subscriber share',
  glassRevenue: 'revenue',
  glassMarketRevenue: 'revenue of the market',
  glassRevenueShare: 'revenue share',
  glassArpu: 'ARPU (revenue per subscriber)',
  glassCostToServe: 'cost to serve',
  glassAcquisitionSpend: 'acquisition',
  glassRetentionSpend: 'retention offers',
  glassLoyaltySpend: 'loyalty points',
  glassSubsidySpend: 'handset subsidies',
  glassWinBackSpend: 'win-back',
  glassProfit: 'profit',
  glassTop20RevenueShare: 'top-20 % revenue share',
  glassTop20ProfitShare: 'top-20 % profit share',
  glassGini: 'Gini coefficient',
  glassSatisfaction: 'mean satisfaction',
  glassRetentionOffers: 'retention offers made',
  glassRetentionSaves: 'churners saved by offers',
  glassWinBacks: 'customers won back',
  glassCostPerGrossAdd: 'acquisition cost per gross add',
  glassArrivals: 'new customers entering the market',
  glassExits: 'customers leaving the market',
  glassPortability: 'number portability',
  glassClv: 'customer lifetime value (CLV)',
  glassToRivals: 'churners to rivals',
  glassLeftMarket: 'churners leaving the market',
  glassSwitchersIn: 'switchers in from rivals and win-backs',
  glassNewToMarket: 'new customers choosing it',
  glassLorenz80: 'Lorenz curve at 80 % of customers (revenue of the bottom 80 %)',
  glassLorenz80Profit: 'Lorenz curve of profit at 80 % of customers',
  glassLorenzArea: '2 × area under the Lorenz curve',
  glassMarginPerSubscriber: 'monthly margin per subscriber',
  glassLifetime: 'expected discounted lifetime (months)',
  glassOn: 'on',
  glassOff: 'off',

  // Notes under formulas.
  glassNoteCostToServe:
    'Cost to serve = the operator’s variable share of revenue + a fixed cost per customer by tier (network, service, account managers, privileges).',
  glassNoteAcquisition: 'The month’s acquisition budget (campaigns, channels), spent whatever the number of gross adds.',
  glassNoteRetention: (offers: string, saves: string) =>
    `Offers to customers the early-warning model flagged, in order of value × risk while the budget lasts: ${offers} offers, ${saves} churners saved.`,
  glassNoteLoyalty: 'Points are booked as a cost when earned: points per RMB × point value × revenue.',
  glassNoteSubsidy: 'Handset subsidies paid on contracts signed or renewed this month.',
  glassNoteWinBack: 'Contacts to recent leavers during the win-back window.',
  glassNoteSatisfaction:
    'Satisfaction moves toward what customers get for their money (network, service, price against the cheapest rival) and drops after service failures.',
  glassNoteLorenz:
    'From a histogram of customers by revenue (no sort of all customers): the curve gives the share of revenue held by the poorest x % of customers.',
  glassNoteClv: 'Lifetime from the churn rate of the last 12 months and the discount rate: (1 + d) ÷ (d + churn).',
  glassNoteMargin: 'Segment revenue less its cost to serve and loyalty points (one-off spend such as acquisition is not allocated to segments).',

  // The churn hazard.
  glassHazardCaption: 'Monthly churn hazard by segment: base × satisfaction × switching cost (portability, bundle) × rival attractiveness',
  glassObservedChurn: 'churn rate observed',
  glassSegment: 'Segment',
  glassBase: 'Base',
  glassSatisfactionFactor: '× Satisf.',
  glassSwitchingFactor: '× Switch',
  glassRivalFactor: '× Rivals',
  glassHazard: '= Hazard',
  glassObserved: 'Observed',
  glassHazardNote:
    'Averages over the segment’s customers (tier and satisfaction mix), for a customer out of contract with few loyalty points. Contracts, points and retention offers lower the observed rate.',
  glassSegmentHazardCaption: 'How the segment’s churn hazard is made',
  glassTermBase: 'base churn of the segment',
  glassTermSatisfactionLabel: 'satisfaction',
  glassTermSatisfaction: (slope: string, reference: string, mean: string) =>
    `mean over customers of e^(−${slope} × (satisfaction − ${reference})); mean satisfaction ${mean}`,
  glassTermPortability: (on: boolean): string => (on ? 'number portability: keeping the number no longer holds customers' : 'number portability: not launched'),
  glassTermBundle: (share: string, factor: string) => `bundle lock-in: ${share} bundled, each × ${factor}`,
  glassTermRivalLabel: 'rival attractiveness',
  glassTermRival: (elasticity: string, gap: string, min: string, max: string) =>
    `e^(${elasticity} × rival utility gap ${gap}), kept between ${min} and ${max}; mean over tiers`,
  glassTermHazard: 'hazard of a customer out of contract',
  glassTermContract: (inContract: string, expiry: string, uptake: string) =>
    `Contracts: in contract × ${inContract}, month of expiry × ${expiry}; ${uptake} of joiners sign.`,
  glassTermPoints: (factor: string) => `Loyalty points: × ${factor} per points level held.`,
  glassTermObserved: (ratio: string) => `Observed = ${ratio} × the hazard above: contracts, points and retention offers make the difference.`,
  glassUtilityLine: (price: string, network: string, service: string, gap: string, priceGap: string) =>
    `What customers weigh: price index ${price}, network ${network}, service ${service}; best rival’s utility gap ${gap}; price against the cheapest rival ${priceGap}.`,

  // Churners by cause.
  glassCausesCaption: 'Churners by main cause (the largest hazard term above neutral)',
  glassCausesNone: 'No churners this month.',
  glassCauseBaseline: 'base churn (no term above neutral)',
  glassCausePrice: 'price gap',
  glassCauseDissatisfaction: 'dissatisfaction',
  glassCauseContractExpiry: 'contract expiry',
  glassCausePortability: 'number portability',
  glassCauseRivalCampaign: 'rival campaign / win-back',
  glassCauseCount: (count: string, share: string) => `${count} (${share})`,
} satisfies Dictionary;
