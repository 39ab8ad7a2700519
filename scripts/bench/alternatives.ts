/*
 * What the budget calculator's JavaScript would weigh with lighter libraries: zod's
 * "zod/v4-mini" build instead of zod 3, and decimal.js-light instead of decimal.js. It
 * bundles the island with React, as the page first loads it, using esbuild, and changes nothing
 * in the app. These are estimates: zod mini has a different API (`.check()` in place of
 * chained methods), so the code would need small changes that are not counted here.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ENTRY = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import BudgetCalculator from './src/components/islands/budget/BudgetCalculator.tsx';
createRoot(document.body).render(createElement(BudgetCalculator, { pictures: {} }));
`;

/** One way of bundling the calculator, and its size. */
export interface AlternativeSize {
  readonly name: string;
  /** Bytes, minified, before compression; undefined when a library needed is not installed. */
  readonly bytes: number | undefined;
  readonly gzip: number | undefined;
  /** Minified bytes each package adds to the bundle ("ours" for this project's code). */
  readonly byPackage: Readonly<Record<string, number>>;
  readonly note: string;
}

/** Rewrites `import { z } from 'zod'` in our lib code to a namespace import of another build. */
function zodFrom(target: string): Plugin {
  return {
    name: 'zod-from',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /[\\/]src[\\/]lib[\\/].*\.ts$/ }, async (args) => ({
        loader: 'ts',
        contents: (await readFile(args.path, 'utf8')).replace(
          /import \{ z \} from 'zod';/g,
          `import * as z from '${target}';`,
        ),
      }));
    },
  };
}

async function bundleSize(
  name: string,
  note: string,
  alias: Record<string, string>,
  plugins: Plugin[],
): Promise<AlternativeSize> {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'tsx', sourcefile: 'entry.tsx' },
    bundle: true,
    minify: true,
    // Split, as Astro does, so code loaded by import() (the Word document) stays out of
    // the first load, which is what is measured.
    splitting: true,
    outdir: 'bench-alternatives',
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    alias,
    plugins,
    // NODE_PATH lets a library installed elsewhere (like decimal.js-light) be measured.
    nodePaths: (process.env['NODE_PATH'] ?? '').split(':').filter((path) => path !== ''),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
  const firstLoad = new Set<string>();
  const visit = (path: string): void => {
    if (firstLoad.has(path)) return;
    firstLoad.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement') visit(imported.path);
    }
  };
  if (entry) visit(entry);
  const byPackage: Record<string, number> = {};
  let bytes = 0;
  let gzip = 0;
  for (const file of result.outputFiles) {
    const path = Object.keys(outputs).find((output) => file.path.endsWith(output));
    if (!path || !firstLoad.has(path)) continue;
    bytes += file.contents.byteLength;
    gzip += gzipSync(file.contents).byteLength;
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path]?.inputs ?? {})) {
      const found = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = found?.[1] ?? 'ours';
      byPackage[key] = (byPackage[key] ?? 0) + bytesInOutput;
    }
  }
  return { name, bytes, gzip, byPackage, note };
}

function installed(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** Sizes of the calculator bundled today and with the lighter libraries. */
export async function measureAlternatives(): Promise<AlternativeSize[]> {
  const lightDecimal = installed('decimal.js-light');
  const missing = (name: string): AlternativeSize => ({
    name,
    bytes: undefined,
    gzip: undefined,
    byPackage: {},
    note: 'decimal.js-light is not installed: install it (`npm install --no-save decimal.js-light`, or into a folder named by NODE_PATH) to measure it',
  });
  const zod3 = zodFrom('zod');
  const zodMini = zodFrom('zod/v4-mini');
  return [
    await bundleSize('today (zod 3, decimal.js)', 'as the app is built', {}, [zod3]),
    await bundleSize('zod/v4-mini', 'estimate: the same schemas, mini API not rewritten', {}, [
      zodMini,
    ]),
    lightDecimal
      ? await bundleSize(
          'decimal.js-light',
          'the same money code',
          { 'decimal.js': 'decimal.js-light' },
          [zod3],
        )
      : missing('decimal.js-light'),
    lightDecimal
      ? await bundleSize(
          'zod/v4-mini and decimal.js-light',
          'both of the above',
          { 'decimal.js': 'decimal.js-light' },
          [zodMini],
        )
      : missing('zod/v4-mini and decimal.js-light'),
  ];
}
