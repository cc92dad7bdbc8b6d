/**
 * The course passages the case notes, lever help and debriefs cite ("seed 004 L499"): for each,
 * the document's line range, its section, a short quote of the Chinese original (taken verbatim
 * from ../shared/seeds/<seed>_*.txt, cut to about 150 characters) and an English gloss. Only the
 * quoted passages are carried into the project, not the documents.
 */
import type { LocalizedString } from '../schema.ts';

export interface SeedDocument {
  seed: string;
  title: LocalizedString;
}

export interface Passage {
  seed: string;
  /** First and last line of the passage in the seed file (1-based, inclusive). */
  from: number;
  to: number;
  section: LocalizedString;
  /** The Chinese original, verbatim (OCR noise included), shortened with "…". */
  quote: string;
  /** What it says, in English. */
  gloss: string;
}

export const DOCUMENTS: readonly SeedDocument[] = [
  {
    seed: '000',
    title: {
      en: 'Key-account marketing compilation: China Telecom slides (2003–2006) and a China Mobile thesis (about 2008)',
      'zh-CN': '大客户营销合集：中国电信大客户材料与中国移动大客户服务营销论文',
    },
  },
  {
    seed: '001',
    title: {
      en: 'Exam banks and two articles on customer relationship marketing and after-sales service (about 2003)',
      'zh-CN': '电信题库与顾客关系营销、售后服务文章合集',
    },
  },
  { seed: '002', title: { en: 'Telecom marketing plans and work plans (templates)', 'zh-CN': '电信营销策划方案与工作计划范文' } },
  { seed: '003', title: { en: '3G launch era fragments: G3, Unicom and Telecom 3G (2009–2013)', 'zh-CN': '3G时代资料合集：G3、联通与电信3G（2009–2013）' } },
  {
    seed: '004',
    title: {
      en: 'China Mobile mid/high-end customer retention compilation (GoTone, CRM, account managers)',
      'zh-CN': '中国移动中高端客户保有合集（全球通、CRM、客户经理）',
    },
  },
];

