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
