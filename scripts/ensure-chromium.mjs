// Makes sure a Chromium is there for the browser tests. When none is found and we run as
// root on Debian or Ubuntu, installs Debian's `chromium` package; otherwise stops with a
// message that says how to install one. Browser tests are never skipped silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
  console.log(`Browser tests will use ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebianLike = existsSync('/etc/debian_version');
if (isRoot && isDebianLike) {
  console.log('No Chromium found. Installing Debian\'s "chromium" package with apt-get...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync(
    'apt-get',
    ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
    {
      stdio: 'inherit',
      env,
    },
  );
  const installed = findChromium();
  if (installed) {
    console.log(`Browser tests will use ${installed}`);
    process.exit(0);
  }
}

console.error(
  [
    'The browser tests need Chromium, and none was found.',
    'Install it, then run the tests again:',
    '  on Debian or Ubuntu: sudo apt-get update && sudo apt-get install chromium',
    '  elsewhere: install Chromium or Google Chrome, and set CHROMIUM_PATH to its path.',
  ].join('\n'),
);
process.exit(1);
