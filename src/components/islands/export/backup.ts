/*
 * Saving a backup file, for each kind of record the site keeps: a plan (the plan actions and the
 * 14-day reminder) and the notes for an assessment. Each kind gives its file's words and name.
 */
import { backupFileName, serialiseBackup, todayIsoDate, type Plan } from '../../../lib/plan';
import { saveFile } from './saveFile';

/** What happened when a person asked for a backup file. */
export type BackupSaveResult =
  | { readonly ok: true; readonly fileName: string; readonly at: Date }
  | { readonly ok: false; readonly message: string };

/** A backup file ready to save: its words and its name. */
export interface BackupFileContents {
  readonly text: string;
  readonly fileName: string;
}

/** Offers a backup file made by `make` at `now`. Never throws. */
export function offerBackupFile(
  make: (now: Date) => BackupFileContents,
  now: Date = new Date(),
): BackupSaveResult {
  try {
    const { text, fileName } = make(now);
    saveFile(text, fileName, 'application/json');
    return { ok: true, fileName, at: now };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : 'The backup file could not be made.',
    };
  }
}

/** Offers the plan's backup file. Never throws. */
export function saveBackupFile(plan: Plan, now: Date = new Date()): BackupSaveResult {
  return offerBackupFile(
    (at) => ({
      text: serialiseBackup(plan, at),
      fileName: backupFileName(plan, todayIsoDate(at)),
    }),
    now,
  );
}

export { backupSavedMessage } from '../../../lib/backup/envelope';
