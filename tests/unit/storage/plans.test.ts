import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createEmptyPlan,
  MAX_REVISION,
  migrate,
  updateSection,
  type Plan,
} from '../../../src/lib/plan';
import {
  CONFLICT_MESSAGE,
  DB_NAME,
  PLANS_STORE,
  QUARANTINE_STORE,
  deletePlan,
  getPlanRecordText,
  getQuarantinedRecord,
  listPlans,
  listQuarantined,
  loadPlan,
  openSiteStorage,
  savePlan,
} from '../../../src/lib/storage';
import {
  freshIndexedDb,
  openRaw,
  openStorage,
  putRaw,
  readAllRaw,
  seedVersion1Database,
  v1Fixture,
} from './helpers';

const now = new Date('2026-05-24T10:42:00.000Z');

function named(plan: Plan, name: string): Plan {
  return updateSection(plan, 'aboutMe', { name }, now);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('opening storage', () => {
  it('opens an empty database with no plans', async () => {
    const storage = await openStorage(freshIndexedDb());
    const result = await listPlans(storage);
    expect(result.ok && result.plans).toEqual([]);
  });

  it('opens a database seeded by the first version of the site and reads its plan', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [v1Fixture()]);
    const storage = await openStorage(factory);
    const list = await listPlans(storage);
    expect(list.ok && list.plans.map((plan) => plan.name)).toEqual(["Sarah's plan 2026"]);
    const loaded = await loadPlan(storage, '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a37');
    expect(loaded.ok && loaded.plan.goals.items[0]?.inMyWords).toBe(
      'I want to cook my own tea three nights a week.',
    );
  });

  it('says "unavailable" when the browser has no IndexedDB', async () => {
    const result = await openSiteStorage({ indexedDB: null });
    expect(result.ok ? 'ok' : result.kind).toBe('unavailable');
    expect(result.ok ? '' : result.message).toMatch(/private window/);
  });

  it('says "unavailable" when the browser refuses to open storage', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const result = await openSiteStorage({ indexedDB: refusing });
    expect(result.ok ? 'ok' : result.kind).toBe('unavailable');
  });

  it('gives up with a message when the browser never answers, and closes a late connection', async () => {
    const real = freshIndexedDb();
    const listeners = new Map<string, (event: Event) => void>();
    // A request that answers only when this test says so, like a browser that hangs.
    const held = Object.assign(Object.create(IDBRequest.prototype) as IDBOpenDBRequest, {
      addEventListener: (type: string, listener: (event: Event) => void) =>
        listeners.set(type, listener),
      removeEventListener: () => undefined,
    });
    const silent = { open: () => held } as unknown as IDBFactory;
    const result = await openSiteStorage({ indexedDB: silent, openTimeoutMs: 50 });
    expect(result.ok ? 'ok' : result.kind).toBe('unavailable');
    expect(result.ok ? '' : result.message).toMatch(/did not open its storage/);

    // The browser answers at last: the planner closes that connection, so it blocks nobody.
    const db = await openRaw(real, 1);
    Object.defineProperty(held, 'result', { value: db });
    listeners.get('success')?.(new Event('success'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const blocked = vi.fn();
    const deleting = real.deleteDatabase(DB_NAME);
    deleting.addEventListener('blocked', blocked);
    await new Promise((resolve) => deleting.addEventListener('success', resolve));
    expect(blocked).not.toHaveBeenCalled();
  });

  it('says "newer-version" when a newer site has upgraded the database', async () => {
    const factory = freshIndexedDb();
    (await openRaw(factory, 99)).close();
    const result = await openSiteStorage({ indexedDB: factory });
    expect(result.ok ? 'ok' : result.kind).toBe('newer-version');
    expect(result.ok ? '' : result.message).toMatch(/Reload this page/);
  });
});

