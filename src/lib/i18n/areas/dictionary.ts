/** What an area dictionary may hold: plain strings, or functions that word a message from values. */
export type Dictionary = Record<string, string | ((...args: never[]) => string)>;
