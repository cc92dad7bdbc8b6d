/**
 * Reading and writing scenario files. Everything that enters from outside (a file, a dropped file,
 * a share link) goes through `readScenarioText`: size limit before parsing, a nesting limit before
 * JSON.parse, schema migration, then validation. The result is a value, never an exception, so a
 * bad file can only ever produce a message and leave the user's draft alone.
 */
import { lineColumn } from '../editor/json.ts';
import { findJsonError, type JsonProblem } from '../editor/jsonError.ts';
import { migrateScenario, type MigrationProblem } from '../../engine/migrate.ts';
import type { ScenarioInput } from '../../engine/schema.ts';
import { validateScenario, type ValidationIssue } from '../../engine/validate.ts';

/** Far above any real scenario (the largest preset is a few tens of kB). */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;
/** A scenario nests about eight levels deep; anything far deeper is not a scenario. */
export const MAX_NESTING = 32;

export type ImportProblem =
  | { kind: 'tooLarge'; bytes?: number; limit: number }
  | { kind: 'empty' }
  | { kind: 'tooDeep'; limit: number }
  | { kind: 'notJson'; line: number; column: number; problem: JsonProblem; found: string }
  | { kind: 'version'; problem: MigrationProblem }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'linkEncoding' }
  | { kind: 'linkCorrupt' }
  | { kind: 'unreadable'; detail: string };

export type ImportResult = { ok: true; input: ScenarioInput; migratedFrom: number } | { ok: false; problem: ImportProblem };

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** Deepest nesting of arrays/objects in JSON text, counted without parsing (strings skipped). */
export function nestingDepth(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

/** Parses, migrates and validates scenario file text; keeps the document as written (no defaults filled in). */
export function readScenarioText(text: string): ImportResult {
  // A string longer than the limit has at least that many UTF-8 bytes: no need to encode it.
  if (text.length > MAX_SCENARIO_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: text.length, limit: MAX_SCENARIO_BYTES } };
  const bytes = utf8Length(text);
  if (bytes > MAX_SCENARIO_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes, limit: MAX_SCENARIO_BYTES } };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  if (nestingDepth(body, MAX_NESTING) > MAX_NESTING) return { ok: false, problem: { kind: 'tooDeep', limit: MAX_NESTING } };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    // Where and what, as a code the UI words in its language (the engine's message is English).
    const at = findJsonError(body) ?? { offset: body.length, problem: 'end' as const, found: '' };
    return { ok: false, problem: { kind: 'notJson', ...lineColumn(body, at.offset), problem: at.problem, found: at.found } };
  }
  return readScenarioValue(data);
}

/** Migrates and validates an already parsed document (saved work, autosave). */
export function readScenarioValue(data: unknown): ImportResult {
  const migrated = migrateScenario(data);
  if (!migrated.ok) return { ok: false, problem: { kind: 'version', problem: migrated.problem } };
  const checked = validateScenario(migrated.data);
  if (!checked.ok) return { ok: false, problem: { kind: 'invalid', issues: checked.issues } };
  return { ok: true, input: migrated.data as unknown as ScenarioInput, migratedFrom: migrated.from };
}

/** Reads a picked or dropped file, refusing big ones before reading them. */
export async function readScenarioFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: file.size, limit: MAX_SCENARIO_BYTES } };
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return { ok: false, problem: { kind: 'unreadable', detail: err instanceof Error ? err.message : String(err) } };
  }
  return readScenarioText(text);
}

/** The file as the workbench writes it: pretty-printed, with a final newline. */
export function scenarioFileText(input: ScenarioInput): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}

/** `<id>.json`, with anything unsafe in a file name replaced (the id of an invalid draft may be anything). */
export function scenarioFileName(input: ScenarioInput): string {
  const id =
    typeof input.id === 'string'
      ? input.id
          .replace(/[^A-Za-z0-9._-]+/g, '-')
          .replace(/^[.-]+/, '')
          .slice(0, 64)
      : '';
  return `${id || 'scenario'}.json`;
}
