/*
 * Saving text as a file on this device (a backup, or the raw data of a record kept aside).
 * The file is made in the browser; nothing is sent anywhere.
 */
import { backupFileName, serialiseBackup, todayIsoDate, type Plan } from '../../../lib/plan';

/** Offers `text` as a download called `fileName`. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a backup file of `plan`. Returns a message when the plan cannot be written as one. */
export function downloadBackup(plan: Plan, now: Date = new Date()): string | null {
  try {
    downloadText(serialiseBackup(plan, now), backupFileName(plan, todayIsoDate(now)));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'The backup file could not be made.';
  }
}
