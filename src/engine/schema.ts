/**
 * The scenario schema: the one source of truth for what a scenario file holds (model.md §8).
 * TypeScript types are inferred from it, validation messages come from it, and
 * scripts/gen-schema.mjs emits public/scenario.schema.json from it.
 *
 * Most fields have defaults so that a preset only states what makes it special; the parsed
 * output (type `Scenario`) always has every field filled in.
 */
import * as v from 'valibot';
import { TIER_NAMES, TIERS } from './constants.ts';

export const SCHEMA_VERSION = 3;
export const MAX_OPERATORS = 4;
export const MIN_OPERATORS = 2;
export const MAX_SEGMENTS = 8;

const num = (min: number, max: number, what = 'a number') =>
  v.pipe(
    v.number(`expected ${what}`),
    v.finite(`expected a finite number`),
    v.minValue(min, `expected ${what} ≥ ${min}`),
    v.maxValue(max, `expected ${what} ≤ ${max}`),
  );
const int = (min: number, max: number) =>
  v.pipe(
    v.number('expected an integer'),
    v.integer('expected an integer'),
    v.minValue(min, `expected an integer ≥ ${min}`),
    v.maxValue(max, `expected an integer ≤ ${max}`),
  );
const share = num(0, 1, 'a share between 0 and 1');
/** Patterns and checks named so that validation can say which rule failed without reading messages. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const SEED_FILE_PATTERN = /^\d{3}$/;
export const increasingThresholds = (t: number[]) => t[0] <= t[1] && t[1] <= t[2];
const id = v.pipe(v.string('expected an id string'), v.regex(ID_PATTERN, 'expected an id of lower-case letters, digits and "-" (max 32)'));
const text = v.pipe(v.string('expected text'), v.maxLength(2000, 'expected text of at most 2000 characters'));

/** Text in both UI languages. */
export const LocalizedText = v.strictObject({ en: text, 'zh-CN': text });

/** A number that may differ per segment: one number for all, or `{ segmentId: value, default?: value }`. */
const perSegment = (min: number, max: number, what?: string) =>
  v.union([num(min, max, what), v.record(v.string(), num(min, max, what))], `expected ${what ?? 'a number'} or an object of them per segment id`);

const Source = v.strictObject({
  seed: v.pipe(v.string(), v.regex(SEED_FILE_PATTERN, 'expected a seed file number like "001"')),
  lines: v.string(),
  note: v.optional(v.string(), ''),
});

/**
 * How a customer's churn and economics change with tenure (months with its current operator), per
 * segment (schemaVersion 3). Curves fade with the time constant `months`: maturity μ(τ) = 1 − e^(−τ/months).
 * The starting base counts as mature (with spend growth it spends × (1 + spendGrowth) its drawn spend).
 */
export const TenureSchema = v.strictObject({
  /** Extra churn hazard in a customer's first month with an operator: × (1 + earlyChurn), fading with tenure. */
  earlyChurn: v.optional(num(0, 10, 'a hazard multiple'), 0),
  /** Time constant of the tenure curves, in months. */
  months: v.optional(num(1, 120, 'a number of months'), 6),
  /** Spend growth from joining to maturity (upsell): a mature customer spends × (1 + spendGrowth) of what it spent on joining. */
  spendGrowth: v.optional(num(0, 3, 'a growth share'), 0),
  /** Extra cost to serve of a new customer (set-up, more care calls), as a share of the fixed cost; fades with tenure. */
  earlyCost: v.optional(num(0, 5, 'a cost share'), 0),
  /** Arrivals a mature customer brings to its operator per month (referrals). */
  referrals: v.optional(num(0, 0.05, 'arrivals per customer-month'), 0),
  /** Price premium a mature customer tolerates without more churn (0.05 = 5 % above its rivals' price). */
  loyalPremium: v.optional(num(0, 0.5, 'a price premium share'), 0),
});

