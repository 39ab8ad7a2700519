/*
 * Saving plans on this device: open, list, load, save, delete, and keep unreadable records
 * aside. Rules from issue 6 ("Storage"): a tab never overwrites newer work (revision checked
 * inside the write transaction), a full disk leaves the last version intact, and every record
 * read is untrusted until `migrate` passes it (Excalidraw's restore, tldraw's LocalIndexedDb).
 */
import {
  countDoneSections,
  describePlanIssues,
  migrate,
  nextRevision,
  PLAN_SCHEMA_VERSION,
  planDisplayName,
  planSchema,
  summariseProblems,
  toIsoDateTime,
  type IsoDateTime,
  type Plan,
  type PlanProblem,
} from '../plan';
import {
  PLANS_STORE,
  QUARANTINE_STORE,
  deleteDatabase,
  openDatabase,
  type PlannerDatabase,
  type QuarantinedRecord,
} from './database';
import { STORAGE_MESSAGES, storageFailureFrom, type StorageFailure } from './errors';

/** Why the connection closed: a newer version upgraded it, it was deleted, or the browser shut it. */
export type ClosedReason = 'upgrade' | 'delete' | 'terminated';

/** An open place to save plans. Get one from `openPlannerStorage`; pass it to the functions below. */
export interface PlannerStorage {
  /** @internal The idb connection. Use the functions in this module instead. */
  readonly db: PlannerDatabase;
  /** @internal Why the connection closed, or null while it is open. */
  closedBecause: ClosedReason | null;
}

