/*
 * Saving any kind of record on this device: list, load, save, delete, and keep unreadable
 * records aside. Each kind (a plan, notes for an assessment) brings its own store, format
 * version and migrations as a `RecordKind`; the rules are the same for all, from issue 6
 * ("Storage"): a tab never overwrites newer work (revision checked inside the write
 * transaction), a full disk leaves the last version intact, and every record read is untrusted
 * until the kind's `migrate` passes it (Excalidraw's restore, tldraw's LocalIndexedDb).
 */
import { toIsoDateTime, type IsoDateTime } from '../plan/dates';
import { abortQuietly, closedFailure, rawToJsonText, type SiteStorage } from './connection';
import { QUARANTINE_STORE, type QuarantinedRecord, type RecordStoreName } from './database';
import { STORAGE_MESSAGES, storageFailureFrom, type StorageFailure } from './errors';

/** What every saved record has: an id and a save count ("revision"). */
export interface SavedRecord {
  readonly id: string;
  /** How many times it has been saved: 0 for a record never saved here. */
  readonly revision: number;
}

/** The outcome of a kind's `migrate`: the record in today's format, or why it cannot be read. */
export type RecordMigrateResult<T> =
  | {
      readonly ok: true;
      readonly record: T;
      /** The format it was stored in, when older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      /** "newer-version" for a record saved by a newer version of the site; anything else is unreadable. */
      readonly kind: string;
      /** One plain-English sentence saying what is wrong. */
      readonly message: string;
      /** The format number found, when there was one. */
      readonly schemaVersion: number | null;
    };

/** The outcome of a kind's `check` before saving. */
export type RecordCheckResult<T, P> =
  | { readonly ok: true; readonly record: T }
  | { readonly ok: false; readonly message: string; readonly problems: readonly P[] };

/** One kind of record the site saves, and how to read and check it. */
export interface RecordKind<T extends SavedRecord, P> {
  /** The store that holds this kind. */
  readonly store: RecordStoreName;
  /** Today's format number of this kind (its `schemaVersion`). */
  readonly schemaVersion: number;
  /** Brings any stored value up to today's format and checks it. Never throws. */
  readonly migrate: (raw: unknown) => RecordMigrateResult<T>;
  /** Checks a record before it is saved. */
  readonly check: (record: T) => RecordCheckResult<T, P>;
  /** The save count after `revision` (wrapping round before the schema would refuse it). */
  readonly nextRevision: (revision: number) => number;
  /** A name to list an unreadable record by, or "" when none can be found. */
  readonly nameGuess: (raw: unknown) => string;
  /** What to say when a record is not on this device, or another tab saved newer work. */
  readonly messages: {
    readonly notFound: string;
    readonly conflict: string;
    /** Said when a record cannot be opened and was kept aside; `reason` says why. */
    readonly keptAside: (reason: string) => string;
  };
}

/** A record that could not be read, as listed for the person. */
export interface QuarantineSummary {
  /** Its key in the quarantine store: pass it to `getQuarantinedRecord`. */
  readonly quarantineId: number;
  /** The store it was in. */
  readonly fromStore: RecordStoreName;
  /** The key it had in that store. */
  readonly originalKey: string;
  /** The record's title or name if one could be found, else "". */
  readonly nameGuess: string;
  readonly movedAt: IsoDateTime;
  readonly reason: string;
}

/** A record saved by a newer version of the site: left exactly as it is, and listed. */
export interface NewerVersionSummary {
  /** Its key in its store: pass it to `getRecordText` to download its data. */
  readonly id: string;
  /** The record's title or name if one could be found, else "". */
  readonly nameGuess: string;
  /** The format it was saved in. */
  readonly schemaVersion: number;
}

/** The outcome of `listRecords`. */
export type ListRecordsResult<T> =
  | {
      readonly ok: true;
      /** Readable records, in the order the store keeps them. */
      readonly records: readonly T[];
      /** Records of this kind kept aside because they could not be read (including any moved just now). */
      readonly quarantined: readonly QuarantineSummary[];
      /** Records saved by a newer version of the site (left untouched). */
      readonly newerVersion: readonly NewerVersionSummary[];
    }
  | StorageFailure;

/** The outcome of `loadRecord`. */
export type LoadRecordResult<T> =
  | {
      readonly ok: true;
      readonly record: T;
      /** The format it was stored in, when older than today's (it is upgraded on next save). */
      readonly migratedFrom: number | null;
    }
  | NotFound
  | {
      readonly ok: false;
      /** It could not be read, so it was moved aside untouched. */
      readonly kind: 'quarantined';
      readonly message: string;
      readonly quarantineId: number | null;
    }
  | StorageFailure;

/** Not on this device: never saved here, deleted, or cleared by the browser. */
export interface NotFound {
  readonly ok: false;
  readonly kind: 'not-found';
  readonly message: string;
}

