import type { tenureEn } from './tenure.en.ts';

export const tenureZhCN: typeof tenureEn = {
  tenureGroup: '在网时长',
  tenureEarlyChurn: '入网初期离网',
  tenureEarlyChurnHelp:
    '客户在某运营商入网第一个月的额外离网风险（1 = 风险加倍），随在网时长递减：新客户更容易离网，即常见的生存曲线。初始客户群视为已稳定。假设值；课程资料：001 L116（保有老客户比争取新客户便宜）。',
  tenureMonths: '在网时长时间常数',
  tenureMonthsHelp: '在网时长曲线趋于稳定所需的月数（经过这么多个月约完成三分之二）。',
  tenureSpendGrowth: '消费随在网时长增长（增值消费）',
  tenureSpendGrowthHelp: '客户稳定后比入网时多消费的比例（50% = 多消费一半）。课程资料：001 L119（赖克海德和萨瑟：忠诚客户逐年更有价值）；幅度为假设值。',
  tenureEarlyCost: '新客户的额外成本',
  tenureEarlyCostHelp:
    '客户入网头几个月的额外固定服务成本（开户、更多咨询电话），以固定成本的比例表示，随在网时长递减。课程资料：001 L116、L119；幅度为假设值。',
  tenureReferrals: '推荐',
  tenureReferralsHelp: '一个稳定客户每月为其运营商带来的新客户数（忠诚客户的口碑；满意的客户会告诉3个人，课程资料001 L148）。比率为假设值。',
  tenureLoyalPremium: '可接受的忠诚溢价',
  tenureLoyalPremiumHelp:
    '稳定客户能接受的高于对手的价格溢价，不会因此更易离网：相当于从其对手吸引力中的价格部分扣除这么多。课程资料：001 L119；幅度为假设值。',
};
