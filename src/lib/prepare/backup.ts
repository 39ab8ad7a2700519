/*
 * The backup file of a person's notes for their assessment: the site's one backup envelope
 * (lib/backup/envelope), stamped "isf-assessment-notes", written byte-for-byte the same for the
 * same notes. Read back by the one backup reader (lib/backup/read) with the notes' own
 * migrations, so a file saved today still opens after the notes' format changes.
 */
import { serialiseEnvelope, type BackupReadFailure } from '../backup/envelope';
import { readBackup, type BackupKindReader, type BackupRead } from '../backup/read';
import type { IsoDate } from '../plan/dates';
import {
  checkNotes,
  migrateNotes,
  PREPARATION_SCHEMA_VERSION,
  type NotesProblem,
  type PreparationNotes,
} from './notes';

/** The `type` stamp of a notes backup file. */
export const NOTES_BACKUP_FILE_TYPE = 'isf-assessment-notes';

/** The `version` this site writes: the notes format it holds. */
export const NOTES_BACKUP_FILE_VERSION = PREPARATION_SCHEMA_VERSION;

/** Thrown by `serialiseNotesBackup` when given notes that do not pass their schema. */
export class InvalidNotesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidNotesError';
  }
}

/**
 * Writes notes as backup file text (UTF-8 JSON, 2-space indent, a final newline). Throws
 * `InvalidNotesError` for notes that do not pass the schema (ones the page should never hold).
 */
export function serialiseNotesBackup(notes: PreparationNotes, exportedAt: Date): string {
  const checked = checkNotes(notes);
  if (!checked.ok) {
    throw new InvalidNotesError(
      `Your notes cannot be saved as a backup file: ${checked.problems[0]?.message ?? 'they are not valid'}.`,
    );
  }
  return serialiseEnvelope(
    NOTES_BACKUP_FILE_TYPE,
    NOTES_BACKUP_FILE_VERSION,
    exportedAt,
    checked.notes,
  );
}

/** The file name for a notes backup: "Assessment notes backup - 2026-05-24.json". */
export function notesBackupFileName(today: IsoDate): string {
  return `Assessment notes backup - ${today}.json`;
}

/** The notes as a kind of backup file, for the one backup reader. */
export const NOTES_BACKUP_READER: BackupKindReader<PreparationNotes, NotesProblem> = {
  type: NOTES_BACKUP_FILE_TYPE,
  version: NOTES_BACKUP_FILE_VERSION,
  read(raw) {
    const migrated = migrateNotes(raw);
    if (migrated.ok) {
      return { ok: true, record: migrated.notes, migratedFrom: migrated.migratedFrom };
    }
    return {
      ok: false,
      kind: migrated.kind === 'newer-version' ? 'newer-version' : 'invalid',
      message:
        migrated.kind === 'invalid'
          ? `Part of the notes in it is not right: ${migrated.message.replace(/\.?$/, '.')}`
          : migrated.message,
      problems: [],
    };
  },
};

/**
 * Opens a notes backup file from its bytes or text, with every check of the one backup reader.
 * Never throws; never changes anything saved.
 */
export function readNotesBackupFile(
  input: string | ArrayBuffer | ArrayBufferView,
): BackupRead<PreparationNotes, NotesProblem> {
  return readBackup(input, NOTES_BACKUP_READER);
}

/** A notes backup file that could not be opened. */
export type NotesBackupReadFailure = BackupReadFailure<NotesProblem>;
