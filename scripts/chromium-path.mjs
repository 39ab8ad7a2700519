// Finds a Chromium the browser tests can drive: CHROMIUM_PATH first, then the usual
// places a Debian or Ubuntu package puts it. Tests never download a browser of their own.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** @returns {string | undefined} the path of a Chromium executable, if there is one */
export function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnvironment}, but there is no file there.`);
    }
    return fromEnvironment;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * The flags every Chromium of this project runs with (tests and benchmarks). Without the
 * background-networking ones, Chromium tries to reach other hosts on its own at start-up.
 */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);
