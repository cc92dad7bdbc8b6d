#!/usr/bin/env node
/**
 * Makes sure a Chromium for the end-to-end tests is present, and prints its path.
 *
 * Looks at $CHROMIUM_PATH, then /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.
 * If none is found, or the CJK fonts the UI needs (fonts-noto-cjk) are missing, and we run as root
 * with apt-get, installs Debian's packages; otherwise it says what is missing and how to fix it,
 * and exits 1. Plain Node, no dependencies.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const FONTS = 'fonts-noto-cjk';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    fail(`CHROMIUM_PATH is set to ${fromEnv}, but no executable is there.\nFix the path, or unset CHROMIUM_PATH to use the system Chromium.`);
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** True when dpkg reports the package installed; null when dpkg is not there (not a Debian system). */
function debPackageInstalled(name) {
  if (!commandExists('dpkg-query')) return null;
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return r.status === 0 && /\binstall ok installed\b/.test(r.stdout);
}

function run(cmd, args) {
  console.log(`ensure-chromium: running ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}).`);
}

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const canApt = isRoot && commandExists('apt-get');

let chromium = findChromium();
const fontsInstalled = debPackageInstalled(FONTS); // null = cannot tell (no dpkg); do not insist
const missing = [];
if (!chromium) missing.push('chromium');
if (fontsInstalled === false) missing.push(FONTS);

if (missing.length > 0) {
  if (!canApt) {
    const lines = [`missing ${missing.join(' and ')} (needed by the end-to-end tests).`, 'Install with:', `  sudo apt-get install ${missing.join(' ')}`];
    if (!chromium) lines.push('or point CHROMIUM_PATH at a Chromium or Chrome executable:', '  CHROMIUM_PATH=/path/to/chromium npm test');
    fail(lines.join('\n'));
  }
  console.log(`ensure-chromium: installing ${missing.join(' ')} with apt-get`);
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing]);
  chromium = findChromium();
  if (!chromium) fail(`apt-get finished but no Chromium was found at ${CANDIDATES.join(', ')}.`);
  if (debPackageInstalled(FONTS) === false) fail(`apt-get finished but ${FONTS} is still not installed.`);
}

const version = spawnSync(chromium, ['--version'], { encoding: 'utf8' });
const versionText = version.status === 0 ? ` (${version.stdout.trim()})` : '';
console.log(`ensure-chromium: ${chromium}${versionText}`);
