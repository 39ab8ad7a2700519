/*
 * The connection to the site's storage on this device: opening it (with a time limit, and
 * waiting for older tabs), closing it, being told when another tab upgrades or deletes it, and
 * "Delete everything". Every kind of record (lib/storage/records) goes through one connection.
 */
import { deleteDatabase, openDatabase, type SiteDatabase } from './database';
import { STORAGE_MESSAGES, storageFailureFrom, type StorageFailure } from './errors';

/** Why the connection closed: a newer version upgraded it, it was deleted, or the browser shut it. */
export type ClosedReason = 'upgrade' | 'delete' | 'terminated';

/** An open place to save records. Get one from `openSiteStorage`; pass it to the functions that save. */
export interface SiteStorage {
  /** @internal The idb connection. Use the functions in this module family instead. */
  readonly db: SiteDatabase;
  /** @internal Why the connection closed, or null while it is open. */
  closedBecause: ClosedReason | null;
}

/** Options for `openSiteStorage`. */
export interface OpenSiteStorageOptions {
  /** The IndexedDB to use. Defaults to the browser's; null behaves as a browser without one. */
  readonly indexedDB?: IDBFactory | null;
  /**
   * Another tab has an older version of the site open, so opening waits for it to close.
   * Show "Close other Open ISF tabs to go on"; opening goes on by itself once they close.
   */
  readonly onBlocked?: () => void;
  /**
   * Another tab wants this database: a newer version of the site is upgrading it ("upgrade")
   * or "Delete everything" was used ("delete"). Save now if the reason is "upgrade" (the
   * connection stays open until the returned promise settles, at most `versionChangeGraceMs`),
   * then ask the person to reload. After this, every call returns a "closed" failure.
   */
  readonly onVersionChange?: (reason: 'upgrade' | 'delete') => void | Promise<void>;
  /** The browser closed the connection itself (for example when site data was cleared). */
  readonly onTerminated?: () => void;
  /** The longest wait for `onVersionChange` before the connection closes. Default 3000 ms. */
  readonly versionChangeGraceMs?: number;
  /**
   * The longest wait for the browser to open its storage, unless another tab is blocking it
   * (then `onBlocked` says so). Some browsers have never answered. Default 4000 ms.
   */
  readonly openTimeoutMs?: number;
}

/** The outcome of `openSiteStorage`. */
export type OpenStorageResult =
  { readonly ok: true; readonly storage: SiteStorage } | StorageFailure;

/** The outcome of deleting one record, and of `deleteAllSavedData`. */
export type DeleteResult = { readonly ok: true } | StorageFailure;

const DEFAULT_GRACE_MS = 3000;
const DEFAULT_OPEN_TIMEOUT_MS = 4000;

/** Thrown inside `openSiteStorage` when the browser has not opened its storage in time. */
class OpenTimedOut extends Error {}

/**
 * Opens the database, but gives up after `timeoutMs` unless another tab is blocking it. A
 * connection that opens after giving up is closed at once, so it never blocks another tab.
 */
function openInTime(
  factory: IDBFactory,
  timeoutMs: number,
  onBlocked: () => void,
): Promise<SiteDatabase> {
  let gaveUp = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDatabase(factory, {
    blocked: () => {
      clearTimeout(timer);
      onBlocked();
    },
  });
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      gaveUp = true;
      reject(new OpenTimedOut());
    }, timeoutMs);
  });
  void opening.then(
    (db) => {
      if (gaveUp) db.close();
    },
    () => undefined,
  );
  return Promise.race([opening, late]).finally(() => clearTimeout(timer));
}

/**
 * Opens the site's storage. Never throws: when IndexedDB is missing or refused it returns an
 * "unavailable" failure, so the page can show a banner and keep the work in memory. It does the
 * same when the browser does not answer in time. While an older tab blocks an upgrade, it
 * waits (calling `onBlocked`).
 */
