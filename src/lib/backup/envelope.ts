/*
 * The one backup file envelope for every kind of record a person keeps on this device (a
 * support plan, notes for an assessment): a stamped JSON object, `{ type, version, exportedAt,
 * <record> }`, following Excalidraw's `type/version` stamp. Each kind brings its own stamp,
 * format version and reader (lib/plan/backup.ts, lib/prepare/backup.ts); read.ts reads them all.
 */
import { type IsoDate, type IsoDateTime, toIsoDateTime } from '../plan/dates';

/** The largest backup file we open, in bytes (1 MB). A full plan or set of notes is far smaller. */
export const MAX_BACKUP_BYTES = 1024 * 1024;

/** The deepest nesting of `{` and `[` we open. A real backup file nests 6 deep. */
export const MAX_BACKUP_DEPTH = 32;

/** The keys refused anywhere in a file, so no object's prototype can be touched. */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Every kind of backup file the site writes: its `type` stamp, the key that holds the record,
 * what it holds in words, and the page that opens it. Never change a stamp or key: files already
 * saved carry them.
 */
export const BACKUP_KINDS = {
  'isf-support-plan': {
    key: 'plan',
    holds: 'a support plan',
    page: 'Support plan',
    href: '/plan/',
  },
  'isf-assessment-notes': {
    key: 'notes',
    holds: 'notes for an assessment',
    page: 'Get ready for your assessment',
    href: '/prepare/',
  },
} as const;

/** The `type` stamp of a backup file. */
export type BackupFileType = keyof typeof BACKUP_KINDS;

/** True when `type` is the stamp of a kind of backup file this site writes. */
export function isBackupFileType(type: unknown): type is BackupFileType {
  return typeof type === 'string' && Object.hasOwn(BACKUP_KINDS, type);
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
  | 'other-kind'
  | 'newer-version'
  | 'hostile-key'
  | 'broken-text'
  | 'invalid';

/** A backup file that could not be opened, with a message for the person. */
export interface BackupReadFailure<P = never> {
  readonly ok: false;
  readonly kind: BackupReadFailureKind;
  /** Plain English: what is wrong and what to do. Ready to show in an error summary. */
  readonly message: string;
  /**
   * The record's other problems, for a list under the message: the message already names the
   * first, so it is not here. Often empty.
   */
  readonly problems: readonly P[];
  /** For a backup of another kind ("other-kind"): the page that opens it. */
  readonly openAt?: { readonly page: string; readonly href: string };
}

/**
 * Writes a record as backup file text (UTF-8 JSON, 2-space indent, "\n" line ends, a final
 * newline). The caller passes a record that has passed its schema, so keys come in the schema's
 * order and the same record and `exportedAt` always give the same bytes.
 */
export function serialiseEnvelope(
  type: BackupFileType,
  version: number,
  exportedAt: Date,
  record: unknown,
): string {
  const file: Record<string, unknown> = {
    type,
    version,
    exportedAt: toIsoDateTime(exportedAt) satisfies IsoDateTime,
  };
  file[BACKUP_KINDS[type].key] = record;
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A backup file's name: "PREFIX - NAME - 2026-05-24.json", with characters that Windows, macOS
 * or Linux refuse in a file name removed, and `fallback` when the name has nothing left.
 */
export function backupFileNameFor(
  prefix: string,
  name: string,
  fallback: string,
  today: IsoDate,
): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 60)
    .trim();
  return `${prefix} - ${cleaned === '' ? fallback : cleaned} - ${today}.json`;
}

/** The words said once a backup file is saved. */
export function backupSavedMessage(fileName: string): string {
  return `Your backup file is saved. It is called "${fileName}". Keep it somewhere safe, like a memory stick or an email to yourself.`;
}
