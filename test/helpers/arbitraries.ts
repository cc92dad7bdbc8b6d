/**
 * fast-check generator of valid scenarios: 2–4 operators, 1–6 segments, random but valid lever
 * values, scheduled strategy changes and events of every type. Every generated scenario goes
 * through validateScenario, so the engine sees exactly what the app would let a user run.
 *
 * Ranges cover the schema, weighted towards realistic markets: spend medians mostly 2–500 RMB but
 * sometimes up to the schema's 100,000 RMB, σ 0.05–3, discount rates including 0.
 */
import fc from 'fast-check';
import { SCHEMA_VERSION, type Scenario } from '../../src/engine/schema.ts';
import { text, validated } from './builders.ts';

/** A number in [min, max] on a 1e-3 grid (exact bounds, no -0). */
export const q = (min: number, max: number) => fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((i) => i / 1000);

const subset = (ids: string[]) => fc.subarray(ids);

function perSegmentArb(segIds: string[], min: number, max: number) {
  return fc.oneof(q(min, max), fc.record({ default: q(min, max), [segIds[0]]: q(min, max) }));
}

function leverArbs(segIds: string[]) {
  const pricing = fc.record({
    tariffIndex: perSegmentArb(segIds, 0.5, 2),
    keyAccountDiscount: q(0, 0.5),
    bundle: fc.record({ uptake: perSegmentArb(segIds, 0, 1), discount: q(0, 0.3), lockIn: q(0, 0.9) }),
  });
  const contracts = fc.record({
    lengthMonths: fc.integer({ min: 0, max: 24 }),
    uptake: perSegmentArb(segIds, 0, 1),
    handsetSubsidy: q(0, 1),
    handsetPrice: q(0, 3000),
    earlyTerminationFee: q(0, 1000),
    renewalRate: q(0, 1),
  });
  const service = fc.record({
    level: q(0, 1),
    incidentRate: q(0, 0.2),
    fastResolution: q(0, 1),
    tiers: fc.array(fc.record({ accountManagerRatio: fc.oneof(fc.constant(0), q(50, 2000)), privileges: q(0, 1) }), { minLength: 4, maxLength: 4 }),
    accountManagerCost: q(0, 20_000),
  });
  const loyalty = fc.record({ pointsPerRmb: q(0, 3), pointValue: q(0, 0.05) });
  const crm = fc.record({
    recall: q(0, 1),
    precision: q(0.05, 1),
    budgetShare: q(0, 0.1),
    segments: subset(segIds),
    offerCostMonths: q(0, 3),
    saveRate: q(0, 1),
    targeting: fc.constantFrom('valueRisk', 'value', 'risk', 'random'),
  });
  const winBack = fc.record({ windowMonths: fc.integer({ min: 0, max: 6 }), successRate: q(0, 0.3), costPerContact: q(0, 50) });
  const acquisition = fc.record({ monthlyBudget: q(0, 100_000), targetSegments: subset(segIds) });
  return { pricing, contracts, service, loyalty, crm, winBack, acquisition };
}

export interface ScenarioShape {
  operators: number;
  segments: number;
  months: number;
}

