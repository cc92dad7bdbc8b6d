import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CONTENT_SECURITY_POLICY } from './src/contentSecurityPolicy.ts';

/** Puts the CSP in the built page, right after its charset and before any script (not in the dev server's page, whose client injects code). */
const contentSecurityPolicy = {
  name: 'content-security-policy',
  apply: 'build' as const,
  transformIndexHtml(html: string): string {
    const charset = '<meta charset="UTF-8" />';
    if (!html.includes(charset)) throw new Error('index.html has no <meta charset="UTF-8" /> to put the CSP after');
    return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`);
  },
};

// Relative base so the static build works from any folder or file server, offline.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy],
  worker: { format: 'es' },
  // The engine's hot loop reads its constants from const enums; the build inlines them across
  // files, and this inlines those of a file where the dev server and vitest transform it alone
  // (without it every use is a property read: same results, a slower loop).
  oxc: { typescript: { optimizeConstEnums: true } },
  build: { target: 'es2022', sourcemap: true, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
