/*
 * Bringing a stored record of any kind up to today's format, one step at a time (issue 6,
 * "Storage"; Excalidraw's restore): its `schemaVersion` is read, a newer one is refused, and each
 * step from its version to today's runs in order. Each kind brings its steps and its own words,
 * then checks the result with its schema. Never throws, never changes `raw`.
 */

/** A raw record at some format version, as a step sees it. */
export type RawRecord = Record<string, unknown>;

/** One kind's formats: today's number, the steps up to it, and what to say when it cannot. */
export interface RecordFormats {
  readonly currentVersion: number;
  /** The upgrade steps, keyed by the version they upgrade FROM. Never edit an old step. */
  readonly steps: Readonly<Record<number, (raw: RawRecord) => RawRecord>>;
  readonly words: {
    /** Said when `raw` is not an object of this kind at all. */
    readonly notThisKind: string;
    /** Said when it has no format number. */
    readonly noVersion: string;
    /** Said when a newer version of the site made it. */
    readonly newer: string;
    /** Said when no step leads from its format, or a step fails. */
    readonly cannotUpdate: (version: number) => string;
  };
}

/** Why a raw record could not be brought up to date. */
export type FormatFailureKind = 'not-this-kind' | 'newer-version' | 'invalid';

/** The record in today's format (not yet checked by its schema), or why it cannot be. */
export type FormatStepsResult =
  | {
      readonly ok: true;
      readonly raw: RawRecord;
      /** The format it was stored in. */
      readonly version: number;
    }
  | {
      readonly ok: false;
      readonly kind: FormatFailureKind;
      readonly message: string;
      readonly schemaVersion: number | null;
    };

/** Runs every step from a record's format up to today's. */
export function stepUpFormat(raw: unknown, formats: RecordFormats): FormatStepsResult {
  const fail = (
    kind: FormatFailureKind,
    message: string,
    schemaVersion: number | null,
  ): FormatStepsResult => ({ ok: false, kind, message, schemaVersion });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('not-this-kind', formats.words.notThisKind, null);
  }
  const version = (raw as RawRecord)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('not-this-kind', formats.words.noVersion, null);
  }
  if (version > formats.currentVersion) return fail('newer-version', formats.words.newer, version);
  let record: RawRecord = { ...(raw as RawRecord) };
  for (let from = version; from < formats.currentVersion; from += 1) {
    const step = formats.steps[from];
    if (step === undefined) return fail('invalid', formats.words.cannotUpdate(version), version);
    try {
      record = { ...step(record), schemaVersion: from + 1 };
    } catch {
      return fail('invalid', formats.words.cannotUpdate(version), version);
    }
  }
  return { ok: true, raw: record, version };
}
