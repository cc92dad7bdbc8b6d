import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/engine/schema.ts';
import { describeImportProblem } from '../../../src/lib/files/describe.ts';
import {
  MAX_NESTING,
  MAX_SCENARIO_BYTES,
  nestingDepth,
  readScenarioFile,
  readScenarioText,
  scenarioFileName,
  scenarioFileText,
} from '../../../src/lib/files/scenarioFile.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

const message = (text: string) => {
  const result = readScenarioText(text);
  if (result.ok) throw new Error('expected the text to be refused');
  return { en: describeImportProblem(result.problem, en), zh: describeImportProblem(result.problem, zhCN), kind: result.problem.kind };
};

describe('importing scenario files', () => {
  it('a file the workbench wrote opens as the same document (pretty-printed, named by id)', () => {
    const input = readScenarioInput('default');
    const text = scenarioFileText(input);
    expect(text).toContain(`\n  "schemaVersion": ${SCHEMA_VERSION},`);
    expect(readScenarioText(text)).toEqual({ ok: true, input, migratedFrom: SCHEMA_VERSION });
    expect(scenarioFileName(input)).toBe('default.json');
    expect(scenarioFileName({ ...input, id: '../../etc/passwd' })).toBe('etc-passwd.json');
    // A byte-order mark (some editors add one) is not a problem.
    expect(readScenarioText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('not JSON, empty, or not an object: says so', () => {
    expect(message('{ "schemaVersion": 1, ').kind).toBe('notJson');
    expect(message('{ "schemaVersion": 1, ').en).toBe('it is not valid JSON: line 1, column 23: the text ends too early.');
    expect(message('{\n  "id": x }').en).toBe('it is not valid JSON: line 2, column 9: expected a value, found "x".');
    expect(message('{\n  "id": x }').zh).toBe('内容不是有效的 JSON：第 2 行第 9 列，此处应为一个值，实际为 "x"。');
    expect(message('   ').kind).toBe('empty');
    expect(message('[1, 2, 3]').en).toMatch(/not a scenario/);
    expect(message('"hello"').kind).toBe('version');
  });

  it('wrong schema: names the field paths', () => {
    const input = readScenarioInput('default') as unknown as { operators: { brand: unknown }[]; market: Record<string, unknown> };
    input.operators[1].brand = 7;
    delete input.market.customers;
    const m = message(JSON.stringify(input));
    expect(m.kind).toBe('invalid');
    expect(m.en).toContain('operators[1].brand: expected a number ≤ 1, got 7');
    expect(m.en).toContain('market.customers: is required but missing');
    expect(m.zh).toContain('operators[1].brand: 应不大于 1，实际为 7');
    expect(m.zh).toContain('market.customers: 缺少此项（必填）');
  });

  it('a future schemaVersion is "made by a newer version", a missing one is not a workbench file', () => {
    const input = { ...readScenarioInput('default'), schemaVersion: SCHEMA_VERSION + 1 };
    expect(message(JSON.stringify(input)).en).toContain(
      `made by a newer version of the workbench (schemaVersion ${SCHEMA_VERSION + 1}; this one reads up to ${SCHEMA_VERSION})`,
    );
    const { schemaVersion: _drop, ...noVersion } = readScenarioInput('default');
    void _drop;
    expect(message(JSON.stringify(noVersion)).en).toMatch(/schemaVersion is missing/);
    expect(message(JSON.stringify({ ...noVersion, schemaVersion: 'one' })).en).toMatch(/schemaVersion must be a whole number, got "one"/);
  });

  it('a title with markup is accepted as plain text (it is data, and the UI renders it as text)', () => {
    const input = readScenarioInput('default');
    input.title = { en: '<img src=x onerror="alert(1)"><b>Bold</b>', 'zh-CN': '<script>alert(1)</script>' };
    const result = readScenarioText(JSON.stringify(input));
    expect(result.ok && result.input.title).toEqual(input.title);
  });

  it('megabytes of junk are refused before parsing, with the size in the message', async () => {
    const junk = 'x'.repeat(MAX_SCENARIO_BYTES + 1);
    expect(message(junk)).toMatchObject({ kind: 'tooLarge', en: 'it is 2.0 MB, larger than the limit of 2.0 MB.' });
    // Multi-byte text is measured in bytes, not characters.
    const chinese = `"${'中'.repeat(Math.ceil(MAX_SCENARIO_BYTES / 3) + 10)}"`;
    expect(chinese.length).toBeLessThan(MAX_SCENARIO_BYTES);
    expect(message(chinese).kind).toBe('tooLarge');
    // A file's size is checked before it is read at all.
    const file = new Blob([new Uint8Array(MAX_SCENARIO_BYTES + 10)]);
    const result = await readScenarioFile(file);
    expect(!result.ok && result.problem.kind).toBe('tooLarge');
  });

  it('a JSON bomb of nesting is refused without recursing into it', () => {
    const bomb = '['.repeat(500_000) + ']'.repeat(500_000);
    expect(message(bomb)).toMatchObject({ kind: 'tooDeep', en: `it nests more than ${MAX_NESTING} levels deep, which no scenario does.` });
    // Brackets inside strings do not count.
    expect(nestingDepth('{"a": "[[[[{{{{\\"[[", "b": [1, {"c": 2}]}')).toBe(3);
    expect(nestingDepth(scenarioFileText(readScenarioInput('default')))).toBeLessThan(MAX_NESTING / 2);
  });
});
