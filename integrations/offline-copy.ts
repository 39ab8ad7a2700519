/*
 * An Astro integration that writes dist/sw.js when `astro build` finishes, so `npm start`,
 * `npm test` and any host's build get it with no extra step. It lists the built files, hashes
 * them for a version, and fills both into integrations/service-worker/sw.js. With
 * OPEN_ISF_OFFLINE=off it writes the kill switch (sw-kill.js) instead. `astro dev` serves the
 * kill switch as /sw.js, so a copy left by `npm start` on the same address never hides the
 * pages being worked on.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { offlineBuild, serviceWorkerSource, type BuiltFile } from '../src/lib/offline/precache';
import { offlineCopyEnabled } from '../src/lib/offline/switch';

function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function listFiles(root: string): BuiltFile[] {
  const files: BuiltFile[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files.push({
          relativePath: relative(root, path).split(sep).join('/'),
          sha256: sha256(readFileSync(path)),
        });
    }
  };
  walk(root);
  return files;
}

/** Writes dist/sw.js: the offline copy's worker, or the kill switch when it is turned off. */
export default function offlineCopy(): AstroIntegration {
  let root: URL;
  return {
    name: 'open-isf-offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:server:setup': ({ server }) => {
        const kill = fileURLToPath(new URL('integrations/service-worker/sw-kill.js', root));
        server.middlewares.use('/sw.js', (_request, response) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(readFileSync(kill));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const templates = fileURLToPath(new URL('integrations/service-worker/', root));
        if (!offlineCopyEnabled(process.env)) {
          writeFileSync(join(outDir, 'sw.js'), readFileSync(join(templates, 'sw-kill.js')));
          logger.warn('OPEN_ISF_OFFLINE=off: wrote the kill switch to sw.js (no offline copy).');
          return;
        }
        const template = readFileSync(join(templates, 'sw.js'), 'utf8');
        const build = offlineBuild(listFiles(outDir), template, sha256);
        writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(template, build));
        logger.info(`sw.js keeps ${build.urls.length} files offline (version ${build.version}).`);
      },
    },
  };
}
