/*
 * Money checks saved beside plans and notes (issue 20): one database keeps every kind of
 * record. A database made before there were money checks is upgraded with its plans and notes
 * untouched (seed the old format, open with the new).
 */
import { describe, expect, it } from 'vitest';
import type { HoursString } from '../../../src/lib/budget/hours';
import type { MoneyString } from '../../../src/lib/money';
import { createEmptyMoneyCheck, type MoneyCheckRecord } from '../../../src/lib/money-check/record';
import { createEmptyNotes } from '../../../src/lib/prepare/notes';
import {
  DB_VERSION,
  listPlans,
  listRecords,
  loadRecord,
  MONEY_CHECKS_STORE,
  PLANS_STORE,
  PREPARATION_STORE,
  saveRecord,
} from '../../../src/lib/storage';
import {
  MONEY_CHECK_CONFLICT_MESSAGE,
  MONEY_CHECK_RECORDS,
} from '../../../src/lib/storage/money-checks';
import { PREPARATION_RECORDS } from '../../../src/lib/storage/preparation';
import {
  freshIndexedDb,
  openRaw,
  openStorage,
  readAllRaw,
  seedVersion1Database,
  v1Fixture,
} from './helpers';

const now = new Date('2026-12-02T10:42:00.000Z');

function checkWithAStatement(words: string): MoneyCheckRecord {
  return {
    ...createEmptyMoneyCheck(now, 'money-1'),
    planned: {
      budgetAWeek: '378.00' as MoneyString,
      weeksPerYear: '52',
      support: [
        {
          id: 'care',
          name: 'Personal care',
          hoursAWeek: '12' as HoursString,
          costOfAnHour: '24.00' as MoneyString,
        },
      ],
      items: [],
      providerFeeAWeek: '30.00' as MoneyString,
      councilLimitWeeks: '8',
    },
    statements: [
      {
        id: 'week-1',
        period: 'week',
        start: '2027-03-01',
        lines: [
          {
            for: { kind: 'support', id: 'care' },
            words,
            hours: '12' as HoursString,
            amount: '288.00' as MoneyString,
            credit: false,
          },
        ],
      },
    ],
    matchings: { 'date|description|hours|amount': { date: 0, words: 1, hours: 2, amount: 3 } },
  };
}

describe('upgrading a database made before there were money checks', () => {
  it('keeps plans and notes as they were, and adds a store for money checks', async () => {
    const factory = freshIndexedDb();
    await seedVersion1Database(factory, [v1Fixture()]);
    // Version 2 of the database, as the site made it: a store for notes, with notes in it.
    const version2 = await openRaw(factory, 2, (db) =>
      db.createObjectStore(PREPARATION_STORE, { keyPath: 'id' }),
    );
    await new Promise<void>((resolve, reject) => {
      const tx = version2.transaction(PREPARATION_STORE, 'readwrite');
      tx.objectStore(PREPARATION_STORE).put(createEmptyNotes(now, 'notes'));
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    version2.close();
    const plansBefore = await readAllRaw(factory, PLANS_STORE);
    const notesBefore = await readAllRaw(factory, PREPARATION_STORE);

    const storage = await openStorage(factory);
    expect(storage.db.version).toBe(DB_VERSION);
    expect([...storage.db.objectStoreNames]).toContain(MONEY_CHECKS_STORE);
    const plans = await listPlans(storage);
    expect(plans.ok && plans.plans.map((plan) => plan.name)).toEqual(["Sarah's plan 2026"]);
    const saved = await saveRecord(storage, MONEY_CHECK_RECORDS, checkWithAStatement('PC'));
    expect(saved.ok && saved.revision).toBe(1);
    const notes = await listRecords(storage, PREPARATION_RECORDS);
    expect(notes.ok && notes.records.map((record) => record.id)).toEqual(['notes']);
    storage.db.close();
    expect(await readAllRaw(factory, PLANS_STORE)).toEqual(plansBefore);
    expect(await readAllRaw(factory, PREPARATION_STORE)).toEqual(notesBefore);
  });
});

describe('saving a money check', () => {
  it('saves a money check and loads it back, every word and figure as it was', async () => {
    const storage = await openStorage(freshIndexedDb());
    const words = '=HYPERLINK("http://example.com") <script>alert(1)</script> 🧾';
    const saved = await saveRecord(storage, MONEY_CHECK_RECORDS, checkWithAStatement(words), now);
    expect(saved.ok && saved.savedAt).toBe('2026-12-02T10:42:00.000Z');
    const loaded = await loadRecord(storage, MONEY_CHECK_RECORDS, 'money-1');
    if (!loaded.ok) throw new Error(loaded.message);
    expect(loaded.record.statements[0]?.lines[0]?.words).toBe(words);
    expect(loaded.record.planned?.support[0]?.hoursAWeek).toBe('12');
    expect(loaded.record.matchings).toEqual({
      'date|description|hours|amount': { date: 0, words: 1, hours: 2, amount: 3 },
    });
  });

  it('never lets a tab overwrite a money check saved since by another tab', async () => {
    const factory = freshIndexedDb();
    const tabA = await openStorage(factory);
    const tabB = await openStorage(factory);
    const first = await saveRecord(tabA, MONEY_CHECK_RECORDS, checkWithAStatement('First'));
    if (!first.ok) throw new Error('not saved');
    expect((await saveRecord(tabB, MONEY_CHECK_RECORDS, first.record)).ok).toBe(true);
    const stale = await saveRecord(tabA, MONEY_CHECK_RECORDS, checkWithAStatement('Stale'));
    expect(stale.ok ? 'ok' : stale.kind).toBe('conflict');
    expect(stale.ok || stale.kind !== 'conflict' ? '' : stale.message).toBe(
      MONEY_CHECK_CONFLICT_MESSAGE,
    );
  });

  it('refuses a money check that does not pass the schema, and says why', async () => {
    const storage = await openStorage(freshIndexedDb());
    const record = checkWithAStatement('x'.repeat(501));
    const result = await saveRecord(storage, MONEY_CHECK_RECORDS, record);
    expect(result.ok ? 'ok' : result.kind).toBe('invalid');
    expect(result.ok ? '' : result.message).toMatch(/^Not saved: /);
  });

  it('moves an unreadable money check aside, and leaves a newer one where it is', async () => {
    const factory = freshIndexedDb();
    (await openStorage(factory)).db.close();
    const future = { schemaVersion: 99, id: 'future', somethingNew: true };
    const db = await openRaw(factory);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(MONEY_CHECKS_STORE, 'readwrite');
      tx.objectStore(MONEY_CHECKS_STORE).put({ schemaVersion: 1, id: 'bad', statements: 'x' });
      tx.objectStore(MONEY_CHECKS_STORE).put(future);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const storage = await openStorage(factory);
    const list = await listRecords(storage, MONEY_CHECK_RECORDS);
    expect(list.ok && list.records).toEqual([]);
    expect(list.ok && list.quarantined.map((record) => record.fromStore)).toEqual([
      MONEY_CHECKS_STORE,
    ]);
    expect(list.ok && list.newerVersion.map((record) => record.id)).toEqual(['future']);
  });
});
