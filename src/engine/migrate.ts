/**
 * Scenario documents from older schema versions, brought up to the current one before validation.
 *
 * The ladder maps a version v to the step that turns a v document into a v + 1 document; import,
 * share links and saved work all pass through `migrateScenario`, so a later schema change only
 * adds one step here. The mechanism (ordering, gaps, future versions) is also tested with a
 * test-only ladder in test/unit/engine/migrate.test.ts.
 */
import { migrateTenureV2 } from './migrations/tenure.ts';
import { migrateChallenge } from './migrations/challenges.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** Turns a document of version v into one of version v + 1 (it sets schemaVersion itself). */
export type MigrationStep = (doc: Record<string, unknown>) => Record<string, unknown>;
export type MigrationLadder = Readonly<Record<number, MigrationStep>>;

export const SCENARIO_MIGRATIONS: MigrationLadder = {
  // Version 2 added optional named variants; a version-1 document is a valid one without them.
  1: (doc) => ({ ...doc, schemaVersion: 2 }),
  // Version 3 added optional response rules per operator (reactive rivals), optional segment
  // `tenure` curves and richer challenges (a list, with goals, constraints and replications); each
  // part of the change that transforms anything has its own function.
  2: (doc) => ({ ...migrateChallenge(migrateTenureV2(doc)), schemaVersion: 3 }),
};

export type MigrationProblem =
  | { kind: 'notObject' }
  | { kind: 'missingVersion' }
  | { kind: 'badVersion'; value: string }
  | { kind: 'futureVersion'; version: number; current: number }
  | { kind: 'unsupportedVersion'; version: number; current: number };

export type MigrationResult = { ok: true; data: Record<string, unknown>; from: number } | { ok: false; problem: MigrationProblem };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Short, safe rendering of a bad version value for a message. */
function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/**
 * Brings `data` to version `current`. Does not validate the result (validateScenario does) and
 * does not change `data`: every step works on a copy.
 */
export function migrateScenario(data: unknown, ladder: MigrationLadder = SCENARIO_MIGRATIONS, current = SCHEMA_VERSION): MigrationResult {
  if (!isRecord(data)) return { ok: false, problem: { kind: 'notObject' } };
  if (!('schemaVersion' in data) || data.schemaVersion === undefined) return { ok: false, problem: { kind: 'missingVersion' } };
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: { kind: 'badVersion', value: show(version) } };
  if (version > current) return { ok: false, problem: { kind: 'futureVersion', version, current } };
  let doc: Record<string, unknown> = version === current ? data : structuredClone(data);
  for (let v = version; v < current; v++) {
    const step = ladder[v];
    if (!step) return { ok: false, problem: { kind: 'unsupportedVersion', version, current } };
    doc = step(doc);
    if (!isRecord(doc) || doc.schemaVersion !== v + 1) throw new Error(`migration step from version ${v} did not produce version ${v + 1}`);
  }
  return { ok: true, data: doc, from: version };
}

/** English wording for the CLI and tests; the app words problems from its dictionaries. */
export function describeMigrationProblem(p: MigrationProblem): string {
  switch (p.kind) {
    case 'notObject':
      return 'expected a scenario object ({ … })';
    case 'missingVersion':
      return 'schemaVersion: is required but missing';
    case 'badVersion':
      return `schemaVersion: expected a whole number ≥ 1, got ${p.value}`;
    case 'futureVersion':
      return `schemaVersion ${p.version}: made by a newer version of the workbench (this one reads up to ${p.current})`;
    case 'unsupportedVersion':
      return `schemaVersion ${p.version}: too old to convert (this one reads ${p.current})`;
  }
}
