// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

// A static site: every page is built to HTML in dist/ and can be served by any static host.
export default defineConfig({
  site: 'https://open-isf.example.org',
  trailingSlash: 'always',
  integrations: [react()],
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
