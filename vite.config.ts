import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Relative base so the static build works from any folder or file server, offline.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  worker: { format: 'es' },
  // The engine's hot loop reads its constants from const enums; the build inlines them across
  // files, and this inlines those of a file where the dev server and vitest transform it alone
  // (without it every use is a property read: same results, a slower loop).
  oxc: { typescript: { optimizeConstEnums: true } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