export const SegmentSchema = v.strictObject({
  id,
  name: LocalizedText,
  /** Share of the starting customer base. */
  share: share,
  /** Share of new arrivals (defaults to `share`). */
  arrivalShare: v.optional(share),
  /** Monthly spend at list price: log-normal with this median (RMB) and log-sd σ (seeds: σ≈1.68 gives 80/20). */
  spend: v.strictObject({ median: num(1, 100_000, 'a median spend in RMB'), sigma: num(0.05, 3, 'a log-sd') }),
  /** Spend thresholds (RMB/month) between the four value tiers: base | silver(C) | gold(B) | diamond(A). */
  tierThresholds: v.pipe(
    v.array(num(0, 1_000_000, 'a threshold in RMB')),
    v.length(3, 'expected three thresholds'),
    v.check(increasingThresholds, 'expected thresholds in increasing order'),
  ),
  /** Monthly churn hazard at neutral satisfaction, no contract, equal rivals. */
  baseChurn: num(0, 0.5, 'a monthly hazard'),
  /** Weights of the utility terms; 1 = the market's standard weight. */
  sensitivity: v.optional(
    v.strictObject({
      price: v.optional(num(0, 10), 1),
      network: v.optional(num(0, 10), 1),
      service: v.optional(num(0, 10), 1),
      brand: v.optional(num(0, 10), 1),
      switchingCost: v.optional(num(0, 10), 1),
    }),
    {},
  ),
  /** How strongly this segment listens to word of mouth (1 = standard). */
  wordOfMouth: v.optional(num(0, 10), 1),
  /** Share of churners who leave the mobile market instead of moving to a rival. */
  exitShare: v.optional(share, 0.15),
  /** How much keeping the phone number holds customers back (0 = not at all); number portability removes it. */
  numberAttachment: v.optional(share, 0.4),
  // (TenureSchema's comment describes this field in the JSON Schema.)
  tenure: v.optional(TenureSchema, {}),
});

const TierService = v.strictObject({
  /** Customers per account manager (1:N); 0 = no account manager for this tier. */
  accountManagerRatio: v.optional(num(0, 100_000, 'a ratio N in 1:N'), 0),
  /** VIP privileges (lounges, priority service), 0..1. */
  privileges: v.optional(share, 0),
});

/** Mobile + home line/broadband bundle (seed 003 L192–210). */
export const BundleSchema = v.strictObject({
  uptake: v.optional(perSegment(0, 1, 'an uptake share'), 0),
  discount: v.optional(num(0, 0.9, 'a discount share'), 0.05),
  /** Relative cut in churn hazard for bundled customers (switching cost). */
  lockIn: v.optional(num(0, 0.95, 'a hazard cut share'), 0.35),
});

export const PricingSchema = v.strictObject({
  /** Tariff index per segment, 1.0 = market list price. */
  tariffIndex: v.optional(perSegment(0.1, 5, 'a tariff index'), 1),
  /** Discount on group key-account bills (segments flagged keyAccount). */
  keyAccountDiscount: v.optional(num(0, 0.9, 'a discount share'), 0),
  // (BundleSchema's comment describes this field in the JSON Schema.)
  bundle: v.optional(BundleSchema, {}),
});

export const ContractsSchema = v.strictObject({
  lengthMonths: v.optional(int(0, 48), 0),
  uptake: v.optional(perSegment(0, 1, 'an uptake share'), 0),
  /** Share of the handset price the operator pays. */
  handsetSubsidy: v.optional(num(0, 1, 'a subsidy share'), 0),
  handsetPrice: v.optional(num(0, 20_000, 'a price in RMB'), 1500),
  earlyTerminationFee: v.optional(num(0, 10_000, 'a fee in RMB'), 0),
  /** Share of expiring contracts renewed (with a new subsidy). */
  renewalRate: v.optional(share, 0.3),
});

export const ServiceSchema = v.strictObject({
  /** General service quality, 0..1. */
  level: v.optional(share, 0.6),
  /** Monthly share of customers who meet a service failure. */
  incidentRate: v.optional(num(0, 0.5, 'a monthly rate'), 0.03),
  /** Share of complaints resolved fast (those customers mostly recover, seed 001 L148). */
  fastResolution: v.optional(share, 0.5),
  /** Service per value tier: base, silver (C), gold (B), diamond (A). */
  tiers: v.optional(v.pipe(v.array(TierService), v.length(TIERS, 'expected four tiers')), [{}, {}, {}, {}]),
  /** Monthly cost of one account manager (RMB). */
  accountManagerCost: v.optional(num(0, 200_000, 'a monthly cost in RMB'), 8000),
});

