import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyPlan, updateSection, type Plan } from '../../../src/lib/plan';
import {
  DB_NAME,
  deleteAllSavedData,
  isQuotaExceededError,
  listPlans,
  loadPlan,
  savePlan,
  storageFailureFrom,
} from '../../../src/lib/storage';
import { DB_VERSION, openDatabase } from '../../../src/lib/storage/database';

/** The database version a newer site would open. */
const NEWER = DB_VERSION + 1;
import { freshIndexedDb, openRaw, openStorage } from './helpers';

const now = new Date('2026-05-24T10:42:00.000Z');

function named(plan: Plan, name: string): Plan {
  return updateSection(plan, 'aboutMe', { name }, now);
}

function failPutsWith(error: unknown): void {
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw error;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('full storage', () => {
  it('recognises a full disk under every browser name', () => {
    expect(isQuotaExceededError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(
      isQuotaExceededError(
        Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }),
      ),
    ).toBe(true);
    expect(isQuotaExceededError({ name: 'Error', code: 22 })).toBe(true);
    expect(isQuotaExceededError({ name: 'Error', code: 1014 })).toBe(true);
  });

  it('does not mistake other errors for a full disk', () => {
    expect(isQuotaExceededError(new DOMException('nope', 'AbortError'))).toBe(false);
    expect(isQuotaExceededError('QuotaExceededError')).toBe(false);
    expect(isQuotaExceededError(null)).toBe(false);
  });

  it('says "Not saved" with a plain reason when the disk is full', async () => {
    const storage = await openStorage(freshIndexedDb());
    const first = await savePlan(storage, createEmptyPlan(now, 'p1'));
    if (!first.ok) throw new Error('save failed');
    failPutsWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const result = await savePlan(storage, named(first.plan, 'Sam'));
    expect(result.ok ? 'ok' : result.kind).toBe('quota');
    expect(result.ok ? '' : result.message).toMatch(
      /^Not saved: this device's storage is full\. Your last saved version is safe\./,
    );
  });

  it('does not speak of a last saved version when a new plan cannot be started', async () => {
    const storage = await openStorage(freshIndexedDb());
    failPutsWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const full = await savePlan(storage, createEmptyPlan(now, 'p1'));
    vi.restoreAllMocks();
    failPutsWith(new DOMException('Something else went wrong.', 'UnknownError'));
    const refused = await savePlan(storage, createEmptyPlan(now, 'p2'));
    expect([full, refused].map((result) => (result.ok ? 'ok' : result.kind))).toEqual([
      'quota',
      'failed',
    ]);
    for (const result of [full, refused]) {
      expect(result.ok ? '' : result.message).not.toMatch(/last saved version/);
      expect(result.ok ? '' : result.message).toMatch(/try again\./);
    }
  });

  it('keeps the previous saved version intact when the disk is full', async () => {
    const storage = await openStorage(freshIndexedDb());
    const first = await savePlan(storage, named(createEmptyPlan(now, 'p1'), 'Saved before'));
    if (!first.ok) throw new Error('save failed');
    failPutsWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await savePlan(storage, named(first.plan, 'Never saved'));
    vi.restoreAllMocks();
    const loaded = await loadPlan(storage, 'p1');
    expect(loaded.ok && [loaded.plan.aboutMe.name, loaded.plan.revision]).toEqual([
      'Saved before',
      1,
    ]);
  });

  it("treats Firefox's NS_ERROR_DOM_QUOTA_REACHED as a full disk", async () => {
    const storage = await openStorage(freshIndexedDb());
    failPutsWith(
      Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014 }),
    );
    const result = await savePlan(storage, createEmptyPlan(now, 'p1'));
    expect(result.ok ? 'ok' : result.kind).toBe('quota');
  });

  it('can save again once space is free', async () => {
    const storage = await openStorage(freshIndexedDb());
    failPutsWith(new DOMException('full', 'QuotaExceededError'));
    await savePlan(storage, createEmptyPlan(now, 'p1'));
    vi.restoreAllMocks();
    const result = await savePlan(storage, createEmptyPlan(now, 'p1'));
    expect(result.ok).toBe(true);
  });

  it('reports any other refusal as "Not saved" without claiming the disk is full', async () => {
    const storage = await openStorage(freshIndexedDb());
    failPutsWith(new DOMException('Something broke', 'UnknownError'));
    const result = await savePlan(storage, createEmptyPlan(now, 'p1'));
    expect(result.ok ? 'ok' : result.kind).toBe('failed');
    expect(result.ok ? '' : result.message).toMatch(/^Not saved/);
  });

  it('turns a version error into a "newer-version" failure', () => {
    expect(storageFailureFrom(new DOMException('too old', 'VersionError')).kind).toBe(
      'newer-version',
    );
  });
});

