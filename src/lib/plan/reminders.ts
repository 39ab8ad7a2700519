/*
 * When to suggest saving a backup file: after 14 days of edits with no backup (issue 7,
 * "The backup file"). Pure: the caller passes the time.
 */
import type { Plan } from './schema';

/** Days of edits with no backup after which the plan page suggests saving one. */
export const BACKUP_SUGGESTION_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when the plan has changes that are in no backup file, and the last backup (or, if there
 * was none, the day the plan was started) was at least 14 days before `now`. A plan never
 * changed since it was started gets no suggestion.
 */
export function shouldSuggestBackup(plan: Plan, now: Date): boolean {
  const since = Date.parse(plan.lastBackupAt ?? plan.createdAt);
  const updated = Date.parse(plan.updatedAt);
  if (Number.isNaN(since) || Number.isNaN(updated)) return false;
  const hasUnsavedEdits = updated > since;
  return hasUnsavedEdits && now.getTime() - since >= BACKUP_SUGGESTION_DAYS * DAY_MS;
}
