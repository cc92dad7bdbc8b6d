/**
 * Class games kept in the browser, so a game survives a reload or a closed laptop between lessons.
 * A database of their own: games never mix with saved scenarios and runs, and a broken game record
 * cannot stop the workbench's storage from opening.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import * as v from 'valibot';
import { GameSchema, type Game } from './game.ts';

interface GameDB extends DBSchema {
  games: { key: string; value: Game & { savedAt: number } };
}

let opened: Promise<IDBPDatabase<GameDB>> | null = null;

function db(factory?: IDBFactory): Promise<IDBPDatabase<GameDB>> {
  if (factory) return openDB<GameDB>('telecom-workbench-games', 1, { upgrade: (d) => void d.createObjectStore('games', { keyPath: 'id' }) });
  opened ??= openDB<GameDB>('telecom-workbench-games', 1, { upgrade: (d) => void d.createObjectStore('games', { keyPath: 'id' }) });
  return opened;
}

export async function saveGame(game: Game): Promise<void> {
  await (await db()).put('games', { ...game, savedAt: Date.now() });
}

/** Saved games, newest first; records that no longer read as a game are skipped, not deleted. */
export async function savedGames(): Promise<(Game & { savedAt: number })[]> {
  const all = await (await db()).getAll('games');
  return all.filter((record) => v.safeParse(GameSchema, record).success).sort((a, b) => b.savedAt - a.savedAt);
}

export async function deleteGame(id: string): Promise<void> {
  await (await db()).delete('games', id);
}
