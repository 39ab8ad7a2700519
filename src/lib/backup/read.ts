/*
 * Reads any backup file back (lib/backup/envelope), with every check issue 7 lists ("The backup
 * file", "Bad input"): size, what the first bytes look like, UTF-8, nesting depth, JSON, hostile
 * keys and broken characters, the stamp, the version, then the record itself, read by its kind.
 * A file of another kind (a plan opened where notes are expected) is named, with the page that
 * opens it. Kept apart from writing backups, so a page loads it only when a person chooses a file.
 */
import { isIsoDateTime, type IsoDateTime } from '../plan/dates';
import {
  BACKUP_KINDS,
  HOSTILE_KEYS,
  isBackupFileType,
  MAX_BACKUP_BYTES,
  MAX_BACKUP_DEPTH,
  type BackupFileType,
  type BackupReadFailure,
  type BackupReadFailureKind,
} from './envelope';

/** What a kind's reader gives for the record in a file. */
export type BackupRecordRead<T, P> =
  | {
      readonly ok: true;
      readonly record: T;
      /** The format the record was in, when older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      readonly kind: 'newer-version' | 'invalid';
      /** One or two plain sentences: what is wrong. */
      readonly message: string;
      /** Further problems to list under the message. */
      readonly problems: readonly P[];
    };

/** One kind of backup file, as the reader needs it. */
export interface BackupKindReader<T, P> {
  /** The stamp this page opens. */
  readonly type: BackupFileType;
  /** The newest file version this site writes for the kind. */
  readonly version: number;
  /**
   * Brings the record up to today's format and checks it. `raw` already carries a
   * `schemaVersion` (the file's `version` when the record had none). Never throws.
   */
  readonly read: (raw: Record<string, unknown>) => BackupRecordRead<T, P>;
}

/** The outcome of `readBackup`. */
export type BackupRead<T, P> =
  | {
      readonly ok: true;
      /** The record in today's format, with the id it had in the file. */
      readonly record: T;
      /** When the file was saved. */
      readonly exportedAt: IsoDateTime;
      /** The format the record was in, when older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | BackupReadFailure<P>;

const NEWER_VERSION =
  'This file was made by a newer version of Open ISF. Reload this page to get the newest version, then open the file again.';

/**
 * Checks a file's size before it is read, so a 6 MB picture is refused at once. Returns null
 * when the size is fine.
 */
export function checkBackupFileSize(bytes: number): BackupReadFailure | null {
  if (bytes === 0) {
    return fail(
      'empty',
      'This file is empty. Choose the backup file you saved from Open ISF (its name ends in .json).',
    );
  }
  if (bytes > MAX_BACKUP_BYTES) {
    return fail(
      'too-large',
      `This file is ${formatSize(bytes)}, which is too big to be a backup file from Open ISF (they are at most 1 MB). Check you chose the right file.`,
    );
  }
  return null;
}

/**
 * Opens a backup file of one kind from its bytes (preferred: `await file.arrayBuffer()`) or its
 * text. Checks, in order: size, what the first bytes look like, UTF-8, nesting depth, JSON,
 * hostile keys and broken characters, the `type` stamp, the version, then the record itself
 * (by `kind.read`). Accepts a UTF-8 byte-order mark and Windows line endings. Never throws;
 * never changes anything saved.
 */
export function readBackup<T, P>(
  input: string | ArrayBuffer | ArrayBufferView,
  kind: BackupKindReader<T, P>,
): BackupRead<T, P> {
  const holds = BACKUP_KINDS[kind.type].holds;
  const recordKey = BACKUP_KINDS[kind.type].key;
  const decoded = decode(input);
  if (!decoded.ok) return decoded;
  const text = decoded.text;

  const shape = scanShape(text, MAX_BACKUP_DEPTH);
  if (shape.tooDeep) {
    return fail(
      'too-deep',
      'This file has data nested far deeper than any backup file from Open ISF, so it has not been opened. Choose a backup file saved from Open ISF.',
    );
  }

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('broken-json', brokenJsonMessage(text, error, shape.endsOpen));
  }

  const unsafe = findUnsafeContent(data);
  if (unsafe !== null) return unsafe;

  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail(
      'wrong-type',
      `This file holds data, but not ${holds} from Open ISF. Choose a backup file saved from Open ISF.`,
    );
  }
  const envelope = data as Record<string, unknown>;
  const type = envelope['type'];
  if (type !== kind.type) {
    if (isBackupFileType(type)) {
      const other = BACKUP_KINDS[type];
      return {
        ok: false,
        kind: 'other-kind',
        message: `This file is a backup of ${other.holds}, not of ${holds}. Open it on the "${other.page}" page instead.`,
        problems: [],
        openAt: { page: other.page, href: other.href },
      };
    }
    return fail(
      'wrong-type',
      typeof type === 'string'
        ? `This file is a "${type.slice(0, 40)}" file, not a backup of ${holds} from Open ISF. Choose a backup file saved from Open ISF.`
        : `This file is not a backup of ${holds} from Open ISF: it has no "${kind.type}" stamp. Choose a backup file saved from Open ISF.`,
    );
  }
  const version = envelope['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(
      'invalid',
      'This backup file has no version number, or a wrong one, so Open ISF cannot tell how to read it. It may have been changed by another program.',
    );
  }
  if (version > kind.version) return fail('newer-version', NEWER_VERSION);
  const unknownKeys = Object.keys(envelope).filter(
    (key) => !['type', 'version', 'exportedAt', recordKey].includes(key),
  );
  if (unknownKeys.length > 0) {
    return fail(
      'invalid',
      `This backup file has parts that Open ISF does not know (${unknownKeys
        .slice(0, 5)
        .map((key) => `"${key.slice(0, 40)}"`)
        .join(', ')}). It may have been changed by hand or by another program.`,
    );
  }
  const exportedAt = envelope['exportedAt'];
  if (typeof exportedAt !== 'string' || !isIsoDateTime(exportedAt)) {
    return fail(
      'invalid',
      'This backup file does not say when it was saved, or the date is wrong. It may have been changed by another program.',
    );
  }
  const raw = envelope[recordKey];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('invalid', `This backup file has no ${holds} in it. Choose another backup file.`);
  }
  const withVersion: Record<string, unknown> = Object.hasOwn(raw, 'schemaVersion')
    ? (raw as Record<string, unknown>)
    : { ...raw, schemaVersion: version };
  const read = kind.read(withVersion);
  if (!read.ok) {
    if (read.kind === 'newer-version') return fail('newer-version', NEWER_VERSION);
    return {
      ok: false,
      kind: 'invalid',
      message: `This backup file could not be opened. ${read.message} Nothing on this device has been changed.`,
      problems: read.problems,
    };
  }
  return { ok: true, record: read.record, exportedAt, migratedFrom: read.migratedFrom };
}

