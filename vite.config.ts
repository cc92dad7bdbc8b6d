import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * main.ts is a small entry that imports the app (src/mount.ts) as a chunk of its own. This lets the
 * browser fetch the app's chunks while it fetches the entry, instead of one after the other:
 * modulepreload links for the app chunk and the chunks it imports, and their styles (which the
 * dynamic import would otherwise wait for).
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const app = chunks.find((c) => c.facadeModuleId?.endsWith('/src/mount.ts'));
        if (!app) return html;
        const files = new Set<string>();
        const styles = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          const chunk = chunks.find((c) => c.fileName === file);
          chunk?.viteMetadata?.importedCss.forEach((css) => styles.add(css));
          chunk?.imports.forEach(visit);
        };
        visit(app.fileName);
        const link = (rel: string, file: string) => ({ tag: 'link', attrs: { rel, crossorigin: true, href: `./${file}` }, injectTo: 'head' as const });
        return {
          html,
          tags: [
            ...[...styles].filter((file) => !html.includes(file)).map((file) => link('stylesheet', file)),
            ...[...files].filter((file) => !html.includes(file)).map((file) => link('modulepreload', file)),
          ],
        };
      },
    },
  };
}

// Relative base so the static build works from any folder or file server, offline.
export default defineConfig({
  base: './',
  plugins: [svelte(), preloadApp()],
  worker: { format: 'es' },
  // The engine's hot loop reads its constants from const enums; the build inlines them across
  // files, and this inlines those of a file where the dev server and vitest transform it alone
  // (without it every use is a property read: same results, a slower loop).
  oxc: { typescript: { optimizeConstEnums: true } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
