/**
 * A class game: 2–4 teams each run one operator of a case for a number of rounds of three months.
 * Each round every team decides its levers; the lecturer advances; the market is simulated from
 * month 0 with every decision so far as the operators' scheduled changes (deterministic, so a game
 * log replays to the same results). Operators no team plays keep the case's strategy and its response
 * rules, or, when the case gives them none, answer a loss of share with COMPUTER_RESPONSES.
 */
import * as v from 'valibot';
import type { ScenarioInput } from '../../engine/schema.ts';
import { setAt } from '../../engine/path.ts';
import { leverKey, type GameLever } from './levers.ts';

export const MONTHS_PER_ROUND = 3;
export const MAX_ROUNDS = 12;
export const GAME_FORMAT = 'telecom-workbench-game';
export const DECISION_FORMAT = 'telecom-workbench-decision';

const Decision = v.record(v.string(), v.number());
export const GameSchema = v.object({
  format: v.literal(GAME_FORMAT),
  version: v.literal(1),
  id: v.string(),
  createdAt: v.number(),
  /** The preset the game is played on. */
  caseId: v.string(),
  rounds: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ROUNDS)),
  teams: v.pipe(v.array(v.object({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(40)), operator: v.string() })), v.minLength(1), v.maxLength(4)),
  /** decisions[round][team]: lever key → value; one entry per round played or being decided. */
  decisions: v.array(v.array(v.nullable(Decision))),
  /** Rounds simulated so far (0 before the first). */
  played: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type Game = v.InferOutput<typeof GameSchema>;
export type TeamDecision = Record<string, number>;

export function newGame(caseId: string, teams: Game['teams'], rounds: number, now = Date.now()): Game {
  return {
    format: GAME_FORMAT,
    version: 1,
    id: `game-${now.toString(36)}`,
    createdAt: now,
    caseId,
    rounds,
    teams,
    decisions: [teams.map(() => null)],
    played: 0,
  };
}

export type DecisionProblem =
  { lever: string; kind: 'missing' } | { lever: string; kind: 'range'; value: number; min: number; max: number } | { lever: string; kind: 'unknown' };

/** What is wrong with a team's decision: each lever named. */
export function decisionProblems(decision: Record<string, unknown>, levers: readonly GameLever[]): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const known = new Set(levers.map(leverKey));
  for (const key of Object.keys(decision)) if (!known.has(key)) problems.push({ lever: key, kind: 'unknown' });
  for (const lever of levers) {
    const key = leverKey(lever);
    const value = decision[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ lever: key, kind: 'missing' });
    else if (value < lever.min - 1e-9 || value > lever.max + 1e-9) problems.push({ lever: key, kind: 'range', value, min: lever.min, max: lever.max });
  }
  return problems;
}

/**
 * The case as played so far: `rounds` rounds long, each team's operator with its round-1 decision
 * as its levers and each later decision as a change from that round's first month.
 */
export function gameScenario(caseInput: ScenarioInput, game: Game, rounds: number): ScenarioInput {
  const input = structuredClone(caseInput) as ScenarioInput;
  const root = input as unknown as Record<string, unknown>;
  setAt(root, ['market', 'months'], rounds * MONTHS_PER_ROUND);
  game.teams.forEach((team, t) => {
    const o = input.operators.findIndex((op) => op.id === team.operator);
    if (o < 0) throw new Error(`team ${team.name}: the case has no operator ${team.operator}`);
    const changes: Record<string, unknown>[] = [...((input.operators[o].schedule ?? []) as Record<string, unknown>[])];
    for (let r = 0; r < rounds; r++) {
      const decision = game.decisions[r]?.[t];
      if (!decision) throw new Error(`round ${r + 1}: team ${team.name} has not decided`);
      if (r === 0) {
        for (const [key, value] of Object.entries(decision)) setAt(root, ['operators', o, ...key.split('.')], value);
      } else {
        const change: Record<string, unknown> = { month: r * MONTHS_PER_ROUND };
        for (const [key, value] of Object.entries(decision)) setAt(change, key.split('.'), value);
        changes.push(change);
      }
    }
    // The case's own schedule still applies; a team's decisions win from their month on (a
    // stable sort keeps a team's change after the case's change of the same month).
    changes.sort((a, b) => (a.month as number) - (b.month as number));
    setAt(root, ['operators', o, 'schedule'], changes);
  });
  // Operators no team plays answer a loss of share (so one team can play against the computer),
  // unless the case gives them rules of its own.
  input.operators.forEach((op, o) => {
    if (game.teams.some((team) => team.operator === op.id) || (op.responses ?? []).length > 0) return;
    setAt(root, ['operators', o, 'responses'], COMPUTER_RESPONSES);
  });
  return input;
}