export const LoyaltySchema = v.strictObject({
  pointsPerRmb: v.optional(num(0, 20, 'points per RMB'), 0),
  pointValue: v.optional(num(0, 1, 'a value in RMB per point'), 0.02),
});

export const CrmSchema = v.strictObject({
  /** Share of next month's churners the early-warning model flags. */
  recall: v.optional(share, 0),
  /** Share of flagged customers who really were about to churn. */
  precision: v.optional(num(0.01, 1, 'a precision share'), 0.3),
  /** Retention budget as a share of the revenue of the target segments. */
  budgetShare: v.optional(num(0, 0.5, 'a share of revenue'), 0),
  /** Segments whose revenue funds and receives the budget; empty = all. */
  segments: v.optional(v.array(id), []),
  /** Cost of one retention offer that scales with the bill, in months of the customer's bill… */
  offerCostMonths: v.optional(num(0, 24, 'a number of months'), 1),
  /** …plus a fixed cost per offer (gift, call, service upgrade), in RMB. */
  offerCost: v.optional(num(0, 100_000, 'a cost in RMB'), 0),
  /** Chance an offer keeps a customer who was about to churn. */
  saveRate: v.optional(share, 0.5),
  /** In what order the budget is spent on flagged customers. */
  targeting: v.optional(v.picklist(['valueRisk', 'value', 'risk', 'random'], 'expected valueRisk, value, risk or random'), 'valueRisk'),
});

export const WinBackSchema = v.strictObject({
  /** Months after leaving during which former customers are approached. */
  windowMonths: v.optional(int(0, 24), 0),
  /** Monthly chance an approached former customer comes back. */
  successRate: v.optional(share, 0.05),
  /** Cost of approaching one former customer for one month (RMB). */
  costPerContact: v.optional(num(0, 10_000, 'a cost in RMB'), 10),
});

export const AcquisitionSchema = v.strictObject({
  /** Marketing spend per month (RMB) for a market of `market.customers`; runs with another customer count scale it. */
  monthlyBudget: v.optional(num(0, 1e10, 'a budget in RMB'), 0),
  /** Segments the campaigns aim at; empty = all. */
  targetSegments: v.optional(v.array(id), []),
});

const leverFields = {
  pricing: v.optional(PricingSchema, {}),
  contracts: v.optional(ContractsSchema, {}),
  service: v.optional(ServiceSchema, {}),
  loyalty: v.optional(LoyaltySchema, {}),
  crm: v.optional(CrmSchema, {}),
  winBack: v.optional(WinBackSchema, {}),
  acquisition: v.optional(AcquisitionSchema, {}),
};

/**
 * A scheduled change: from `month` on, the fields it names replace the operator's; fields it
 * does not name keep their values (patches carry no defaults). `pricing.bundle` merges the same
 * way; `service.tiers` is replaced as a whole.
 */
const ScheduledChange = v.strictObject({
  month: int(1, 240),
  pricing: v.optional(v.partial(v.strictObject({ ...PricingSchema.entries, bundle: v.optional(v.partial(BundleSchema)) }))),
  contracts: v.optional(v.partial(ContractsSchema)),
  service: v.optional(v.partial(ServiceSchema)),
  loyalty: v.optional(v.partial(LoyaltySchema)),
  crm: v.optional(v.partial(CrmSchema)),
  winBack: v.optional(v.partial(WinBackSchema)),
  acquisition: v.optional(v.partial(AcquisitionSchema)),
});
export type ScheduledChange = v.InferOutput<typeof ScheduledChange>;

/** The levers a response rule may move (model.md §4a). */
export const RESPONSE_LEVERS = ['price', 'retention', 'acquisition'] as const;
export type ResponseLever = (typeof RESPONSE_LEVERS)[number];

