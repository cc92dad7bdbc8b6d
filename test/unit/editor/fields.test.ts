/**
 * The field registry (src/lib/editor/fields.ts) against the scenario schema: every lever of an
 * operator and every market and segment field has an entry, and the ranges an entry shows are the
 * ones validation really enforces (checked by validating scenarios at and beyond each limit).
 */
import { describe, expect, it } from 'vitest';
import { MarketSchema, OperatorSchema, SegmentSchema, type ScenarioInput } from '../../../src/engine/schema.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import {
  CHANGE_MONTH,
  EVENT_FIELDS,
  MARKET_FIELDS,
  OPERATOR_FIELDS,
  SCHEDULABLE_FIELDS,
  SEGMENT_FIELDS,
  eventFields,
  fromDisplay,
  toDisplay,
  type FieldSpec,
} from '../../../src/lib/editor/fields.ts';
import { leafPaths } from '../../../src/lib/editor/schemaInfo.ts';
import { formatPath, setAt, type FieldPath } from '../../../src/engine/path.ts';
import defaultJson from '../../../scenarios/default.json' with { type: 'json' };

const base = () => structuredClone(defaultJson) as unknown as ScenarioInput;
const key = (path: FieldPath) => path.join('.');

/** Issues at exactly this field (or inside it, for per-segment maps). */
function issuesAt(input: ScenarioInput, path: FieldPath): string[] {
  const result = validateScenario(input);
  if (result.ok) return [];
  const at = formatPath(path);
  return result.issues.filter((i) => i.path === at || i.path.startsWith(`${at}.`)).map((i) => i.message);
}

describe('field registry covers the schema', () => {
  it('every lever of an operator has exactly one entry', () => {
    const schemaLeaves = leafPaths(OperatorSchema, { tiers: 4 })
      .map(key)
      // identity, the schedule and response rules are edited by the editor's own forms, not as levers
      .filter((k) => !['id', 'name.en', 'name.zh-CN', 'color', 'schedule', 'responses'].includes(k));
    const registry = OPERATOR_FIELDS.map((f) => key(f.path));
    expect(new Set(registry).size).toBe(registry.length);
    expect([...registry].sort()).toEqual([...schemaLeaves].sort());
    // the leaves include the per-tier service fields and nested bundle fields
    expect(registry).toContain('service.tiers.3.accountManagerRatio');
    expect(registry).toContain('pricing.bundle.lockIn');
  });

  it('every market field but the segment list has an entry', () => {
    const schemaLeaves = leafPaths(MarketSchema)
      .map(key)
      .filter((k) => k !== 'segments');
    expect(MARKET_FIELDS.map((f) => key(f.path)).sort()).toEqual(schemaLeaves.sort());
  });

  it('every numeric segment field has an entry (the three tier thresholds one each)', () => {
    const schemaLeaves = leafPaths(SegmentSchema)
      .map(key)
      .filter((k) => !['id', 'name.en', 'name.zh-CN'].includes(k));
    const registry = [...new Set(SEGMENT_FIELDS.map((f) => (f.path[0] === 'tierThresholds' ? 'tierThresholds' : key(f.path))))];
    expect(registry.sort()).toEqual(schemaLeaves.sort());
  });

  it('scheduled changes may set every lever group but position and costs', () => {
    expect(SCHEDULABLE_FIELDS.some((f) => f.group === 'position')).toBe(false);
    expect(SCHEDULABLE_FIELDS.length).toBe(OPERATOR_FIELDS.filter((f) => f.group !== 'position').length);
  });

  it('event fields follow the event type', () => {
    const keys = (type: string) =>
      eventFields(type)
        .map((f) => f.key)
        .sort();
    expect(keys('outage')).toEqual(['durationMonths', 'incidentRate', 'month']);
    expect(keys('priceCut')).toEqual(['factor', 'month']);
    expect(keys('networkLaunch')).toEqual(['month', 'network']);
    expect(keys('portability')).toEqual(['month']);
    expect(EVENT_FIELDS.length).toBe(5);
  });
});

