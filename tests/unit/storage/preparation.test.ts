/*
 * Notes for an assessment saved beside plans: one database keeps every kind of record, each
 * with its own format and migrations. A database made before there were notes is upgraded
 * with its plans untouched (tldraw's migration tests: seed the old format, open with the new).
 */
import { describe, expect, it } from 'vitest';
import { createEmptyPlan } from '../../../src/lib/plan';
import {
  createEmptyNotes,
  updateArea,
  type PreparationNotes,
} from '../../../src/lib/prepare/notes';
import {
  DB_NAME,
  DB_VERSION,
  deleteAllSavedData,
  listPlans,
  listQuarantined,
  listRecords,
  loadPlan,
  loadRecord,
  MONEY_CHECKS_STORE,
  PLANS_STORE,
  PREPARATION_STORE,
  QUARANTINE_STORE,
  saveRecord,
  savePlan,
  deleteRecord,
} from '../../../src/lib/storage';
import { NOTES_CONFLICT_MESSAGE, PREPARATION_RECORDS } from '../../../src/lib/storage/preparation';
import {
  freshIndexedDb,
  openRaw,
  openStorage,
  readAllRaw,
  seedVersion1Database,
  v1Fixture,
} from './helpers';

const now = new Date('2026-12-02T10:42:00.000Z');

function notesWithFood(words: string): PreparationNotes {
  return updateArea(
    createEmptyNotes(now, 'notes-1'),
    'food',
    { isHard: 'yes', badDay: { words, notSure: null }, status: 'in-progress' },
    now,
  );
}

/** Puts raw records straight into the notes store, as another tab or an older site might. */
async function putRawNotes(factory: IDBFactory, records: readonly unknown[]): Promise<void> {
  const db = await openRaw(factory);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(PREPARATION_STORE, 'readwrite');
    for (const record of records) tx.objectStore(PREPARATION_STORE).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('upgrading a database made before there were notes', () => {
  it('keeps every plan exactly as it was and adds a store for notes (and for money checks)', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [v1Fixture()]);
    const before = await readAllRaw(factory, PLANS_STORE);
    const storage = await openStorage(factory);
    expect(storage.db.version).toBe(DB_VERSION);
    expect([...storage.db.objectStoreNames].sort()).toEqual(
      [PLANS_STORE, PREPARATION_STORE, MONEY_CHECKS_STORE, QUARANTINE_STORE].sort(),
    );
    const list = await listPlans(storage);
    expect(list.ok && list.plans.map((plan) => plan.name)).toEqual(["Sarah's plan 2026"]);
    const loaded = await loadPlan(storage, '3f1c2a9e-5b7d-4e21-9a0c-6d8e2f4b1a37');
    expect(loaded.ok && loaded.plan.goals.items[0]?.inMyWords).toBe(
      'I want to cook my own tea three nights a week.',
    );
    storage.db.close();
    expect(await readAllRaw(factory, PLANS_STORE)).toEqual(before);
  });

  it('saves notes in the upgraded database beside the old plan', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [v1Fixture()]);
    const storage = await openStorage(factory);
    const saved = await saveRecord(storage, PREPARATION_RECORDS, notesWithFood('I forget to eat.'));
    expect(saved.ok && saved.revision).toBe(1);
    const plans = await listPlans(storage);
    expect(plans.ok && plans.plans).toHaveLength(1);
  });
});