/**
 * A reactive rule (schemaVersion 3): when the operator's subscriber share in `segment` (absent =
 * overall) has fallen by more than `shareDrop` over the last `windowMonths` months, it moves one
 * lever by `step`, from `lagMonths` months later on, never past `limit`; it may fire again after
 * `cooldownMonths`. Price: `step` cuts the tariff (0.05 = 5 %), `limit` is the lowest tariff index.
 * Retention: `step` adds to the CRM budget share, `limit` is the highest share. Acquisition: `step`
 * adds RMB to the monthly budget, `limit` is the highest budget.
 */
export const ResponseSchema = v.strictObject({
  lever: v.picklist(RESPONSE_LEVERS, 'expected a lever: price, retention or acquisition'),
  segment: v.optional(id),
  shareDrop: v.optional(num(0.001, 1, 'a share of the market (0.02 = 2 points)'), 0.02),
  windowMonths: v.optional(int(1, 24), 3),
  lagMonths: v.optional(int(1, 24), 1),
  cooldownMonths: v.optional(int(1, 120), 3),
  step: num(0, 1e10, 'a step'),
  limit: num(0, 1e10, 'a limit'),
});
export type ResponseRule = v.InferOutput<typeof ResponseSchema>;

export const OperatorSchema = v.strictObject({
  id,
  name: LocalizedText,
  /** Chart colour; a colour-blind-safe palette is used when absent. */
  color: v.optional(v.pipe(v.string(), v.regex(COLOUR_PATTERN, 'expected a colour like #1f77b4'))),
  /** Share of the starting base, per segment or overall. */
  initialShare: perSegment(0, 1, 'a share'),
  brand: share,
  network: share,
  /** Month the operator enters the market (new entrant); 0 = present from the start. */
  entryMonth: v.optional(int(0, 240), 0),
  costs: v.optional(
    v.strictObject({
      /** Share of revenue that is variable cost (interconnect, network usage, taxes). */
      variableShare: v.optional(num(0, 1, 'a share of revenue'), 0.35),
      /** Fixed cost to serve one subscriber per month (RMB). */
      perSubscriber: v.optional(num(0, 10_000, 'a cost in RMB'), 8),
    }),
    {},
  ),
  ...leverFields,
  schedule: v.optional(v.array(ScheduledChange), []),
  /** Rules by which the operator answers a loss of share as it happens (schemaVersion 3). */
  responses: v.optional(v.pipe(v.array(ResponseSchema), v.maxLength(8, 'expected at most 8 response rules')), []),
});

const EventBase = { month: int(0, 240) };
export const EventSchema = v.variant(
  'type',
  [
    v.strictObject({
      type: v.literal('priceCut'),
      ...EventBase,
      operator: id,
      /** Segments affected; empty = all. */
      segments: v.optional(v.array(id), []),
      /** Multiplies the operator's tariff index (0.8 = a 20 % cut). */
      factor: num(0.1, 2, 'a tariff factor'),
    }),
    v.strictObject({ type: v.literal('portability'), ...EventBase }),
    v.strictObject({ type: v.literal('newEntrant'), ...EventBase, operator: id }),
    v.strictObject({
      type: v.literal('outage'),
      ...EventBase,
      operator: id,
      durationMonths: v.optional(int(1, 24), 1),
      /** Extra monthly share of customers hit by a failure while it lasts. */
      incidentRate: v.optional(num(0, 1, 'a monthly rate'), 0.3),
    }),
    v.strictObject({
      type: v.literal('networkLaunch'),
      ...EventBase,
      operator: id,
      /** Network quality from this month on (e.g. a 3G launch). */
      network: share,
    }),
  ],
  'expected an event type: priceCut, portability, newEntrant, outage or networkLaunch',
);

/** What a challenge goal can measure (challenge/measure.ts defines each). */
export const GOAL_METRICS = [
  'profit',
  'revenue',
  'churnRate',
  'churned',
  'subscribers',
  'subscriberShare',
  'grossAdds',
  'arpu',
  'top20RevenueShare',
  'top20ProfitShare',
  'clv',
  'retentionCostPerSave',
  'costPerGrossAdd',
  'satisfaction',
] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

