/* Shared set-up for the storage tests: a fresh fake IndexedDB per test, and seeding raw data. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { DB_NAME, PLANS_STORE, QUARANTINE_STORE } from '../../../src/lib/storage';
import {
  openSiteStorage,
  type OpenSiteStorageOptions,
  type SiteStorage,
} from '../../../src/lib/storage';

/** A new, empty IndexedDB, so no test sees another's data. */
export function freshIndexedDb(): IDBFactory {
  return new IDBFactory();
}

/** Opens planner storage on `factory`, failing the test if it cannot. */
export async function openStorage(
  factory: IDBFactory,
  options: Omit<OpenSiteStorageOptions, 'indexedDB'> = {},
): Promise<SiteStorage> {
  const result = await openSiteStorage({ ...options, indexedDB: factory });
  if (!result.ok) throw new Error(`Could not open storage: ${result.message}`);
  return result.storage;
}

/** The v1 fixture: the first stored plan format. */
export function v1Fixture(): Record<string, unknown> {
  return JSON.parse(
    readFileSync(new URL('../../fixtures/plans/v1.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
}

/**
 * Creates the database as version 1 of the site did, with plain IndexedDB (not our code), and
 * puts `records` straight into the plans store, as tldraw's migration tests do.
 */
export async function seedVersion1Database(
  factory: IDBFactory,
  records: readonly unknown[],
): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(PLANS_STORE, { keyPath: 'id' });
      request.result.createObjectStore(QUARANTINE_STORE, { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await putRaw(db, records);
  db.close();
}

/** Puts raw records into the plans store of an open plain connection. */
export function putRaw(db: IDBDatabase, records: readonly unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(PLANS_STORE, 'readwrite');
    for (const record of records) tx.objectStore(PLANS_STORE).put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Opens a plain connection (as another tab or an older site would). */
export function openRaw(
  factory: IDBFactory,
  version?: number,
  onUpgrade?: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
    request.onupgradeneeded = () => onUpgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Reads every raw record in a store through a plain connection. */
export async function readAllRaw(factory: IDBFactory, store: string): Promise<unknown[]> {
  const db = await openRaw(factory);
  try {
    return await new Promise((resolve, reject) => {
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
