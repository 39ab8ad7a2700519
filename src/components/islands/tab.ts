/*
 * This page's own id, and a way to know which other pages of the site are still open, so a new
 * page puts back only the unsaved words of pages that have gone (lib/storage/journal), in the
 * planner and in the assessment notes. Each page holds a Web Lock named after its id for as long
 * as it is open; the browser lets it go when the page goes, even when the browser quits.
 */

/** This page's id: its journal entries carry it. */
export const TAB_ID: string = pageId();

/** A new random id, made as a plan's id is (lib/plan newId), without loading the plan's code. */
function pageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const LOCK_PREFIX = 'open-isf-page:';

if (typeof navigator !== 'undefined' && navigator.locks !== undefined) {
  // Held until the page goes: the promise never settles.
  void navigator.locks
    .request(LOCK_PREFIX + TAB_ID, () => new Promise<never>(() => undefined))
    .catch(() => undefined);
}

/**
 * Says which other pages are open now. This page counts as gone: a plan opened again here takes
 * over its own earlier words. Without Web Locks (older browsers) every page counts as gone, so
 * words are put back rather than lost.
 */
export async function otherOpenPages(): Promise<(writer: string) => boolean> {
  if (typeof navigator === 'undefined' || navigator.locks === undefined) return () => false;
  try {
    const { held = [] } = await navigator.locks.query();
    const open = new Set(held.map((lock) => lock.name ?? ''));
    return (writer) => writer !== TAB_ID && open.has(LOCK_PREFIX + writer);
  } catch {
    return () => false;
  }
}
