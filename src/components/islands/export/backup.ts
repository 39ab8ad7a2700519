/*
 * Saving a plan's backup file (lib/plan's format), for the plan actions and the 14-day reminder.
 */
import { backupFileName, serialiseBackup, todayIsoDate, type Plan } from '../../../lib/plan';
import { saveFile } from './saveFile';

/** What happened when a person asked for a backup file. */
export type BackupSaveResult =
  | { readonly ok: true; readonly fileName: string; readonly at: Date }
  | { readonly ok: false; readonly message: string };

/** Offers the plan's backup file. Never throws. */
export function saveBackupFile(plan: Plan, now: Date = new Date()): BackupSaveResult {
  try {
    const fileName = backupFileName(plan, todayIsoDate(now));
    saveFile(serialiseBackup(plan, now), fileName, 'application/json');
    return { ok: true, fileName, at: now };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : 'The backup file could not be made.',
    };
  }
}

export { backupSavedMessage } from '../../../lib/backup/envelope';