/** The outcome of `saveRecord`. */
export type SaveRecordResult<T, P> =
  | {
      readonly ok: true;
      /** The record as saved, with its new revision. */
      readonly record: T;
      /** The new revision: carry it into the next save. */
      readonly revision: number;
      readonly savedAt: IsoDateTime;
      /** True when the record was no longer saved here (deleted elsewhere or cleared) and was saved again. */
      readonly recreated: boolean;
    }
  | {
      readonly ok: false;
      /** Another tab saved this record since this one loaded it. Nothing was written. */
      readonly kind: 'conflict';
      readonly message: string;
      /** The record as saved now (newer work from another tab). */
      readonly storedRecord: T;
    }
  | {
      readonly ok: false;
      /** The record does not pass its schema (the page let through something it should not). */
      readonly kind: 'invalid';
      readonly message: string;
      readonly problems: readonly P[];
    }
  | StorageFailure;

/** The outcome of `deleteRecord`. */
export type DeleteRecordResult = { readonly ok: true } | StorageFailure;

/** The outcome of `getQuarantinedRecord`. */
export type QuarantinedRecordResult =
  | {
      readonly ok: true;
      readonly record: QuarantinedRecord;
      /** The raw record as JSON text, ready to download ("Download its data"). */
      readonly downloadText: string;
    }
  | NotFound
  | StorageFailure;

/**
 * Lists the records of one kind saved on this device. Any record that cannot be read is moved
 * aside untouched and listed in `quarantined`, so the page can say so and offer its data as a
 * download.
 */
export async function listRecords<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
): Promise<ListRecordsResult<T>> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const tx = storage.db.transaction(kind.store, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const records: T[] = [];
    const unreadable: string[] = [];
    const newerVersion: NewerVersionSummary[] = [];
    values.forEach((raw, index) => {
      const result = kind.migrate(raw);
      const key = keys[index] ?? '';
      if (result.ok) records.push(result.record);
      else if (result.kind === 'newer-version') {
        newerVersion.push({
          id: key,
          nameGuess: kind.nameGuess(raw),
          schemaVersion: result.schemaVersion ?? 0,
        });
      } else unreadable.push(key);
    });
    if (unreadable.length > 0) await moveToQuarantine(storage, kind, unreadable);
    const quarantined = await quarantineSummaries(storage, kind);
    return { ok: true, records, quarantined, newerVersion };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * Loads one record, upgraded to today's format. A record that cannot be read is moved aside
 * untouched ("quarantined"); a missing one gives "not-found" with the kind's message.
 */
export async function loadRecord<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
  id: string,
): Promise<LoadRecordResult<T>> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const raw = await storage.db.get(kind.store, id);
    if (raw === undefined) return { ok: false, kind: 'not-found', message: kind.messages.notFound };
    const result = kind.migrate(raw);
    if (result.ok) return { ok: true, record: result.record, migratedFrom: result.migratedFrom };
    if (result.kind === 'newer-version') {
      return { ok: false, kind: 'newer-version', message: STORAGE_MESSAGES.newerVersion };
    }
    const [quarantineId = null] = await moveToQuarantine(storage, kind, [id]);
    return {
      ok: false,
      kind: 'quarantined',
      message: kind.messages.keptAside(result.message),
      quarantineId,
    };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * Saves a record, but only if the saved copy still has the revision this tab last saw
 * (`record.revision`). The check and the write happen in one transaction, so two tabs can never
 * overwrite each other: the loser gets a "conflict" carrying the stored, newer record. On
 * success the record is stored with the next revision. A full disk or any other refusal leaves
 * the previous version exactly as it was.
 */
export async function saveRecord<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
  record: T,
  now: Date = new Date(),
): Promise<SaveRecordResult<T, P>> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  const checked = kind.check(record);
  if (!checked.ok) {
    return { ok: false, kind: 'invalid', message: checked.message, problems: checked.problems };
  }
  const toStore: T = { ...checked.record, revision: kind.nextRevision(checked.record.revision) };
  // A record at revision 0 was never saved here: a failure must not say a saved version is safe.
  const firstSave = record.revision === 0;
  let tx;
  try {
    tx = storage.db.transaction([kind.store, QUARANTINE_STORE], 'readwrite');
  } catch (error) {
    return storageFailureFrom(error, firstSave);
  }
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const store = tx.objectStore(kind.store);
    const storedRaw = await store.get(toStore.id);
    const writes: Promise<unknown>[] = [];
    // The usual case: the stored copy is the one this tab loaded or saved last, so it is replaced
    // without being parsed again (it passed when loaded). Anything else gets the full check.
    const isOurLastSave =
      record.revision > 0 && storedRevision(storedRaw, kind.schemaVersion) === record.revision;
    if (storedRaw !== undefined && !isOurLastSave) {
      const stored = kind.migrate(storedRaw);
      if (stored.ok && stored.record.revision !== record.revision) {
        await done;
        return {
          ok: false,
          kind: 'conflict',
          message: kind.messages.conflict,
          storedRecord: stored.record,
        };
      }
      if (!stored.ok && stored.kind === 'newer-version') {
        await done;
        return { ok: false, kind: 'newer-version', message: STORAGE_MESSAGES.newerVersion };
      }
      if (!stored.ok) {
        writes.push(
          tx
            .objectStore(QUARANTINE_STORE)
            .add(quarantined(kind.store, toStore.id, storedRaw, stored.message, now)),
        );
      }
    }
    writes.push(store.put(toStore));
    await Promise.all([...writes, done]);
    return {
      ok: true,
      record: toStore,
      revision: toStore.revision,
      savedAt: toIsoDateTime(now),
      recreated: storedRaw === undefined && record.revision > 0,
    };
  } catch (error) {
    abortQuietly(tx);
    return storageFailureFrom(error, firstSave);
  }
}