/**
 * One goal of a challenge: a metric of an operator (or of one of its segments or value tiers) at a
 * month, or over a span of months (a sum of flows, a mean of levels), judged against a target
 * that is absolute or a change against the preset's own strategy on the same seeds.
 */
export const GoalSchema = v.strictObject({
  label: v.optional(LocalizedText),
  /** Whose metric; defaults to the challenge's operator. */
  operator: v.optional(id),
  metric: v.picklist(GOAL_METRICS, `expected a metric: ${GOAL_METRICS.join(', ')}`),
  /** Measure one segment (churnRate, churned, subscribers, revenue, profit, clv). */
  segment: v.optional(id),
  /** Measure one value tier (churnRate, churned, subscribers): base, silver, gold, diamond. */
  tier: v.optional(v.picklist(TIER_NAMES, `expected a tier: ${TIER_NAMES.join(', ')}`)),
  comparison: v.picklist(['atLeast', 'atMost'], 'expected atLeast or atMost'),
  target: v.pipe(v.number('expected a number'), v.finite('expected a finite number')),
  /** Month at which the goal is judged (default: the last); ignored when `from` is set. */
  month: v.optional(int(0, 240)),
  /** A span of months from..to (to defaults to the last): flows are summed, levels averaged. */
  from: v.optional(int(1, 240)),
  to: v.optional(int(1, 240)),
  /** Judge the change against the preset's own strategy on the same seeds: a difference, or a ratio − 1. */
  versusPreset: v.optional(v.picklist(['difference', 'ratio'], 'expected difference or ratio')),
  /** How far past or short of the target counts as a whole step of the score (default 25 % of |target|). */
  // (minValue, not gtValue: validation words each rule by a code the app knows.)
  scale: v.optional(num(1e-9, 1e12, 'a scale > 0')),
  weight: v.optional(num(0, 100, 'a weight'), 1),
});

/** A lever the trainee may change (a schema path, `[*]` matches any index; sub-fields included) and its range. */
export const LeverRuleSchema = v.strictObject({
  path: v.pipe(v.string('expected a field path'), v.minLength(1, 'expected a field path')),
  min: v.optional(v.number()),
  max: v.optional(v.number()),
});

export const ChallengeSchema = v.strictObject({
  id,
  title: LocalizedText,
  /** What the trainee is asked to do, in prose. */
  brief: v.optional(LocalizedText, { en: '', 'zh-CN': '' }),
  /** The trainee's operator: goals name it unless they say otherwise; its spend is the budget's. */
  operator: id,
  goals: v.pipe(v.array(GoalSchema), v.minLength(1, 'expected at least one goal'), v.maxLength(8, 'expected at most 8 goals')),
  constraints: v.optional(
    v.strictObject({
      /** The levers the trainee may touch; absent = any. */
      levers: v.optional(v.array(LeverRuleSchema)),
      /** Cap on the operator's retention + acquisition + subsidy spend over the run. */
      budget: v.optional(
        v.strictObject({
          /** RMB over the run per customer at month 0 (independent of the run's size). */
          perCustomer: v.optional(num(0, 1e7, 'RMB per customer')),
          /** A multiple of what the preset's own strategy spends on the same seeds. */
          versusPreset: v.optional(num(0, 100, 'a multiple')),
        }),
      ),
    }),
    {},
  ),
  /** Seeds the challenge is judged on (market.seed, +1, …): the score uses their mean. */
  replications: v.optional(int(1, 50), 3),
});

