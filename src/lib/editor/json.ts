/**
 * Parsing the raw JSON view: a syntax error is reported with its line and column (counted from 1),
 * and only a value shaped like a scenario (an object with market.segments and operators lists) may
 * replace the draft, so the forms never face a structure they cannot show.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { findJsonError, type JsonProblem } from './jsonError.ts';

export type JsonParse =
  | { ok: true; value: ScenarioInput }
  | { ok: false; kind: 'syntax'; line: number; column: number; problem: JsonProblem; found: string }
  | { ok: false; kind: 'shape' };

/** Line and column (1-based) of character offset `position` in `text`. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

const isObject = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x);

export function parseScenarioJson(text: string): JsonParse {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The engine's own message does not always say where (and is in English); the scanner says
    // where and what. It finds every error JSON.parse does; the fallback is for safety only.
    const found = findJsonError(text) ?? { offset: text.length, problem: 'end' as const, found: '' };
    return { ok: false, kind: 'syntax', ...lineColumn(text, found.offset), problem: found.problem, found: found.found };
  }
  const v = value as { market?: { segments?: unknown }; operators?: unknown } | null;
  if (
    v === null ||
    typeof v !== 'object' ||
    Array.isArray(v) ||
    typeof v.market !== 'object' ||
    v.market === null ||
    !Array.isArray(v.market.segments) ||
    !Array.isArray(v.operators) ||
    ![...v.market.segments, ...v.operators].every(isObject)
  )
    return { ok: false, kind: 'shape' };
  return { ok: true, value: value as ScenarioInput };
}
