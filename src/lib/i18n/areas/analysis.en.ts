import type { Dictionary } from './dictionary.ts';

/** English strings shared by the analysis views: the view switch and the batch progress line. */
export const analysisEn = {
  analysisTab: 'Analysis',
  analysisViews: 'Analysis views',
  analysisCompare: 'Compare',
  analysisReplications: 'Replications',
  analysisSweep: 'Sweep',
  analysisTornado: 'Sensitivity',
  analysisNeedsValidScenario: 'Fix the scenario’s problems first: an analysis runs the scenario as it is.',
  batchProgressLabel: 'Runs finished',
  batchProgress: (done: number, total: number) => `${done} of ${total} runs`,
  batchEta: (time: string) => `about ${time} left`,
  batchCancelled: 'Cancelled. Nothing was kept from the unfinished batch.',
  batchFailed: (message: string) => `The analysis stopped: ${message}. The workers were restarted; run it again.`,
  batchSeconds: (seconds: string) => `${seconds} s`,
  batchMinutes: (minutes: string) => `${minutes} min`,
} satisfies Dictionary;