export const PASSAGES: readonly Passage[] = [
  {
    seed: '000',
    from: 57,
    to: 61,
    section: { en: 'Key accounts and their value to operators', 'zh-CN': '大客户对电信运营商的价值' },
    quote:
      '一、大客户对电信运营商的价值电信大客户也称为最有价值的客户,它是根据客户的电信消费水平、社会地位及其发展潜力等对电信客户市场进行细分的结果。 大客户按照其性质和购买目的可进一步细分为重要客户、重点大客户及战略大客户等。 重要客户是指党政机关、国家安全机关、主要新闻、金融单位和各类用于公共服务的急用电…',
    gloss:
      "Key accounts are the operator's most valuable customers, segmented by spend, social standing and potential, and split into important, major and strategic key accounts.",
  },
  {
    seed: '000',
    from: 169,
    to: 173,
    section: { en: 'Value segmentation of key accounts by clustering', 'zh-CN': '大客户价值细分' },
    quote:
      '第一,大客户价值细分通过聚类算法,将客户分成不同的客户群,识别这些不同客户群的消费习惯和消费特征,有针对性地作新业务推荐,实现对称营销,达到销售成本最小化的目的。 聚类的纬度可以包括:(1)客户背景属性:性别、年龄、职业、教育程度、收入;(2)行为属性:计费时长、平均呼叫时长、呼叫次数、长途方式、国…',
    gloss: 'Cluster customers by background, behaviour and billing to recommend services to each group ("symmetric marketing") at the lowest selling cost.',
  },
  {
    seed: '000',
    from: 199,
    to: 199,
    section: { en: 'Problems of key-account marketing: relationships without contracts', 'zh-CN': '大客户营销的问题：重人际、轻契约' },
    quote:
      '但是受中国传统文化的影响, 电信企业许多营销人员过分重视营销过程中的人际关系, 而忽略了电信市场营销过程中的“契约”关系,一旦电信市场发生变化和双方人员发生变动,业务关系也会随之发生改变。',
    gloss: 'Sales staff lean on personal relationships and neglect contractual ties, so the business changes when the people do.',
  },
  {
    seed: '000',
    from: 205,
    to: 205,
    section: { en: 'Problems of key-account marketing: pricing and back office', 'zh-CN': '大客户营销的问题：价格与后台支撑' },
    quote:
      '主要表现在:计财部门缺乏对现有业务产品的成本测算,导致价格政策的制定缺乏有力依据;客户经理谈判能力不高,导致不能有效运用非价格策略来减少价格折让;后台支持跟不上,资源调度、故障排除等流程不畅。',
    gloss: 'No costing of products behind price policy, managers weak at non-price negotiation, slow resource allocation and fault repair.',
  },
  {
    seed: '000',
    from: 316,
    to: 318,
    section: { en: 'Competitors in the key-account market: China Mobile', 'zh-CN': '大客户市场竞争对手：移动公司' },
    quote: '移动公司主要是采取大灵通与 PPT文档演模板 中国电信大客户行业市场商机及策略',
    gloss: 'China Mobile competes for group users with its own products and virtual networks (slide fragment).',
  },
  {
    seed: '000',
    from: 346,
    to: 346,
    section: { en: 'Competitors in the key-account market: the price attacker', 'zh-CN': '大客户市场竞争对手：低价抢夺者' },
    quote: '— 作为语音、数据业务市场的 抢夺者,主要是采取低廉的 价格优势。',
    gloss: 'As the challenger in voice and data, the rival attacks mainly with low prices.',
  },
  {
    seed: '000',
    from: 590,
    to: 590,
    section: { en: 'Marketing plan for the finance sector', 'zh-CN': '金融行业营销方案' },
    quote:
      '营销目标:保持话音业务收入持续稳定增长。 营销重点:话务量营销 主要营销策略: (1)针对各大商业银行内网通话IP化趋势,以及其它运 营商对中小保险公司和证券公司的固话营销竞争,及时主动 的给客户单位进行虚拟集团电话的改造,通话费方面在保持 原有存量的基础上适当给予一定的优惠,来延缓银行内网 VOI…',
    gloss: 'Convert banks to a virtual group telephone and keep their call volume with a moderate discount, to slow in-house VoIP and fend off rivals.',
  },
  {
    seed: '000',
    from: 711,
    to: 715,
    section: { en: 'Key-account marketing strategies: price competition', 'zh-CN': '大客户营销策略：价格竞争策略' },
    quote:
      '大客户营销工作可以通过以下几种策略来展开:价格竞争策略自打破垄断、开放市场以来,电信市场的价格战持续不断,非凡是移动通讯、长途IP电话等高利润的业务和互联网的接入等开放程度较高的业务价格竞争尤为激烈。 但是对价格竞争,过度地强调和回避都是不可取的,必须遵照市场经济的基本规律,实行等价交换的原则。 即…',
    gloss:
      'Price wars have gone on since the market opened; neither over-stress nor avoid price competition, never fight below cost, and lead with non-price strategies.',
  },
  {
    seed: '000',
    from: 759,
    to: 761,
    section: { en: 'Customer information: recency, frequency, monetary value', 'zh-CN': '客户信息：最近消费、频率、金额' },
    quote:
      '所需收集的信息主要有:客户最近一次消费、消费频率、消费金额。 2、发展信息来源:企业应建立多渠道的、便于客户与企业沟通的信息来源,如销售中心、电话、呼叫中心、电子邮件、企业的Web站点、客户座谈会等。',
    gloss: "Collect each customer's most recent purchase, purchase frequency and spend (RFM), through many channels.",
  },
  {
    seed: '000',
    from: 787,
    to: 791,
    section: { en: 'China Mobile key-account service: a maturing market', 'zh-CN': '中国移动大客户服务营销：行业接近成熟期' },
    quote:
      '二、大客户服务营销存在的主要问题(一)行业周期已接近成熟期,大客户市场竞争压力加大近年来,中国移动通信的用户总数继续增长,但年增长率显著降低,依靠单纯用户规模增长带来收入增长的能力也在下降,尤其是在传统的生命周期已由成长期接近成熟期的电话市场。 按照市场理论的一般规律,当一个行业的生命周期由成长期迈…',
    gloss:
      'Subscriber growth slows as the market matures; competition moves from winning users to keeping key accounts, from products to price and then to service, and China Unicom steps up its attack on key accounts.',
  },
  {
    seed: '000',
    from: 797,
    to: 797,
    section: { en: 'China Mobile key-account service: appraising account managers', 'zh-CN': '中国移动大客户服务营销：客户经理考核' },
    quote: '目前中国移动主要通过对大客户的离网率和大客户能给企业带来的收益情况对大客户经理进行绩效考核。',
    gloss: 'Account managers are appraised mainly on key-account churn and the revenue key accounts bring.',
  },
  {
    seed: '000',
    from: 803,
    to: 803,
    section: { en: 'China Mobile key-account service: high-end churn', 'zh-CN': '中国移动大客户服务营销：高端客户流失' },
    quote:
      '(三)高端基本稳定,危机已开始出现对于中国移动通信大客户工作存在薄弱环节总的来说,中国移动通信在保留高端用户方面的工作还是极有成效的,例如在月话费大于300元的中国移动通信中高端用户中近几年来的用户绝对流失率一直俳徊在0.3%左右。',
    gloss: 'Mid/high-end users with bills over 300 RMB a month have churned at about 0.3 % in recent years (period not stated).',
  },
  {
    seed: '000',
    from: 805,
    to: 807,
    section: { en: 'China Mobile key-account service: weak points of GoTone', 'zh-CN': '中国移动大客户服务营销：全球通的薄弱环节' },
    quote:
      '但不可讳言,目前还存在不少薄弱环节,如“全球通”用户“成功、卓越、尊贵”的积分回馈计划是一个声势较大、影响较广的移动大客户营销策略,但这一计划缺乏一些细化的可操作性兑现积分内容。 另外全国各地机场、火车站服务标准不统一,有的地方金卡客户可以携一人同时享受,有的地方不行,缺乏统一执行的标准。',
    gloss: 'The GoTone points plan lacks concrete redemptions, and VIP rules at airports and stations differ from place to place.',
  },
  {
    seed: '000',
    from: 817,
    to: 825,
    section: { en: 'After the restructuring: the threat to key and group customers', 'zh-CN': '重组后大客户及集团客户面临的危机' },
    quote:
      '(四)、重组后大客户及集团客户将面临的危机我国电信业的第三次重组终于拉开了序幕,按照“六合三”方案,中国电信市场最终将被整合成为中国移动、中国联通和中国电信三大运营商。 电信重组是电信业改革的发展之路,也给中国移动带来了潜在危机:1、市场竞争对手的危机此次电信重组,由原来的六家基础电信运营商合并为三…',
    gloss: 'The "six into three" restructuring leaves three full-service operators; China Mobile now faces two full-service rivals for its key accounts.',
  },
  {
    seed: '000',
    from: 829,
    to: 831,
    section: { en: 'After the restructuring: asymmetric regulation and number portability', 'zh-CN': '重组后：非对称管制与号码携带' },
    quote:
      '非对称管制可以在主导运营商的资费、普遍服务义务、费用结算、频率收费、号码携带和市场占有率等方面加以实施。 如“号码可携带”,就是换了运营商之后仍可用原来的电话号码。',
    gloss: "Asymmetric regulation of the dominant operator may include number portability: keeping one's number after changing operator.",
  },
  {
    seed: '001',
    from: 65,
    to: 65,
    section: { en: 'Exam bank: retention resources by value and risk (item 6)', 'zh-CN': '题库：按价值与风险分配挽留资源（第6题）' },
    quote:
      '1.《电信服务规范》旨在提高我国电信行业的服务质量,维谭电信用户的合法权益,保证电信服务和监管工作的系统化和规范化.(√) .2.《中华人民共和国消费者权益保护法》具体阐述了损害消费者权益的经营者应负的法律责任.(√) .3.3F法规定受理人在接受客户的投诉时,迅速核定事实,并向客户表达歉意,安抚其…',
    gloss: 'At the same risk, tilt retention resources to higher-value customers; at the same value, to higher-risk customers (a true/false item keyed true).',
  },
  {
    seed: '001',
    from: 93,
    to: 95,
    section: { en: 'After-sales service keeps customer relationships (Tietong Golmud)', 'zh-CN': '通过售后服务维持客户关系（铁通格尔木）' },
    quote:
      '电信企业如何通过售后服务维持客户关系作者姓名:苏晓玲(作者单位:铁通格尔木分公司邮编:816000)摘要售后服务是电信运营企业把通信产品或服务销售给消费者后,为用户提供的一系列服务,包括产品介绍、安装、调试、维修、技术培训、上门服务等。 在电信市场激烈竞争的今天,随着消费者维权意识的提高和消费观念的…',
    gloss: 'After-sales service (introduction, installation, repair) decides the purchase when products are alike, and keeps customers.',
  },
  {
    seed: '001',
    from: 103,
    to: 103,
    section: { en: 'After-sales service: advertising while customers leave', 'zh-CN': '售后服务：重宣传、轻售后' },
    quote: '在营业厅日常工作和市场营销中存在这样的现象,公司花费大量的宣传费用去吸引新顾客,而忽视售后服务中存在的诸多问题,从而使现有客户大量流失。',
    gloss:
      'The company spends heavily on advertising to attract new customers while neglecting after-sales problems, so existing customers leave in large numbers.',
  },
  {
    seed: '001',
    from: 105,
    to: 105,
    section: { en: 'Customer relationship marketing: brand in a homogeneous market', 'zh-CN': '顾客关系营销：同质化市场中的品牌' },
    quote: '如今,我国电信市场竞争日趋激烈,而且产品同质性越来越越强,顾客在电信市场中越来越处于主导地位,品牌已成为人们选择运营商的主要因素。',
    gloss: 'Competition grows, products become alike, customers lead, and brand becomes the main factor in choosing an operator.',
  },
  {
    seed: '001',
    from: 116,
    to: 116,
    section: { en: 'Customer relationship marketing: the cost of a new customer', 'zh-CN': '顾客关系营销：吸引新顾客的成本' },
    quote: '实行顾客关系营销以赢得顾客忠诚,还基于这样一个事实:据西方营销专家的研究和企业的经验,吸引一个新顾客所耗费的成本,大概相当于保持一个现有顾客的五倍。',
    gloss: 'Winning a new customer costs about five times as much as keeping an existing one.',
  },
  {
    seed: '001',
    from: 117,
    to: 117,
    section: { en: 'Customer relationship marketing: offensive vs defensive marketing', 'zh-CN': '顾客关系营销：进攻性与防守性营销' },
    quote: '进攻性营销通常比防守性营销成本更高,因为前者需要花费更多的精力和费用去劝导那些满意的顾客从他们目前的供应商那里转换到本公司。',
    gloss: "Offensive marketing costs more than defensive, because rivals' satisfied customers must be persuaded to switch.",
  },
  {
    seed: '001',
    from: 119,
    to: 119,
    section: { en: 'Customer relationship marketing: churn and profit', 'zh-CN': '顾客关系营销：流失率与利润' },
    quote: '根据美国营销学者赖克海德和萨瑟的理论,一个公司如果将其顾客流失率降低5%,利润就能增加25%至85%。',
    gloss: 'Reichheld and Sasser: cutting churn by 5 % raises profit by 25 % to 85 %.',
  },
  {
    seed: '001',
    from: 128,
    to: 128,
    section: { en: 'Winning loyalty: satisfaction and delivered value', 'zh-CN': '赢得忠诚：顾客满意与让渡价值' },
    quote: '二是提供高的顾客满意和顾客让渡价值。',
    gloss: 'Offer high customer satisfaction and high delivered value.',
  },
  {
    seed: '001',
    from: 136,
    to: 136,
    section: { en: 'Key customers: the 80/20 rule', 'zh-CN': '大客户：二八法则' },
    quote: '20%的客户创造80%的收益,大客户对企业收入贡献大,因此,与大客户建立良好的关系是保证业务收入稳步增长、提高市场占有率的重要手段。',
    gloss: '20 % of customers create 80 % of revenue; good relations with key customers secure revenue growth and share.',
  },
  {
    seed: '001',
    from: 138,
    to: 141,
    section: { en: 'Account-manager system and differentiated service', 'zh-CN': '实行客户经理制，提供差异化服务' },
    quote:
      '2、实行客户经理制,为客户提供差异化服务。 客户是企业的衣食父母,在市场经济条件下,产品同质性越来越强,企业能获得长远的发展,就必须为客户提供一流的服务,培养顾客忠诚。 由于客户需求的差异性,这要求我们不能为市场提供无差异服务,而要根据不同的客户提供差异化、个性化的服务。 在顾客导向的时代,就需要我…',
    gloss: "Introduce account managers to give differentiated, first-class service and build loyalty, since customers' needs differ.",
  },
  {
    seed: '001',
    from: 142,
    to: 145,
    section: { en: 'Rebuilding the brand', 'zh-CN': '加强品牌宣传，重塑形象' },
    quote:
      '3、加强中国电信品牌宣传,重塑中国电信新形象。 中国电信品牌形象已深入人心,但中国电信品牌形象主要是在计划经济体制下形成的,给人的感觉就是一提起中国电信就使人将中国电信与垄断联系在一起,虽然中国电信品牌知名度很高,但品牌价值却与之不相适应。 为改变中国电信形象,中国电信2002年5月成立之时,为重塑…',
    gloss: 'Promote the brand and reshape an image still tied to the old monopoly.',
  },
  {
    seed: '001',
    from: 146,
    to: 147,
    section: { en: 'Communicating with customers and valuing complaints', 'zh-CN': '加强与顾客沟通，重视投诉' },
    quote: '4、加强与顾客沟通,充分重视客户的投诉和建议。 一个满意的顾客意味着公司无形资产的增加,而一个不满意的顾客则意味着公司资产的流失。',
    gloss: "A satisfied customer adds to the company's intangible assets; a dissatisfied one drains them.",
  },
  {
    seed: '001',
    from: 148,
    to: 148,
    section: { en: 'Complaints and word of mouth', 'zh-CN': '投诉与口碑' },
    quote:
      '研究显示,一个满意的顾客会向三个人讲述买了件好产品,而不满意的顾客却会向十个人进行抱怨;如果抱怨能够得到迅速解决, 95%提出抱怨的顾客还会买公司的产品,而且他们更具有较高的企业忠诚度。',
    gloss:
      'A satisfied customer tells three people, a dissatisfied one complains to ten; if complaints are resolved fast, 95 % of complainers buy again and are more loyal.',
  },
  {
    seed: '001',
    from: 154,
    to: 154,
    section: { en: 'Causes of dissatisfaction', 'zh-CN': '不满的原因' },
    quote: '根据美国营销协会的研究,只有三分之一的顾客是因为产品或服务有毛病而不满,其余三分之二的问题都出在沟通不良上。',
    gloss: 'Only a third of dissatisfaction comes from faults in the product or service; two thirds come from poor communication.',
  },
  {
    seed: '002',
    from: 16,
    to: 17,
    section: { en: 'Tiered positioning', 'zh-CN': '分层定位' },
    quote: '例如,公司可以打造高端VIP服务,为高端用户提供更快速、个性化的服务,并提供定制化套餐。 而对于中低端用户,可以推出更实惠、灵活的套餐。',
    gloss: 'Build a high-end VIP service with faster, personal service and custom packages; give mid and low-end users cheaper, flexible plans.',
  },
  {
    seed: '002',
    from: 96,
    to: 96,
    section: { en: 'Network investment', 'zh-CN': '加大网络建设' },
    quote: 'd. 加大网络建设力度,提高网络质量和覆盖范围,增强用户对企业的依赖性和黏性。',
    gloss: "Invest in network quality and coverage to deepen customers' reliance on the network.",
  },
  {
    seed: '002',
    from: 110,
    to: 110,
    section: { en: 'Market growth', 'zh-CN': '市场规模增长' },
    quote: '根据最新的研究数据,电信市场的规模预计将以每年5%的速度增长。',
    gloss: 'The telecom market is expected to grow about 5 % a year.',
  },
  {
    seed: '002',
    from: 227,
    to: 229,
    section: { en: 'Campus marketing plan: background', 'zh-CN': '校园营销方案：背景' },
    quote:
      '电信营销策划方案(3篇) 电信营销策划方案(3篇)电信营销策划方案(精选3篇)电信营销策划方案篇1一、背景在大学校园中,通信业务基本被移动和联通所垄断,因此电信的市场占有率不大。 但是移动和联通的美誉度并不高,主要由于其上网速度较慢、信号较差,因此,电信以其高网速和好信号占有优势,所以利用这2个优势…',
    gloss:
      "On campus, mobile business is held by China Mobile and China Unicom, whose reputation is low for slow internet and weak signal; Telecom's fast internet is its strength.",
  },
  {
    seed: '002',
    from: 230,
    to: 232,
    section: { en: 'Campus marketing plan: goals and market analysis', 'zh-CN': '校园营销方案：目标与市场分析' },
    quote:
      "二、营销目标扩大中国电信在淮师校园的'市场占有率,增强品牌知名度和美誉度三、市场分析1、市场坏境分析(1)社区市场:人口总数多,处于经济发达的江苏省,消费水平较高(2)大学生市场:学生群体的消费水平不高,因此优惠的活动业务能够吸引更多的学生群体前来办理2、竞争者分析(1)联通:中国联通是国内唯一的全…",
    gloss: "Raise China Telecom's campus share and reputation; students spend little and are price-sensitive but want fast mobile internet.",
  },
  {
    seed: '002',
    from: 376,
    to: 376,
    section: { en: 'Key-account maintenance budget', 'zh-CN': '大客户维护费用' },
    quote: '并将维护费用制度化,以07年大客户收入为基数按2%比例计提客户维护费用。',
    gloss: "Make maintenance spending a rule: 2 % of the previous year's key-account revenue.",
  },
  {
    seed: '002',
    from: 413,
    to: 414,
    section: { en: 'Key-account relationship programme', 'zh-CN': '大客户关系维护' },
    quote:
      '今年至少组织2次规模较大的市级重大客户座谈会,加强沟通、联系与宣传,密切关系。 同时市局将分季度对全市电信大客户实行礼品问候并在重大节假日进行短信问候,每年开展2次服务满意度调查,及时了解大客户服务意见和建议。',
    gloss: 'At least two forums a year, quarterly gifts, holiday messages and two satisfaction surveys a year for key accounts.',
  },
  {
    seed: '002',
    from: 416,
    to: 416,
    section: { en: 'Key-account budget floor', 'zh-CN': '大客户维护与开发费用' },
    quote: '大客户的维护和开发费用是做好大客户工作的必要保障,各单位要将大客户的维护和开发费纳入财务预算管理,列支比例不低于大客户收入的2%。',
    gloss: 'Maintenance and development spending for key accounts goes into the budget at no less than 2 % of key-account revenue.',
  },
  {
    seed: '003',
    from: 33,
    to: 33,
    section: { en: "TD friendly users: keeping one's number", 'zh-CN': 'TD友好用户：不愿换号' },
    quote: '留 , 认 为 “5 1 O XXXX”更 具 升 值 价 值 , 不 乐 她 l7 O O 而 意 将 自己 的 号 码 变 更 为 18 段 , 是 , 选 择 自动 转 8号 于 她',
    gloss: 'A user would rather keep her old number, which she thinks more valuable, than move to a new 188 number (garbled OCR).',
  },
  {
    seed: '003',
    from: 159,
    to: 161,
    section: { en: "3G operators' strategies after the restructuring", 'zh-CN': '重组后3G运营商的运营策略' },
    quote:
      '1、我国3G电信运营商的运营策略在电信重组之后,我国电信运营商进入了全业务运营的时代。 原有的业务种类和品牌策略,已不再符合发展需求和定位。 得利于具有将3G业务投入试商用的优势,中国移动在获得牌照后的第二天,便推出“188”3G号段。',
    gloss: 'After the restructuring all three operators are full-service; China Mobile puts 3G into trial service the day after its licence.',
  },
  {
    seed: '003',
    from: 165,
    to: 165,
    section: { en: "China Telecom's entry into mobile: poaching high-end users", 'zh-CN': '中国电信进入移动市场：争夺中高端客户' },
    quote:
      '初入移动通信市场,中国电信针对中国移动的原中高端客户,通过“天翼”形象及适当的送机政策,建议139用户同步办理189的号码,以双模手机的形式实现和中国移动的共享。',
    gloss: "China Telecom targets China Mobile's mid/high-end 139 users with a 189 number and a dual-mode handset.",
  },
  {
    seed: '003',
    from: 166,
    to: 166,
    section: { en: "China Telecom's bundles", 'zh-CN': '中国电信的捆绑' },
    quote: '除此之外,中国电信还通过装宽带和办E8套餐送189号和手机的方式使之进入更多的家庭。',
    gloss: 'China Telecom gives a 189 number and a handset with broadband and E8 packages, to reach more homes.',
  },
  {
    seed: '003',
    from: 182,
    to: 184,
    section: { en: 'Using business analytics to raise G3 home-phone bundle uptake', 'zh-CN': '借助经分支撑提升G3家庭电话月租签约率' },
    quote: '借助经分支撑 提升G3家庭电话月租签约率 应用背景以及预期目标 应用思路以及实施方案 应用案例以及成效 案例经验总结与展望',
    gloss: 'A case of business analytics raising the share of G3 home-phone users signed to a monthly-rent bundle (slide titles).',
  },
  {
    seed: '003',
    from: 192,
    to: 195,
    section: { en: 'Bundle uptake by county', 'zh-CN': '各县月租捆绑比率' },
    quote: '睢县 宁陵 虞城 市区 永城 合计 郊区 夏邑 2月初参与月租 捆绑的比率 3月初参与月租捆绑的比 率',
    gloss: 'Share of G3 home-phone users in the monthly-rent bundle by county, early February and early March (table).',
  },
  {
    seed: '003',
    from: 265,
    to: 267,
    section: { en: 'Beijing Unicom positions 3G at the mid/high end', 'zh-CN': '北京联通3G定位中高端' },
    quote:
      '北京联通3G用户定位中高端 主攻白领商务人士 北京联通3G用户定位中高端主攻白领商务人士作者:暂无来源:《中国新通信》 2009年第18期9月29日,北京联通宣布3G在10月1日开始正式商用,发布仪式结束后,北京联通市场部总经理崔普成、个人客户部总经理刘京雷等高管向媒体详细解释了北京联通3G运营的计…',
    gloss: "Beijing Unicom starts 3G on 1 October 2009, aimed at white-collar and business users, with packages priced above its rivals'.",
  },
  {
    seed: '003',
    from: 270,
    to: 273,
    section: { en: 'Beijing Unicom 3G: network coverage', 'zh-CN': '北京联通3G：网络覆盖' },
    quote:
      '除了资费,网络覆盖是用户最为关注的第二大问题,对于北京地区的 WCDMA网络覆盖问题,北京联通相关人士透露,截至目前,北京联通 3G网络已经覆盖五环以内地区,基本上覆盖率达到100%,同时,五环以外的重要开发区和重要的住宅社区也都实现了3G网络覆盖。 对于郊区,该人士表示,北京重要的县城和主要景点、…',
    gloss: "After price, coverage is users' second concern; Beijing Unicom's WCDMA network covers the city inside the fifth ring.",
  },
  {
    seed: '003',
    from: 281,
    to: 283,
    section: { en: 'G3 handset Spring Festival campaign', 'zh-CN': 'G3手机新春营销活动方案' },
    quote:
      'G3手机新春营销活动方案为借助新春消费旺季加快G3手机规模发展,同时促进G3效益运营,公司决定开展全省统一G3手机新春营销活动,具体内容如下:一、活动时间:2013年1月1日起,截止时间另行通知。 二、政策内容按照“重点促进优质智能机发展”的营销思路,根据客户偏好细分,实施“合约套餐、合约消费、3G…',
    gloss: 'A province-wide G3 handset campaign from 1 January 2013 to speed up G3 growth and its profitability.',
  },
  {
    seed: '003',
    from: 284,
    to: 291,
    section: { en: 'G3 campaign: subsidies and contract length', 'zh-CN': 'G3活动：补贴与合约期' },
    quote:
      '合约套餐的套餐费不允许折扣销售,每月返还话费均为自由话费。 B、合约消费:自有渠道补贴力度约为55%,社会渠道补贴力度约50%,合约时长均为24个月。 每月返还费用中,约70%为自由话费,约30%为数据流量专款费。 (2)2000元(含)以上的4寸屏(含)以上G3智能机A、合约套餐:自有渠道补贴力度…',
    gloss:
      'Contract packages are not discounted; subsidies are about 55 % in own channels and 50 % in others, contracts run 24 months (18 for small screens), rebates paid monthly.',
  },
  {
    seed: '003',
    from: 295,
    to: 295,
    section: { en: 'G3 campaign: rewards for renewing', 'zh-CN': 'G3活动：感恩老客户' },
    quote: '2、“感恩G3老客户”活动前期参与过G3手机活动且合约到期的客户,到自有渠道参加“合约计划”购买4.0寸屏(含)以上的G3智能机,可获赠50-500元的话费奖励。',
    gloss: 'Customers whose G3 contract has expired get 50–500 RMB credit for signing a new contract with a smartphone.',
  },
  {
    seed: '003',
    from: 298,
    to: 298,
    section: { en: 'The three 3G standards', 'zh-CN': '三种3G标准' },
    quote:
      '2009年,三家电信运营商均在3G领域发力,抢占移动通信市场,三个3G标准的产业化程度存在差距,WCDMA是目前全球主流的标准,产业链更为成熟;TD-SCDMA标准的产业化程度较低,致使我公司在网络、终端等方面很难与竞争对手展开竞争;在传播上,竞争对手分别推出了“天翼带你畅游3G”和“精彩在沃”传播…',
    gloss: 'In 2009 all three operators push 3G; WCDMA is the mature global standard, TD-SCDMA lags in network and handsets.',
  },
  {
    seed: '003',
    from: 325,
    to: 325,
    section: { en: 'Tapering handset subsidies', 'zh-CN': '终端补贴逐步降低' },
    quote: '并遵循由“高补贴”、“低补贴”到“零补贴”的原则,逐步降低G3终端补贴额度并最终达到推动常态化销售的目标,提高终端补贴成本的使用效率。',
    gloss: "Subsidies go from high to low to zero over a handset's life, to make sales normal and spend subsidy money better.",
  },
  {
    seed: '003',
    from: 349,
    to: 350,
    section: { en: 'Targeting G3 customers', 'zh-CN': '锁定G3目标客户' },
    quote:
      '(三)锁定目标客户,整合有效资源,推动G3客户规模发展充分利用2G市场的客户资源、营销资源、渠道资源,精确锁定目标客户,强化“3G手机当2G卖”的营销原则,提高营销效率。 1.划分G3终端的目标客户群(1)G3手机G3手机的发展目标客户,主要锁定为全球通及中高端客户办理,以月最低消费保证全球通及中高…',
    gloss: 'Use the 2G customer base, channels and marketing; sell 3G phones like 2G ones; target mid/high-end customers, with a minimum spend.',
  },
  {
    seed: '003',
    from: 351,
    to: 351,
    section: { en: 'M-Zone campus welcome campaigns', 'zh-CN': '动感地带校园迎新' },
    quote: '同时,配合校园迎新活动的开展,挑选“音乐、时尚、游戏、视频”等特色终端,面向动感地带客户开展营销。',
    gloss: 'With campus welcome events, offer music, fashion, game and video handsets to M-Zone customers.',
  },
  {
    seed: '003',
    from: 362,
    to: 362,
    section: { en: 'M-Zone youth marketing', 'zh-CN': '动感地带青年营销' },
    quote:
      '针对动感地带客户,甄选适合娱乐、音乐、游戏等适合中低端价位的G3手机终端产品,配合动感地带校园迎新、中学生校园活动、动感讲堂等,以“大篷车”体验为主要营销手段,面向年轻客户推广G3终端。',
    gloss: 'For M-Zone customers, pick affordable entertainment handsets and promote G3 to the young with campus "caravan" trials.',
  },
  {
    seed: '003',
    from: 364,
    to: 364,
    section: { en: 'The "three no\'s": no number change', 'zh-CN': '“三不”政策：不换号' },
    quote:
      '(四)加强G3传播力度,提升G3影响力1.加大“三不”政策的传播,主要以“不换号”为切入点,挖掘“三不”带给客户的价值,广泛利用传统媒体、自有媒介和渠道资源,结合品牌、业务、终端传播进行捆绑提示,提高客户的认知,促进G3手机销售。',
    gloss: 'Promote the "three no\'s" policy, leading with "no number change": customers value keeping their number.',
  },
  {
    seed: '004',
    from: 51,
    to: 55,
    section: { en: 'Fuzhou Mobile: fine management of mid/high-end customers', 'zh-CN': '抚州移动：中高端客户精细化管理' },
    quote:
      '目录一、企业总体介绍 (2)二、以提升中高端客户服务为目标的精细化管理提出背景 (5)三、成果内容结构体系 (6)(一)、建立CRM中高端客户关系管理新系统 (6)(二)、创新打造“电话经理+客户经理”的团队营销模式 (10)(三)、率先引入员工积分考核机制 (11)(四)、成果中主要创新点 (12…',
    gloss: 'A case of fine management for mid/high-end customers: a CRM system and a team of telephone and account managers (contents).',
  },
  {
    seed: '004',
    from: 61,
    to: 63,
    section: { en: 'Retention tactics: product bundling', 'zh-CN': '保有战术：产品捆绑法' },
    quote: '战术层面:营销策划类第一式:产品捆绑法。 即通过产品组合进行优惠达到有效策划和保有。',
    gloss: 'Tactic one: product bundling; combine products with discounts to plan and keep customers.',
  },
  {
    seed: '004',
    from: 157,
    to: 159,
    section: { en: 'Star service for long-tenure customers (Gansu)', 'zh-CN': '星级服务（甘肃）' },
    quote:
      '在第47个世界电信日来临之际,甘肃移动为回馈广大客户,重磅推出星级服务,为“网龄长、消费稳定且无欠费”的优质客户提供的“话费信用透支、10086快速接入”等一系列差异化高价值专属服务,星级最高为五星,尊享不同特权。 亮点一:有惊喜自动升星无需申请你是否有过刚欠费就停机的苦恼,你是否有四处奔波为找一个…',
    gloss: 'Gansu Mobile offers star service to long-tenure, steady, debt-free customers: credit overdraft and fast 10086 access, up to five stars.',
  },
  {
    seed: '004',
    from: 317,
    to: 321,
    section: { en: 'Evaluating the effect of service', 'zh-CN': '实施效果评估' },
    quote:
      '实施效果评估方法 通过客户满意度调查,收集客户对服 务的评价和反馈,了解客户对服务质 量和满意度的真实感受。 监测客户流失率、续约率等指标,分 析客户流失原因,及时采取措施挽回 流失客户。 统计客户投诉数量和内容,分析投诉 产生的原因和规律,针对性地改进服 务质量。 对比实施前后的客户满意度、续约率…',
    gloss: 'Evaluate service by satisfaction surveys, churn and renewal rates, and complaint counts.',
  },
  {
    seed: '004',
    from: 432,
    to: 432,
    section: { en: 'The 20 % who create 80 % of value', 'zh-CN': '创造80%价值的20%客户' },
    quote: '中高端客户,这个以20%比例创造80%价值的群体,确实诱人。',
    gloss: 'The mid/high-end customers, the 20 % who create 80 % of value, are what rivals attack.',
  },
  {
    seed: '004',
    from: 469,
    to: 469,
    section: { en: 'Customer classes and VIP cards', 'zh-CN': '客户分类与VIP卡' },
    quote:
      '• 按客户属性可以分为普通个人客户、 集团个人客户和集团客户,而集团客 户根据其影响力和重要程度又分为 ABC三类,A类一般是党政机构、当地 经济支柱性企业;B类一般是中型企业、 各事业单位;C类就是小型企业和普通 群体; 全球通客户按照积分(消费1 元积1分)多少可分为贵宾卡、银卡、 金卡、钻石卡…',
    gloss:
      'Customers are individual, group-individual and group; groups are graded A, B and C; GoTone customers earn a point per RMB and are graded into VIP, silver, gold and diamond cards.',
  },
  {
    seed: '004',
    from: 499,
    to: 499,
    section: { en: 'Churn-risk score of mid/high-end customers', 'zh-CN': '中高端客户离网风险评分' },
    quote: '在库中高端离网风险综合评价得分=(高资费离网率+品牌离网率+异网关联离网率 +号码离网率+……) *100',
    gloss: 'Risk score = (high-tariff churn rate + brand churn rate + off-net-linked churn rate + number churn rate + …) × 100.',
  },
  {
    seed: '004',
    from: 505,
    to: 505,
    section: { en: 'Dispatching churn alerts', 'zh-CN': '预警派送' },
    quote: '将识别出的关键时刻信息,以标准化的结构,派送至电话经理等执行渠道; 根据服务时效性的不同,分成按月/按周/按日等几种预警的生成和派送周期',
    gloss: 'Key moments are sent in a standard form to telephone managers and other channels, monthly, weekly or daily by urgency.',
  },
  {
    seed: '004',
    from: 558,
    to: 558,
    section: { en: 'C-class groups and silver-card customers', 'zh-CN': 'C类集团与银卡客户' },
    quote: 'C类集团数量规模远小于 银卡客户',
    gloss: 'C-class groups are far fewer than silver-card customers.',
  },
  {
    seed: '004',
    from: 569,
    to: 571,
    section: { en: 'Telephone account managers', 'zh-CN': '电话客户经理' },
    quote: '电话客户经理 渠道价值运营 •服务成本较低 1:250 =》1:1000',
    gloss: 'Telephone account managers serve at lower cost: one manager per 250 customers becomes one per 1000.',
  },
  {
    seed: '004',
    from: 579,
    to: 580,
    section: { en: 'Standardised service for C-class groups', 'zh-CN': 'C类集团的标准化服务' },
    quote: 'C类集团需求趋同,可以 通过标准化产品及服务措施 来满足 电话客户经理借助电子 化服务手段,可以有效实现 对C类集团客户的规模覆盖',
    gloss: "C-class groups' needs converge and can be met with standard products; telephone managers cover them at scale with electronic tools.",
  },
  {
    seed: '004',
    from: 634,
    to: 634,
    section: { en: 'Care for high-value customers about to leave', 'zh-CN': '高价值客户离网关怀' },
    quote:
      '•1•、高价值客户在网期间服务 •(对不同 •层次的高价值客户利用3A服务体系 积•、 •分平台进行管理 •商;家联盟覆盖到积分 •卡客户•;主动关怀等 •) •2•、高价值客户离网关怀服务 •(消除在 •网不满因素•、提高在网满意因素来进行 •离网壁垒设置•对;高呼转 话•费、骤减 •等异常情况进…',
    gloss: 'Manage high-value customers with the 3A service and points platform, and care for those about to leave by removing their dissatisfaction.',
  },
  {
    seed: '004',
    from: 655,
    to: 655,
    section: { en: '"Points free travel": redeeming points', 'zh-CN': '“积分自由行”：积分兑换' },
    quote:
      '•“积分自由行”是指将VIP卡 与客户积分结合,VIP卡成为 积分的载体,具备消费积分 的功能,客户可在指定商户 消费积分兑换商品。通过一 定的折算关系(根据积分计划 规定每分折算为0.02元),积 分折算成现金进行商品价值 抵扣,使全球通的VIP卡具有 类似银行借记卡的功能。',
    gloss: 'The VIP card carries points that customers redeem at partner merchants; one point is worth 0.02 RMB.',
  },
  {
    seed: '004',
    from: 668,
    to: 670,
    section: { en: 'GoTone VIP club: the 3A service system', 'zh-CN': '全球通VIP俱乐部3A服务体系' },
    quote:
      '•全球通VIP俱乐 •部3A服务体系 •1•、A级网络服务 •(•异地补换卡•、高信 •用度延迟停机•新、业务试用等 •) •2•、A级客户服务 •(大客户经理专人服 •务•、1860专席服务 网•、站专区等 •) •3•、A级附加服务 •(社区建设 •商、家联',
    gloss:
      'A-class network service (card replacement away from home, delayed suspension), A-class customer service (a personal account manager, a dedicated hotline).',
  },
  {
    seed: '004',
    from: 720,
    to: 722,
    section: { en: 'GoTone points rules', 'zh-CN': '全球通积分规则' },
    quote:
      '•积分计算规则:在网时间积分、信用积 分规则简单化;积分结构中增加数据业 务积分项;积分兑换金额由非线性关系 调整为线性关系; •积分计算周期:积分计算周期从上年的 12月开始计算到本年的11月截止为一个 完整的积分计算周期; (产品最好)',
    gloss: 'Simpler tenure and credit points, a data-service item, redemption made linear, a points year from December to November.',
  },
  {
    seed: '004',
    from: 747,
    to: 747,
    section: { en: 'GoTone points cost control', 'zh-CN': '积分成本控制' },
    quote: '•积分成本控制:资格积分大于3500分可 以参与积分计划,积分回报率为2%,预 计年度总成本支出占全球通比例的2.3%',
    gloss: 'Customers with over 3500 qualifying points join the plan; the points return is 2 %, an expected yearly cost of 2.3 % of GoTone.',
  },
];
