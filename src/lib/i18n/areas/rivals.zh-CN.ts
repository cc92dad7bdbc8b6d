import type { rivalsEn, rivalsLeversEn } from './rivals.en.ts';

/** 会还手的对手（应对规则）：规则的编辑文字，以及已触发应对在时间轴、图表和玻璃箱中的名称。 */
export const rivalsLeversZhCN: typeof rivalsLeversEn = {
  leversUnitSharePoints: '个百分点',
  leversResponseShareDrop: '份额下降',
  leversResponseShareDropHelp:
    '当运营商的用户份额（所观察的细分或整体）在观察期内下降超过这么多个百分点时，规则触发。课程资料：移动通信领域价格战不断，000 L711。',
  leversResponseWindow: '观察期',
  leversResponseWindowHelp: '计算份额下降的月数（本月末份额与这么多个月之前相比）。',
  leversResponseLag: '滞后',
  leversResponseLagHelp: '从发现份额下降（某月末）到新值生效的月数；1表示从下个月起生效。',
  leversResponseCooldown: '冷却期',
  leversResponseCooldownHelp: '同一规则再次触发前须经过的月数。已达限值的规则不再触发；冷却期越短，升级越快。',
  leversResponsePriceStep: '降价幅度',
  leversResponsePriceStepHelp: '规则每触发一次，所观察细分（或全部细分）的资费下降这一比例。',
  leversResponsePriceLimit: '底价',
  leversResponsePriceLimitHelp: '规则所能降到的最低资费指数（1为标准价），即成本底线。课程资料：不要打低于成本的价格战，000 L713–715。',
  leversResponseRetentionStep: '追加预算',
  leversResponseRetentionStepHelp: '规则每触发一次，客户关系管理挽留预算增加收入的这一比例。仅在开启预警（识别率大于0）时起作用。',
  leversResponseRetentionLimit: '预算上限',
  leversResponseRetentionLimitHelp: '规则不会使挽留预算超过收入的这一比例。',
  leversResponseAcquisitionStep: '追加投入',
  leversResponseAcquisitionStepHelp: '规则每触发一次，每月拓展新客户预算增加这么多（按场景自身的市场规模）。',
  leversResponseAcquisitionLimit: '投入上限',
  leversResponseAcquisitionLimitHelp: '规则不会使每月拓展新客户预算超过这一数额。',
};

export const rivalsZhCN: typeof rivalsEn = {
  rivalsHeading: '份额下降时的应对',
  rivalsHelp: '运营商在模拟过程中作出应对的规则：份额下降时，降低价格、提高挽留预算或增加拓展投入。两家都会应对的运营商可能引发价格战。',
  rivalsAdd: '添加应对规则',
  rivalsRemove: (n) => `删除应对规则${n}`,
  rivalsRule: (n) => `规则${n}`,
  rivalsLever: '应对方式',
  rivalsLeverPrice: '降价',
  rivalsLeverRetention: '提高挽留预算',
  rivalsLeverAcquisition: '增加拓展投入',
  rivalsSegment: '观察的份额',
  rivalsOverall: '整体（全部细分）',
  rivalsFired: '上次运行中触发的应对',
  rivalsFiredItem: (operator, what, month, decided) => `${operator}：从第${month}个月起${what}（第${decided}个月末发现份额下降）`,
  rivalsPriceTo: (value, segment) => `${segment}资费降至${value}`,
  rivalsRetentionTo: (value) => `挽留预算提高到${value}`,
  rivalsAcquisitionTo: (value) => `拓展投入提高到每月${value}元`,
  rivalsListItem: (what, why) => `${what}，${why}`,
  rivalsAllSegments: '全部细分',
  rivalsShareLost: (points, window) => `此前${window}个月份额下降${points}个百分点`,
};
