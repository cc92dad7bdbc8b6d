/**
 * Runs the claims of some presets (claims.ts) at each preset's own size and seed: one test per
 * note and per description or objective claim, each run made once per file. Set CLAIMS_REPORT=1
 * to print every figure measured, passing or not.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, presetRuns, type Check, type Runs } from '../../helpers/claims.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';
import { CLAIMS } from './claims.ts';

const report = !!process.env.CLAIMS_REPORT;

/**
 * The presets of each claims file, balanced by the runs they need (churn-early-warning alone
 * makes eleven) so that the files take about as long as each other when they run in parallel.
 */
export const CLAIM_FILES: Record<string, string[]> = {
  a: ['churn-early-warning', 'campus-challenger', 'price-war'],
  b: ['acquire-vs-retain', 'default', 'gotone-vip-tiers', 'bundle-push'],
  c: ['key-account-defence', 'phone-account-managers', 'number-portability', '3g-migration', 'service-recovery', 'dominant-incumbent'],
  d: ['retention-economics'],
};

function checkAll(checks: Check[], runs: Runs) {
  for (const check of checks) {
    const { pass, message } = evaluate(check, runs);
    if (report) console.log(`${pass ? 'ok  ' : 'FAIL'} ${message}`);
    expect.soft(pass, message).toBe(true);
  }
}

export function describeClaims(ids: string[]) {
  for (const id of ids)
    describe(`preset ${id}: its notes hold at its own size and seed`, () => {
      const claims = CLAIMS[id];
      const notes = readScenarioInput(id).lookAt ?? [];
      const runs = presetRuns(id, claims);
      claims.notes.forEach((note, i) =>
        it(`note ${i} (${note.view}${note.month === undefined ? '' : `, month ${note.month}`}): ${note.reason}`, () => {
          if (report) console.log(`${id} note ${i}: ${notes[i]?.note.en}`);
          checkAll(note.checks, runs);
        }),
      );
      for (const text of claims.text ?? [])
        it(`${text.where}: ${text.reason}`, () => {
          if (report) console.log(`${id} ${text.where}`);
          checkAll(text.checks, runs);
        });
    });
}
