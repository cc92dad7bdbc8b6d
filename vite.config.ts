import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Offline and installable: a Workbox service worker precaches every file of the build (the app, its
 * worker, the presets bundled in it, the JSON Schema, the icons); 'prompt' makes a new version wait
 * until the user chooses to reload (src/lib/pwa/). No registration script is injected into the page
 * (the CSP allows no inline script): the app registers the worker from its own code.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: null,
  // The glob below already takes the icons.
  includeManifestIcons: false,
  manifest: {
    id: './',
    // One manifest for both languages: the name says it in each, the short name fits under an icon.
    name: 'Telecom strategy workbench · 电信客户策略工作台',
    short_name: 'Telecom 电信',
    description:
      'Teaching workbench: a simulated mobile telecom market, churn and 80/20 concentration. 教学工作台：模拟移动通信市场、客户流失与 80/20 收入集中度。',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#0b5cad',
    background_color: '#f4f6f8',
    icons: [
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the app needs to start and run offline; not the source maps or the build manifest.
    globPatterns: ['**/*.{js,css,html,json,svg,png}'],
    globIgnores: ['.vite/**', '**/*.map'],
    // Any page address (?lang=zh-CN, a #share link) opens the cached app.
    navigateFallback: 'index.html',
    // The first visit's page is served by the worker at once, so lazy parts load even if the network drops before a reload.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

// Relative base so the static build works from any folder or file server, offline.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy, pwa],
  worker: { format: 'es' },
  // The engine's hot loop reads its constants from const enums; the build inlines them across
  // files, and this inlines those of a file where the dev server and vitest transform it alone
  // (without it every use is a property read: same results, a slower loop).
  oxc: { typescript: { optimizeConstEnums: true } },
  build: { target: 'es2022', sourcemap: true, manifest: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