export async function openSiteStorage(
  options: OpenSiteStorageOptions = {},
): Promise<OpenStorageResult> {
  const factory = options.indexedDB === undefined ? browserIndexedDb() : options.indexedDB;
  if (factory === null) return unavailable();
  let db: SiteDatabase;
  try {
    db = await openInTime(factory, options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS, () =>
      options.onBlocked?.(),
    );
  } catch (error) {
    if (error instanceof OpenTimedOut) {
      return { ok: false, kind: 'unavailable', message: STORAGE_MESSAGES.notAnswering };
    }
    const failure = storageFailureFrom(error);
    return failure.kind === 'newer-version' || failure.kind === 'quota'
      ? failure
      : unavailable(error);
  }
  const storage: SiteStorage = { db, closedBecause: null };
  db.addEventListener('versionchange', (event) => {
    const reason = event.newVersion === null ? 'delete' : 'upgrade';
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      storage.closedBecause = reason;
      db.close();
    };
    const timer = setTimeout(finish, options.versionChangeGraceMs ?? DEFAULT_GRACE_MS);
    Promise.resolve()
      .then(() => options.onVersionChange?.(reason))
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        finish();
      });
  });
  db.addEventListener('close', () => {
    storage.closedBecause = 'terminated';
    options.onTerminated?.();
  });
  return { ok: true, storage };
}

/** Closes the connection (for example before leaving the page in tests). */
export function closeSiteStorage(storage: SiteStorage): void {
  if (storage.closedBecause === null) storage.closedBecause = 'terminated';
  storage.db.close();
}

/**
 * "Delete everything saved on this device": removes the whole database, every kind of record
 * and the records kept aside. Closes `storage` first if given. Other tabs are told (their
 * `onVersionChange` gets "delete"); while one of them holds on, this waits and calls `onBlocked`.
 */
export async function deleteAllSavedData(
  options: {
    readonly storage?: SiteStorage;
    readonly indexedDB?: IDBFactory | null;
    readonly onBlocked?: () => void;
  } = {},
): Promise<DeleteResult> {
  if (options.storage !== undefined) {
    options.storage.closedBecause = 'delete';
    options.storage.db.close();
  }
  const factory = options.indexedDB === undefined ? browserIndexedDb() : options.indexedDB;
  if (factory === null) return unavailable();
  try {
    await deleteDatabase(factory, options.onBlocked);
    return { ok: true };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * Turns any stored value into JSON text to download, whatever it holds: cycles become
 * "[circular]", big integers become text, Maps and Sets become lists.
 */
export function rawToJsonText(raw: unknown): string {
  const ancestors: object[] = [];
  const text = JSON.stringify(
    raw,
    function replacer(this: unknown, _key: string, value: unknown): unknown {
      if (typeof value === 'bigint') return value.toString();
      if (typeof value !== 'object' || value === null) return value;
      while (ancestors.length > 0 && ancestors[ancestors.length - 1] !== this) ancestors.pop();
      if (ancestors.includes(value)) return '[circular]';
      ancestors.push(value);
      if (value instanceof Map) return { map: Array.from(value.entries()) };
      if (value instanceof Set) return { set: Array.from(value.values()) };
      return value;
    },
    2,
  );
  return `${text ?? 'null'}\n`;
}

/** A "closed" failure when the connection has closed, else null. */
export function closedFailure(storage: SiteStorage): StorageFailure | null {
  switch (storage.closedBecause) {
    case null:
      return null;
    case 'upgrade':
      return { ok: false, kind: 'closed', message: STORAGE_MESSAGES.closedUpgrade };
    case 'delete':
      return { ok: false, kind: 'closed', message: STORAGE_MESSAGES.closedDelete };
    case 'terminated':
      return { ok: false, kind: 'closed', message: STORAGE_MESSAGES.closedTerminated };
  }
}

/** Aborts a transaction that may already have finished, without throwing. */
export function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was written, or it all was.
  }
}

function browserIndexedDb(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    // Some browsers throw a SecurityError just for looking, when storage is blocked.
    return null;
  }
}

function unavailable(cause?: unknown): StorageFailure {
  return cause === undefined
    ? { ok: false, kind: 'unavailable', message: STORAGE_MESSAGES.unavailable }
    : { ok: false, kind: 'unavailable', message: STORAGE_MESSAGES.unavailable, cause };
}
