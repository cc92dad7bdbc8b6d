import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/simulation.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import {
  advance,
  COMPUTER_RESPONSES,
  decide,
  decisionFile,
  decisionOf,
  decisionProblems,
  gameScenario,
  lastDecision,
  newGame,
  readDecisionFile,
  roundReady,
  type Game,
} from '../../../src/lib/game/game.ts';
import { caseValue, leverKey, leversForCase } from '../../../src/lib/game/levers.ts';
import { ranking, roundReport } from '../../../src/lib/game/report.ts';
import { defaultPreset } from '../../../src/lib/scenario/presets.ts';

const input = defaultPreset.input;
const levers = leversForCase(input.operators);
const asIs = (operator: string) =>
  decisionOf(levers, (lever) =>
    caseValue(
      input.operators.find((o) => o.id === operator),
      lever,
    ),
  );

/** Plays `rounds` rounds with the given decisions per round and team. */
function play(decisions: ((round: number, team: number) => Record<string, number>) | null, rounds = 2): Game {
  let game = newGame(
    'default',
    [
      { name: 'Red', operator: 'mobile' },
      { name: 'Blue', operator: 'unicom' },
    ],
    rounds,
    1,
  );
  for (let r = 0; r < rounds; r++) {
    game.teams.forEach((team, t) => {
      game = decide(game, t, decisions ? decisions(r, t) : asIs(team.operator));
    });
    expect(roundReady(game)).toBe(true);
    game = advance(game);
  }
  return game;
}

function simulate(game: Game, rounds = game.played) {
  const played = gameScenario(input, game, rounds);
  const checked = validateScenario(played);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const run = runScenario(checked.scenario, { customers: 20_000 });
  return { played, run };
}

describe('a class game', () => {
  it('keeps the case as it is when every operator is played with the case’s levers', () => {
    let game = newGame(
      'default',
      input.operators.map((op, i) => ({ name: `T${i}`, operator: op.id })),
      2,
      1,
    );
    for (let r = 0; r < 2; r++) {
      game.teams.forEach((team, t) => (game = decide(game, t, asIs(team.operator))));
      game = advance(game);
    }
    const { run } = simulate(game);
    const original = validateScenario({ ...input, market: { ...input.market, months: 6 } });
    if (!original.ok) throw new Error('default preset invalid');
    const plain = runScenario(original.scenario, { customers: 20_000 });
    // The teams' decisions equal the case's values, so the market is the case's own, month for month
    // (the per-segment tariffs read as one number would differ; the default's are single numbers).
    expect(run.frames.map((f) => Array.from(f))).toEqual(plain.frames.map((f) => Array.from(f)));
  });

  it('replays to the same report from its log', () => {
    const deeper = (r: number, t: number) => ({ ...asIs(t === 0 ? 'mobile' : 'unicom'), 'pricing.tariffIndex': t === 1 ? 0.8 : 1 });
    const game = play(deeper);
    const log = JSON.parse(JSON.stringify(game)) as Game;
    const a = simulate(game);
    const b = simulate(log);
    expect(roundReport(b.run.meta, b.run.frames, b.played, log, 2)).toEqual(roundReport(a.run.meta, a.run.frames, a.played, game, 2));
  });

  it('lets a deeper price cut win share, seen in the round report', () => {
    const cut = (tariff: number) => (r: number, t: number) => ({
      ...asIs(t === 0 ? 'mobile' : 'unicom'),
      ...(t === 1 ? { 'pricing.tariffIndex': tariff } : {}),
    });
    const shallow = play(cut(0.95));
    const deep = play(cut(0.75));
    const report = (game: Game) => {
      const { played, run } = simulate(game);
      return roundReport(run.meta, run.frames, played, game, 2);
    };
    const s = report(shallow);
    const d = report(deep);
    expect(d.teams[1].share).toBeGreaterThan(s.teams[1].share);
    expect(d.market.find((m) => m.operator === 'unicom')?.tariffIndex).toBe(0.75);
    expect(d.teams[1].churnBySegment.map((c) => c.segment)).toEqual(input.market.segments.map((seg) => seg.id));
    expect(d.teams[0].cumulativeProfit).toBeGreaterThan(d.teams[0].profit);
    const standings = ranking(d);
    expect(standings.map((x) => x.rank)).toEqual([1, 2]);
    expect(standings[0].total).toBeGreaterThanOrEqual(standings[1].total);
  });

  it('asks every team again each round, starting from its last decision', () => {
    let game = newGame(
      'default',
      [
        { name: 'Red', operator: 'mobile' },
        { name: 'Blue', operator: 'unicom' },
      ],
      3,
      1,
    );
    game = decide(decide(game, 0, asIs('mobile')), 1, { ...asIs('unicom'), 'pricing.tariffIndex': 0.9 });
    game = advance(game);
    expect(roundReady(game)).toBe(false);
    expect(lastDecision(game, 1)?.['pricing.tariffIndex']).toBe(0.9);
  });

  it('gives operators no team plays response rules, and leaves a case’s own rules alone', () => {
    const { played } = simulate(play(null));
    expect(played.operators.find((o) => o.id === 'telecom')?.responses).toEqual(COMPUTER_RESPONSES);
    expect(played.operators.find((o) => o.id === 'mobile')?.responses ?? []).toEqual([]);
  });

  it('applies a later round’s decision from that round’s first month only', () => {
    const later = (r: number, t: number) => ({ ...asIs(t === 0 ? 'mobile' : 'unicom'), ...(t === 1 && r === 1 ? { 'pricing.tariffIndex': 0.7 } : {}) });
    const game = play(later);
    const { played } = simulate(game);
    const unicom = played.operators.find((o) => o.id === 'unicom')!;
    expect(unicom.schedule?.find((c) => c.month === 3)?.pricing?.tariffIndex).toBe(0.7);
  });
});

