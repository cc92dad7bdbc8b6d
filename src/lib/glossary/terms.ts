/**
 * The glossary: the course's terms in both languages, each with a short definition and, where the
 * model has it, what to look at. Term ids are stable: the UI links a word to `#glossary=<id>`.
 */
export interface Term {
  id: string;
  en: string;
  zh: string;
  /** English abbreviation or alternative name, searched as well. */
  also?: string;
  definition: { en: string; 'zh-CN': string };
}

export const TERMS: readonly Term[] = [
  {
    id: 'arpu',
    en: 'ARPU',
    zh: '每用户平均收入',
    also: 'average revenue per user',
    definition: {
      en: 'Average revenue per user: an operator’s monthly revenue divided by its customers. China Mobile reported about 77 RMB a month in 2009.',
      'zh-CN': '每用户平均收入：运营商月收入除以客户数。2009年中国移动报告约为每月77元。',
    },
  },
  {
    id: 'churn',
    en: 'Churn rate',
    zh: '离网率',
    also: 'churn',
    definition: {
      en: 'The share of an operator’s customers who leave in a month (to a rival, or out of the market). The model counts it by operator, segment and tier, and names a cause for each departure.',
      'zh-CN': '一个月内离开某运营商的客户占其客户数的比例（转向竞争对手或退出市场）。模型按运营商、细分市场和等级统计，并说明每位客户离网的原因。',
    },
  },
  {
    id: 'clv',
    en: 'Customer lifetime value',
    zh: '客户生命周期价值',
    also: 'CLV, 客户终身价值',
    definition: {
      en: 'The discounted profit a customer is expected to bring over the rest of its time with the operator. Longer lives and higher margins raise it; this is why retention pays.',
      'zh-CN': '客户在网剩余期间预期带来的利润的贴现值。在网时间越长、利润率越高，生命周期价值越高；这正是保留客户值得投入的原因。',
    },
  },
  {
    id: 'key-account',
    en: 'Key account',
    zh: '大客户',
    definition: {
      en: 'A customer (person or organisation) whose spend or influence is large enough to get its own account manager, prices and service level. The course’s 80/20 rule is the reason they are managed apart.',
      'zh-CN': '消费额或影响力大到需要专属客户经理、专门价格和服务等级的客户（个人或单位）。课程中的“二八定律”正是单独管理他们的原因。',
    },
  },
  {
    id: 'group-account',
    en: 'Group (enterprise) account',
    zh: '集团客户',
    definition: {
      en: 'A company or institution with many lines under one contract and one decision-maker, often with a V-net calling circle (集团V网) that makes calls inside the group cheap.',
      'zh-CN': '以一份合同、一位决策人管理多条号码的企业或机构，常开通集团V网，使集团内部通话便宜。',
    },
  },
  {
    id: 'vip',
    en: 'VIP (high-end) customer',
    zh: 'VIP客户',
    also: 'high-end',
    definition: {
      en: 'A high-spending individual customer, served in tiers (diamond, gold, silver) with privileges and points.',
      'zh-CN': '高消费的个人客户，按钻石、金卡、银卡等等级提供特权和积分服务。',
    },
  },
  {
    id: 'eighty-twenty',
    en: '80/20 rule',
    zh: '二八定律',
    also: 'Pareto',
    definition: {
      en: 'About 20 % of customers bring about 80 % of revenue (and more of the profit). The model shows the top 20 % share month by month, with the Lorenz curve and the Gini coefficient.',
      'zh-CN': '约20%的客户带来约80%的收入（利润更集中）。模型逐月显示前20%客户的收入份额，并给出洛伦兹曲线和基尼系数。',
    },
  },
  {
    id: 'lorenz',
    en: 'Lorenz curve',
    zh: '洛伦兹曲线',
    definition: {
      en: 'Customers sorted from the smallest to the largest spender, against the share of revenue they bring together. The further it sags below the diagonal, the more concentrated revenue is.',
      'zh-CN': '把客户按消费从低到高排列，横轴为客户累计比例，纵轴为其累计收入份额。曲线越偏离对角线，收入越集中。',
    },
  },
  {
    id: 'gini',
    en: 'Gini coefficient',
    zh: '基尼系数',
    definition: {
      en: 'Twice the area between the diagonal and the Lorenz curve: 0 when every customer spends the same, near 1 when a few bring everything.',
      'zh-CN': '对角线与洛伦兹曲线之间面积的两倍：所有客户消费相同时为0，少数客户贡献全部收入时接近1。',
    },
  },
  {
    id: 'portability',
    en: 'Number portability',
    zh: '携号转网',
    also: 'MNP',
    definition: {
      en: 'Keeping one’s number when changing operator. It removes a switching barrier, so churn rises where customers were held only by their number.',
      'zh-CN': '更换运营商时保留原号码。它取消了一道转网壁垒，只靠号码留住的客户因此更容易离网。',
    },
  },
  {
    id: 'points',
    en: 'Loyalty points',
    zh: '积分',
    definition: {
      en: 'Points earned on the bill and spent on rewards (GoTone’s 全球通积分计划). They raise the cost of leaving, at a cost to the operator.',
      'zh-CN': '按消费累积、可兑换奖励的积分（如全球通积分计划）。积分提高了客户离网的代价，也给运营商带来成本。',
    },
  },
  {
    id: 'account-manager',
    en: 'Account manager',
    zh: '客户经理',
    definition: {
      en: 'The person who looks after a key or VIP customer: visits, solves problems, and spots a customer about to leave. Telephone account managers serve lower tiers at lower cost.',
      'zh-CN': '负责大客户或VIP客户的专人：拜访客户、解决问题、发现将要离网的客户。电话客户经理以较低成本服务较低等级的客户。',
    },
  },
  {
    id: 'retention',
    en: 'Retention',
    zh: '客户保留',
    also: 'retention budget',
    definition: {
      en: 'Spending to keep customers who would otherwise leave: offers to customers flagged at risk, better service, contracts. The course holds it costs about a fifth of winning a new customer.',
      'zh-CN': '为留住本会离网的客户而投入：对预警客户的挽留优惠、更好的服务、合约等。课程认为其成本约为发展一个新客户的五分之一。',
    },
  },
  {
    id: 'acquisition',
    en: 'Acquisition',
    zh: '客户发展',
    also: 'gross adds',
    definition: {
      en: 'Winning new customers (gross adds) with advertising, channels, handset subsidies and offers.',
      'zh-CN': '通过广告、渠道、终端补贴和优惠发展新客户（新增用户）。',
    },
  },
  {
    id: 'early-warning',
    en: 'Churn early warning',
    zh: '离网预警',
    definition: {
      en: 'Flagging customers likely to leave from signals in their data (falling usage, complaints, a rival’s offer) so that retention reaches them in time. Targeting by value × risk keeps the most revenue per RMB.',
      'zh-CN': '根据客户数据中的信号（用量下降、投诉、竞争对手的优惠）标记可能离网的客户，使挽留及时到达。按“价值×风险”定向，每元投入保住的收入最多。',
    },
  },
  {
    id: 'win-back',
    en: 'Win-back',
    zh: '客户挽回',
    definition: {
      en: 'Offers to customers who have already left, to bring them back.',
      'zh-CN': '向已经离网的客户提供优惠，争取其回网。',
    },
  },
  {
    id: 'switching-barrier',
    en: 'Switching barrier',
    zh: '转网壁垒',
    definition: {
      en: 'What a customer loses by leaving: the number, a contract’s penalty, points, a group’s V-net. The course calls barriers a second-best route; satisfaction is the fundamental one.',
      'zh-CN': '客户离网会失去的东西：号码、合约违约金、积分、集团V网等。课程认为壁垒是次优途径，满意度才是根本。',
    },
  },
  {
    id: 'word-of-mouth',
    en: 'Word of mouth',
    zh: '口碑',
    definition: {
      en: 'What customers tell others. The course cites that a satisfied customer tells 3 people and a dissatisfied one tells 10.',
      'zh-CN': '客户向他人传播的评价。课程引用：满意的客户会告诉3个人，不满意的会告诉10个人。',
    },
  },
  {
    id: 'service-recovery',
    en: 'Service recovery',
    zh: '服务补救',
    definition: {
      en: 'Putting a failure right quickly. The course cites that 95 % of complainers whose problem is solved fast buy again.',
      'zh-CN': '迅速纠正服务失误。课程引用：投诉得到迅速解决的客户中95%会再次购买。',
    },
  },
  {
    id: 'cohort',
    en: 'Cohort',
    zh: '客户群组',
    definition: {
      en: 'Customers who joined an operator in the same month; a cohort curve shows how many of them are still there month by month.',
      'zh-CN': '同一个月加入某运营商的客户；群组曲线逐月显示其中仍在网的客户数。',
    },
  },
  {
    id: 'market-share',
    en: 'Subscriber share',
    zh: '用户市场份额',
    definition: {
      en: 'An operator’s customers as a share of all customers in the market.',
      'zh-CN': '某运营商的客户数占市场全部客户数的比例。',
    },
  },
  {
    id: 'subsidy',
    en: 'Handset subsidy',
    zh: '终端补贴',
    definition: {
      en: 'Part of a handset’s price paid by the operator, usually tied to a contract: it wins customers and holds them for the contract’s length.',
      'zh-CN': '由运营商承担的部分手机价格，通常与合约绑定：既能发展客户，也能在合约期内留住客户。',
    },
  },
  {
    id: 'bundle',
    en: 'Bundle',
    zh: '业务捆绑',
    also: 'package',
    definition: {
      en: 'Several services sold together (voice, data, fixed line). Each added service raises the cost of leaving.',
      'zh-CN': '多项业务（语音、数据、固话等）组合销售。每多一项业务，离网的代价就更高。',
    },
  },
  {
    id: 'three-g',
    en: '3G',
    zh: '3G',
    definition: {
      en: 'The third generation of mobile networks, licensed in China in 2009 (TD-SCDMA to China Mobile, WCDMA to China Unicom, CDMA2000 to China Telecom).',
      'zh-CN': '第三代移动通信网络，2009年在中国发牌（中国移动TD-SCDMA，中国联通WCDMA，中国电信CDMA2000）。',
    },
  },
  {
    id: 'tier',
    en: 'Service tier',
    zh: '服务等级',
    definition: {
      en: 'Levels of service by customer value (e.g. diamond, gold, silver), each with its own cost to serve and its own privileges.',
      'zh-CN': '按客户价值划分的服务级别（如钻石卡、金卡、银卡），各有不同的服务成本和特权。',
    },
  },
  {
    id: 'ebitda',
    en: 'EBITDA margin',
    zh: 'EBITDA利润率',
    definition: {
      en: 'Earnings before interest, taxes, depreciation and amortisation, as a share of revenue. China Mobile reported about 51 % for 2009.',
      'zh-CN': '息税折旧摊销前利润占收入的比例。中国移动2009年报告约为51%。',
    },
  },
];

export function termById(id: string): Term | undefined {
  return TERMS.find((term) => term.id === id);
}

/** Terms whose name in either language, or alternative name, contains `query` (case-insensitive). */
export function searchTerms(query: string): Term[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...TERMS];
  return TERMS.filter((term) => [term.en, term.zh, term.also ?? ''].some((name) => name.toLowerCase().includes(q)));
}