describe('saving and loading plans', () => {
  it('saves a new plan and loads it back with revision 1', async () => {
    const storage = await openStorage(freshIndexedDb());
    const plan = named(createEmptyPlan(now, 'p1'), 'Sam');
    const saved = await savePlan(storage, plan, now);
    expect(saved.ok && saved.revision).toBe(1);
    const loaded = await loadPlan(storage, 'p1');
    expect(loaded.ok && loaded.plan).toEqual({ ...plan, revision: 1 });
  });

  it('counts up the revision on each save', async () => {
    const storage = await openStorage(freshIndexedDb());
    const first = await savePlan(storage, createEmptyPlan(now, 'p1'), now);
    if (!first.ok) throw new Error('first save failed');
    const second = await savePlan(storage, named(first.plan, 'Sam'), now);
    expect(second.ok && second.revision).toBe(2);
  });

  it('lists plans most recently changed first, with their names and progress', async () => {
    const storage = await openStorage(freshIndexedDb());
    await savePlan(
      storage,
      named(createEmptyPlan(new Date('2026-01-01T00:00:00.000Z'), 'old'), 'Ann'),
    );
    await savePlan(storage, { ...createEmptyPlan(now, 'new'), title: 'Bea 2026' });
    const result = await listPlans(storage);
    expect(
      result.ok && result.plans.map((plan) => [plan.id, plan.name, plan.sectionsDone]),
    ).toEqual([
      ['new', 'Bea 2026', 0],
      ['old', "Ann's plan", 0],
    ]);
  });

  it('says a missing plan is no longer on this device and how to get it back', async () => {
    const storage = await openStorage(freshIndexedDb());
    const result = await loadPlan(storage, 'gone');
    expect(result.ok ? 'ok' : result.kind).toBe('not-found');
    expect(result.ok ? '' : result.message).toMatch(/backup file/);
  });

  it('refuses to save a plan that does not pass the schema, and says why', async () => {
    const storage = await openStorage(freshIndexedDb());
    const plan = named(createEmptyPlan(now, 'p1'), 'x'.repeat(5001));
    const result = await savePlan(storage, plan);
    expect(result.ok ? 'ok' : result.kind).toBe('invalid');
    expect(result.ok ? '' : result.message).toMatch(/"Name" is too long/);
  });

  it('deletes a plan for good', async () => {
    const storage = await openStorage(freshIndexedDb());
    await savePlan(storage, createEmptyPlan(now, 'p1'));
    expect((await deletePlan(storage, 'p1')).ok).toBe(true);
    expect((await loadPlan(storage, 'p1')).ok).toBe(false);
  });

  it('brings a deleted plan back when the kept copy is saved again (undo)', async () => {
    const storage = await openStorage(freshIndexedDb());
    const saved = await savePlan(storage, named(createEmptyPlan(now, 'p1'), 'Sam'));
    if (!saved.ok) throw new Error('save failed');
    await deletePlan(storage, 'p1');
    const undone = await savePlan(storage, saved.plan);
    expect(undone.ok && undone.recreated).toBe(true);
    const loaded = await loadPlan(storage, 'p1');
    expect(loaded.ok && loaded.plan.aboutMe.name).toBe('Sam');
  });
});

describe('save counts at their largest', () => {
  async function storedAt(revision: number) {
    const factory = freshIndexedDb();
    const storage = await openStorage(factory);
    const db = await openRaw(factory);
    await putRaw(db, [{ ...named(createEmptyPlan(now, 'p1'), 'Sam'), revision }]);
    db.close();
    return storage;
  }

  it('opens a plan again after saving it at the largest save count', async () => {
    const storage = await storedAt(MAX_REVISION);
    const loaded = await loadPlan(storage, 'p1');
    if (!loaded.ok) throw new Error(loaded.message);
    const saved = await savePlan(storage, named(loaded.plan, 'Sam Smith'));
    expect(saved.ok).toBe(true);
    const again = await loadPlan(storage, 'p1');
    expect(again.ok && again.plan.aboutMe.name).toBe('Sam Smith');
  });

  it('starts the save count again at 1 after the largest, and goes on saving', async () => {
    const storage = await storedAt(MAX_REVISION);
    const loaded = await loadPlan(storage, 'p1');
    if (!loaded.ok) throw new Error(loaded.message);
    const first = await savePlan(storage, loaded.plan);
    const second = first.ok ? await savePlan(storage, first.plan) : first;
    expect([first.ok && first.revision, second.ok && second.revision]).toEqual([1, 2]);
  });

  it("still refuses another tab's save made from the count before the largest", async () => {
    const storage = await storedAt(MAX_REVISION);
    const loaded = await loadPlan(storage, 'p1');
    if (!loaded.ok) throw new Error(loaded.message);
    await savePlan(storage, named(loaded.plan, 'From tab A'));
    const fromB = await savePlan(storage, named(loaded.plan, 'From tab B'));
    expect(fromB.ok ? 'ok' : fromB.kind).toBe('conflict');
  });
});

