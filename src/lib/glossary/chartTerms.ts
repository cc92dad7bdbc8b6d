/**
 * The glossary term behind each workbench chart, linked from the chart's title. Only ids and names:
 * every chart card imports this at start, while the glossary itself loads when opened.
 */
export const CHART_TERMS: Readonly<Record<string, { id: string; en: string; zh: string }>> = {
  subscribers: { id: 'market-share', en: 'Subscriber share', zh: '用户市场份额' },
  churn: { id: 'churn', en: 'Churn rate', zh: '离网率' },
  concentration: { id: 'eighty-twenty', en: '80/20 rule', zh: '二八定律' },
  lorenz: { id: 'lorenz', en: 'Lorenz curve', zh: '洛伦兹曲线' },
  cohorts: { id: 'cohort', en: 'Cohort', zh: '客户群组' },
  clv: { id: 'clv', en: 'Customer lifetime value', zh: '客户生命周期价值' },
  money: { id: 'arpu', en: 'ARPU', zh: '每用户平均收入' },
};
