/*
 * What can go wrong with saving on this device, as typed results with plain-English reasons.
 * Browser quirks: Firefox names a full disk NS_ERROR_DOM_QUOTA_REACHED (code 1014); old
 * WebKit and others use code 22 (MDN, "QuotaExceededError"; "Storage quotas and eviction").
 */

/** Why storage could not do what was asked. */
export type StorageFailureKind =
  /** This device's storage is full. The last saved version is intact. */
  | 'quota'
  /** IndexedDB is missing or refused (private windows, blocked cookies, some embedded views). */
  | 'unavailable'
  /** The database was made by a newer version of the site; this page must reload. */
  | 'newer-version'
  /** The connection was closed: an update or "delete everything" in another tab, or the browser. */
  | 'closed'
  /** Anything else the browser refused. */
  | 'failed';

/** A typed failure with a message a person can read. */
export interface StorageFailure {
  readonly ok: false;
  readonly kind: StorageFailureKind;
  /** Plain English: what happened, that the last saved version is safe, and what to do. */
  readonly message: string;
  /** The browser's own error, for logging; never shown. */
  readonly cause?: unknown;
}

/** Messages for each failure, written for the status line and the banner. */
export const STORAGE_MESSAGES = {
  quota:
    "Not saved: this device's storage is full. Your last saved version is safe. Save a backup file now, then free up some space (for example, delete plans you no longer need).",
  unavailable:
    'This browser is not letting Open ISF save on this device. This often happens in a private window. You can still write your plan on this page: save a backup file before you close it.',
  notAnswering:
    'Your browser did not open its storage, so we cannot show your saved plans. They may still be on this device. You can write a plan here: save a backup file before you leave. Then reload this page to try again.',
  newerVersion:
    'A newer version of Open ISF has been used on this device. Reload this page to get the newest version, then your plans will open.',
  closedUpgrade:
    'Open ISF was updated in another tab. Reload this page to keep saving. Your plan is still on this page.',
  closedDelete:
    'Everything saved on this device was deleted in another tab. Anything on this page is still here. To keep it, save it on this device again, or download a backup.',
  closedTerminated:
    "The browser closed Open ISF's storage. Perhaps its saved data was cleared. Anything on this page is still here. To keep it, save it on this device again, or download a backup.",
  failed:
    'Not saved: the browser would not save the plan. Your last saved version is safe. Save a backup file to keep this version.',
  /** For a plan never saved on this device: there is no last saved version to speak of. */
  quotaFirstSave:
    "Not saved: this device's storage is full. Free up some space, then try again. For example, delete plans you no longer need.",
  /** As above, for any other refusal. */
  failedFirstSave:
    'Not saved: the browser would not save the plan. Reload this page, then try again.',
} as const;

/**
 * True when `error` means "storage is full", under any browser's name: QuotaExceededError,
 * NS_ERROR_DOM_QUOTA_REACHED, or the legacy codes 22 and 1014.
 */
export function isQuotaExceededError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  );
}

/**
 * Turns anything a browser threw while saving into a typed failure. `firstSave` is true when the
 * plan was never saved on this device, so the message does not say a saved version is safe.
 */
export function storageFailureFrom(error: unknown, firstSave = false): StorageFailure {
  if (isQuotaExceededError(error)) {
    const message = firstSave ? STORAGE_MESSAGES.quotaFirstSave : STORAGE_MESSAGES.quota;
    return { ok: false, kind: 'quota', message, cause: error };
  }
  const name =
    typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : '';
  if (name === 'VersionError') {
    return {
      ok: false,
      kind: 'newer-version',
      message: STORAGE_MESSAGES.newerVersion,
      cause: error,
    };
  }
  if (name === 'InvalidStateError') {
    return { ok: false, kind: 'closed', message: STORAGE_MESSAGES.closedTerminated, cause: error };
  }
  const message = firstSave ? STORAGE_MESSAGES.failedFirstSave : STORAGE_MESSAGES.failed;
  return { ok: false, kind: 'failed', message, cause: error };
}