describe('two tabs', () => {
  it('never lets a tab overwrite newer work saved by another tab', async () => {
    const factory = freshIndexedDb();
    const tabA = await openStorage(factory);
    const tabB = await openStorage(factory);
    const created = await savePlan(tabA, createEmptyPlan(now, 'p1'));
    if (!created.ok) throw new Error('save failed');

    const loadedInB = await loadPlan(tabB, 'p1');
    if (!loadedInB.ok) throw new Error('load failed');
    const savedByB = await savePlan(tabB, named(loadedInB.plan, 'Written in tab B'));
    expect(savedByB.ok).toBe(true);

    const savedByA = await savePlan(tabA, named(created.plan, 'Written in tab A'));
    expect(savedByA.ok ? 'ok' : savedByA.kind).toBe('conflict');
    const loaded = await loadPlan(tabA, 'p1');
    expect(loaded.ok && loaded.plan.aboutMe.name).toBe('Written in tab B');
  });

  it('gives the losing tab the newer plan and a plain message', async () => {
    const factory = freshIndexedDb();
    const tabA = await openStorage(factory);
    const tabB = await openStorage(factory);
    const created = await savePlan(tabA, createEmptyPlan(now, 'p1'));
    if (!created.ok) throw new Error('save failed');
    await savePlan(tabB, named(created.plan, 'Newer'));
    const result = await savePlan(tabA, named(created.plan, 'Older'));
    if (result.ok || result.kind !== 'conflict') throw new Error('expected a conflict');
    expect(result.storedPlan.aboutMe.name).toBe('Newer');
    expect(result.storedPlan.revision).toBe(2);
    expect(result.message).toBe(CONFLICT_MESSAGE);
  });

  it('lets the losing tab save after taking the newer revision', async () => {
    const factory = freshIndexedDb();
    const tabA = await openStorage(factory);
    const tabB = await openStorage(factory);
    const created = await savePlan(tabA, createEmptyPlan(now, 'p1'));
    if (!created.ok) throw new Error('save failed');
    await savePlan(tabB, named(created.plan, 'Newer'));
    const conflict = await savePlan(tabA, named(created.plan, 'Older'));
    if (conflict.ok || conflict.kind !== 'conflict') throw new Error('expected a conflict');
    const retried = await savePlan(tabA, named(conflict.storedPlan, 'Both'));
    expect(retried.ok && retried.revision).toBe(3);
  });

  it('lets only one of two saves racing from the same revision win', async () => {
    const factory = freshIndexedDb();
    const tabA = await openStorage(factory);
    const tabB = await openStorage(factory);
    const created = await savePlan(tabA, createEmptyPlan(now, 'p1'));
    if (!created.ok) throw new Error('save failed');
    const results = await Promise.all([
      savePlan(tabA, named(created.plan, 'A')),
      savePlan(tabB, named(created.plan, 'B')),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.kind)).sort()).toEqual([
      'conflict',
      'ok',
    ]);
  });
});

