/*
 * Autosave for any kind of record (a plan, notes for an assessment): saves within half a second
 * of the last change, at once when asked (on `pagehide` or when the page is hidden), one save at
 * a time, carrying each new revision into the next save. Issue 6: "It never says Saved when it
 * was not".
 */
import type { StorageFailure } from './errors';
import type { SaveRecordResult, SavedRecord } from './records';

/** How long after the last change autosave waits before saving. */
export const AUTOSAVE_DELAY_MS = 500;

/** What the status line shows, for a record of type T whose problems are of type P. */
export type RecordAutosaveStatus<T, P> =
  /** Nothing changed since the record was opened. */
  | { readonly state: 'idle' }
  /** Changes are waiting for the next save. */
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  /**
   * Saved ("Saved on this device at 10:42"), except what is in `heldBack`: a box that cannot be
   * saved yet keeps its last saved words until the person mends it.
   */
  | {
      readonly state: 'saved';
      readonly savedAt: string;
      readonly revision: number;
      readonly heldBack: readonly P[];
    }
  /** The last save failed; the previous saved version is intact. Retried on the next change. */
  | {
      readonly state: 'failed';
      readonly failure: StorageFailure | { readonly kind: 'invalid'; readonly message: string };
    }
  /**
   * Another tab saved newer work. Autosave has stopped; show the newer record (or offer to keep
   * this one) and call `adopt` with the record to go on from.
   */
  | { readonly state: 'conflict'; readonly storedRecord: T; readonly message: string };

/** Options for `createRecordAutosave`. */
export interface RecordAutosaveOptions<T extends SavedRecord, P> {
  /** Saves one record: usually `(record) => saveRecord(storage, KIND, record)`. */
  readonly save: (record: T) => Promise<SaveRecordResult<T, P>>;
  /** Called whenever the status changes. */
  readonly onStatus: (status: RecordAutosaveStatus<T, P>) => void;
  /** The revision of the record as loaded (0 for a new record). */
  readonly revision: number;
  /** The record as loaded (what `holdBack` may keep words from); null for a new record. */
  readonly saved?: T | null;
  /**
   * Keeps back the parts of a record that cannot be saved yet (like a box with a broken
   * character), giving them their last saved words. Default: keeps nothing back.
   */
  readonly holdBack?: (record: T, lastSaved: T | null) => { record: T; heldBack: readonly P[] };
  /** Wait after the last change, in milliseconds. Default 500. */
  readonly delayMs?: number;
}

/** An autosaver for one record. */
export interface RecordAutosave<T> {
  /** Call on every change with the whole latest record; it is saved after a short pause. */
  change(record: T): void;
  /** Saves any waiting change now (use on `pagehide` and when the page becomes hidden). */
  flush(): Promise<void>;
  /** Goes on from `record` after a conflict (or a replace): its revision becomes the base. */
  adopt(record: T): void;
  /** The revision the next save will check against. */
  revision(): number;
  /** Stops the timer. Waiting changes are not saved: call `flush` first. */
  dispose(): void;
}

/**
 * Creates an autosaver. The record passed to `change` may carry any revision: autosave replaces
 * it with the revision it last saved, so the page does not have to track revisions.
 */
export function createRecordAutosave<T extends SavedRecord, P>(
  options: RecordAutosaveOptions<T, P>,
): RecordAutosave<T> {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const holdBack = options.holdBack ?? ((record: T) => ({ record, heldBack: [] }));
  let baseRevision = options.revision;
  let lastSaved = options.saved ?? null;
  let waiting: T | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let inConflict = false;
  let disposed = false;

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const run = async (): Promise<void> => {
    while (waiting !== null && !inConflict && !disposed) {
      const record: T = { ...waiting, revision: baseRevision };
      waiting = null;
      options.onStatus({ state: 'saving' });
      // A part that cannot be saved yet blocks only itself: the rest of the record is saved.
      const { record: toSave, heldBack } = holdBack(record, lastSaved);
      let result: SaveRecordResult<T, P>;
      try {
        result = await options.save(toSave);
      } catch (error) {
        result = { ok: false, kind: 'failed', message: String(error), cause: error };
      }
      if (result.ok) {
        baseRevision = result.revision;
        lastSaved = result.record;
        options.onStatus(
          waiting === null
            ? { state: 'saved', savedAt: result.savedAt, revision: result.revision, heldBack }
            : { state: 'pending' },
        );
      } else if (result.kind === 'conflict') {
        inConflict = true;
        waiting = null;
        options.onStatus({
          state: 'conflict',
          storedRecord: result.storedRecord,
          message: result.message,
        });
      } else {
        // Keep the unsaved record so the next change or flush tries again with the newest words.
        waiting ??= record;
        options.onStatus({ state: 'failed', failure: result });
        return;
      }
    }
  };

  const flush = (): Promise<void> => {
    clearTimer();
    if (running !== null) {
      // The loop picks up the waiting record when the save in flight finishes.
      return running.then(() => (waiting !== null && !inConflict ? flush() : undefined));
    }
    if (waiting === null || inConflict || disposed) return Promise.resolve();
    running = run().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    change(record) {
      if (disposed || inConflict) return;
      waiting = record;
      options.onStatus({ state: 'pending' });
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, delayMs);
    },
    flush,
    adopt(record) {
      baseRevision = record.revision;
      lastSaved = record;
      inConflict = false;
      waiting = null;
      clearTimer();
    },
    revision: () => baseRevision,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
