/*
 * Starts the built site on a free local port and finds Chromium, once for all browser
 * tests. The tests fail (never skip) when either is missing.
 */
import type { TestProject } from 'vitest/node';
import { startServer } from '../../../scripts/serve.mjs';
import { findChromium } from '../../../scripts/chromium-path.mjs';
import { DIST } from './built-site';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error(
      'No Chromium was found for the browser tests. Run "node scripts/ensure-chromium.mjs" or set CHROMIUM_PATH.',
    );
  }
  const server = await startServer({ root: DIST });
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
