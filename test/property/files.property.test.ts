import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type ScenarioInput } from '../../src/engine/schema.ts';
import { describeImportProblem } from '../../src/lib/files/describe.ts';
import { readScenarioText, scenarioFileText, type ImportResult } from '../../src/lib/files/scenarioFile.ts';
import { readShareHash, shareHash } from '../../src/lib/files/shareLink.ts';
import { en, zhCN } from '../../src/lib/i18n/dictionaries.ts';
import { scenarioArb } from '../helpers/arbitraries.ts';
import { readScenarioInput } from '../helpers/scenarios.ts';

/** Valid scenarios as documents, with titles that may hold any text (markup, emoji, Chinese). */
const documents = fc
  .tuple(scenarioArb(), fc.string({ maxLength: 60, unit: 'grapheme' }), fc.string({ maxLength: 60 }))
  .map(([s, en, zh]) => ({ ...s, title: { en, 'zh-CN': zh } }) as ScenarioInput);

/** Every result is either a scenario or a problem both languages can word. */
function expectWorded(result: ImportResult | null): void {
  if (result === null || result.ok) return;
  expect(describeImportProblem(result.problem, en).length).toBeGreaterThan(5);
  expect(describeImportProblem(result.problem, zhCN).length).toBeGreaterThan(3);
}

describe('files and links (properties)', () => {
  it('scenario → file text → scenario is the identity', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        expect(readScenarioText(scenarioFileText(doc))).toEqual({ ok: true, input: doc, migratedFrom: SCHEMA_VERSION });
      }),
      { numRuns: 60 },
    );
  });

  it('scenario → share link → scenario is the identity', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        expect(await readShareHash(await shareHash(doc))).toEqual({ ok: true, input: doc, migratedFrom: SCHEMA_VERSION });
      }),
      { numRuns: 40 },
    );
  });

  it('fuzzed file text (any string, any JSON value, deep nesting) never throws and always says what is wrong', () => {
    const deep = fc.integer({ min: 1, max: 5000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n));
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      deep,
    );
    fc.assert(
      fc.property(text, (t) => {
        expectWorded(readScenarioText(t));
      }),
      { numRuns: 300 },
    );
  });

  it('a valid file with one field replaced by junk is refused with the field path, or still valid', () => {
    // Issue paths read like operators[0].pricing.tariffIndex.
    const pathText = (path: string[]) => path.map((k, i) => (/^\d+$/.test(k) ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
    const within = (inner: string, outer: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
    const base = readScenarioInput('default');
    const paths: string[][] = [];
    const walk = (value: unknown, path: string[]) => {
      if (path.length > 0) paths.push(path);
      if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, junk) => {
        const doc = structuredClone(base) as unknown as Record<string, unknown>;
        let at = doc;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[path[path.length - 1]] = junk;
        const result = readScenarioText(JSON.stringify(doc));
        expectWorded(result);
        if (result.ok || result.problem.kind !== 'invalid') return;
        const { issues } = result.problem;
        expect(issues.every((i) => typeof i.path === 'string' && i.message.length > 0)).toBe(true);
        // Some issue is at the replaced field, inside it, or at a field that holds it (a sum of
        // shares, the market's size); or, when an id was replaced, where the old id is used.
        const field = pathText(path);
        const replaced = path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], base);
        const related = issues.filter(
          (i) => within(i.path, field) || within(field, i.path) || (path.at(-1) === 'id' && 'id' in i.params && i.params.id === replaced),
        );
        expect(related, `${field} replaced by ${JSON.stringify(junk)}: ${issues.map((i) => i.path).join(', ')}`).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('fuzzed link hashes never throw and always say what is wrong', async () => {
    const hash = fc.oneof(
      fc.string({ maxLength: 200 }).map((s) => `#s=${s}`),
      fc.base64String({ maxLength: 400 }).map((s) => `#s=${s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')}`),
      fc.string({ maxLength: 50 }).map((s) => `#${s}`),
    );
    await fc.assert(
      fc.asyncProperty(hash, async (h) => {
        expectWorded(await readShareHash(h));
      }),
      { numRuns: 200 },
    );
  });
});
