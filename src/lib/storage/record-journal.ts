/*
 * The unsaved-words journal for any kind of record: a copy of the record on screen, written
 * synchronously to the browser's local storage on every change, so the words are on the device
 * before the page can go. Plans (journal.ts) and notes for an assessment use it. It imports no
 * record's code, so a page loads only its own. Why a journal: docs/decisions/unsaved-words-journal.md.
 */

/** The part of the Web Storage API the journal uses (the browser's `localStorage`, or a fake). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number;
};

/** Every journal key starts with this, then the writing page's id, ":" and the plan's id. */
export const JOURNAL_PREFIX = 'open-isf-unsaved:';

/** The browser's local storage, or null when the browser will not give it. */
export function browserJournalStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw a SecurityError just for looking, when storage is blocked.
    return null;
  }
}

/** How one kind of record is kept in the journal. */
export interface JournalKind<T extends { readonly id: string; readonly updatedAt: string }> {
  /** The name its copy has in an entry: "plan" for plans, as since the first journal. */
  readonly field: string;
  /** Reads a copy back in today's format, or null when it is not one. */
  readonly read: (raw: unknown) => T | null;
}

/** One page's unsaved copy of one record. */
export interface RecordJournalEntry<T> {
  /** The page (tab) that wrote it. */
  readonly writer: string;
  /** The revision saved on this device when these words were typed on top of it. */
  readonly baseRevision: number;
  /** The whole record as it was on screen. */
  readonly record: T;
}

/**
 * Writes the record on screen and the revision it was typed on top of, for any kind of record.
 * Synchronous, so it is done before any event that leaves the page. Returns false when the
 * browser refused (storage full or blocked).
 */
export function writeRecordJournal<T extends { readonly id: string; readonly updatedAt: string }>(
  storage: JournalStorage,
  kind: JournalKind<T>,
  writer: string,
  record: T,
  baseRevision: number,
): boolean {
  try {
    storage.setItem(
      journalKey(writer, record.id),
      JSON.stringify({ baseRevision, [kind.field]: record }),
    );
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the journals of one record left by pages that have gone (`isLive` says which pages are
 * still open: their words are theirs to save). Anything that is not a readable record of the
 * kind is skipped. Newest first.
 */
export function readRecordJournals<T extends { readonly id: string; readonly updatedAt: string }>(
  storage: JournalStorage,
  kind: JournalKind<T>,
  id: string,
  isLive: (writer: string) => boolean,
): RecordJournalEntry<T>[] {
  const entries: RecordJournalEntry<T>[] = [];
  for (const key of journalKeys(storage)) {
    const writer = key.slice(JOURNAL_PREFIX.length, key.length - id.length - 1);
    if (key !== journalKey(writer, id) || isLive(writer)) continue;
    const parsed = readJson(storage, key);
    if (typeof parsed !== 'object' || parsed === null) continue;
    const { baseRevision } = parsed as { baseRevision?: unknown };
    if (typeof baseRevision !== 'number' || !Number.isSafeInteger(baseRevision)) continue;
    const record = kind.read((parsed as Record<string, unknown>)[kind.field]);
    if (record === null || record.id !== id) continue;
    entries.push({ writer, baseRevision, record });
  }
  return entries.sort((a, b) => (a.record.updatedAt < b.record.updatedAt ? 1 : -1));
}

/** Removes one page's journal of a record (its words are saved in IndexedDB, or shown to copy). */
export function clearJournal(storage: JournalStorage, writer: string, recordId: string): void {
  try {
    storage.removeItem(journalKey(writer, recordId));
  } catch {
    // Storage that cannot be changed holds nothing new.
  }
}

/** The key of one page's journal of one record. */
export function journalKey(writer: string, recordId: string): string {
  return `${JOURNAL_PREFIX}${writer}:${recordId}`;
}

/** Every journal key in `storage`, of any record. */
export function journalKeys(storage: JournalStorage): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(JOURNAL_PREFIX) === true) keys.push(key);
    }
  } catch {
    // Storage that cannot be read holds no journal.
  }
  return keys;
}

/** The JSON kept under `key`, or null when there is none or it cannot be read. */
export function readJson(storage: JournalStorage, key: string): unknown {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}
