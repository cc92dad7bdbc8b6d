import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Compiles runes in *.svelte.ts modules (e.g. the editor's ScenarioDraft) for unit tests.
  plugins: [svelte()],
  // As in vite.config.ts: a file's own const enums inlined (the engine's hot loop).
  oxc: { typescript: { optimizeConstEnums: true } },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/property/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
