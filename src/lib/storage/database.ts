/*
 * The planner's IndexedDB database: its name, version, stores and cumulative upgrades, as one
 * typed idb schema (tldraw's LocalIndexedDb pattern). The only module family that imports idb.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { IsoDateTime } from '../plan';

// ---------------------------------------------------------------------------------------------
// WARNING: DB_NAME, DB_VERSION and the store names are part of every visitor's saved data.
// Changing a name, or the version without an upgrade step below, loses people's plans.
// To change the stores: bump DB_VERSION and ADD an `if (oldVersion < N)` step. Never edit an
// old step. Plan record formats are versioned separately (PLAN_SCHEMA_VERSION, lib/plan).
// ---------------------------------------------------------------------------------------------

/** The database's name on this device. Never change it. */
export const DB_NAME = 'open-isf-planner';

/** The database's version. Bump it only with a new upgrade step in `upgradeDatabase`. */
export const DB_VERSION = 1;

/** The store of plans, keyed by each plan's `id`. */
export const PLANS_STORE = 'plans';

/** The store of records that could not be read, kept untouched so nothing is ever lost. */
export const QUARANTINE_STORE = 'quarantine';

/** A record moved aside because it could not be read as a plan. */
export interface QuarantinedRecord {
  /** The store it was in. */
  readonly fromStore: typeof PLANS_STORE;
  /** Its key in that store (the plan's id). */
  readonly key: IDBValidKey;
  /** When it was moved aside. */
  readonly movedAt: IsoDateTime;
  /** Why it could not be read, in plain English. */
  readonly reason: string;
  /** The record exactly as it was stored. */
  readonly raw: unknown;
}

/** The planner database's typed schema. */
export interface PlannerDb extends DBSchema {
  [PLANS_STORE]: {
    key: string;
    /**
     * A plan record. Typed `unknown` on purpose: what comes back may be from an older format or
     * damaged, so every read goes through `migrate` (lib/plan) before use.
     */
    value: unknown;
  };
  [QUARANTINE_STORE]: {
    key: number;
    value: QuarantinedRecord;
  };
}

/** An open connection to the planner database. */
export type PlannerDatabase = IDBPDatabase<PlannerDb>;

/** What `openDatabase` reports while it opens. */
export interface OpenDatabaseCallbacks {
  /** Another tab holds an older version open; opening waits until it closes. */
  readonly blocked?: () => void;
}

/**
 * Creates or upgrades the stores. Cumulative: a database at any older version runs every step
 * after its own, in order.
 */
export function upgradeDatabase(
  db: PlannerDatabase,
  oldVersion: number,
  _transaction: IDBPTransaction<PlannerDb, StoreNames<PlannerDb>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore(PLANS_STORE, { keyPath: 'id' });
    db.createObjectStore(QUARANTINE_STORE, { autoIncrement: true });
  }
}

/**
 * Opens the planner database with a given IndexedDB factory (so tests can give each test its
 * own). Like idb's `openDB`, but the factory is passed in. `version` is for tests only.
 */
export function openDatabase(
  factory: IDBFactory,
  callbacks: OpenDatabaseCallbacks = {},
  version: number = DB_VERSION,
): Promise<PlannerDatabase> {
  const request = factory.open(DB_NAME, version);
  request.addEventListener('upgradeneeded', (event) => {
    const transaction = request.transaction;
    if (transaction === null) return;
    upgradeDatabase(
      wrap(request.result) as unknown as PlannerDatabase,
      event.oldVersion,
      wrap(transaction) as unknown as IDBPTransaction<
        PlannerDb,
        StoreNames<PlannerDb>[],
        'versionchange'
      >,
    );
  });
  request.addEventListener('blocked', () => callbacks.blocked?.());
  return wrap(request) as unknown as Promise<PlannerDatabase>;
}

/** Deletes the whole planner database. Waits (calling `blocked`) while other tabs hold it open. */
export function deleteDatabase(factory: IDBFactory, blocked?: () => void): Promise<void> {
  const request = factory.deleteDatabase(DB_NAME);
  request.addEventListener('blocked', () => blocked?.());
  return (wrap(request) as Promise<unknown>).then(() => undefined);
}
