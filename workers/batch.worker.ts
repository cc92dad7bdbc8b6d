/**
 * Thin Comlink wrapper for the analysis pool: runs one whole scenario and answers with its summary
 * (outcomes and a few monthly series), small enough to send for each of hundreds of replications.
 * A cancel terminates the worker; runs are independent, so nothing is lost but the current run.
 */
import * as Comlink from 'comlink';
import { summarizeRun } from '../src/engine/analysis/summary.ts';
import { runScenario } from '../src/engine/simulation.ts';
import type { BatchWorkerApi } from '../src/lib/analysis/batchProtocol.ts';

const api: BatchWorkerApi = {
  summarize({ scenario, overrides }) {
    const summary = summarizeRun(runScenario(scenario, overrides));
    const buffers = summary.series.flatMap((fields) => Object.values(fields).map((series) => series.buffer));
    return Comlink.transfer(summary, buffers);
  },
};

Comlink.expose(api);
