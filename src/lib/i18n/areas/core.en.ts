import type { Dictionary } from './dictionary.ts';

/** English strings of the first screen (header, run bar, first three charts). */
export const coreEn = {
  appName: 'Telecom strategy workbench',
  scenarioLabel: 'Scenario',
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
  charts: 'Charts',
  legend: 'Legend',
} satisfies Dictionary;