describe('records that cannot be read', () => {
  const broken = {
    id: 'broken',
    schemaVersion: 1,
    title: 'Kim',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    aboutMe: { name: 42 },
  };

  it('moves an unreadable record aside when listing, and reports it', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [broken, v1Fixture()]);
    const storage = await openStorage(factory);
    const result = await listPlans(storage);
    if (!result.ok) throw new Error(result.message);
    expect(result.plans).toHaveLength(1);
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]).toMatchObject({ originalKey: 'broken', nameGuess: 'Kim' });
    expect(result.quarantined[0]?.reason).toMatch(/"Name" should be text/);
  });

  it('keeps the unreadable record exactly as it was', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [broken]);
    const storage = await openStorage(factory);
    const list = await listPlans(storage);
    const id = list.ok ? list.quarantined[0]?.quarantineId : undefined;
    if (id === undefined) throw new Error('nothing quarantined');
    const record = await getQuarantinedRecord(storage, id);
    expect(record.ok && record.record.raw).toEqual(broken);
    expect(record.ok && JSON.parse(record.downloadText)).toEqual(broken);
  });

  it('takes the unreadable record out of the plans store but never deletes it', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [broken]);
    const storage = await openStorage(factory);
    await listPlans(storage);
    await listPlans(storage);
    expect(await readAllRaw(factory, PLANS_STORE)).toEqual([]);
    expect(await readAllRaw(factory, QUARANTINE_STORE)).toHaveLength(1);
  });

  it('moves a record aside when it is loaded, and says its data can be downloaded', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [broken]);
    const storage = await openStorage(factory);
    const result = await loadPlan(storage, 'broken');
    expect(result.ok ? 'ok' : result.kind).toBe('quarantined');
    expect(result.ok ? '' : result.message).toMatch(/download its data/);
    const aside = await listQuarantined(storage);
    expect(aside.ok && aside.quarantined).toHaveLength(1);
  });

  it('leaves a plan saved by a newer version of the site where it is', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [{ ...v1Fixture(), id: 'future', schemaVersion: 99 }]);
    const storage = await openStorage(factory);
    const result = await listPlans(storage);
    expect(
      result.ok && [result.plans.length, result.quarantined.length, result.newerVersion],
    ).toEqual([0, 0, [{ id: 'future', nameGuess: "Sarah's plan 2026", schemaVersion: 99 }]]);
    expect(await readAllRaw(factory, PLANS_STORE)).toHaveLength(1);
  });

  it('gives the data of a plan saved by a newer version to download, exactly as stored', async () => {
    const factory = freshIndexedDb();
    const future = { ...v1Fixture(), id: 'future', schemaVersion: 99, newPart: { kept: true } };
    await seedVersion1Database(factory, [future]);
    const storage = await openStorage(factory);
    const result = await getPlanRecordText(storage, 'future');
    expect(result.ok && JSON.parse(result.downloadText)).toEqual(future);
    expect(await readAllRaw(factory, PLANS_STORE)).toEqual([future]);
    const missing = await getPlanRecordText(storage, 'not-here');
    expect(missing.ok ? 'ok' : missing.kind).toBe('not-found');
  });

  it('does not save over a plan saved by a newer version of the site', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [{ ...v1Fixture(), id: 'future', schemaVersion: 99 }]);
    const storage = await openStorage(factory);
    const result = await savePlan(storage, createEmptyPlan(now, 'future'));
    expect(result.ok ? 'ok' : result.kind).toBe('newer-version');
  });

  it('moves a damaged record aside before saving over it', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [broken]);
    const storage = await openStorage(factory);
    const result = await savePlan(storage, createEmptyPlan(now, 'broken'));
    expect(result.ok).toBe(true);
    const aside = await readAllRaw(factory, QUARANTINE_STORE);
    expect(aside).toMatchObject([{ key: 'broken', raw: broken }]);
  });

  it('reads a v1 record written straight into the database by another tab', async () => {
    const factory = freshIndexedDb();
    const storage = await openStorage(factory);
    const raw = await openRaw(factory);
    await putRaw(raw, [v1Fixture()]);
    raw.close();
    const expected = migrate(v1Fixture());
    const loaded = await loadPlan(storage, '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a37');
    expect(loaded.ok && loaded.plan).toEqual(expected.ok && expected.plan);
  });
});
