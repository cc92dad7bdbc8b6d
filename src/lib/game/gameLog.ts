/**
 * A game's log file: the game (case, teams, every decision) and the figures of each round as they
 * were reported. Opening it replays the decisions and checks that every figure comes out the same.
 */
import * as v from 'valibot';
import { GameSchema, type Game } from './game.ts';
import type { RoundReport } from './report.ts';

export const LOG_FORMAT = 'telecom-workbench-game-log';

const LogSchema = v.object({
  format: v.literal(LOG_FORMAT),
  game: GameSchema,
  reports: v.array(v.unknown()),
});

export interface GameLog {
  format: typeof LOG_FORMAT;
  game: Game;
  reports: RoundReport[];
}

export function gameLog(game: Game, reports: readonly RoundReport[]): GameLog {
  return { format: LOG_FORMAT, game, reports: [...reports] };
}

export function readGameLog(text: string): { ok: true; log: GameLog } | { ok: false; field: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, field: '(not JSON)' };
  }
  const parsed = v.safeParse(LogSchema, data);
  if (!parsed.success) return { ok: false, field: v.getDotPath(parsed.issues[0]) ?? 'format' };
  return { ok: true, log: parsed.output as GameLog };
}

/** Rounds whose replayed report differs from the logged one (1-based); empty when the replay matches. */
export function replayDifferences(logged: readonly RoundReport[], replayed: readonly RoundReport[]): number[] {
  const rounds = Math.max(logged.length, replayed.length);
  const differ: number[] = [];
  for (let r = 0; r < rounds; r++) if (JSON.stringify(logged[r]) !== JSON.stringify(replayed[r])) differ.push(r + 1);
  return differ;
}
