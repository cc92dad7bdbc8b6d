/**
 * A challenge's lever constraints: the trainee's scenario is compared with the preset's field by
 * field (analysis/patch.ts changedPaths) and every change outside the allowed levers or their
 * ranges is reported by path. Fields that are not strategy (texts, teaching notes, the
 * challenges themselves) and the run's seed and size, which the judging sets, are not levers.
 */
import { changedPaths } from '../analysis/patch.ts';
import type { Challenge, LeverRule, Scenario } from '../schema.ts';

/** Roots and paths that a trainee's change never counts against. */
const NOT_LEVERS = new Set(['$schema', 'schemaVersion', 'id', 'title', 'description', 'sources', 'objectives', 'lookAt', 'variants', 'challenges']);
const RUN_SETTINGS = new Set(['market.seed', 'market.customers']);

export type LeverViolation =
  | { path: string; kind: 'notAllowed'; preset: unknown; value: unknown }
  | { path: string; kind: 'belowMin' | 'aboveMax'; preset: unknown; value: unknown; limit: number };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A rule's path as a pattern: `[*]` matches any index, and fields under the path are included. */
export function rulePattern(path: string): RegExp {
  return new RegExp(`^${escape(path).replace(/\\\[\\\*\\\]/g, '\\[\\d+\\]')}(?=$|[.[])`);
}

/** Every number in a value (a number, or an object or list of them: a per-segment value, a list of tiers). */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value !== null && typeof value === 'object') for (const x of Object.values(value)) numbersIn(x, out);
  return out;
}

function rootOf(path: string): string {
  return path.split(/[.[]/, 1)[0];
}

export function leverViolations(challenge: Pick<Challenge, 'constraints'>, preset: Scenario, trainee: Scenario): LeverViolation[] {
  const rules: LeverRule[] | undefined = challenge.constraints.levers;
  const patterns = rules?.map((r) => ({ rule: r, re: rulePattern(r.path) }));
  const out: LeverViolation[] = [];
  for (const change of changedPaths(preset, trainee)) {
    if (NOT_LEVERS.has(rootOf(change.path)) || RUN_SETTINGS.has(change.path)) continue;
    if (!patterns) continue;
    const match = patterns.find((p) => p.re.test(change.path));
    if (!match) {
      out.push({ path: change.path, kind: 'notAllowed', preset: change.baseline, value: change.variant });
      continue;
    }
    const { min, max } = match.rule;
    for (const x of numbersIn(change.variant)) {
      if (min !== undefined && x < min) {
        out.push({ path: change.path, kind: 'belowMin', preset: change.baseline, value: change.variant, limit: min });
        break;
      }
      if (max !== undefined && x > max) {
        out.push({ path: change.path, kind: 'aboveMax', preset: change.baseline, value: change.variant, limit: max });
        break;
      }
    }
  }
  return out;
}

/** English one-liner for the CLI and tests (the app words violations from its dictionaries). */
export function describeViolation(v: LeverViolation): string {
  const show = (x: unknown) => JSON.stringify(x);
  switch (v.kind) {
    case 'notAllowed':
      return `${v.path}: this challenge does not let you change it (preset ${show(v.preset)}, yours ${show(v.value)})`;
    case 'belowMin':
      return `${v.path}: ${show(v.value)} is below the allowed minimum ${v.limit}`;
    case 'aboveMax':
      return `${v.path}: ${show(v.value)} is above the allowed maximum ${v.limit}`;
  }
}
