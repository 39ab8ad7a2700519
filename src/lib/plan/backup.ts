/*
 * The backup file: a stamped JSON envelope, written byte-for-byte the same for the same plan.
 * It is read back by backup-read.ts, with every check issue 7 lists. The envelope follows
 * Excalidraw's `type/version` stamp; a file is untrusted until it passes `migrate`.
 */
import { type IsoDate, type IsoDateTime, toIsoDateTime } from './dates';
import { planDisplayName } from './edit';
import type { PlanProblem } from './messages';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './schema';

/** The `type` stamp of every backup file. */
export const BACKUP_FILE_TYPE = 'isf-support-plan';

/** The `version` this site writes: the plan format it holds. */
export const BACKUP_FILE_VERSION = PLAN_SCHEMA_VERSION;

/** The largest backup file we open, in bytes (1 MB). A full plan is far smaller. */
export const MAX_BACKUP_BYTES = 1024 * 1024;

/** The deepest nesting of `{` and `[` we open. A real backup file nests 6 deep. */
export const MAX_BACKUP_DEPTH = 32;

/** The keys refused anywhere in a file, so no object's prototype can be touched. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The backup file as written. */
export interface BackupFile {
  readonly type: typeof BACKUP_FILE_TYPE;
  readonly version: number;
  readonly exportedAt: IsoDateTime;
  readonly plan: Plan;
}

/** What kind of problem stopped a backup file from opening. */
export type BackupReadFailureKind =
  | 'empty'
  | 'too-large'
  | 'not-a-backup'
  | 'not-text'
  | 'too-deep'
  | 'broken-json'
  | 'wrong-type'
  | 'newer-version'
  | 'hostile-key'
  | 'broken-text'
  | 'invalid';

/** A backup file that could not be opened, with a message for the person. */
export interface BackupReadFailure {
  readonly ok: false;
  readonly kind: BackupReadFailureKind;
  /** Plain English: what is wrong and what to do. Ready to show in an error summary. */
  readonly message: string;
  /**
   * The plan's other problems, for a list under the message: the message already names the
   * first, so it is not here. At most `MAX_PROBLEMS_SHOWN`; often empty.
   */
  readonly problems: readonly PlanProblem[];
}

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
  const file: BackupFile = {
    type: BACKUP_FILE_TYPE,
    version: BACKUP_FILE_VERSION,
    exportedAt: toIsoDateTime(exportedAt),
    plan: checked.data,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * The file name for a backup: "Support plan backup - NAME - 2026-05-24.json", with characters
 * that Windows, macOS or Linux refuse in a file name removed.
 */
export function backupFileName(plan: Plan, today: IsoDate): string {
  const name = planDisplayName(plan)
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 60)
    .trim();
  return `Support plan backup - ${name === '' ? 'Untitled plan' : name} - ${today}.json`;
}