describe('field ranges are the schema limits', () => {
  it('reads known limits, integer rules and defaults out of the schema', () => {
    const f = (k: string) => OPERATOR_FIELDS.find((x) => x.key === k)!;
    expect([f('pricing.tariffIndex').min, f('pricing.tariffIndex').max, f('pricing.tariffIndex').defaultValue]).toEqual([0.1, 5, 1]);
    expect([f('contracts.lengthMonths').min, f('contracts.lengthMonths').max, f('contracts.lengthMonths').integer]).toEqual([0, 48, true]);
    expect([f('service.tiers.0.accountManagerRatio').max, f('service.tiers.0.accountManagerRatio').tier]).toEqual([100_000, 0]);
    expect([f('crm.precision').min, f('crm.precision').defaultValue]).toEqual([0.01, 0.3]);
    expect(f('crm.targeting').options).toEqual(['valueRisk', 'value', 'risk', 'random']);
    expect(f('brand').optional).toBe(false);
    expect([CHANGE_MONTH.min, CHANGE_MONTH.max, CHANGE_MONTH.path]).toEqual([1, 240, ['month']]);
  });

  const numeric = (fields: readonly FieldSpec[]) => fields.filter((f) => f.kind === 'number' || f.kind === 'perSegment');

  it.each(numeric(OPERATOR_FIELDS).map((f) => [f.key, f] as const))('operator %s: valid at its limits, invalid beyond', (_, spec) => {
    const at = (value: unknown) => {
      const input = base();
      setAt(input as unknown as Record<string, unknown>, ['operators', 1, ...spec.path], value);
      return issuesAt(input, ['operators', 1, ...spec.path]);
    };
    expect(at(spec.min)).toEqual([]);
    expect(at(spec.max)).toEqual([]);
    const over = spec.max + (spec.integer ? 1 : Math.max(1e-6, spec.max * 1e-6));
    expect(at(over).length).toBeGreaterThan(0);
    expect(at(spec.min - (spec.integer ? 1 : 1e-3)).length).toBeGreaterThan(0);
    if (spec.integer) expect(at(spec.min + 0.5).length).toBeGreaterThan(0);
    if (spec.kind === 'perSegment') expect(at({ vip: over }).length).toBeGreaterThan(0);
  });

  it.each(numeric(SEGMENT_FIELDS).map((f) => [f.key, f] as const))('segment %s: invalid beyond its limits', (_, spec) => {
    const at = (value: unknown) => {
      const input = base();
      setAt(input as unknown as Record<string, unknown>, ['market', 'segments', 2, ...spec.path], value);
      return issuesAt(input, ['market', 'segments', 2, ...spec.path]);
    };
    expect(at(spec.max + 1).length).toBeGreaterThan(0);
    expect(at(spec.min - 1).length).toBeGreaterThan(0);
  });

  it.each(numeric(MARKET_FIELDS).map((f) => [f.key, f] as const))('market %s: valid at its minimum, invalid below', (_, spec) => {
    const at = (value: unknown) => {
      const input = base();
      setAt(input as unknown as Record<string, unknown>, ['market', ...spec.path], value);
      return issuesAt(input, ['market', ...spec.path]);
    };
    expect(at(spec.min)).toEqual([]);
    expect(at(spec.min - 1).length).toBeGreaterThan(0);
    expect(at(spec.max + 1).length).toBeGreaterThan(0);
  });
});

describe('display units', () => {
  const share = OPERATOR_FIELDS.find((f) => f.key === 'brand')!;
  const rmb = OPERATOR_FIELDS.find((f) => f.key === 'contracts.handsetPrice')!;

  it('shows shares as percent without floating-point noise and stores fractions', () => {
    expect(share.scale).toBe(100);
    expect(toDisplay(share, 0.07)).toBe(7);
    expect(toDisplay(share, 0.035)).toBe(3.5);
    expect(fromDisplay(share, '7')).toBe(0.07);
    expect(fromDisplay(share, ' 12,5 ')).toBe(0.125);
  });

  it('keeps RMB as they are; empty text means "not set", junk is rejected', () => {
    expect(toDisplay(rmb, 1500)).toBe(1500);
    expect(fromDisplay(rmb, '1999')).toBe(1999);
    expect(fromDisplay(rmb, '')).toBeUndefined();
    expect(fromDisplay(rmb, 'abc')).toBeNull();
  });
});