describe('upgrades while another tab is open', () => {
  it('lets the old tab save, then closes it, when a newer version upgrades the database', async () => {
    const factory = freshIndexedDb();
    const plan = named(createEmptyPlan(now, 'p1'), 'Last words');
    const reasons: string[] = [];
    const oldTab = await openStorage(factory, {
      onVersionChange: async (reason) => {
        reasons.push(reason);
        const saved = await savePlan(oldTab, plan);
        reasons.push(saved.ok ? 'saved' : saved.kind);
      },
    });
    const upgraded = await openRaw(factory, NEWER);
    expect(reasons).toEqual(['upgrade', 'saved']);
    expect(upgraded.version).toBe(NEWER);
    upgraded.close();
  });

  it('tells the old tab to reload when it tries to save after the upgrade', async () => {
    const factory = freshIndexedDb();
    const oldTab = await openStorage(factory, { onVersionChange: () => undefined });
    (await openRaw(factory, NEWER)).close();
    const result = await savePlan(oldTab, createEmptyPlan(now, 'p1'));
    expect(result.ok ? 'ok' : result.kind).toBe('closed');
    expect(result.ok ? '' : result.message).toMatch(/Reload this page/);
  });

  it('closes the old tab even if it never finishes saving', async () => {
    const factory = freshIndexedDb();
    await openStorage(factory, {
      onVersionChange: () => new Promise<void>(() => undefined),
      versionChangeGraceMs: 10,
    });
    const upgraded = await openRaw(factory, NEWER);
    expect(upgraded.version).toBe(NEWER);
    upgraded.close();
  });

  it('waits while an older tab holds the database, then opens', async () => {
    const factory = freshIndexedDb();
    const olderTab = await openRaw(factory, 1, (db) => {
      db.createObjectStore('plans', { keyPath: 'id' });
      db.createObjectStore('quarantine', { autoIncrement: true });
    });
    const blocked = vi.fn(() => {
      setTimeout(() => olderTab.close(), 5);
    });
    const db = await openDatabase(factory, { blocked });
    expect(blocked).toHaveBeenCalledTimes(1);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});

describe('deleting everything saved on this device', () => {
  it('removes the database', async () => {
    const factory = freshIndexedDb();
    const storage = await openStorage(factory);
    await savePlan(storage, createEmptyPlan(now, 'p1'));
    const result = await deleteAllSavedData({ storage, indexedDB: factory });
    expect(result.ok).toBe(true);
    expect((await factory.databases()).map((db) => db.name)).not.toContain(DB_NAME);
  });

  it('tells another open tab that everything was deleted', async () => {
    const factory = freshIndexedDb();
    const reasons: string[] = [];
    const otherTab = await openStorage(factory, {
      onVersionChange: (reason) => void reasons.push(reason),
    });
    await deleteAllSavedData({ indexedDB: factory });
    expect(reasons).toEqual(['delete']);
    const result = await listPlans(otherTab);
    expect(result.ok ? '' : result.message).toMatch(/deleted in another tab/);
  });

  it('starts again with no plans after everything was deleted', async () => {
    const factory = freshIndexedDb();
    const storage = await openStorage(factory);
    await savePlan(storage, createEmptyPlan(now, 'p1'));
    await deleteAllSavedData({ storage, indexedDB: factory });
    const reopened = await openStorage(factory);
    const result = await listPlans(reopened);
    expect(result.ok && result.plans).toEqual([]);
  });

  it('says "unavailable" when there is no IndexedDB to delete', async () => {
    const result = await deleteAllSavedData({ indexedDB: null });
    expect(result.ok ? 'ok' : result.kind).toBe('unavailable');
  });
});
