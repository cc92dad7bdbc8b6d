/**
 * The result JSON's per-operator keys as model.md §8 writes them, restated here so that a contract
 * test fails when the writer drops one (importing the writer's own list would pass regardless).
 */
export const CONTRACT_OPERATOR_KEYS =
  'subscribers grossAdds churned churnRate subscriberShare revenue revenueShare arpu profit top20RevenueShare top20ProfitShare gini'.split(
    ' ',
  ) as readonly string[];
