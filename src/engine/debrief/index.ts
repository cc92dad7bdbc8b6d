/** Debriefs: a run (and its comparison with the preset) told in sentences with cited numbers. */
export { debrief, MAX_SENTENCES } from './debrief.ts';
export { formatValue } from './format.ts';
export { LANGS as LANGS_FOR_TESTS } from './types.ts';
export { resolveRef } from './refs.ts';
export type { CitedValue, DebriefInput, DebriefSentence, Lang, Ref, SeedCitation, ValueFormat } from './types.ts';
export { DEFAULT_REPLICATIONS, runAttempt, type Attempt, type DebriefReport } from './attempt.ts';
