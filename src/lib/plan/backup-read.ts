/*
 * Reads a plan's backup file back: the plan kind of the site's one backup reader
 * (lib/backup/read), which makes every check issue 7 lists ("The backup file", "Bad input").
 * Kept apart from writing backups (backup.ts), so the planner loads it only when a person
 * chooses a file.
 */
import { readBackup, type BackupKindReader } from '../backup/read';
import { BACKUP_FILE_TYPE, BACKUP_FILE_VERSION, type BackupReadResult } from './backup';
import { MAX_PROBLEMS_SHOWN } from './limits';
import type { PlanProblem } from './messages';
import { migrate } from './migrate';
import type { Plan } from './schema';

export { checkBackupFileSize } from '../backup/read';

/** The plan as a kind of backup file. */
export const PLAN_BACKUP_READER: BackupKindReader<Plan, PlanProblem> = {
  type: BACKUP_FILE_TYPE,
  version: BACKUP_FILE_VERSION,
  read(raw) {
    const migrated = migrate(raw);
    if (migrated.ok) {
      return { ok: true, record: migrated.plan, migratedFrom: migrated.migratedFrom };
    }
    return {
      ok: false,
      kind: migrated.kind === 'newer-version' ? 'newer-version' : 'invalid',
      message: migrated.message,
      problems: migrated.problems.slice(1, 1 + MAX_PROBLEMS_SHOWN),
    };
  },
};

/**
 * Opens a plan's backup file from its bytes (preferred: `await file.arrayBuffer()`) or its
 * text, with every check of `readBackup`. Never throws; never changes anything saved.
 */
export function readBackupFile(input: string | ArrayBuffer | ArrayBufferView): BackupReadResult {
  const read = readBackup(input, PLAN_BACKUP_READER);
  if (!read.ok) return read;
  return {
    ok: true,
    plan: read.record,
    exportedAt: read.exportedAt,
    migratedFrom: read.migratedFrom,
  };
}
