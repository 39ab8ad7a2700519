/*
 * Saving plans on this device: the plan as one kind of record (lib/storage/records), with the
 * planner's own words and its plans list. Rules from issue 6 ("Storage"); the format and its
 * migrations are lib/plan's.
 */
import {
  countDoneSections,
  describePlanIssues,
  migrate,
  nextRevision,
  PLAN_SCHEMA_VERSION,
  planDisplayName,
  planSchema,
  summariseProblems,
  type IsoDateTime,
  type Plan,
  type PlanProblem,
} from '../plan';
import type { DeleteResult, SiteStorage } from './connection';
import { PLANS_STORE } from './database';
import type { StorageFailure } from './errors';
import {
  deleteRecord,
  getRecordText,
  listRecords,
  loadRecord,
  saveRecord,
  type NewerVersionSummary,
  type NotFound,
  type QuarantineSummary,
  type RecordKind,
} from './records';

/** A plan as shown in the plans list. */
export interface PlanSummary {
  readonly id: string;
  /** The plan's title, or "NAME's plan", or "Untitled plan". */
  readonly name: string;
  readonly updatedAt: IsoDateTime;
  readonly lastBackupAt: IsoDateTime | null;
  readonly revision: number;
  /** How many of the 9 sections are marked "Done". */
  readonly sectionsDone: number;
}

/** The outcome of `listPlans`. */
export type ListPlansResult =
  | {
      readonly ok: true;
      /** Readable plans, most recently changed first. */
      readonly plans: readonly PlanSummary[];
      /** Plans kept aside because they could not be read (including any moved just now). */
      readonly quarantined: readonly QuarantineSummary[];
      /** Plans saved by a newer version of the site (left untouched). */
      readonly newerVersion: readonly NewerVersionSummary[];
    }
  | StorageFailure;

/** The outcome of `loadPlan`. */
export type LoadPlanResult =
  | {
      readonly ok: true;
      readonly plan: Plan;
      /** The format it was stored in, when older than today's (it is upgraded on next save). */
      readonly migratedFrom: number | null;
    }
  | NotFound
  | {
      readonly ok: false;
      /** It could not be read, so it was moved aside untouched. */
      readonly kind: 'quarantined';
      readonly message: string;
      readonly quarantineId: number | null;
    }
  | StorageFailure;

/** The outcome of `savePlan`. */
export type SavePlanResult =
  | {
      readonly ok: true;
      /** The plan as saved, with its new revision. */
      readonly plan: Plan;
      /** The new revision: carry it into the next save. */
      readonly revision: number;
      readonly savedAt: IsoDateTime;
      /** True when the plan was no longer saved here (deleted elsewhere or cleared) and was saved again. */
      readonly recreated: boolean;
    }
  | {
      readonly ok: false;
      /** Another tab saved this plan since this one loaded it. Nothing was written. */
      readonly kind: 'conflict';
      readonly message: string;
      /** The plan as saved now (newer work from another tab). */
      readonly storedPlan: Plan;
    }
  | {
      readonly ok: false;
      /** The plan does not pass the schema (the island let through something it should not). */
      readonly kind: 'invalid';
      readonly message: string;
      readonly problems: readonly PlanProblem[];
    }
  | StorageFailure;

/** Message when a plan is not on this device. */
export const PLAN_NOT_FOUND_MESSAGE =
  'This plan is no longer saved on this device. The browser may have cleared it, or it was deleted. If you saved a backup file, you can open it from the plans list.';

/** Message when another tab saved newer work. */
export const CONFLICT_MESSAGE =
  'This plan was changed in another tab or window since you opened it here, so this tab has not saved over it. Open the newer version to go on.';

