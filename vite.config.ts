import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { earlyWorkerScript, type WorkerBundle } from './src/lib/sim/earlyWorker.ts';

/**
 * Spawns the simulation worker from an inline script at the top of the page's head (after the
 * charset), before the browser fetches anything else (src/lib/sim/earlyWorker.ts says why), from a
 * copy of its code carried in the page. The worker is the bundle Vite emits for
 * workers/sim.worker.ts; a build without it fails here rather than ship a page that silently starts
 * it late, and one whose worker is not a single self-contained module spawns it from its file (with
 * a warning).
 */
function spawnWorkerFirst(): Plugin {
  return {
    name: 'spawn-worker-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const [file, output] = Object.entries(ctx.bundle ?? {}).find(([name]) => /(^|\/)sim\.worker-[\w-]+\.js$/.test(name)) ?? [];
        if (!file || !output) throw new Error('spawn-worker-first: no sim.worker bundle in the build output');
        const code = output.type === 'chunk' ? output.code : String(output.source);
        // A module that imports anything (or reads its own address) cannot run from a blob.
        const selfContained = !/\bimport\b\s*[({"'`*\w]|\bimport\.meta\b/.test(code);
        if (!selfContained) console.warn('spawn-worker-first: the worker imports other modules; it is spawned from its file');
        const bundle: WorkerBundle = { url: `./${file}`, code: selfContained ? code : null };
        // Right after the charset declaration, which must come within the page's first 1024 bytes:
        // placed before it, the worker's code (tens of KB) pushed it out of the browsers' prescan,
        // and Firefox reloads a page whose encoding it learns that late.
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (!charset) throw new Error('spawn-worker-first: index.html has no <meta charset> to put the script after');
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    <script>${earlyWorkerScript(bundle)}</script>${html.slice(at)}`;
      },
    },
  };
}

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
  plugins: [svelte(), preloadApp(), spawnWorkerFirst()],
  worker: { format: 'es' },
  // The engine's hot loop reads its constants from const enums; the build inlines them across
  // files, and this inlines those of a file where the dev server and vitest transform it alone
  // (without it every use is a property read: same results, a slower loop).
  oxc: { typescript: { optimizeConstEnums: true } },
  build: { target: 'es2022', sourcemap: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
