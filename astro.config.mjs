// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import { earlyPageStateHash } from './integrations/early-page-state';
import offlineCopy from './integrations/offline-copy';
import toolChunks from './integrations/tool-chunks';

const earlyPageState = readFileSync(
  new URL('./integrations/early-page-state/early.js', import.meta.url),
  'utf8',
);

/*
 * A static site: every page is built to HTML in dist/ and can be served by any static host.
 * The Content-Security-Policy is written into each page by Astro, with a hash for every
 * script and style Astro puts inline, so no page needs 'unsafe-inline'. The same
 * directives (plus those a meta tag cannot carry) are in public/_headers.
 */
export default defineConfig({
  // Set OPEN_ISF_SITE to the address the site is published at, like https://example.org
  ...(process.env.OPEN_ISF_SITE ? { site: process.env.OPEN_ISF_SITE } : {}),
  trailingSlash: 'always',
  // offlineCopy writes dist/sw.js after the build (README "Offline and updates").
  integrations: [react(), offlineCopy(), toolChunks()],
  build: { inlineStylesheets: 'never' },
  // All CSS in one file (about 6 KB gzip), loaded once and cached for every page: a page then
  // waits for one style sheet before it is drawn, not three (largest paint on slow phones).
  // Each easy-read picture stays a file of its own, never inlined into the page, so a picture
  // used on many pages downloads once and is then cached (issue 16).
  vite: {
    build: {
      cssCodeSplit: false,
      assetsInlineLimit: (file) => (file.includes('/src/assets/pictures/') ? false : undefined),
    },
  },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  experimental: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      // Guide pages mark <html> inline before they are drawn, so nothing moves (issue 8).
      scriptDirective: { resources: ["'self'"], hashes: [earlyPageStateHash(earlyPageState)] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