/** Plans as a kind of record: their store, format and checks. */
export const PLAN_RECORDS: RecordKind<Plan, PlanProblem> = {
  store: PLANS_STORE,
  schemaVersion: PLAN_SCHEMA_VERSION,
  migrate(raw) {
    const result = migrate(raw);
    return result.ok
      ? { ok: true, record: result.plan, migratedFrom: result.migratedFrom }
      : result;
  },
  check(plan) {
    const checked = planSchema.safeParse(plan);
    if (checked.success) return { ok: true, record: checked.data };
    const problems = describePlanIssues(checked.error, plan);
    return { ok: false, message: `Not saved: ${summariseProblems(problems)}`, problems };
  },
  nextRevision,
  nameGuess: planNameGuess,
  messages: {
    notFound: PLAN_NOT_FOUND_MESSAGE,
    conflict: CONFLICT_MESSAGE,
    keptAside: (reason) =>
      `This plan could not be opened, so it has been kept aside without changing it. You can download its data to keep it safe. (${reason})`,
  },
};

/**
 * Lists the plans saved on this device, most recently changed first. Any record that cannot be
 * read is moved aside untouched and listed in `quarantined`, so the page can say so and offer
 * its data as a download.
 */
export async function listPlans(storage: SiteStorage): Promise<ListPlansResult> {
  const result = await listRecords(storage, PLAN_RECORDS);
  if (!result.ok) return result;
  const plans = result.records.map(summarise);
  plans.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return { ok: true, plans, quarantined: result.quarantined, newerVersion: result.newerVersion };
}

/**
 * Loads one plan, upgraded to today's format. A record that cannot be read is moved aside
 * untouched ("quarantined"); a missing one gives "not-found" with a message about backups.
 */
export async function loadPlan(storage: SiteStorage, id: string): Promise<LoadPlanResult> {
  const result = await loadRecord(storage, PLAN_RECORDS, id);
  return result.ok ? { ok: true, plan: result.record, migratedFrom: result.migratedFrom } : result;
}

/**
 * Saves a plan, but only if the saved copy still has the revision this tab last saw
 * (`plan.revision`); see `saveRecord`. The loser of two tabs gets a "conflict" carrying the
 * stored, newer plan. `updatedAt` is not changed here: edits set it.
 */
export async function savePlan(
  storage: SiteStorage,
  plan: Plan,
  now: Date = new Date(),
): Promise<SavePlanResult> {
  const result = await saveRecord(storage, PLAN_RECORDS, plan, now);
  if (result.ok) {
    return {
      ok: true,
      plan: result.record,
      revision: result.revision,
      savedAt: result.savedAt,
      recreated: result.recreated,
    };
  }
  if (result.kind === 'conflict') {
    return {
      ok: false,
      kind: 'conflict',
      message: result.message,
      storedPlan: result.storedRecord,
    };
  }
  return result;
}

/**
 * Deletes one plan for good. For "undo", keep the plan you had and save it again with
 * `savePlan`: it is then stored as new.
 */
export function deletePlan(storage: SiteStorage, id: string): Promise<DeleteResult> {
  return deleteRecord(storage, PLAN_RECORDS, id);
}

/**
 * The raw data of one plan record exactly as stored, as JSON text to download: for a plan this
 * version cannot open (saved by a newer version of the site), so the person can keep it safe.
 * Reads only; never changes the record.
 */
export function getPlanRecordText(
  storage: SiteStorage,
  id: string,
): Promise<{ readonly ok: true; readonly downloadText: string } | NotFound | StorageFailure> {
  return getRecordText(storage, PLAN_RECORDS, id);
}

function summarise(plan: Plan): PlanSummary {
  return {
    id: plan.id,
    name: planDisplayName(plan),
    updatedAt: plan.updatedAt,
    lastBackupAt: plan.lastBackupAt,
    revision: plan.revision,
    sectionsDone: countDoneSections(plan),
  };
}

function planNameGuess(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return '';
  const { title, aboutMe } = raw as { title?: unknown; aboutMe?: unknown };
  if (typeof title === 'string' && title.trim() !== '') return title.trim().slice(0, 100);
  const name =
    typeof aboutMe === 'object' && aboutMe !== null
      ? (aboutMe as { name?: unknown }).name
      : undefined;
  return typeof name === 'string' ? name.trim().slice(0, 100) : '';
}
