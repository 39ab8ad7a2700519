/*
 * The site's IndexedDB database: its name, version, stores and cumulative upgrades, as one typed
 * idb schema (tldraw's LocalIndexedDb pattern). It keeps every kind of record the site saves on
 * this device, one store for each kind. The only module family that imports idb.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { IsoDateTime } from '../plan';

// ---------------------------------------------------------------------------------------------
// WARNING: DB_NAME, DB_VERSION and the store names are part of every visitor's saved data.
// Changing a name, or the version without an upgrade step below, loses people's saved work.
// To change the stores: bump DB_VERSION and ADD an `if (oldVersion < N)` step. Never edit an
// old step. Each kind of record has its own format version and migrations (PLAN_SCHEMA_VERSION
// in lib/plan, PREPARATION_SCHEMA_VERSION in lib/prepare), separate from the database's.
// 1: plans and quarantine. 2: adds the preparation store (notes for an assessment).
// 3: adds the money checks store (checking an Individual Service Fund's statements).
// ---------------------------------------------------------------------------------------------

/** The database's name on this device. Never change it (it says "planner" for its first store). */
export const DB_NAME = 'open-isf-planner';

/** The database's version. Bump it only with a new upgrade step in `upgradeDatabase`. */
export const DB_VERSION = 3;

/** The store of plans, keyed by each plan's `id`. */
export const PLANS_STORE = 'plans';

/** The store of notes for an assessment ("Get ready for your assessment"), keyed by `id`. */
export const PREPARATION_STORE = 'preparation';

/** The store of money checks (a provider's statements beside the plan), keyed by `id`. */
export const MONEY_CHECKS_STORE = 'money-checks';

/** The stores that hold a person's records, one for each kind. */
export const RECORD_STORES = [PLANS_STORE, PREPARATION_STORE, MONEY_CHECKS_STORE] as const;

/** The name of a store that holds one kind of record. */
export type RecordStoreName = (typeof RECORD_STORES)[number];

/** The store of records that could not be read, kept untouched so nothing is ever lost. */
export const QUARANTINE_STORE = 'quarantine';

/** A record moved aside because it could not be read. */
export interface QuarantinedRecord {
  /** The store it was in. */
  readonly fromStore: RecordStoreName;
  /** Its key in that store (the record's id). */
  readonly key: IDBValidKey;
  /** When it was moved aside. */
  readonly movedAt: IsoDateTime;
  /** Why it could not be read, in plain English. */
  readonly reason: string;
  /** The record exactly as it was stored. */
  readonly raw: unknown;
}

/** The database's typed schema. */
export interface SiteDb extends DBSchema {
  [PLANS_STORE]: {
    key: string;
    /**
     * A plan record. Typed `unknown` on purpose: what comes back may be from an older format or
     * damaged, so every read goes through `migrate` (lib/plan) before use.
     */
    value: unknown;
  };
  [PREPARATION_STORE]: {
    key: string;
    /** A record of notes for an assessment. Typed `unknown` for the same reason as a plan. */
    value: unknown;
  };
  [MONEY_CHECKS_STORE]: {
    key: string;
    /** A money check. Typed `unknown` for the same reason as a plan. */
    value: unknown;
  };
  [QUARANTINE_STORE]: {
    key: number;
    value: QuarantinedRecord;
  };
}

/** An open connection to the database. */
export type SiteDatabase = IDBPDatabase<SiteDb>;

/** What `openDatabase` reports while it opens. */
export interface OpenDatabaseCallbacks {
  /** Another tab holds an older version open; opening waits until it closes. */
  readonly blocked?: () => void;
}

/**
 * Creates or upgrades the stores. Cumulative: a database at any older version runs every step
 * after its own, in order, up to `newVersion` (today's `DB_VERSION`; older only in tests).
 */
export function upgradeDatabase(
  db: SiteDatabase,
  oldVersion: number,
  _transaction: IDBPTransaction<SiteDb, StoreNames<SiteDb>[], 'versionchange'>,
  newVersion: number = DB_VERSION,
): void {
  if (oldVersion < 1 && newVersion >= 1) {
    db.createObjectStore(PLANS_STORE, { keyPath: 'id' });
    db.createObjectStore(QUARANTINE_STORE, { autoIncrement: true });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    db.createObjectStore(PREPARATION_STORE, { keyPath: 'id' });
  }
  if (oldVersion < 3 && newVersion >= 3) {
    db.createObjectStore(MONEY_CHECKS_STORE, { keyPath: 'id' });
  }
}

/**
 * Opens the database with a given IndexedDB factory (so tests can give each test its
 * own). Like idb's `openDB`, but the factory is passed in. `version` is for tests only.
 */
export function openDatabase(
  factory: IDBFactory,
  callbacks: OpenDatabaseCallbacks = {},
  version: number = DB_VERSION,
): Promise<SiteDatabase> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const transaction = request.transaction;
    if (transaction === null) return;
    upgradeDatabase(
      wrap(request.result) as unknown as SiteDatabase,
      event.oldVersion,
      wrap(transaction) as unknown as IDBPTransaction<
        SiteDb,
        StoreNames<SiteDb>[],
        'versionchange'
      >,
      version,
    );
  });
  request.addEventListener('blocked', () => callbacks.blocked?.());
  return wrap(request) as unknown as Promise<SiteDatabase>;
}

/** Deletes the whole database, every kind of record. Waits (calling `blocked`) while other tabs hold it open. */
export function deleteDatabase(factory: IDBFactory, blocked?: () => void): Promise<void> {
  const request = factory.deleteDatabase(DB_NAME);
  request.addEventListener('blocked', () => blocked?.());
  return (wrap(request) as Promise<unknown>).then(() => undefined);
}