describe('saving notes for an assessment', () => {
  it('saves notes and loads them back, with every word as typed', async () => {
    const storage = await openStorage(freshIndexedDb());
    const notes = notesWithFood('I forget to eat. <b>Really</b> 🍞');
    const saved = await saveRecord(storage, PREPARATION_RECORDS, notes, now);
    expect(saved.ok && saved.savedAt).toBe('2026-12-02T10:42:00.000Z');
    const loaded = await loadRecord(storage, PREPARATION_RECORDS, 'notes-1');
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.record.areas.food.badDay.words).toBe('I forget to eat. <b>Really</b> 🍞');
    expect(loaded.record.areas.food.isHard).toBe('yes');
    expect(loaded.record.revision).toBe(1);
  });

  it('keeps notes and plans apart: neither list shows the other', async () => {
    const storage = await openStorage(freshIndexedDb());
    await savePlan(storage, createEmptyPlan(now, 'plan-1'));
    await saveRecord(storage, PREPARATION_RECORDS, notesWithFood('Hard'));
    const plans = await listPlans(storage);
    const notes = await listRecords(storage, PREPARATION_RECORDS);
    expect(plans.ok && plans.plans.map((plan) => plan.id)).toEqual(['plan-1']);
    expect(notes.ok && notes.records.map((record) => record.id)).toEqual(['notes-1']);
  });

  it('never lets a tab overwrite notes saved since by another tab', async () => {
    const factory = freshIndexedDb();
    const tabA = await openStorage(factory);
    const tabB = await openStorage(factory);
    const first = await saveRecord(tabA, PREPARATION_RECORDS, notesWithFood('First'));
    if (!first.ok) throw new Error('not saved');
    const fromB = await saveRecord(
      tabB,
      PREPARATION_RECORDS,
      updateArea(first.record, 'food', { status: 'done' }, now),
    );
    expect(fromB.ok).toBe(true);
    const stale = await saveRecord(tabA, PREPARATION_RECORDS, notesWithFood('Stale'));
    expect(stale.ok ? 'ok' : stale.kind).toBe('conflict');
    expect(stale.ok || stale.kind !== 'conflict' ? '' : stale.message).toBe(NOTES_CONFLICT_MESSAGE);
    expect(stale.ok || stale.kind !== 'conflict' ? '' : stale.storedRecord.areas.food.status).toBe(
      'done',
    );
  });

  it('refuses notes that do not pass the schema, and says why', async () => {
    const storage = await openStorage(freshIndexedDb());
    const notes = notesWithFood('x'.repeat(5001));
    const result = await saveRecord(storage, PREPARATION_RECORDS, notes);
    expect(result.ok ? 'ok' : result.kind).toBe('invalid');
    expect(result.ok ? '' : result.message).toMatch(/^Not saved: /);
  });

  it('moves unreadable notes aside, and the plans list does not count them', async () => {
    const factory = freshIndexedDb();
    (await openStorage(factory)).db.close();
    await putRawNotes(factory, [{ schemaVersion: 1, id: 'bad', areas: 'nonsense' }]);
    const storage = await openStorage(factory);
    const notes = await listRecords(storage, PREPARATION_RECORDS);
    expect(notes.ok && notes.records).toEqual([]);
    expect(notes.ok && notes.quarantined.map((record) => record.fromStore)).toEqual([
      PREPARATION_STORE,
    ]);
    const plans = await listPlans(storage);
    expect(plans.ok && plans.quarantined).toEqual([]);
    const all = await listQuarantined(storage);
    expect(all.ok && all.quarantined).toHaveLength(1);
  });

  it('leaves notes saved by a newer version of the site where they are', async () => {
    const factory = freshIndexedDb();
    (await openStorage(factory)).db.close();
    const future = { schemaVersion: 99, id: 'future', somethingNew: true };
    await putRawNotes(factory, [future]);
    const storage = await openStorage(factory);
    const notes = await listRecords(storage, PREPARATION_RECORDS);
    expect(notes.ok && notes.newerVersion.map((record) => record.id)).toEqual(['future']);
    const loaded = await loadRecord(storage, PREPARATION_RECORDS, 'future');
    expect(loaded.ok ? 'ok' : loaded.kind).toBe('newer-version');
    storage.db.close();
    expect(await readAllRaw(factory, PREPARATION_STORE)).toEqual([future]);
  });

  it('deletes notes for good', async () => {
    const storage = await openStorage(freshIndexedDb());
    await saveRecord(storage, PREPARATION_RECORDS, notesWithFood('Hard'));
    expect((await deleteRecord(storage, PREPARATION_RECORDS, 'notes-1')).ok).toBe(true);
    const loaded = await loadRecord(storage, PREPARATION_RECORDS, 'notes-1');
    expect(loaded.ok ? 'ok' : loaded.kind).toBe('not-found');
  });

  it('"Delete everything" deletes notes as well as plans', async () => {
    const factory = freshIndexedDb();
    const storage = await openStorage(factory);
    await savePlan(storage, createEmptyPlan(now, 'plan-1'));
    await saveRecord(storage, PREPARATION_RECORDS, notesWithFood('Hard'));
    expect((await deleteAllSavedData({ storage, indexedDB: factory })).ok).toBe(true);
    expect((await factory.databases()).map((db) => db.name)).not.toContain(DB_NAME);
    const reopened = await openStorage(factory);
    const notes = await listRecords(reopened, PREPARATION_RECORDS);
    expect(notes.ok && notes.records).toEqual([]);
  });
});
