/*
 * An Astro integration that groups the code the tool pages share (the calculator, the planner,
 * the letters) into a few files of its own, instead of the many small files Rollup would make
 * for each way the pages overlap. Each file costs its own headers, imports and gzip start, so
 * fewer, shared files make each tool's first load lighter (issue 18). Only the browser's build
 * is grouped; the rule itself is in src/lib/perf/chunks.ts.
 */
import type { AstroIntegration } from 'astro';
import { sharedChunkFor } from '../src/lib/perf/chunks';

export default function toolChunks(): AstroIntegration {
  return {
    name: 'open-isf-tool-chunks',
    hooks: {
      'astro:build:setup': ({ vite, target }) => {
        if (target !== 'client') return;
        vite.build ??= {};
        vite.build.rollupOptions ??= {};
        const output = vite.build.rollupOptions.output ?? {};
        if (Array.isArray(output)) return;
        vite.build.rollupOptions.output = { ...output, manualChunks: sharedChunkFor };
      },
    },
  };
}
