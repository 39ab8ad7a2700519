// Makes sure the browser tests have what they need: a Chromium, and `pdftotext` (from
// poppler-utils), which reads each line of a printed PDF. When one is missing and we run as
// root on Debian or Ubuntu, installs Debian's package; otherwise stops with a message that says
// how to install it. Browser tests are never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findChromium } from './chromium-path.mjs';

/** Whether a command is on the PATH. */
function onPath(command) {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((folder) => folder !== '' && existsSync(join(folder, command)));
}

/** Debian's packages still to install: Chromium (with a font) and poppler-utils. */
const missing = [
  ...(findChromium() ? [] : ['chromium', 'fonts-dejavu-core']),
  ...(onPath('pdftotext') ? [] : ['poppler-utils']),
];

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebianLike = existsSync('/etc/debian_version');
if (missing.length > 0 && isRoot && isDebianLike) {
  console.log(`Installing Debian's ${missing.join(', ')} with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
    stdio: 'inherit',
    env,
  });
}

const chromium = findChromium();
if (chromium && onPath('pdftotext')) {
  console.log(`Browser tests will use ${chromium}`);
  process.exit(0);
}

console.error(
  [
    'The browser tests need Chromium and pdftotext (poppler-utils), and one was not found.',
    'Install them, then run the tests again:',
    '  on Debian or Ubuntu: sudo apt-get update && sudo apt-get install chromium poppler-utils',
    '  elsewhere: install Chromium or Google Chrome (and set CHROMIUM_PATH to its path), and',
    '  poppler-utils.',
  ].join('\n'),
);
process.exit(1);