/** What an operator no team plays does when it loses share: cut price, and spend on retention. */
export const COMPUTER_RESPONSES = [
  { lever: 'price', shareDrop: 0.01, windowMonths: 3, lagMonths: 1, cooldownMonths: 3, step: 0.03, limit: 0.85 },
  { lever: 'retention', shareDrop: 0.01, windowMonths: 3, lagMonths: 1, cooldownMonths: 3, step: 0.005, limit: 0.03 },
];

/** Every team has decided the round being played. */
export function roundReady(game: Game): boolean {
  const round = game.decisions[game.played];
  return round !== undefined && round.every((d) => d !== null);
}

/** The game after the round being decided has been played. */
export function advance(game: Game): Game {
  const played = game.played + 1;
  const decisions = [...game.decisions];
  // Every team decides again each round (its form starts from its last decision, see lastDecision).
  if (played < game.rounds) decisions[played] = game.teams.map(() => null);
  return { ...game, played, decisions };
}

export const finished = (game: Game) => game.played >= game.rounds;

/** A team's latest decision in any round so far, or null before its first. */
export function lastDecision(game: Game, team: number): TeamDecision | null {
  for (let r = Math.min(game.played, game.decisions.length - 1); r >= 0; r--) {
    const decision = game.decisions[r]?.[team];
    if (decision) return decision;
  }
  return null;
}

/** A decision file a team hands to the lecturer. */
export const DecisionFileSchema = v.object({
  format: v.literal(DECISION_FORMAT),
  gameId: v.string(),
  round: v.pipe(v.number(), v.integer(), v.minValue(1)),
  team: v.string(),
  values: v.record(v.string(), v.unknown()),
});
export type DecisionFile = v.InferOutput<typeof DecisionFileSchema>;

export function decisionFile(game: Game, team: number, values: TeamDecision): DecisionFile {
  return { format: DECISION_FORMAT, gameId: game.id, round: game.played + 1, team: game.teams[team].name, values };
}

export type DecisionFileProblem =
  | { kind: 'notJson' }
  | { kind: 'notDecision'; field: string }
  | { kind: 'otherGame' }
  | { kind: 'otherRound'; round: number; expected: number }
  | { kind: 'unknownTeam'; team: string }
  | { kind: 'values'; problems: DecisionProblem[] };

/** Reads a team's decision file for the round being decided; refuses it with what is wrong. */
export function readDecisionFile(
  text: string,
  game: Game,
  levers: readonly GameLever[],
): { ok: true; team: number; values: TeamDecision } | { ok: false; problem: DecisionFileProblem } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  const parsed = v.safeParse(DecisionFileSchema, data);
  if (!parsed.success) return { ok: false, problem: { kind: 'notDecision', field: v.getDotPath(parsed.issues[0]) ?? 'format' } };
  const file = parsed.output;
  if (file.gameId !== game.id) return { ok: false, problem: { kind: 'otherGame' } };
  if (file.round !== game.played + 1) return { ok: false, problem: { kind: 'otherRound', round: file.round, expected: game.played + 1 } };
  const team = game.teams.findIndex((t) => t.name === file.team);
  if (team < 0) return { ok: false, problem: { kind: 'unknownTeam', team: file.team } };
  const problems = decisionProblems(file.values, levers);
  if (problems.length > 0) return { ok: false, problem: { kind: 'values', problems } };
  return { ok: true, team, values: file.values as TeamDecision };
}

/** Sets a team's decision for the round being decided. */
export function decide(game: Game, team: number, values: TeamDecision): Game {
  const decisions = game.decisions.map((round) => [...round]);
  decisions[game.played][team] = { ...values };
  return { ...game, decisions };
}

/** The lever keys in a decision, for callers that need the full set. */
export function decisionOf(levers: readonly GameLever[], value: (lever: GameLever) => number): TeamDecision {
  return Object.fromEntries(levers.map((lever) => [leverKey(lever), value(lever)]));
}
