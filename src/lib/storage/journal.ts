/*
 * The unsaved-words journal of plans (record-journal.ts for any record): a copy of the open plan,
 * written synchronously to the browser's local storage on every change, so the words are on the
 * device before the page can go (a reload, a link, quitting the browser). It is cleared once IndexedDB holds the same words, and
 * replayed into the plan on the next open with the two-tab rules. Why a journal, and what it
 * costs: docs/decisions/unsaved-words-journal.md.
 */
import { migrate, type Plan } from '../plan';
import { differingWords, type ClashingWords } from '../plan/merge';
import {
  journalKeys,
  readJson,
  readRecordJournals,
  writeRecordJournal,
  type JournalKind,
  type JournalStorage,
} from './record-journal';

/** Words kept for the person to copy (after a clash) start with this, then the plan's id. */
export const KEPT_WORDS_PREFIX = 'open-isf-kept:';

/** One page's unsaved words for one plan. */
export interface JournalEntry {
  /** The page (tab) that wrote them: a page still open is still saving its own words. */
  readonly writer: string;
  /** The revision saved on this device when these words were typed on top of it. */
  readonly baseRevision: number;
  /** The whole plan as it was on screen. */
  readonly plan: Plan;
}

/** What to do with a journal when its plan opens. */
export type JournalReplay =
  /** The stored plan already has these words: clear the journal. */
  | { readonly kind: 'same' }
  /**
   * The words were typed on top of the stored plan (or it is gone): show them and save them.
   * `kept` holds words from other journals that the plan does not have.
   */
  | { readonly kind: 'restore'; readonly plan: Plan; readonly kept: readonly ClashingWords[] }
  /**
   * The plan was saved again after these words were typed (another tab, or a save that was
   * already under way). Show the stored plan, and show these words so the person can copy them.
   */
  | { readonly kind: 'keep-both'; readonly kept: readonly ClashingWords[] };

/**
 * Writes the plan on screen and the revision it was typed on top of. Synchronous, so it is done
 * before any event that leaves the page. Returns false when the browser refused (storage full or
 * blocked): autosave still saves to IndexedDB as before.
 */
export function writeJournal(
  storage: JournalStorage,
  writer: string,
  plan: Plan,
  baseRevision: number,
): boolean {
  return writeRecordJournal(storage, PLAN_JOURNAL, writer, plan, baseRevision);
}

/**
 * Reads the journals of one plan left by pages that have gone (`isLive` says which pages are
 * still open: their words are theirs to save). Anything that is not a readable plan is skipped.
 * Newest first.
 */
export function readJournals(
  storage: JournalStorage,
  planId: string,
  isLive: (writer: string) => boolean,
): JournalEntry[] {
  return readRecordJournals(storage, PLAN_JOURNAL, planId, isLive).map(
    ({ writer, baseRevision, record }) => ({ writer, baseRevision, plan: record }),
  );
}

/** Plans in the journal. */
const PLAN_JOURNAL: JournalKind<Plan> = {
  field: 'plan',
  read: (raw) => {
    const migrated = migrate(raw);
    return migrated.ok ? migrated.plan : null;
  },
};

/** Removes every journal of a plan, and its kept words (the plan was deleted). */
export function clearPlanJournals(storage: JournalStorage, planId: string): void {
  for (const key of journalKeys(storage)) {
    if (key.endsWith(`:${planId}`)) {
      try {
        storage.removeItem(key);
      } catch {
        // As above.
      }
    }
  }
  writeKeptWords(storage, planId, []);
}

/**
 * Decides what a journal means for the plan stored on this device (`stored`, or null when the
 * plan is not there any more). Never changes the stored plan's words unseen: when it was saved
 * after the journal's words were typed, both are kept.
 */
export function replayJournal(entry: JournalEntry, stored: Plan | null): JournalReplay {
  if (stored === null) {
    return { kind: 'restore', plan: { ...entry.plan, revision: entry.baseRevision }, kept: [] };
  }
  if (entry.baseRevision === stored.revision) {
    return sameContent(entry.plan, stored)
      ? { kind: 'same' }
      : { kind: 'restore', plan: { ...entry.plan, revision: stored.revision }, kept: [] };
  }
  const kept = differingWords(entry.plan, stored);
  return kept.length === 0 ? { kind: 'same' } : { kind: 'keep-both', kept };
}

/**
 * Replays every journal left for a plan (newest first, from `readJournals`): the first that can
 * be put back is; the words of the others that the result does not have are kept to copy.
 */
export function replayJournals(
  entries: readonly JournalEntry[],
  stored: Plan | null,
): JournalReplay {
  let restored: Plan | null = null;
  const kept: ClashingWords[] = [];
  for (const entry of entries) {
    const replay: JournalReplay =
      restored === null
        ? replayJournal(entry, stored)
        : { kind: 'keep-both', kept: differingWords(entry.plan, restored) };
    if (replay.kind === 'restore') restored = replay.plan;
    else if (replay.kind === 'keep-both') kept.push(...replay.kept);
  }
  if (restored !== null) return { kind: 'restore', plan: restored, kept };
  return kept.length > 0 ? { kind: 'keep-both', kept } : { kind: 'same' };
}

/** Keeps words for the person to copy, so they survive a reload until they say they are done. */
export function writeKeptWords(
  storage: JournalStorage,
  planId: string,
  words: readonly ClashingWords[],
): void {
  try {
    if (words.length === 0) storage.removeItem(KEPT_WORDS_PREFIX + planId);
    else storage.setItem(KEPT_WORDS_PREFIX + planId, JSON.stringify(words));
  } catch {
    // The words stay on screen while the page is open.
  }
}

/** The words kept for one plan, or none. */
export function readKeptWords(storage: JournalStorage, planId: string): ClashingWords[] {
  const parsed = readJson(storage, KEPT_WORDS_PREFIX + planId);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (entry): entry is ClashingWords =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as { where?: unknown }).where === 'string' &&
      typeof (entry as { words?: unknown }).words === 'string',
  );
}

/** True when two plans hold the same answers, whatever their revision and time of change. */
function sameContent(a: Plan, b: Plan): boolean {
  const bookkeeping = { revision: 0, updatedAt: a.updatedAt };
  return JSON.stringify({ ...a, ...bookkeeping }) === JSON.stringify({ ...b, ...bookkeeping });
}