type Failure = BackupReadFailure<never>;

type Decoded = { readonly ok: true; readonly text: string } | Failure;

const SIGNATURES: readonly {
  readonly bytes: readonly number[];
  readonly offset?: number;
  readonly looksLike: string;
}[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a Word document or another zipped file' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'a zipped file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], looksLike: 'an older Word or Excel document' },
  { bytes: [0x25, 0x50, 0x44, 0x46], looksLike: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], looksLike: 'a picture (PNG)' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a photo or picture (JPEG)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], looksLike: 'a picture (GIF)' },
  { bytes: [0x57, 0x45, 0x42, 0x50], offset: 8, looksLike: 'a picture (WebP)' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], looksLike: 'a document (RTF)' },
];

function decode(input: string | ArrayBuffer | ArrayBufferView): Decoded {
  if (typeof input === 'string') {
    const sizeProblem = checkBackupFileSize(utf8Length(input));
    if (sizeProblem !== null) return sizeProblem;
    const head = Array.from(input.slice(0, 16), (char) => char.charCodeAt(0));
    const looks = sniff(head);
    if (looks !== null) return looks;
    return checkStart(input.startsWith('\uFEFF') ? input.slice(1) : input);
  }
  const bytes =
    input instanceof ArrayBuffer
      ? new Uint8Array(input)
      : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const sizeProblem = checkBackupFileSize(bytes.byteLength);
  if (sizeProblem !== null) return sizeProblem;
  const looks = sniff(Array.from(bytes.subarray(0, 16)));
  if (looks !== null) return looks;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      'not-text',
      'This file is saved as UTF-16 text, which Open ISF cannot read. Open it in a text editor and save it as UTF-8, or choose the backup file you saved from Open ISF.',
    );
  }
  let text: string;
  try {
    // The decoder removes a UTF-8 byte-order mark, and `fatal` refuses bytes that are not UTF-8.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      'not-text',
      'This file is not plain text, so it is not a backup file from Open ISF. Choose the backup file you saved (its name ends in .json).',
    );
  }
  return checkStart(text);
}