/** Generate a scenario input (plain JSON), then validate it. */
export function scenarioArb(opts: { customers?: [number, number]; months?: [number, number] } = {}): fc.Arbitrary<Scenario> {
  const [cMin, cMax] = opts.customers ?? [500, 3000];
  const [mMin, mMax] = opts.months ?? [3, 12];
  return fc
    .record({
      O: fc.integer({ min: 2, max: 4 }),
      S: fc.integer({ min: 1, max: 6 }),
      months: fc.integer({ min: mMin, max: mMax }),
    })
    .chain(({ O, S, months }) => {
      const segIds = Array.from({ length: S }, (_, i) => `seg${i}`);
      const opIds = Array.from({ length: O }, (_, i) => `op${i}`);
      const lv = leverArbs(segIds);
      const month = fc.integer({ min: 0, max: months });
      const segment = (id: string) =>
        fc.record(
          {
            id: fc.constant(id),
            name: fc.constant(text(id)),
            weight: fc.integer({ min: 1, max: 10 }),
            arrivalShare: q(0, 1),
            spend: fc.record({
              median: fc.oneof({ weight: 4, arbitrary: q(2, 500) }, { weight: 1, arbitrary: q(1, 100_000) }),
              sigma: fc.oneof({ weight: 4, arbitrary: q(0.2, 2.2) }, { weight: 1, arbitrary: q(0.05, 3) }),
            }),
            tierThresholds: fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 3, maxLength: 3 }).map((t) => t.sort((a, b) => a - b)),
            baseChurn: q(0, 0.3),
            sensitivity: fc.record({ price: q(0, 3), network: q(0, 3), service: q(0, 3), brand: q(0, 3), switchingCost: q(0, 3) }),
            wordOfMouth: q(0, 3),
            exitShare: q(0, 1),
            numberAttachment: q(0, 1),
          },
          { requiredKeys: ['id', 'name', 'weight', 'spend', 'tierThresholds', 'baseChurn'] },
        );
      const scheduled = fc.record(
        {
          month: fc.integer({ min: 1, max: Math.max(1, months) }),
          pricing: lv.pricing,
          crm: lv.crm,
          acquisition: lv.acquisition,
          contracts: lv.contracts,
        },
        { requiredKeys: ['month'] },
      );
      const operator = (id: string, i: number) =>
        fc.record({
          id: fc.constant(id),
          name: fc.constant(text(id)),
          weight: fc.integer({ min: 1, max: 10 }),
          // Operator 0 is always there from month 0; others may enter later (by entryMonth or event).
          entry:
            i === 0 ? fc.constant(0) : fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: months + 2 }) }),
          entryByEvent: fc.boolean(),
          brand: q(0, 1),
          network: q(0, 1),
          costs: fc.record({ variableShare: q(0, 0.8), perSubscriber: q(0, 30) }),
          ...lv,
          schedule: fc.array(scheduled, { maxLength: 2 }),
        });
      const event = fc.oneof(
        fc.record({ type: fc.constant('priceCut'), month, operator: fc.constantFrom(...opIds), segments: subset(segIds), factor: q(0.5, 1.5) }),
        fc.record({ type: fc.constant('portability'), month }),
        fc.record({
          type: fc.constant('outage'),
          month,
          operator: fc.constantFrom(...opIds),
          durationMonths: fc.integer({ min: 1, max: 6 }),
          incidentRate: q(0, 1),
        }),
        fc.record({ type: fc.constant('networkLaunch'), month, operator: fc.constantFrom(...opIds), network: q(0, 1) }),
      );
      return fc.record({
        segments: fc.tuple(...segIds.map(segment)),
        operators: fc.tuple(...opIds.map(operator)),
        events: fc.array(event, { maxLength: 4 }),
        customers: fc.integer({ min: cMin, max: cMax }),
        seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        arrivalRate: fc.oneof({ weight: 4, arbitrary: q(0, 0.05) }, { weight: 1, arbitrary: q(0, 0.1) }),
        portability: fc.boolean(),
        discountRate: fc.oneof(fc.constant(0), q(0, 0.2)),
        keyAccountSegments: subset(segIds),
        months: fc.constant(months),
      });
    })
    .map((g) => {
      const segWeight = g.segments.reduce((a, s) => a + s.weight, 0);
      const present = g.operators.filter((o) => o.entry === 0);
      const opWeight = present.reduce((a, o) => a + o.weight, 0);
      const events: unknown[] = [...g.events];
      const operators = g.operators.map(({ weight, entry, entryByEvent, ...op }) => {
        const out: Record<string, unknown> = { ...op, initialShare: entry === 0 ? weight / opWeight : 0 };
        if (entry > 0) {
          if (entryByEvent) events.push({ type: 'newEntrant', month: entry, operator: op.id });
          else out.entryMonth = entry;
        }
        return out;
      });
      return validated({
        schemaVersion: SCHEMA_VERSION,
        id: 'generated',
        title: text('generated'),
        market: {
          customers: g.customers,
          months: g.months,
          seed: g.seed,
          arrivalRate: g.arrivalRate,
          portability: g.portability,
          discountRate: g.discountRate,
          keyAccountSegments: g.keyAccountSegments,
          // Validation requires some segment to take arrivals: if every arrivalShare came out 0, drop the first.
          segments: g.segments.map(({ weight, ...s }, i) => {
            const seg: Record<string, unknown> = { ...s, share: weight / segWeight };
            if (i === 0 && g.segments.every((x) => x.arrivalShare === 0)) delete seg.arrivalShare;
            return seg;
          }),
        },
        operators,
        events,
      });
    });
}
