import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPlan, savePlan } from '../../../src/lib/storage';
import { planArbitrary } from '../plan/arbitraries';
import { freshIndexedDb, openStorage } from './helpers';

describe('storage round trip (property)', () => {
  it('gives back any valid plan it saved, one revision on', async () => {
    const storage = await openStorage(freshIndexedDb());
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (generated) => {
        const loadedBefore = await loadPlan(storage, generated.id);
        const plan = {
          ...generated,
          revision: loadedBefore.ok ? loadedBefore.plan.revision : generated.revision,
        };
        const saved = await savePlan(storage, plan);
        if (!saved.ok) throw new Error(saved.message);
        const loaded = await loadPlan(storage, plan.id);
        expect(loaded.ok && loaded.plan).toEqual({ ...plan, revision: plan.revision + 1 });
      }),
      { numRuns: 60 },
    );
  });
});
