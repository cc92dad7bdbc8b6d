import type { Dictionary } from './dictionary.ts';

/** English strings of the band charts, interval texts, replications view and batch estimates (pool). */
export const replicationsEn = {
  intervalMeanHalf: (mean: string, half: string) => `${mean} ± ${half}`,
  intervalRange: (lo: string, hi: string) => `[${lo}, ${hi}]`,
  intervalSpoken: (mean: string, lo: string, hi: string) => `mean ${mean}, 95% interval ${lo} to ${hi}`,
  bandLo: (name: string) => `${name} 95% low`,
  bandHi: (name: string) => `${name} 95% high`,
  bandMean: (name: string) => `${name} mean`,
  bandLegend: '95% interval (shaded)',
  bandHint: 'Move along the months with ← and → or the pointer to read each mean and its interval.',
  bandZero: 'no difference',
  bandSummary: (title: string, names: string, months: number) =>
    `${title}: the mean of each of ${names} month by month over ${months} months, with the 95% interval as a shaded band.`,
  estimateLine: (runs: number, workers: number, time: string, memory: string) =>
    `${runs === 1 ? '1 run' : `${runs} runs`} on ${workers === 1 ? '1 worker' : `${workers} workers`}: about ${time}, about ${memory} of memory.`,
  estimateMeasured: 'Time from the last run on this device.',
  estimateUnmeasured: 'Time is a first guess until a run has been timed on this device.',
  estimateFewerWorkers: (workers: number) => `Only ${workers} worker(s) fit in the memory this device allows; the batch runs slower.`,
  estimateRefused: (need: string, budget: string) =>
    `Not started: this would need about ${need} of memory, more than the ${budget} this device allows one tab. Use fewer customers, months or runs.`,
  estimateConfirm: (time: string) => `This will take about ${time}. The app stays usable meanwhile, and you can cancel at any moment.`,
  estimateRunAnyway: 'Run anyway',
  estimateDontRun: 'Don’t run',
  estimateMegabytes: (mb: string) => `${mb} MB`,
  estimateGigabytes: (gb: string) => `${gb} GB`,
  estimateTooBig: (customers: string, growth: string, months: number, peak: string, limit: string) =>
    `${customers} customers growing ${growth}% a month for ${months} months would reach ${peak}, over the limit of ${limit}. Use fewer customers or months.`,
  repIntro:
    'Runs the scenario being edited on several seeds and shows each figure as the mean over runs with its 95% interval (Student t): a difference smaller than the interval is noise.',
  repCount: 'Replications',
  repCustomers: 'Customers',
  repMonths: 'Months',
  repSeeds: (first: number, last: number) => (first === last ? `Seed ${first} (the scenario’s)` : `Seeds ${first} to ${last} (from the scenario’s seed)`),
  repPool: (workers: number) => `Worker pool: ${workers}`,
  repRun: 'Run replications',
  repHeading: (runs: number, customers: string, months: number, first: number, last: number) =>
    `${runs} replication${runs === 1 ? '' : 's'} · ${customers} customers × ${months} months · seeds ${first}–${last}`,
  repKeyTitle: (month: number) => `Key figures at the horizon (month ${month}): mean ± 95% interval`,
  repOneRun: 'One replication has no interval: run two or more to see how much the figures vary.',
  repStale: 'The scenario or the settings changed since these results; run again to update them.',
  repOperator: 'Operator',
  repShare: 'Subscriber share',
  repChurn: 'Monthly churn',
  repGrossAdds: 'Gross adds (month)',
  repRevenue: 'Revenue (RMB, month)',
  repProfit: 'Profit (RMB, month)',
  repTop20: 'Top-20% revenue share',
  repDownloadCsv: 'Download table (CSV)',
  repShareY: 'Subscriber share (%)',
  repChurnY: 'Churn (%)',
  repTop20Y: 'Top-20% revenue share (%)',
  repProfitY: 'Profit (RMB)',
  repProfitTitle: 'Profit per month',
} satisfies Dictionary;
