/**
 * Version 2 → 3, challenges: version 2 had at most one single-goal `challenge` ({ goal text,
 * operator, metric, comparison, target, month? }); version 3 has a list of `challenges`, each with
 * goals, constraints and replications. The old one becomes the list's only entry, with one goal and
 * no constraints, so it asks exactly what it asked before.
 */
type Doc = Record<string, unknown>;

const isRecord = (x: unknown): x is Doc => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The version-2 document's challenge as a version-3 `challenges` list (fields it lacks stay absent, for the validator to name). */
export function migrateChallenge(doc: Doc): Doc {
  const { challenge, ...rest } = doc;
  if (challenge === undefined) return rest;
  if (!isRecord(challenge)) return { ...rest, challenges: [challenge] };
  const { goal, operator, metric, comparison, target, month } = challenge;
  const newGoal: Doc = { metric, comparison, target };
  if (month !== undefined) newGoal.month = month;
  // The version-2 goal text was the whole brief; it becomes both title and brief.
  const title = isRecord(goal) ? goal : { en: String(goal ?? ''), 'zh-CN': String(goal ?? '') };
  return { ...rest, challenges: [{ id: 'challenge', title, brief: title, operator, goals: [newGoal], replications: 1 }] };
}