/**
 * Deletes one record for good. For "undo", keep the record you had and save it again with
 * `saveRecord`: it is then stored as new.
 */
export async function deleteRecord<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
  id: string,
): Promise<DeleteRecordResult> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    await storage.db.delete(kind.store, id);
    return { ok: true };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * The raw data of one record exactly as stored, as JSON text to download: for a record this
 * version cannot open (saved by a newer version of the site), so the person can keep it safe.
 * Reads only; never changes the record.
 */
export async function getRecordText<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
  id: string,
): Promise<{ readonly ok: true; readonly downloadText: string } | NotFound | StorageFailure> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const raw: unknown = await storage.db.get(kind.store, id);
    if (raw === undefined) return { ok: false, kind: 'not-found', message: kind.messages.notFound };
    return { ok: true, downloadText: rawToJsonText(raw) };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * Lists the records kept aside because they could not be read: of one kind when `kind` is given
 * (named as that kind names them), else of every kind.
 */
export async function listQuarantined<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind?: RecordKind<T, P>,
): Promise<
  { readonly ok: true; readonly quarantined: readonly QuarantineSummary[] } | StorageFailure
> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const quarantined =
      kind === undefined
        ? await allQuarantineSummaries(storage)
        : await quarantineSummaries(storage, kind);
    return { ok: true, quarantined };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/** Gets one record kept aside, with its raw data as JSON text to download. */
export async function getQuarantinedRecord(
  storage: SiteStorage,
  quarantineId: number,
): Promise<QuarantinedRecordResult> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const record = await storage.db.get(QUARANTINE_STORE, quarantineId);
    if (record === undefined) {
      return { ok: false, kind: 'not-found', message: 'This record is no longer on this device.' };
    }
    return { ok: true, record, downloadText: rawToJsonText(record.raw) };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/** The revision of a stored record in a format this version reads, or null if it has none. */
function storedRevision(raw: unknown, currentVersion: number): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { schemaVersion, revision } = raw as { schemaVersion?: unknown; revision?: unknown };
  if (typeof schemaVersion !== 'number' || schemaVersion > currentVersion) return null;
  return typeof revision === 'number' && Number.isInteger(revision) ? revision : null;
}

function quarantined(
  fromStore: RecordStoreName,
  key: string,
  raw: unknown,
  reason: string,
  now: Date,
): QuarantinedRecord {
  return { fromStore, key, movedAt: toIsoDateTime(now), reason, raw };
}

/**
 * Moves unreadable records to the quarantine store in one transaction, reading each again inside
 * it so a record another tab has just mended is left where it is. Returns the new quarantine keys.
 */
async function moveToQuarantine<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
  keys: readonly string[],
): Promise<number[]> {
  const tx = storage.db.transaction([kind.store, QUARANTINE_STORE], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  const store = tx.objectStore(kind.store);
  const aside = tx.objectStore(QUARANTINE_STORE);
  const movedAt = new Date();
  const ids: Promise<number>[] = [];
  try {
    for (const key of keys) {
      const raw = await store.get(key);
      if (raw === undefined) continue;
      const result = kind.migrate(raw);
      if (result.ok || result.kind === 'newer-version') continue;
      ids.push(aside.add(quarantined(kind.store, key, raw, result.message, movedAt)));
      void store.delete(key).catch(() => undefined);
    }
    const [moved] = await Promise.all([Promise.all(ids), done]);
    return moved;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

async function quarantineSummaries<T extends SavedRecord, P>(
  storage: SiteStorage,
  kind: RecordKind<T, P>,
): Promise<QuarantineSummary[]> {
  return (await allQuarantineSummaries(storage, kind.nameGuess)).filter(
    (record) => record.fromStore === kind.store,
  );
}

async function allQuarantineSummaries(
  storage: SiteStorage,
  nameGuess: (raw: unknown) => string = genericNameGuess,
): Promise<QuarantineSummary[]> {
  const tx = storage.db.transaction(QUARANTINE_STORE, 'readonly');
  const [keys, records] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  return records.map((record, index) => ({
    quarantineId: keys[index] ?? -1,
    fromStore: record.fromStore,
    originalKey: String(record.key),
    nameGuess: nameGuess(record.raw),
    movedAt: record.movedAt,
    reason: record.reason,
  }));
}

/** A record's own title, if it has one. */
function genericNameGuess(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const { title } = raw as { title?: unknown };
  return typeof title === 'string' ? title.trim().slice(0, 100) : '';
}
