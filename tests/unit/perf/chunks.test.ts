import { describe, expect, it } from 'vitest';
import { sharedChunkFor } from '../../../src/lib/perf/chunks';

describe('which shared file a module goes in', () => {
  it('puts React and React DOM together', () => {
    expect(sharedChunkFor('/site/node_modules/react/cjs/react.production.js')).toBe('react');
    expect(sharedChunkFor('/site/node_modules/react-dom/client.js')).toBe('react');
    expect(sharedChunkFor('/site/node_modules/scheduler/index.js')).toBe('react');
  });

  it('puts what all 3 tools load at first together: zod, exact money and the field pattern', () => {
    expect(sharedChunkFor('/site/node_modules/zod/lib/index.mjs')).toBe('tools');
    expect(sharedChunkFor('/site/node_modules/decimal.js/decimal.mjs')).toBe('tools');
    expect(sharedChunkFor('/site/src/lib/money/money.ts')).toBe('tools');
    expect(sharedChunkFor('/site/src/components/islands/form/FieldShell.tsx')).toBe('tools');
    expect(sharedChunkFor('/site/src/components/islands/ListenButton.tsx')).toBe('tools');
  });

  it('keeps the form library apart, so the planner does not load it at first', () => {
    expect(sharedChunkFor('/site/node_modules/react-hook-form/dist/index.esm.mjs')).toBe('forms');
    expect(sharedChunkFor('/site/src/components/islands/form/ErrorSummary.tsx')).toBe('forms');
  });

  it("keeps the bundler's loader for later code apart, for the pages without React", () => {
    expect(sharedChunkFor('\0vite/preload-helper.js')).toBe('preload');
  });

  it('reads Windows paths too, and leaves everything else to the bundler', () => {
    expect(sharedChunkFor('C:\\site\\node_modules\\zod\\lib\\index.mjs')).toBe('tools');
    expect(sharedChunkFor('/site/src/components/islands/plan/Planner.tsx')).toBeUndefined();
    expect(sharedChunkFor('/site/node_modules/docx/dist/index.mjs')).toBeUndefined();
  });
});