/** The views a scenario's "what to look at" notes may point to (the UI has one chart per id). */
export const VIEW_IDS = ['subscribers', 'churn', 'concentration', 'lorenz', 'switching', 'cohorts', 'money', 'clv', 'kpi'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** A teaching note: which view, from which month, and what to notice there. */
export const LookAtSchema = v.strictObject({
  view: v.picklist(VIEW_IDS, `expected a view: ${VIEW_IDS.join(', ')}`),
  month: v.optional(int(0, 240)),
  note: LocalizedText,
});

export const MarketSchema = v.strictObject({
  customers: int(100, 2_000_000),
  months: int(1, 240),
  seed: v.optional(int(0, 2 ** 32 - 1), 1),
  /** New customers per month as a share of the market (growth plus replacement of leavers). */
  arrivalRate: v.optional(num(0, 0.2, 'a monthly rate'), 0.006),
  /** Number portability from the start. */
  portability: v.optional(v.boolean(), false),
  /** Monthly discount rate for customer lifetime value. */
  discountRate: v.optional(num(0, 0.2, 'a monthly rate'), 0.01),
  segments: v.pipe(
    v.array(SegmentSchema),
    v.minLength(1, 'expected at least one segment'),
    v.maxLength(MAX_SEGMENTS, `expected at most ${MAX_SEGMENTS} segments`),
  ),
  /** Segment ids whose bills get the key-account discount. */
  keyAccountSegments: v.optional(v.array(id), []),
});

/**
 * A named what-if of the scenario: the fields it changes, by path (`operators[0].crm.budgetShare`),
 * with their values. A comparison runs it against the scenario itself on the same seeds.
 */
export const VariantSchema = v.strictObject({
  id,
  title: LocalizedText,
  description: v.optional(LocalizedText, { en: '', 'zh-CN': '' }),
  /** Field path → value, applied on top of the scenario (checked as the changed scenario would be). */
  patch: v.record(v.string(), v.unknown()),
});

/**
 * Objects refuse fields they do not define, so a misspelt lever is an error, not a lever silently
 * left at its default. `$schema` (where an editor finds the JSON Schema) is the one extra allowed.
 */
export const ScenarioSchema = v.strictObject({
  $schema: v.optional(v.string()),
  schemaVersion: v.literal(SCHEMA_VERSION, `expected schemaVersion ${SCHEMA_VERSION}`),
  id,
  title: LocalizedText,
  description: v.optional(LocalizedText, { en: '', 'zh-CN': '' }),
  sources: v.optional(v.array(Source), []),
  /** What a trainee should understand after working through the scenario. */
  objectives: v.optional(v.array(LocalizedText), []),
  /** Where to look and what to notice. */
  lookAt: v.optional(v.array(LookAtSchema), []),
  market: MarketSchema,
  operators: v.pipe(
    v.array(OperatorSchema),
    v.minLength(MIN_OPERATORS, `expected at least ${MIN_OPERATORS} operators`),
    v.maxLength(MAX_OPERATORS, `expected at most ${MAX_OPERATORS} operators`),
  ),
  events: v.optional(v.array(EventSchema), []),
  /** Goals for a trainee, scored on replications (schemaVersion 3; version 2 had one `challenge`). */
  challenges: v.optional(v.array(ChallengeSchema), []),
  /** What-ifs a comparison opens with one click (schemaVersion 2). */
  variants: v.optional(v.array(VariantSchema), []),
});

export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type Segment = v.InferOutput<typeof SegmentSchema>;
export type Tenure = v.InferOutput<typeof TenureSchema>;
export type Operator = v.InferOutput<typeof OperatorSchema>;
export type ScenarioEvent = v.InferOutput<typeof EventSchema>;
export type Pricing = v.InferOutput<typeof PricingSchema>;
export type Contracts = v.InferOutput<typeof ContractsSchema>;
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Loyalty = v.InferOutput<typeof LoyaltySchema>;
export type Crm = v.InferOutput<typeof CrmSchema>;
export type WinBack = v.InferOutput<typeof WinBackSchema>;
export type Acquisition = v.InferOutput<typeof AcquisitionSchema>;
export type LeverGroups = Pick<Operator, keyof typeof leverFields>;
export type LocalizedString = v.InferOutput<typeof LocalizedText>;
export type LookAt = v.InferOutput<typeof LookAtSchema>;
export type Variant = v.InferOutput<typeof VariantSchema>;
export type Challenge = v.InferOutput<typeof ChallengeSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type LeverRule = v.InferOutput<typeof LeverRuleSchema>;
