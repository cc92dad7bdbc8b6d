import { describe, expect, it } from 'vitest';
import { lineColumn, parseScenarioJson } from '../../../src/lib/editor/json.ts';
import { JSON_PROBLEMS } from '../../../src/lib/editor/jsonError.ts';
import { jsonProblemText } from '../../../src/lib/editor/jsonProblemText.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import defaultJson from '../../../scenarios/default.json' with { type: 'json' };

describe('raw JSON view parsing', () => {
  it('accepts a scenario', () => {
    const parsed = parseScenarioJson(JSON.stringify(defaultJson, null, 2));
    expect(parsed.ok).toBe(true);
  });

  it('names the line and column of a syntax error', () => {
    const text = '{\n  "id": "x",\n  "title": }\n';
    const parsed = parseScenarioJson(text);
    expect(parsed).toMatchObject({ ok: false, kind: 'syntax', line: 3, column: 12 });
    // At line 3, column 12 stands "}" where a value should be.
    expect(parsed).toMatchObject({ problem: 'value', found: '"}"' });
  });

  it('words every syntax problem in both languages (Chinese without English words)', () => {
    for (const problem of JSON_PROBLEMS) {
      const english = jsonProblemText(en, problem, '"}"');
      const chinese = jsonProblemText(zhCN, problem, '"}"');
      expect(english.length, problem).toBeGreaterThan(5);
      expect(chinese, problem).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese, problem).not.toMatch(/[a-z]{3,}/); // abbreviations such as JSON are fine
    }
  });

  it('puts an unexpected end at the end of the text', () => {
    const parsed = parseScenarioJson('{\n  "id": "x",\n');
    expect(parsed).toMatchObject({ ok: false, kind: 'syntax', line: 3 });
  });

  it('refuses JSON that is not shaped like a scenario, so the forms never break', () => {
    for (const text of ['42', '[]', 'null', '{"market": {}}', '{"market": {"segments": []}, "operators": [1]}'])
      expect(parseScenarioJson(text)).toMatchObject({ ok: false, kind: 'shape' });
    // but schema problems are the validator's job: a shaped scenario with bad values passes here
    expect(parseScenarioJson('{"market": {"segments": [{}]}, "operators": [{}, {}]}').ok).toBe(true);
  });

  it('counts lines and columns from 1', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('JSON error scanner', () => {
  it('finds no error in valid JSON of any shape', async () => {
    const { findJsonError } = await import('../../../src/lib/editor/jsonError.ts');
    for (const text of ['{}', '[1, -2.5e3, "a\\u00e9\\n", true, false, null]', JSON.stringify(defaultJson, null, 2)]) expect(findJsonError(text)).toBeNull();
  });

  it('agrees with JSON.parse on what fails, and points at the first bad character', async () => {
    const { findJsonError } = await import('../../../src/lib/editor/jsonError.ts');
    const cases: [string, number][] = [
      ['{"a": 1,}', 8],
      ['{"a" 1}', 5],
      ['[1 2]', 3],
      ["{'a': 1}", 1],
      ['{"a": 01}', 7],
      ['{"a": "x\ny"}', 8],
      ['{"a": 1} x', 9],
      ['{"a": tru}', 6],
    ];
    for (const [text, offset] of cases) {
      expect(() => JSON.parse(text), text).toThrow();
      expect(findJsonError(text)?.offset, text).toBe(offset);
    }
  });
});
