/**
 * English UI strings: the reference dictionary. Every other language must have exactly these
 * keys (`Messages` below), so a missing or misspelt key is a type error, not a blank label.
 */
export const en = {
  appName: 'Telecom strategy workbench',
  scenarioLabel: 'Scenario',
  runSettings: 'Run settings',
  customers: 'Customers',
  months: 'Months',
  seed: 'Seed',
  run: 'Run',
  cancel: 'Cancel',
  progressLabel: 'Simulation progress',
  progress: (month: number, months: number) => `Month ${month} of ${months}`,
  statusIdle: 'Ready.',
  statusStarting: 'Starting the simulation…',
  statusRunning: (month: number, months: number) => `Running: month ${month} of ${months}.`,
  statusDone: (months: number, seconds: string) => `Finished ${months} months in ${seconds} s.`,
  statusCancelled: (month: number, months: number) => `Cancelled at month ${month} of ${months}.`,
  statusError: (message: string) => `The run failed: ${message}`,
  workerRestarted: 'The simulation worker stopped unexpectedly and was restarted. Press Run to try again.',
  invalidScenario: 'The scenario file has problems and cannot be run:',
  invalidSettings: 'Check the run settings:',
  charts: 'Charts',
  chartShareTitle: 'Subscriber share by operator',
  chartShareY: 'Share of subscribers (%)',
  chartChurnTitle: 'Monthly churn rate by operator',
  chartChurnY: 'Churners / subscribers at month start (%)',
  chartTop20Title: 'Top-20 % revenue share by operator',
  chartTop20Y: 'Top 20 % of customers, share of revenue (%)',
  chartTop20Reference: '80 % (the 80/20 rule)',
  chartTop20Tag: '80 %',
  axisMonth: 'Month',
  legend: 'Legend',
  noData: 'No data yet: press Run.',
  showTable: 'Show data table',
  tableMonth: 'Month',
  chartSummary: (title: string, operators: string, months: number) =>
    `${title}. Line chart of ${operators} over ${months} months. The data table below has the values.`,
} satisfies Record<string, string | ((...args: never[]) => string)>;

export type Messages = typeof en;
