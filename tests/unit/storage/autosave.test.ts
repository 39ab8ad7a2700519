import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlan, updateSection, type Plan } from '../../../src/lib/plan';
import {
  createAutosave,
  loadPlan,
  savePlan,
  type AutosaveStatus,
  type SavePlanResult,
} from '../../../src/lib/storage';
import { freshIndexedDb, openStorage } from './helpers';

const now = new Date('2026-05-24T10:42:00.000Z');

function named(plan: Plan, name: string): Plan {
  return updateSection(plan, 'aboutMe', { name }, now);
}

function savedResult(plan: Plan): SavePlanResult {
  const saved = { ...plan, revision: plan.revision + 1 };
  return {
    ok: true,
    plan: saved,
    revision: saved.revision,
    savedAt: now.toISOString(),
    recreated: false,
  };
}

describe('autosave timing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves half a second after the last change, once, with the newest words', async () => {
    const save = vi.fn((plan: Plan) => Promise.resolve(savedResult(plan)));
    const autosave = createAutosave({ save, onStatus: () => undefined, revision: 0 });
    const plan = createEmptyPlan(now, 'p1');
    autosave.change(named(plan, 'S'));
    await vi.advanceTimersByTimeAsync(300);
    autosave.change(named(plan, 'Sam'));
    await vi.advanceTimersByTimeAsync(499);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].aboutMe.name).toBe('Sam');
  });

  it('saves at once when flushed (page hidden or closed)', async () => {
    const save = vi.fn((plan: Plan) => Promise.resolve(savedResult(plan)));
    const autosave = createAutosave({ save, onStatus: () => undefined, revision: 0 });
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('does nothing on flush when nothing changed', async () => {
    const save = vi.fn((plan: Plan) => Promise.resolve(savedResult(plan)));
    const autosave = createAutosave({ save, onStatus: () => undefined, revision: 0 });
    await autosave.flush();
    expect(save).not.toHaveBeenCalled();
  });
});

describe('autosave', () => {
  it('never runs two saves at once, and saves a change made during a save next', async () => {
    let active = 0;
    let most = 0;
    const names: string[] = [];
    const save = async (plan: Plan): Promise<SavePlanResult> => {
      active += 1;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      names.push(plan.aboutMe.name);
      active -= 1;
      return savedResult(plan);
    };
    const autosave = createAutosave({ save, onStatus: () => undefined, revision: 0, delayMs: 0 });
    const plan = createEmptyPlan(now, 'p1');
    autosave.change(named(plan, 'one'));
    const first = autosave.flush();
    autosave.change(named(plan, 'two'));
    await Promise.all([first, autosave.flush()]);
    expect(most).toBe(1);
    expect(names).toEqual(['one', 'two']);
  });

  it('carries each new revision into the next save', async () => {
    const revisions: number[] = [];
    const save = (plan: Plan): Promise<SavePlanResult> => {
      revisions.push(plan.revision);
      return Promise.resolve(savedResult(plan));
    };
    const autosave = createAutosave({ save, onStatus: () => undefined, revision: 4 });
    const plan = createEmptyPlan(now, 'p1');
    autosave.change(plan);
    await autosave.flush();
    autosave.change(plan);
    await autosave.flush();
    expect(revisions).toEqual([4, 5]);
    expect(autosave.revision()).toBe(6);
  });

  it('says "saved" only after a save succeeded', async () => {
    const statuses: AutosaveStatus['state'][] = [];
    const save = (plan: Plan): Promise<SavePlanResult> => Promise.resolve(savedResult(plan));
    const autosave = createAutosave({
      save,
      onStatus: (status) => statuses.push(status.state),
      revision: 0,
    });
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
  });

  it('says "failed" and never "saved" when the disk is full, then tries again on the next change', async () => {
    const statuses: AutosaveStatus['state'][] = [];
    let full = true;
    const save = (plan: Plan): Promise<SavePlanResult> =>
      Promise.resolve(
        full ? { ok: false, kind: 'quota', message: 'Not saved: full' } : savedResult(plan),
      );
    const autosave = createAutosave({
      save,
      onStatus: (status) => statuses.push(status.state),
      revision: 0,
    });
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    expect(statuses).toEqual(['pending', 'saving', 'failed']);
    full = false;
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    expect(statuses.at(-1)).toBe('saved');
  });

  it('stops on a conflict and hands over the newer plan', async () => {
    const stored = named({ ...createEmptyPlan(now, 'p1'), revision: 9 }, 'Other tab');
    const statuses: AutosaveStatus[] = [];
    const save = vi.fn((): Promise<SavePlanResult> =>
      Promise.resolve({ ok: false, kind: 'conflict', message: 'newer', storedPlan: stored }),
    );
    const autosave = createAutosave({
      save,
      onStatus: (status) => statuses.push(status),
      revision: 1,
    });
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    expect(save).toHaveBeenCalledTimes(1);
    const last = statuses.at(-1);
    expect(last?.state === 'conflict' && last.storedPlan.aboutMe.name).toBe('Other tab');
  });

  it('goes on from the newer plan after adopt', async () => {
    const stored = { ...createEmptyPlan(now, 'p1'), revision: 9 };
    let conflict = true;
    const revisions: number[] = [];
    const save = (plan: Plan): Promise<SavePlanResult> => {
      revisions.push(plan.revision);
      if (conflict) {
        conflict = false;
        return Promise.resolve({
          ok: false,
          kind: 'conflict',
          message: 'newer',
          storedPlan: stored,
        });
      }
      return Promise.resolve(savedResult(plan));
    };
    const autosave = createAutosave({ save, onStatus: () => undefined, revision: 1 });
    autosave.change(createEmptyPlan(now, 'p1'));
    await autosave.flush();
    autosave.adopt(stored);
    autosave.change(stored);
    await autosave.flush();
    expect(revisions).toEqual([1, 9]);
  });

  it('saves to real storage, and the last edit is there after a flush', async () => {
    const storage = await openStorage(freshIndexedDb());
    const autosave = createAutosave({
      save: (plan) => savePlan(storage, plan),
      onStatus: () => undefined,
      revision: 0,
    });
    let plan = createEmptyPlan(now, 'p1');
    for (const name of ['S', 'Sa', 'Sam']) {
      plan = named(plan, name);
      autosave.change(plan);
    }
    await autosave.flush();
    const loaded = await loadPlan(storage, 'p1');
    expect(loaded.ok && [loaded.plan.aboutMe.name, loaded.plan.revision]).toEqual(['Sam', 1]);
  });
});

