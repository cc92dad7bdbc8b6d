/**
 * The simulation worker depends on the engine only: it must not pull UI modules (storage, the
 * workbench, Svelte) into its bundle. Type-only imports of the worker protocols are allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../../workers/', import.meta.url);
const importsOf = (text: string) => [...text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((m) => ({ typeOnly: Boolean(m[1]), from: m[2] }));

describe('the worker', () => {
  it('imports the engine, comlink and the protocol’s types, and nothing of the UI', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const { typeOnly, from } of importsOf(readFileSync(new URL(file, dir), 'utf8'))) {
        const allowed =
          from === 'comlink' ||
          from.startsWith('../src/engine/') ||
          from.startsWith('./') ||
          (typeOnly && (from === '../src/lib/sim/protocol.ts' || from === '../src/lib/analysis/batchProtocol.ts'));
        expect(allowed, `${file} imports ${typeOnly ? 'type ' : ''}${from}`).toBe(true);
      }
    }
  });
});
