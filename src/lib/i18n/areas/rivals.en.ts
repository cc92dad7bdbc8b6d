import type { Dictionary } from './dictionary.ts';

/**
 * Reactive rivals (response rules, model.md §2): the editor's words for a rule and how fired
 * responses are named on the timeline, the charts and in the glass box. Field labels and help
 * (`leversResponse…`) join the levers dictionary, where the editor's field registry finds them.
 */
export const rivalsLeversEn = {
  /** Unit of a loss of share: percentage points. */
  leversUnitSharePoints: 'points',
  leversResponseShareDrop: 'Share lost',
  leversResponseShareDropHelp:
    'The rule fires when the operator’s subscriber share (in the watched segment, or overall) has fallen by more than this many points over the window. Course: price wars are constant in mobile, 000 L711.',
  leversResponseWindow: 'Over',
  leversResponseWindowHelp: 'Months over which the loss of share is measured (share at month end now against this many months before).',
  leversResponseLag: 'Lag',
  leversResponseLagHelp: 'Months from seeing the loss (a month end) to the new value being in force; 1 = from the next month.',
  leversResponseCooldown: 'Cool-down',
  leversResponseCooldownHelp: 'Months before the same rule may fire again. A rule at its limit does not fire; shorter cool-downs escalate faster.',
  leversResponsePriceStep: 'Price cut',
  leversResponsePriceStepHelp: 'Each time the rule fires, the tariff of the watched segment (or of all segments) falls by this share.',
  leversResponsePriceLimit: 'Floor',
  leversResponsePriceLimitHelp:
    'Lowest tariff index the rule may reach (1 = list price): the cost floor. Course: never start a price war below cost, 000 L713–715.',
  leversResponseRetentionStep: 'Budget added',
  leversResponseRetentionStepHelp:
    'Each time the rule fires, the CRM retention budget rises by this share of revenue. It acts only with early warning on (recall above 0).',
  leversResponseRetentionLimit: 'Highest budget',
  leversResponseRetentionLimitHelp: 'The rule never takes the retention budget above this share of revenue.',
  leversResponseAcquisitionStep: 'Spend added',
  leversResponseAcquisitionStepHelp: 'Each time the rule fires, the monthly acquisition budget rises by this much (for the scenario’s own market size).',
  leversResponseAcquisitionLimit: 'Highest spend',
  leversResponseAcquisitionLimitHelp: 'The rule never takes the monthly acquisition budget above this.',
} satisfies Dictionary;

export const rivalsEn = {
  rivalsHeading: 'Responses to lost share',
  rivalsHelp:
    'Rules by which this operator answers as the run goes: when its share falls, it cuts its price, raises its retention budget or its acquisition spend. Two reactive operators can start a price war.',
  rivalsAdd: 'Add a response rule',
  rivalsRemove: (n: number) => `Remove response rule ${n}`,
  rivalsRule: (n: number) => `Rule ${n}`,
  rivalsLever: 'Response',
  rivalsLeverPrice: 'Cut price',
  rivalsLeverRetention: 'Raise retention budget',
  rivalsLeverAcquisition: 'Raise acquisition spend',
  rivalsSegment: 'Watched share',
  rivalsOverall: 'Overall (all segments)',
  rivalsFired: 'Responses fired in the last run',
  /** A fired response, as a marker's name and in lists. */
  rivalsFiredItem: (operator: string, what: string, month: number, decided: number) =>
    `${operator}: ${what} from month ${month} (loss seen at month ${decided})`,
  rivalsPriceTo: (value: string, segment: string) => `tariff ${segment} to ${value}`,
  rivalsRetentionTo: (value: string) => `retention budget to ${value}`,
  rivalsAcquisitionTo: (value: string) => `acquisition spend to ${value} RMB/month`,
  /** A fired response and why, in the list under the charts. */
  rivalsListItem: (what: string, why: string) => `${what}, ${why}`,
  rivalsAllSegments: 'all segments',
  rivalsShareLost: (points: string, window: number) => `after losing ${points} points of share in ${window} months`,
} satisfies Dictionary;
