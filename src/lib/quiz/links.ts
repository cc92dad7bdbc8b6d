/**
 * Where each concept of the question bank can be seen happening in the model: a preset and the
 * view that shows it, with a sentence that says what to look for. Concepts the model does not
 * simulate (selling technique, dialling codes) have no link and say so.
 */
import type { ViewId } from '../../engine/schema.ts';
import type { Question } from './bank.ts';

export interface SeeItHappen {
  preset: string;
  view: ViewId;
  en: string;
  'zh-CN': string;
}

export const TAG_LINKS: Readonly<Record<string, SeeItHappen | null>> = {
  '80/20': {
    preset: 'default',
    view: 'concentration',
    en: 'In the default market the top 20 % of customers bring about 80 % of revenue: watch the concentration chart and the Lorenz curve.',
    'zh-CN': '在默认市场中，前20%的客户贡献约80%的收入：请看集中度图和洛伦兹曲线。',
  },
  'acquisition-vs-retention cost': {
    preset: 'acquire-vs-retain',
    view: 'money',
    en: 'Move budget from acquisition to retention and compare what each saved customer and each extra new customer costs.',
    'zh-CN': '把预算从发展新客户转到保留老客户，比较每保住一个客户与每多发展一个新客户的成本。',
  },
  'churn drivers': {
    preset: 'service-recovery',
    view: 'churn',
    en: 'Churn rises after the network outage and with bad word of mouth; the glass box names the cause of each departure.',
    'zh-CN': '网络故障后及口碑变差时离网率上升；透明盒会说明每位客户离网的原因。',
  },
  segmentation: {
    preset: 'default',
    view: 'clv',
    en: 'Segments differ in spend, churn and lifetime value: compare the key-account and VIP segments with the mass market.',
    'zh-CN': '各细分市场在消费、离网率和客户终身价值上各不相同：请比较集团、VIP客户与大众市场。',
  },
  'service recovery': {
    preset: 'service-recovery',
    view: 'churn',
    en: 'Complaints handled quickly keep customers who would otherwise leave and tell others: compare churn with and without recovery.',
    'zh-CN': '迅速处理投诉能留住本会离网并向他人抱怨的客户：请比较有无服务补救时的离网率。',
  },
  loyalty: {
    preset: 'gotone-vip-tiers',
    view: 'churn',
    en: 'Points and privileges raise the barrier to leaving for high-value customers: watch VIP churn by tier.',
    'zh-CN': '积分与特权提高了高价值客户的离网门槛：请看各等级VIP客户的离网率。',
  },
  'retention targeting': {
    preset: 'churn-early-warning',
    view: 'churn',
    en: 'Targeting retention by value × risk keeps more revenue per RMB than random targeting: compare the variants.',
    'zh-CN': '按“价值×风险”定向保留，每元投入保住的收入多于随机定向：请比较各方案。',
  },
  'switching barriers': {
    preset: 'number-portability',
    view: 'churn',
    en: 'Number portability removes a switching barrier: churn rises from the month it starts.',
    'zh-CN': '携号转网取消了一道转网壁垒：从实施当月起离网率上升。',
  },
  'satisfaction measurement': {
    preset: 'phone-account-managers',
    view: 'churn',
    en: 'Service level changes satisfaction, and satisfaction changes churn: compare the silver customers served by phone.',
    'zh-CN': '服务水平影响满意度，满意度影响离网率：请看由电话客户经理服务的银卡客户。',
  },
  'service quality': {
    preset: 'phone-account-managers',
    view: 'churn',
    en: 'Who serves a customer, and how well, shows in churn by tier.',
    'zh-CN': '由谁服务、服务得好不好，都体现在各等级的离网率上。',
  },
  'competition structure': {
    preset: 'dominant-incumbent',
    view: 'subscribers',
    en: 'A dominant incumbent and smaller challengers: watch how shares move under each operator’s strategy.',
    'zh-CN': '一家主导运营商与几家挑战者：请看各运营商策略下市场份额如何变化。',
  },
  'marketing strategy': {
    preset: 'key-account-defence',
    view: 'concentration',
    en: 'Concentrating effort on the key accounts that bring most of the revenue: watch concentration and where churners go.',
    'zh-CN': '把力量集中在贡献大部分收入的集团客户上：请看集中度以及离网客户的去向。',
  },
  'CRM data': {
    preset: 'churn-early-warning',
    view: 'churn',
    en: 'Customer data drives the early-warning model: whom it flags, and how many of them it keeps.',
    'zh-CN': '客户数据驱动预警模型：它标记了哪些客户，又留住了多少。',
  },
  'sales process': null,
  'product/tariff': null,
  'off-model': null,
};

export function seeItHappen(question: Question): SeeItHappen | null {
  return TAG_LINKS[question.tag] ?? null;
}

/** Questions a preset's case answers, for `#quiz=<preset id>`. */
export function questionsForPreset(questions: readonly Question[], preset: string): Question[] {
  return questions.filter((q) => seeItHappen(q)?.preset === preset);
}