describe('a broken character in one box', () => {
  it('blocks only its own box: every other box goes on saving', async () => {
    const storage = await openStorage(freshIndexedDb());
    const first = await savePlan(storage, named(createEmptyPlan(now, 'p1'), 'Sam'));
    if (!first.ok) throw new Error('save failed');
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave({
      save: (plan) => savePlan(storage, plan),
      onStatus: (status) => statuses.push(status),
      revision: first.revision,
      saved: first.plan,
    });
    const broken = named(first.plan, 'Sam \uD800');
    autosave.change(broken);
    await autosave.flush();
    const later = updateSection(broken, 'safety', { whoToCall: 'My sister' }, now);
    autosave.change(later);
    await autosave.flush();

    const stored = await loadPlan(storage, 'p1');
    expect(stored.ok && [stored.plan.aboutMe.name, stored.plan.safety.whoToCall]).toEqual([
      'Sam',
      'My sister',
    ]);
    const last = statuses.at(-1);
    expect(last?.state).toBe('saved');
    expect(last?.state === 'saved' && last.heldBack.map((problem) => problem.message)).toEqual([
      'In "About me", "Name" is not saved. It has a broken character.',
    ]);
  });

  it('saves the box again once the broken character is gone', async () => {
    const storage = await openStorage(freshIndexedDb());
    const statuses: AutosaveStatus[] = [];
    const autosave = createAutosave({
      save: (plan) => savePlan(storage, plan),
      onStatus: (status) => statuses.push(status),
      revision: 0,
    });
    const plan = createEmptyPlan(now, 'p1');
    autosave.change(named(plan, 'Sam \uD800'));
    await autosave.flush();
    autosave.change(named(plan, 'Sam Smith'));
    await autosave.flush();
    const stored = await loadPlan(storage, 'p1');
    expect(stored.ok && stored.plan.aboutMe.name).toBe('Sam Smith');
    const last = statuses.at(-1);
    expect(last?.state === 'saved' && last.heldBack).toEqual([]);
  });
});
