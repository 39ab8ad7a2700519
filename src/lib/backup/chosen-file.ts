/*
 * The bytes of a backup file a person chose, for any kind of record: refused at once when its
 * size is wrong (so a 6 MB picture is never read), or when the browser cannot read it.
 */
import type { BackupReadFailure } from './envelope';

/** Said when the browser cannot read a chosen file. */
export const FILE_NOT_READ =
  'This file could not be read. It may have been moved or deleted. Choose the file again.';

/**
 * Reads a chosen file's bytes, after `checkSize` (lib/backup/read's `checkBackupFileSize`,
 * passed in so a page can load the reader only when it is needed). Never throws.
 */
export async function chosenFileBytes(
  file: Blob,
  checkSize: (bytes: number) => BackupReadFailure | null,
): Promise<{ readonly ok: true; readonly bytes: ArrayBuffer } | BackupReadFailure> {
  const wrongSize = checkSize(file.size);
  if (wrongSize !== null) return wrongSize;
  try {
    return { ok: true, bytes: await file.arrayBuffer() };
  } catch {
    return { ok: false, kind: 'empty', message: FILE_NOT_READ, problems: [] };
  }
}
