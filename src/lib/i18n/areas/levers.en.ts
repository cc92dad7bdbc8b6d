import type { Dictionary } from './dictionary.ts';
import { rivalsLeversEn } from './rivals.en.ts';

/**
 * Labels, units and help of every editable scenario field (strategy levers, market, segments,
 * events). Each help line says what the field does in the model and where the course material
 * discusses it (seed file and line, from the seed digests).
 */
export const leversEn = {
  // Groups of the strategy panel
  leversGroupPosition: 'Brand, network and costs',
  leversGroupPricing: 'Pricing',
  leversGroupContracts: 'Contracts and handsets',
  leversGroupService: 'Service',
  leversGroupLoyalty: 'Loyalty points',
  leversGroupCrm: 'CRM and retention',
  leversGroupWinBack: 'Win-back',
  leversGroupAcquisition: 'Acquisition',

  // Units (after the input)
  leversUnitRmb: 'RMB',
  leversUnitRmbMonth: 'RMB/mo',
  leversUnitPercent: '%',
  /** A value with its unit, as an input's limits and problems show it (SI style: a space before %). */
  leversWithUnit: (value: string, unit: string) => `${value} ${unit}`,
  leversUnitPercentMonth: '%/mo',
  leversUnitMonths: 'months',
  leversUnitMonthsOfBill: '× bill',
  leversUnitRatio: 'customers',
  leversUnitPointsPerRmb: 'pts/RMB',
  leversUnitRmbPerPoint: 'RMB/pt',
  leversUnitIndex: '× list',
  leversUnitWeight: '×',
  leversUnitCustomers: 'customers',
  leversUnitMonth: 'month',

  // Value tiers
  leversTier0: 'Base tier',
  leversTier1: 'Silver (C)',
  leversTier2: 'Gold (B)',
  leversTier3: 'Diamond (A)',

  // CRM targeting choices
  leversTargetingValueRisk: 'value × risk',
  leversTargetingValue: 'value first',
  leversTargetingRisk: 'risk first',
  leversTargetingRandom: 'at random',

  // Operator: position and costs
  leversInitialShare: 'Starting share',
  leversInitialShareHelp:
    'Share of each segment this operator holds at month 0; the operators present at month 0 must add up to 100 % in every segment. Course: 004 L53 (a leader with over 80 %).',
  leversEntryMonth: 'Enters in month',
  leversEntryMonthHelp:
    'Month the operator enters the market (0 = present from the start); before it, it has no customers and takes no arrivals. Course: 000 L817–825 (a second full-service rival).',
  leversBrand: 'Brand strength',
  leversBrandHelp:
    'Adds 2.5 × brand × the segment’s brand weight to the operator’s utility, which drives arrivals, switching destinations and rivals’ churn. Course: 001 L105, L142–145.',
  leversNetwork: 'Network quality',
  leversNetworkHelp:
    'Adds 3 × network to utility and raises satisfaction (0.35 per point above 70 %); a 3G launch event can step it up. Course: 002 L96, L229; 003 L270–273.',
  leversVariableShare: 'Variable cost',
  leversVariableShareHelp: 'Share of revenue spent on interconnect, network usage and taxes; it lowers margin, profit and CLV but not churn.',
  leversPerSubscriber: 'Cost per subscriber',
  leversPerSubscriberHelp: 'Fixed monthly cost to serve one subscriber, added to cost to serve in every tier.',

  // Pricing
  leversTariffIndex: 'Tariff index',
  leversTariffIndexHelp:
    'Price against the market list price (1.00); a bill is list spend × index. Utility falls by 4 × ln(index), so a 10 % cut adds 0.42 and pulls rivals’ customers. Course: 000 L711–715 (price wars), 003 L267.',
  leversKeyAccountDiscount: 'Key-account discount',
  leversKeyAccountDiscountHelp:
    'Discount on the bills of key-account segments (set in the market); lowers their price term and revenue. Course: 000 L590, L205; 004 L61–77.',
  leversBundleUptake: 'Bundle uptake',
  leversBundleUptakeHelp:
    'Target share of customers with a mobile + home line/broadband bundle; unbundled customers adopt it until the share is reached. Course: 003 L192–210 (uptake 9.65 % → 41.36 %).',
  leversBundleDiscount: 'Bundle discount',
  leversBundleDiscountHelp: 'Price cut on a bundled customer’s bill. Course: 003 L182–210; 004 L61–85.',
  leversBundleLockIn: 'Bundle lock-in',
  leversBundleLockInHelp:
    'Relative cut in the churn hazard of bundled customers (a switching cost); the bundle is lost on switching. Course: 003 L166, L192–210.',

  // Contracts
  leversContractLength: 'Contract length',
  leversContractLengthHelp:
    'Months of a handset contract (0 = no contracts). In contract the hazard is × 0.3 (lower with a fee); in the expiry month it is × 2.5. Course: 003 L282–291 (18/24 months).',
  leversContractUptake: 'Contract uptake',
  leversContractUptakeHelp: 'Share of joining customers who sign a contract, per segment. Course: 003 L281–295.',
  leversHandsetSubsidy: 'Handset subsidy',
  leversHandsetSubsidyHelp:
    'Share of the handset price the operator pays at each signature or renewal; booked as spend, it lowers profit. Course: 003 L281–295 (65/55/45 %), L325.',
  leversHandsetPrice: 'Handset price',
  leversHandsetPriceHelp: 'Price of the handset the subsidy applies to. Course: 003 L281–295 (below / above 2000 RMB).',
  leversTerminationFee: 'Early-termination fee',
  leversTerminationFeeHelp: 'Fee for leaving a contract early: the in-contract hazard factor is 0.3 × exp(−fee / 500 RMB). Course: 000 L199, 003 L283–291.',
  leversRenewalRate: 'Renewal rate',
  leversRenewalRateHelp: 'Share of customers who stay at expiry and sign again (with a new subsidy). Course: 003 L295 (rewards for renewing), 004 L317–321.',

  // Service
  leversServiceLevel: 'Service quality',
  leversServiceLevelHelp:
    'General service quality; service = 0.45 × level + 0.2 × fast resolution + 0.25 × account-manager coverage + 0.1 × privileges, which feeds utility and satisfaction. Course: 001 L93–95, L128.',
  leversIncidentRate: 'Service failures',
  leversIncidentRateHelp:
    'Monthly share of customers who meet a service failure; each failure lowers satisfaction (slightly if resolved fast, by 0.25 if not). Course: 001 L146–155.',
  leversFastResolution: 'Fast complaint resolution',
  leversFastResolutionHelp: 'Share of failures resolved fast: those customers mostly recover (95 % of fast-resolved complainers buy again). Course: 001 L148.',
  leversAccountManagerCost: 'Account manager cost',
  leversAccountManagerCostHelp: 'Monthly cost of one account manager; a tier with ratio 1:N costs this ÷ N per customer. Course: 001 L138–141.',
  leversAccountManagerRatio: 'Account manager 1:',
  leversAccountManagerRatioHelp:
    'Customers per account manager (0 = none). Coverage = √min(1, 250 / N) adds to service; cost = manager cost ÷ N per customer. Course: 004 L569–577 (1:250 → 1:1000 by telephone).',
  leversPrivileges: 'VIP privileges',
  leversPrivilegesHelp:
    'Lounges, priority service, credit overdraft: adds 0.1 × privileges to the tier’s service, costing 25 RMB × privileges per customer a month. Course: 004 L157–177, L668–670; 000 L807.',

  // Loyalty
  leversPointsPerRmb: 'Points per RMB',
  leversPointsPerRmbHelp:
    'Points earned per RMB billed; a balance worth more months of bill lowers the hazard (switchers forfeit it). Cost = points × value × revenue. Course: 004 L469, L747.',
  leversPointValue: 'Point value',
  leversPointValueHelp: 'RMB a point is worth when redeemed: 1 point per RMB at 0.02 RMB is a 2 % return. Course: 004 L655, L747.',

  // CRM
  leversCrmRecall: 'Early-warning recall',
  leversCrmRecallHelp: 'Share of next month’s churners the churn-risk model flags (0 = no programme). Course: 004 L499–505 (Jiangsu risk scores), L634.',
  leversCrmPrecision: 'Early-warning precision',
  leversCrmPrecisionHelp: 'Share of flagged customers who really were about to churn; lower precision wastes offers on customers who would stay.',
  leversCrmBudget: 'Retention budget',
  leversCrmBudgetHelp:
    'Budget per month as a share of the target segments’ revenue; offers go to flagged customers until it is spent. Course: 002 L376, L416 (2 % of key-account revenue).',
  leversCrmSegments: 'Segments covered',
  leversCrmSegmentsHelp: 'Segments whose revenue funds the budget and whose customers get offers; none ticked = all.',
  leversCrmTargeting: 'Offer order',
  leversCrmTargetingHelp:
    'Order in which flagged customers get offers: value × risk (the retention matrix), value, risk, or at random. Course: 001 L65 #6; 004 L499.',
  leversCrmOfferMonths: 'Offer cost (bill)',
  leversCrmOfferMonthsHelp: 'Part of one offer’s cost that scales with the bill, in months of the customer’s bill.',
  leversCrmOfferCost: 'Offer cost (fixed)',
  leversCrmOfferCostHelp: 'Fixed part of one offer’s cost: a gift, a call, a service upgrade. Course: 002 L413–414.',
  leversCrmSaveRate: 'Save rate',
  leversCrmSaveRateHelp: 'Chance an offer keeps a customer who was about to churn; a saved customer’s satisfaction rises by 0.15.',

  // Win-back
  leversWinBackWindow: 'Win-back window',
  leversWinBackWindowHelp:
    'Months after switching away during which former customers are approached (0 = no win-back). Course: 000 L759–775 (recency finds churned customers).',
  leversWinBackSuccess: 'Win-back success',
  leversWinBackSuccessHelp: 'Monthly chance that an approached former customer comes back (counted as a churn of the rival).',
  leversWinBackCost: 'Cost per contact',
  leversWinBackCostHelp: 'Cost of approaching one former customer for one month.',

  // Acquisition
  leversAcquisitionBudget: 'Acquisition budget',
  leversAcquisitionBudgetHelp:
    'Marketing spend a month; adds ln(1 + spend per targeted head ÷ 4 RMB) to utility, pulling new and rivals’ customers. Acquiring costs about 5× retaining: course 001 L116–119.',
  leversAcquisitionTargets: 'Target segments',
  leversAcquisitionTargetsHelp: 'Segments the campaigns aim at; none ticked = all. Course: 000 L169–173; 003 L165.',

  // Market
  leversCustomers: 'Customers',
  leversCustomersHelp: 'Customers in the market at month 0 (runs may use fewer; budgets scale with it).',
  leversMonths: 'Months',
  leversMonthsHelp: 'Length of a run in months.',
  leversSeed: 'Random seed',
  leversSeedHelp: 'Same seed, same random numbers: two runs that differ in one lever differ only by its effect.',
  leversArrivalRate: 'Arrivals',
  leversArrivalRateHelp: 'New customers a month as a share of the market. Course: 002 L110 (about 5 % growth a year).',
  leversPortability: 'Number portability from the start',
  leversPortabilityHelp: 'Keeping one’s number stops holding customers back: the hazard rises by exp(0.8 × number attachment). Course: 000 L831, 003 L364.',
  leversDiscountRate: 'Discount rate (CLV)',
  leversDiscountRateHelp: 'Monthly discount rate used for customer lifetime value.',
  leversKeyAccountSegments: 'Key-account segments',
  leversKeyAccountSegmentsHelp: 'Segments whose bills get each operator’s key-account discount. Course: 000 L57–61; 004 L469.',

  // Segments
  leversSegmentShare: 'Share of customers',
  leversSegmentShareHelp: 'Share of the starting customer base; the segments must add up to 100 %.',
  leversArrivalShare: 'Share of arrivals',
  leversArrivalShareHelp: 'Share of new customers (empty = the same as the share of customers).',
  leversSpendMedian: 'Median spend',
  leversSpendMedianHelp: 'Median monthly spend at list price; spend is log-normal. Course: 000 L803 (high-end above 300 RMB).',
  leversSpendSigma: 'Spend spread (σ)',
  leversSpendSigmaHelp: 'Log-sd of spend: σ ≈ 1.68 alone gives the 80/20 rule. Course: 001 L136, 004 L432.',
  leversTierSilver: 'Silver (C) from',
  leversTierGold: 'Gold (B) from',
  leversTierDiamond: 'Diamond (A) from',
  leversTierThresholdHelp:
    'Monthly spend at which a customer moves up a value tier (thresholds in increasing order). Course: 004 L469 (silver/gold/diamond, A/B/C).',
  leversBaseChurn: 'Base churn',
  leversBaseChurnHelp: 'Monthly churn hazard at neutral satisfaction, no contract and equal rivals. Course: 000 L803 (about 0.3 % for high-end).',
  leversSensPrice: 'Weight: price',
  leversSensNetwork: 'Weight: network',
  leversSensService: 'Weight: service',
  leversSensBrand: 'Weight: brand',
  leversSensSwitching: 'Weight: switching cost',
  leversSensitivityHelp: 'How much this segment cares about the term, relative to the market (1 = standard). Course: 002 L16–17, L232.',
  leversWordOfMouth: 'Word of mouth',
  leversWordOfMouthHelp: 'How strongly the segment listens to others: satisfied customers tell 3, dissatisfied tell 10. Course: 001 L148.',
  leversExitShare: 'Leave the market',
  leversExitShareHelp: 'Share of churners who leave mobile altogether instead of moving to a rival.',
  leversNumberAttachment: 'Number attachment',
  leversNumberAttachmentHelp: 'How much keeping the phone number holds customers back; number portability removes it. Course: 003 L33, L364; 000 L829–831.',

  // Events
  leversEventMonth: 'Month',
  leversEventMonthHelp: 'Month the event happens.',
  leversEventFactor: 'Tariff factor',
  leversEventFactorHelp: 'Multiplies the operator’s tariff index (0.88 = a 12 % cut). Course: 000 L711, L346.',
  leversEventDuration: 'Duration',
  leversEventDurationHelp: 'Months the outage lasts.',
  leversEventIncidentRate: 'Extra failures',
  leversEventIncidentRateHelp: 'Extra monthly share of customers hit by a service failure while the outage lasts.',
  leversEventNetwork: 'New network quality',
  leversEventNetworkHelp: 'Network quality from this month on, e.g. a 3G launch. Course: 003 L159–169.',

  leversEventSegments: 'Segments hit',
  leversEventSegmentsHelp: 'Segments whose tariffs are cut.',
  leversChangeMonth: 'From month',
  leversChangeMonthHelp: 'From this month on, the levers below replace the operator’s; levers not listed keep their values.',
  leversLookAtMonth: 'Month',
  leversLookAtMonthHelp: 'Month the note points at (empty = any).',
  leversChallengeTarget: 'Target',
  leversChallengeTargetHelp: 'Shares and rates as fractions (0.02 = 2 %), money in RMB.',
  leversChallengeMonth: 'Judged at month',
  leversChallengeMonthHelp: 'Month at which the goal is judged (empty = the last month).',
  // Response rules (reactive rivals)
  ...rivalsLeversEn,
} satisfies Dictionary;
