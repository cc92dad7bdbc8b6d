#!/usr/bin/env node
/**
 * Renders the app's PNG icons from public/icons/*.svg with the local headless Chromium (no network,
 * no image library). Run after changing an SVG:  node scripts/render-icons.mjs
 * The PNGs are committed: the build copies them as they are.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = resolve(dirname(fileURLToPath(import.meta.url)), '../public/icons');
/** [source SVG, output PNG, size in px] */
const TARGETS = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  ['icon-maskable.svg', 'apple-touch-icon-180.png', 180],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  for (const [svg, png, size] of TARGETS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const source = readFileSync(resolve(icons, svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${source}`);
    // Transparent outside the rounded square of the plain icon; the maskable one fills every pixel.
    await page.screenshot({ path: resolve(icons, png), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`render-icons: wrote public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