/** Options for `openPlannerStorage`. */
export interface OpenPlannerStorageOptions {
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

/** The outcome of `openPlannerStorage`. */
export type OpenStorageResult =
  { readonly ok: true; readonly storage: PlannerStorage } | StorageFailure;

/** A plan as shown in the plans list. */
export interface PlanSummary {
  readonly id: string;
  /** The plan's title, or "NAME's plan", or "Untitled plan". */
  readonly name: string;
  readonly updatedAt: IsoDateTime;
  readonly lastBackupAt: IsoDateTime | null;
  readonly revision: number;
  /** How many of the 9 sections are marked "Done". */
  readonly sectionsDone: number;
}

/** A record that could not be read, as listed for the person. */
export interface QuarantineSummary {
  /** Its key in the quarantine store: pass it to `getQuarantinedRecord`. */
  readonly quarantineId: number;
  /** The key it had among the plans. */
  readonly originalKey: string;
  /** The plan's title or name if one could be found, else "". */
  readonly nameGuess: string;
  readonly movedAt: IsoDateTime;
  readonly reason: string;
}

/** A plan saved by a newer version of the site: left exactly as it is, and listed. */
export interface NewerVersionSummary {
  /** Its key among the plans: pass it to `getPlanRecordText` to download its data. */
  readonly id: string;
  /** The plan's title or name if one could be found, else "". */
  readonly nameGuess: string;
  /** The format it was saved in. */
  readonly schemaVersion: number;
}

/** The outcome of `listPlans`. */
export type ListPlansResult =
  | {
      readonly ok: true;
      /** Readable plans, most recently changed first. */
      readonly plans: readonly PlanSummary[];
      /** Records kept aside because they could not be read (including any moved just now). */
      readonly quarantined: readonly QuarantineSummary[];
      /** Plans saved by a newer version of the site (left untouched). */
      readonly newerVersion: readonly NewerVersionSummary[];
    }
  | StorageFailure;

/** The outcome of `loadPlan`. */
export type LoadPlanResult =
  | {
      readonly ok: true;
      readonly plan: Plan;
      /** The format it was stored in, when older than today's (it is upgraded on next save). */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      /** Not on this device: never saved here, deleted, or cleared by the browser. */
      readonly kind: 'not-found';
      readonly message: string;
    }
  | {
      readonly ok: false;
      /** It could not be read, so it was moved aside untouched. */
      readonly kind: 'quarantined';
      readonly message: string;
      readonly quarantineId: number | null;
    }
  | StorageFailure;

/** The outcome of `savePlan`. */
export type SavePlanResult =
  | {
      readonly ok: true;
      /** The plan as saved, with its new revision. */
      readonly plan: Plan;
      /** The new revision: carry it into the next save. */
      readonly revision: number;
      readonly savedAt: IsoDateTime;
      /** True when the plan was no longer saved here (deleted elsewhere or cleared) and was saved again. */
      readonly recreated: boolean;
    }
  | {
      readonly ok: false;
      /** Another tab saved this plan since this one loaded it. Nothing was written. */
      readonly kind: 'conflict';
      readonly message: string;
      /** The plan as saved now (newer work from another tab). */
      readonly storedPlan: Plan;
    }
  | {
      readonly ok: false;
      /** The plan does not pass the schema (the island let through something it should not). */
      readonly kind: 'invalid';
      readonly message: string;
      readonly problems: readonly PlanProblem[];
    }
  | StorageFailure;

/** The outcome of `deletePlan` and `deleteAllSavedData`. */
export type DeleteResult = { readonly ok: true } | StorageFailure;

/** The outcome of `getQuarantinedRecord`. */
export type QuarantinedRecordResult =
  | {
      readonly ok: true;
      readonly record: QuarantinedRecord;
      /** The raw record as JSON text, ready to download ("Download its data"). */
      readonly downloadText: string;
    }
  | { readonly ok: false; readonly kind: 'not-found'; readonly message: string }
  | StorageFailure;

/** Message when a plan is not on this device. */
export const PLAN_NOT_FOUND_MESSAGE =
  'This plan is no longer saved on this device. The browser may have cleared it, or it was deleted. If you saved a backup file, you can open it from the plans list.';

/** Message when another tab saved newer work. */
export const CONFLICT_MESSAGE =
  'This plan was changed in another tab or window since you opened it here, so this tab has not saved over it. Open the newer version to go on.';

const DEFAULT_GRACE_MS = 3000;
const DEFAULT_OPEN_TIMEOUT_MS = 4000;

/** Thrown inside `openPlannerStorage` when the browser has not opened its storage in time. */
class OpenTimedOut extends Error {}

/**
 * Opens the database, but gives up after `timeoutMs` unless another tab is blocking it. A
 * connection that opens after giving up is closed at once, so it never blocks another tab.
 */
function openInTime(
  factory: IDBFactory,
  timeoutMs: number,
  onBlocked: () => void,
): Promise<PlannerDatabase> {
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
 * Opens the planner's storage. Never throws: when IndexedDB is missing or refused it returns an
 * "unavailable" failure, so the page can show a banner and keep the plan in memory. It does the
 * same when the browser does not answer in time. While an older tab blocks an upgrade, it
 * waits (calling `onBlocked`).
 */
export async function openPlannerStorage(
  options: OpenPlannerStorageOptions = {},
): Promise<OpenStorageResult> {
  const factory = options.indexedDB === undefined ? browserIndexedDb() : options.indexedDB;
  if (factory === null) return unavailable();
  let db: PlannerDatabase;
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
  const storage: PlannerStorage = { db, closedBecause: null };
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
export function closePlannerStorage(storage: PlannerStorage): void {
  if (storage.closedBecause === null) storage.closedBecause = 'terminated';
  storage.db.close();
}

/**
 * Lists the plans saved on this device, most recently changed first. Any record that cannot be
 * read is moved aside untouched and listed in `quarantined`, so the page can say so and offer
 * its data as a download.
 */
export async function listPlans(storage: PlannerStorage): Promise<ListPlansResult> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const tx = storage.db.transaction(PLANS_STORE, 'readonly');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const plans: PlanSummary[] = [];
    const unreadable: string[] = [];
    const newerVersion: NewerVersionSummary[] = [];
    values.forEach((raw, index) => {
      const result = migrate(raw);
      const key = keys[index] ?? '';
      if (result.ok) plans.push(summarise(result.plan));
      else if (result.kind === 'newer-version') {
        newerVersion.push({
          id: key,
          nameGuess: nameGuess(raw),
          schemaVersion: result.schemaVersion ?? 0,
        });
      } else unreadable.push(key);
    });
    if (unreadable.length > 0) await moveToQuarantine(storage, unreadable);
    plans.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return { ok: true, plans, quarantined: await quarantineSummaries(storage), newerVersion };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * Loads one plan, upgraded to today's format. A record that cannot be read is moved aside
 * untouched ("quarantined"); a missing one gives "not-found" with a message about backups.
 */
export async function loadPlan(storage: PlannerStorage, id: string): Promise<LoadPlanResult> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const raw = await storage.db.get(PLANS_STORE, id);
    if (raw === undefined) return { ok: false, kind: 'not-found', message: PLAN_NOT_FOUND_MESSAGE };
    const result = migrate(raw);
    if (result.ok) return { ok: true, plan: result.plan, migratedFrom: result.migratedFrom };
    if (result.kind === 'newer-version') {
      return { ok: false, kind: 'newer-version', message: STORAGE_MESSAGES.newerVersion };
    }
    const [quarantineId = null] = await moveToQuarantine(storage, [id]);
    return {
      ok: false,
      kind: 'quarantined',
      message: `This plan could not be opened, so it has been kept aside without changing it. You can download its data to keep it safe. (${result.message})`,
      quarantineId,
    };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * Saves a plan, but only if the saved copy still has the revision this tab last saw
 * (`plan.revision`). The check and the write happen in one transaction, so two tabs can never
 * overwrite each other: the loser gets a "conflict" carrying the stored, newer plan. On
 * success the plan is stored with the next revision (`nextRevision`). A full disk or any other refusal leaves the
 * previous version exactly as it was. `updatedAt` is not changed here: edits set it.
 */
export async function savePlan(
  storage: PlannerStorage,
  plan: Plan,
  now: Date = new Date(),
): Promise<SavePlanResult> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  const checked = planSchema.safeParse(plan);
  if (!checked.success) {
    const problems = describePlanIssues(checked.error, plan);
    return {
      ok: false,
      kind: 'invalid',
      message: `Not saved: ${summariseProblems(problems)}`,
      problems,
    };
  }
  const record: Plan = { ...checked.data, revision: nextRevision(checked.data.revision) };
  // A plan at revision 0 was never saved here: a failure must not say a saved version is safe.
  const firstSave = plan.revision === 0;
  let tx;
  try {
    tx = storage.db.transaction([PLANS_STORE, QUARANTINE_STORE], 'readwrite');
  } catch (error) {
    return storageFailureFrom(error, firstSave);
  }
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const plans = tx.objectStore(PLANS_STORE);
    const storedRaw = await plans.get(record.id);
    const writes: Promise<unknown>[] = [];
    // The usual case: the stored copy is the one this tab loaded or saved last, so it is replaced
    // without being parsed again (it passed when loaded). Anything else gets the full check.
    const isOurLastSave = plan.revision > 0 && storedRevision(storedRaw) === plan.revision;
    if (storedRaw !== undefined && !isOurLastSave) {
      const stored = migrate(storedRaw);
      if (stored.ok && stored.plan.revision !== plan.revision) {
        await done;
        return { ok: false, kind: 'conflict', message: CONFLICT_MESSAGE, storedPlan: stored.plan };
      }
      if (!stored.ok && stored.kind === 'newer-version') {
        await done;
        return { ok: false, kind: 'newer-version', message: STORAGE_MESSAGES.newerVersion };
      }
      if (!stored.ok) {
        writes.push(
          tx
            .objectStore(QUARANTINE_STORE)
            .add(quarantined(record.id, storedRaw, stored.message, now)),
        );
      }
    }
    writes.push(plans.put(record));
    await Promise.all([...writes, done]);
    return {
      ok: true,
      plan: record,
      revision: record.revision,
      savedAt: toIsoDateTime(now),
      recreated: storedRaw === undefined && plan.revision > 0,
    };
  } catch (error) {
    abortQuietly(tx);
    return storageFailureFrom(error, firstSave);
  }
}

/**
 * Deletes one plan for good. For "undo", keep the plan you had and save it again with
 * `savePlan`: it is then stored as new.
 */
export async function deletePlan(storage: PlannerStorage, id: string): Promise<DeleteResult> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    await storage.db.delete(PLANS_STORE, id);
    return { ok: true };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/** Lists the records kept aside because they could not be read. */
export async function listQuarantined(
  storage: PlannerStorage,
): Promise<
  { readonly ok: true; readonly quarantined: readonly QuarantineSummary[] } | StorageFailure
> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    return { ok: true, quarantined: await quarantineSummaries(storage) };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/** Gets one record kept aside, with its raw data as JSON text to download. */
export async function getQuarantinedRecord(
  storage: PlannerStorage,
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

/**
 * The raw data of one plan record exactly as stored, as JSON text to download: for a plan this
 * version cannot open (saved by a newer version of the site), so the person can keep it safe.
 * Reads only; never changes the record.
 */
export async function getPlanRecordText(
  storage: PlannerStorage,
  id: string,
): Promise<
  | { readonly ok: true; readonly downloadText: string }
  | { readonly ok: false; readonly kind: 'not-found'; readonly message: string }
  | StorageFailure
> {
  const closed = closedFailure(storage);
  if (closed !== null) return closed;
  try {
    const raw: unknown = await storage.db.get(PLANS_STORE, id);
    if (raw === undefined) return { ok: false, kind: 'not-found', message: PLAN_NOT_FOUND_MESSAGE };
    return { ok: true, downloadText: rawToJsonText(raw) };
  } catch (error) {
    return storageFailureFrom(error);
  }
}

/**
 * "Delete everything saved on this device": removes the whole database, plans and records kept
 * aside. Closes `storage` first if given. Other tabs are told (their `onVersionChange` gets
 * "delete"); while one of them holds on, this waits and calls `onBlocked`.
 */
export async function deleteAllSavedData(
  options: {
    readonly storage?: PlannerStorage;
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

function closedFailure(storage: PlannerStorage): StorageFailure | null {
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

/** The revision of a stored record in a format this version reads, or null if it has none. */
function storedRevision(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { schemaVersion, revision } = raw as { schemaVersion?: unknown; revision?: unknown };
  if (typeof schemaVersion !== 'number' || schemaVersion > PLAN_SCHEMA_VERSION) return null;
  return typeof revision === 'number' && Number.isInteger(revision) ? revision : null;
}

function summarise(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    name: planDisplayName(plan),
    updatedAt: plan.updatedAt,
    lastBackupAt: plan.lastBackupAt,
    revision: plan.revision,
    sectionsDone: countDoneSections(plan),
  };
}

function quarantined(key: string, raw: unknown, reason: string, now: Date): QuarantinedRecord {
  return { fromStore: PLANS_STORE, key, movedAt: toIsoDateTime(now), reason, raw };
}

/**
 * Moves unreadable plan records to the quarantine store in one transaction, reading each again
 * inside it so a record another tab has just mended is left where it is. Returns the new
 * quarantine keys.
 */
async function moveToQuarantine(
  storage: PlannerStorage,
  keys: readonly string[],
): Promise<number[]> {
  const tx = storage.db.transaction([PLANS_STORE, QUARANTINE_STORE], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  const plans = tx.objectStore(PLANS_STORE);
  const aside = tx.objectStore(QUARANTINE_STORE);
  const movedAt = new Date();
  const ids: Promise<number>[] = [];
  try {
    for (const key of keys) {
      const raw = await plans.get(key);
      if (raw === undefined) continue;
      const result = migrate(raw);
      if (result.ok || result.kind === 'newer-version') continue;
      ids.push(aside.add(quarantined(key, raw, result.message, movedAt)));
      void plans.delete(key).catch(() => undefined);
    }
    const [moved] = await Promise.all([Promise.all(ids), done]);
    return moved;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

async function quarantineSummaries(storage: PlannerStorage): Promise<QuarantineSummary[]> {
  const tx = storage.db.transaction(QUARANTINE_STORE, 'readonly');
  const [keys, records] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
  return records.map((record, index) => ({
    quarantineId: keys[index] ?? -1,
    originalKey: String(record.key),
    nameGuess: nameGuess(record.raw),
    movedAt: record.movedAt,
    reason: record.reason,
  }));
}

function nameGuess(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const { title, aboutMe } = raw as { title?: unknown; aboutMe?: unknown };
  if (typeof title === 'string' && title.trim() !== '') return title.trim().slice(0, 100);
  const name =
    typeof aboutMe === 'object' && aboutMe !== null
      ? (aboutMe as { name?: unknown }).name
      : undefined;
  return typeof name === 'string' ? name.trim().slice(0, 100) : '';
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing was written, or it all was.
  }
}
