/*
 * Upgrades a stored or imported plan from any earlier format to today's, then checks it with
 * the plan schema. Saved data is treated as untrusted, as Excalidraw treats restored scenes:
 * the same path serves IndexedDB records and backup files.
 */
import { describePlanIssues, summariseProblems, type PlanProblem } from './messages';
import { PLAN_SCHEMA_VERSION, planSchema, type Plan } from './schema';

/** A raw plan object at some format version, as a migration step sees it. */
export type RawPlan = Record<string, unknown>;

/** One upgrade step: takes a plan in format N and returns it in format N + 1. */
export type MigrationStep = (plan: RawPlan) => RawPlan;

/**
 * The upgrade steps, keyed by the version they upgrade FROM. To change the format: bump
 * `PLAN_SCHEMA_VERSION`, add a step here, add `tests/fixtures/plans/vN.json`, and never edit an
 * old step.
 */
export const PLAN_MIGRATIONS: Readonly<Record<number, MigrationStep>> = {
  // 1 to 2: format 2 adds the "...AsTyped" fields beside dates and amounts. A format 1 plan has
  // none, and the schema reads a missing one as "nothing waiting to be read", so every word
  // stays as it was. The number goes up so that an older site leaves a format 2 plan untouched
  // ("made by a newer version") rather than setting it aside for its unknown fields.
  1: (plan) => plan,
  // 2 to 3: format 3 lets a goal's "by when" be a month ("2027-06"). Every format 2 date is still
  // a date. The number goes up so that an older site leaves a month untouched, as above.
  2: (plan) => plan,
};

/** Why a raw plan could not be read. */
export type MigrateFailureKind = 'not-a-plan' | 'newer-version' | 'invalid';

/** The outcome of `migrate`. */
export type MigrateResult =
  | {
      readonly ok: true;
      /** The plan in today's format, checked. */
      readonly plan: Plan;
      /** The format it was stored in, when that was older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      readonly kind: MigrateFailureKind;
      /** One plain-English sentence saying what is wrong. */
      readonly message: string;
      /** Every problem found, for a list under the message. */
      readonly problems: readonly PlanProblem[];
      /** The format number found, when there was one. */
      readonly schemaVersion: number | null;
    };

/**
 * Brings any stored plan up to today's format and checks it. Never throws, never changes
 * `raw`: `raw` may be anything (a record from IndexedDB, the "plan" of a backup file).
 */
export function migrate(raw: unknown): MigrateResult {
  const currentVersion: number = PLAN_SCHEMA_VERSION;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return failure('not-a-plan', 'This is not a support plan: it holds no plan details.', null);
  }
  const version = (raw as RawPlan)['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure(
      'not-a-plan',
      'This is not a support plan from Open ISF: it has no format number (schemaVersion).',
      null,
    );
  }
  if (version > currentVersion) {
    return failure(
      'newer-version',
      'This plan was made by a newer version of Open ISF. Reload the page to get the newest version, then try again.',
      version,
    );
  }
  let plan: RawPlan = { ...(raw as RawPlan) };
  for (let from = version; from < currentVersion; from += 1) {
    const step = PLAN_MIGRATIONS[from];
    if (step === undefined) {
      return failure(
        'invalid',
        `This plan is in format ${version}, and Open ISF no longer knows how to read it.`,
        version,
      );
    }
    try {
      plan = { ...step(plan), schemaVersion: from + 1 };
    } catch {
      return failure(
        'invalid',
        `This plan could not be brought up to date from format ${version}: some of it is not as expected.`,
        version,
      );
    }
  }
  const parsed = planSchema.safeParse(plan);
  if (!parsed.success) {
    const problems = describePlanIssues(parsed.error, plan);
    return {
      ok: false,
      kind: 'invalid',
      message: summariseProblems(problems),
      problems,
      schemaVersion: version,
    };
  }
  return { ok: true, plan: parsed.data, migratedFrom: version < currentVersion ? version : null };
}

function failure(
  kind: MigrateFailureKind,
  message: string,
  schemaVersion: number | null,
): MigrateResult {
  return { ok: false, kind, message, problems: [{ path: [], message }], schemaVersion };
}
