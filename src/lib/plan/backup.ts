/*
 * The plan's backup file: the site's one backup envelope (lib/backup/envelope), written
 * byte-for-byte the same for the same plan. It is read back by backup-read.ts, with every check
 * issue 7 lists; a file is untrusted until it passes `migrate`.
 */
import {
  backupFileNameFor,
  serialiseEnvelope,
  type BackupReadFailure as EnvelopeReadFailure,
} from '../backup/envelope';
import type { IsoDate, IsoDateTime } from './dates';
import { planDisplayName } from './edit';
import type { PlanProblem } from './messages';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './schema';

/** The `type` stamp of every backup file. */
export const BACKUP_FILE_TYPE = 'isf-support-plan';

/** The `version` this site writes: the plan format it holds. */
export const BACKUP_FILE_VERSION = PLAN_SCHEMA_VERSION;

export {
  HOSTILE_KEYS,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  type BackupReadFailureKind,
} from '../backup/envelope';

/** The backup file as written. */
export interface BackupFile {
  readonly type: typeof BACKUP_FILE_TYPE;
  readonly version: number;
  readonly exportedAt: IsoDateTime;
  readonly plan: Plan;
}

/** A backup file that could not be opened, with a message for the person. */
export type BackupReadFailure = EnvelopeReadFailure<PlanProblem>;

/** The outcome of `readBackupFile`. */
export type BackupReadResult =
  | {
      readonly ok: true;
      /** The plan in today's format. Its id is the one in the file: see `asNewPlan`. */
      readonly plan: Plan;
      /** When the file was saved. */
      readonly exportedAt: IsoDateTime;
      /** The plan format the file was in, when older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | BackupReadFailure;

/** Thrown by `serialiseBackup` when given a plan that does not pass the plan schema. */
export class InvalidPlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPlanError';
  }
}

/**
 * Writes a plan as backup file text (UTF-8 JSON, 2-space indent, "\n" line ends, a final
 * newline). Keys always come in the schema's order and amounts stay strings, so the same plan
 * and `exportedAt` always give the same bytes. Throws `InvalidPlanError` for a plan that
 * does not pass the schema (one the planner should never hold).
 */
export function serialiseBackup(plan: Plan, exportedAt: Date): string {
  const checked = planSchema.safeParse(plan);
  if (!checked.success) {
    throw new InvalidPlanError(
      `This plan cannot be saved as a backup file: ${checked.error.issues[0]?.message ?? 'it is not valid'}.`,
    );
  }
  return serialiseEnvelope(BACKUP_FILE_TYPE, BACKUP_FILE_VERSION, exportedAt, checked.data);
}

/**
 * The file name for a backup: "Support plan backup - NAME - 2026-05-24.json", with characters
 * that Windows, macOS or Linux refuse in a file name removed.
 */
export function backupFileName(plan: Plan, today: IsoDate): string {
  return backupFileNameFor('Support plan backup', planDisplayName(plan), 'Untitled plan', today);
}
