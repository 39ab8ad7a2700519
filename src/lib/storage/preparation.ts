/*
 * Saving notes for an assessment on this device ("Get ready for your assessment"): the notes as
 * one kind of record (lib/storage/records), beside plans in the same database. The format and
 * its migrations are lib/prepare's.
 */
import {
  checkNotes,
  migrateNotes,
  nextNotesRevision,
  PREPARATION_SCHEMA_VERSION,
  type NotesProblem,
  type PreparationNotes,
} from '../prepare/notes';
import { PREPARATION_STORE } from './database';
import type { StorageFailureKind } from './errors';
import type { RecordKind } from './records';

/** Message when the notes are not on this device. */
export const NOTES_NOT_FOUND_MESSAGE =
  'These notes are no longer saved on this device. The browser may have cleared them, or they were deleted.';

/** Message when another tab saved newer notes. */
export const NOTES_CONFLICT_MESSAGE =
  'These notes were changed in another tab or window since you opened them here, so this tab has not saved over them. Open the newer version to go on.';

/** Notes for an assessment as a kind of record: their store, format and checks. */
export const PREPARATION_RECORDS: RecordKind<PreparationNotes, NotesProblem> = {
  store: PREPARATION_STORE,
  schemaVersion: PREPARATION_SCHEMA_VERSION,
  migrate(raw) {
    const result = migrateNotes(raw);
    return result.ok
      ? { ok: true, record: result.notes, migratedFrom: result.migratedFrom }
      : result;
  },
  check(notes) {
    const checked = checkNotes(notes);
    return checked.ok ? { ok: true, record: checked.notes } : checked;
  },
  nextRevision: nextNotesRevision,
  nameGuess: () => 'Notes for your assessment',
  messages: {
    notFound: NOTES_NOT_FOUND_MESSAGE,
    conflict: NOTES_CONFLICT_MESSAGE,
    keptAside: (reason) =>
      `These notes could not be opened, so they have been kept aside without changing them. (${reason})`,
  },
};

/**
 * What to say on the notes page when saving fails or storage cannot be used: the shared
 * messages speak of plans and backup files, which the notes do not have.
 */
export const NOTES_STORAGE_MESSAGES: Readonly<Record<StorageFailureKind, string>> = {
  quota:
    "Not saved: this device's storage is full. Your last saved notes are safe. Free up some space, then type again.",
  unavailable:
    'This browser is not letting Open ISF save on this device. This often happens in a private window. Your notes stay while this page is open.',
  'newer-version':
    'A newer version of Open ISF has been used on this device. Reload this page to get the newest version.',
  closed:
    'This page has stopped saving on this device. Your notes are still on this page. Reload the page to save again.',
  failed:
    'Not saved: the browser would not save your notes. Your last saved notes are safe. Keep this page open and type again to try again.',
};