describe('decisions', () => {
  it('names each lever that is missing, out of range or unknown', () => {
    const ok = asIs('mobile');
    expect(decisionProblems(ok, levers)).toEqual([]);
    const { 'service.level': _, ...missing } = ok;
    expect(decisionProblems(missing, levers)).toEqual([{ lever: 'service.level', kind: 'missing' }]);
    expect(decisionProblems({ ...ok, 'pricing.tariffIndex': 2 }, levers)).toEqual([
      { lever: 'pricing.tariffIndex', kind: 'range', value: 2, min: 0.7, max: 1.3 },
    ]);
    expect(decisionProblems({ ...ok, tarifIndex: 1 }, levers)).toEqual([{ lever: 'tarifIndex', kind: 'unknown' }]);
  });

  it('reads a team’s decision file for the round being decided and refuses a bad one', () => {
    const game = newGame(
      'default',
      [
        { name: 'Red', operator: 'mobile' },
        { name: 'Blue', operator: 'unicom' },
      ],
      4,
      1,
    );
    const file = decisionFile(game, 1, { ...asIs('unicom'), 'crm.budgetShare': 0.04 });
    const read = readDecisionFile(JSON.stringify(file), game, levers);
    expect(read).toEqual({ ok: true, team: 1, values: file.values });
    const bad = readDecisionFile(JSON.stringify({ ...file, values: { ...file.values, 'crm.budgetShare': 0.9 } }), game, levers);
    expect(bad).toEqual({ ok: false, problem: { kind: 'values', problems: [{ lever: 'crm.budgetShare', kind: 'range', value: 0.9, min: 0, max: 0.1 }] } });
    expect(readDecisionFile('{', game, levers)).toEqual({ ok: false, problem: { kind: 'notJson' } });
    expect(readDecisionFile(JSON.stringify({ ...file, round: 3 }), game, levers)).toEqual({
      ok: false,
      problem: { kind: 'otherRound', round: 3, expected: 1 },
    });
    expect(readDecisionFile(JSON.stringify({ ...file, team: 'Green' }), game, levers)).toEqual({ ok: false, problem: { kind: 'unknownTeam', team: 'Green' } });
    expect(readDecisionFile(JSON.stringify({ ...file, gameId: 'other' }), game, levers)).toEqual({ ok: false, problem: { kind: 'otherGame' } });
    expect(readDecisionFile(JSON.stringify({ format: 'x' }), game, levers)).toMatchObject({ ok: false, problem: { kind: 'notDecision' } });
  });

  it('caps the acquisition budget at three times the case’s largest', () => {
    const cap = levers.find((l) => leverKey(l) === 'acquisition.monthlyBudget')!.max;
    expect(cap).toBe(3 * Math.max(...input.operators.map((o) => o.acquisition?.monthlyBudget ?? 0)));
  });
});