function sniff(head: readonly number[]): Failure | null {
  for (const signature of SIGNATURES) {
    const offset = signature.offset ?? 0;
    if (signature.bytes.every((byte, index) => head[offset + index] === byte)) {
      return fail(
        'not-a-backup',
        `This file looks like ${signature.looksLike}, not a backup file from Open ISF. Choose the backup file you saved from Open ISF (its name ends in .json).`,
      );
    }
  }
  return null;
}

function checkStart(text: string): Decoded {
  const start = text.trimStart();
  if (start === '') {
    return fail(
      'empty',
      'This file is empty. Choose the backup file you saved from Open ISF (its name ends in .json).',
    );
  }
  if (start.startsWith('{')) return { ok: true, text };
  const looksLike = start.startsWith('<')
    ? 'a web page or another document'
    : start.startsWith('[')
      ? 'a list of data'
      : 'plain text';
  return fail(
    'not-a-backup',
    `This file looks like ${looksLike}, not a backup file from Open ISF: a backup file starts with "{". Choose the backup file you saved from Open ISF (its name ends in .json).`,
  );
}

interface Shape {
  /** `{` and `[` (outside strings) nest deeper than the limit. */
  readonly tooDeep: boolean;
  /** The text ends inside a string or with brackets still open: it was cut short. */
  readonly endsOpen: boolean;
}

/** Scans the text's brackets once, without recursion, before it is parsed. */
function scanShape(text: string, limit: number): Shape {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > limit) return { tooDeep: true, endsOpen: false };
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1;
    }
  }
  return { tooDeep: false, endsOpen: inString || depth > 0 };
}

/**
 * Walks the parsed data (depth already limited) for hostile keys and broken characters. Only
 * objects and lists are kept to visit, so a list of half a million numbers is walked quickly.
 */
function findUnsafeContent(data: unknown): Failure | null {
  const toVisit: object[] = [];
  const check = (value: unknown): Failure | null => {
    if (typeof value === 'string') return isWellFormedText(value) ? null : brokenText();
    if (typeof value === 'object' && value !== null) toVisit.push(value);
    return null;
  };
  const first = check(data);
  if (first !== null) return first;
  for (let value = toVisit.pop(); value !== undefined; value = toVisit.pop()) {
    if (Array.isArray(value)) {
      for (const item of value) {
        const problem = check(item);
        if (problem !== null) return problem;
      }
      continue;
    }
    for (const key of Object.keys(value)) {
      if (HOSTILE_KEYS.has(key)) {
        return fail(
          'hostile-key',
          `This file has a part named "${key}", which Open ISF never writes. It may have been changed to cause harm, so it has not been opened. Choose a backup file saved from Open ISF.`,
        );
      }
      if (!isWellFormedText(key)) return brokenText();
      const problem = check((value as Record<string, unknown>)[key]);
      if (problem !== null) return problem;
    }
  }
  return null;
}

/**
 * True when text has no broken characters (lone surrogates). `encodeURIComponent` refuses them,
 * so no pattern is needed, and the reader does not load the plan's schema to check.
 */
function isWellFormedText(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

function brokenText(): Failure {
  return fail(
    'broken-text',
    'This file has broken characters in it (lone surrogates), so some text would be lost. It may have been changed by another program. Choose a backup file saved from Open ISF.',
  );
}

function brokenJsonMessage(text: string, error: unknown, endsOpen: boolean): string {
  if (endsOpen) {
    return 'This file stops part-way through, so it cannot be opened. It may not have finished downloading or copying. Try saving the backup again.';
  }
  // Browsers word this differently: V8 gives "position N", Firefox "line N column M".
  const detail = error instanceof Error ? error.message : '';
  const lineNumber = /line (\d+)/.exec(detail)?.[1];
  const position = /position (\d+)/.exec(detail)?.[1];
  const line =
    lineNumber ??
    (position === undefined
      ? undefined
      : String(text.slice(0, Number(position)).split('\n').length));
  return `This file has been changed or damaged${line === undefined ? '' : ` (the problem is on line ${line})`}, so it cannot be opened. Try saving the backup again, or choose another backup file.`;
}

function utf8Length(text: string): number {
  if (text.length > MAX_BACKUP_BYTES) return text.length;
  // Each UTF-16 unit is at most 3 UTF-8 bytes, so short text needs no encoding to be measured.
  if (text.length * 3 <= MAX_BACKUP_BYTES) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

function fail(kind: BackupReadFailureKind, message: string): Failure {
  return { ok: false, kind, message, problems: [] };
}
