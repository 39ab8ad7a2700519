/*
 * A money check as saved on this device (issue 20): what the plan says, the statements added so
 * far, and the matching of each spreadsheet layout's columns, kept for the next statement. Its
 * own kind of record, with its own format version and migrations, like plans and notes
 * (lib/storage keeps it). Everything read back is untrusted until this schema passes it.
 */
import { z } from 'zod';
import type { HoursString } from '../budget/hours';
import { SPENDING_FREQUENCIES, WEEKS_PER_YEAR_CHOICES } from '../budget/schema';
import { moneyStringSchema } from '../money';
import { isIsoDate, isIsoDateTime, toIsoDateTime } from '../plan/dates';
import { MAX_ID_LENGTH } from '../plan/limits';
import { stepUpFormat, type RawRecord, type RecordFormats } from '../storage/format-steps';
import { STATEMENT_COLUMNS } from './csv/columns';
import { MOST_LIMIT_WEEKS } from './unspent';
import { STATEMENT_PERIODS } from './periods';

/**
 * The format of the money check records this version writes. Bump it with a step in
 * `MONEY_CHECK_MIGRATIONS`, and never edit an old step. 1: the first format.
 */
export const MONEY_CHECK_SCHEMA_VERSION = 1;

/** The largest save count: the largest whole number a number holds exactly. */
export const MAX_MONEY_CHECK_REVISION = Number.MAX_SAFE_INTEGER;

/** The most a money check holds: enough for years of weekly statements, small enough to check. */
export const MONEY_CHECK_LIMITS = {
  support: 50,
  items: 200,
  statements: 260,
  linesInAStatement: 2000,
  matchings: 50,
  nameLength: 200,
  wordsLength: 500,
} as const;

/** The save count after `revision`: one more, or 1 again after the largest. */
export function nextMoneyCheckRevision(revision: number): number {
  return revision >= MAX_MONEY_CHECK_REVISION ? 1 : revision + 1;
}

const id = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/);
const isoDate = z.string().refine(isIsoDate, { message: 'is not a real date' });
const isoDateTime = z.string().refine(isIsoDateTime, { message: 'is not a real date and time' });
/** Hours as stored: "12", "7.5" or "7:20" (lib/budget/hours), up to a month's 744. */
const hours = z
  .string()
  .regex(/^(?:\d{1,3}(?:\.\d{1,2})?|\d{1,3}:[0-5]\d)$/, { message: 'is not a number of hours' })
  .transform((value) => value as HoursString);
const text = (most: number) => z.string().max(most);

const plannedSupportSchema = z
  .object({
    id,
    name: text(MONEY_CHECK_LIMITS.nameLength),
    hoursAWeek: hours,
    costOfAnHour: moneyStringSchema,
  })
  .strict();

const plannedItemSchema = z
  .object({
    id,
    name: text(MONEY_CHECK_LIMITS.nameLength),
    amount: moneyStringSchema,
    frequency: z.enum(SPENDING_FREQUENCIES),
  })
  .strict();

/** What the plan says (lib/money-check/planned), as saved. */
export const plannedBudgetSchema = z
  .object({
    budgetAWeek: moneyStringSchema,
    weeksPerYear: z.enum(WEEKS_PER_YEAR_CHOICES),
    support: z.array(plannedSupportSchema).max(MONEY_CHECK_LIMITS.support),
    items: z.array(plannedItemSchema).max(MONEY_CHECK_LIMITS.items),
    providerFeeAWeek: moneyStringSchema,
    councilLimitWeeks: z
      .string()
      .max(String(MOST_LIMIT_WEEKS).length + 2)
      .default(''),
  })
  .strict();

const lineForSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('support'), id }).strict(),
  z.object({ kind: z.literal('item'), id }).strict(),
  z.object({ kind: z.literal('fee') }).strict(),
  z.object({ kind: z.literal('other') }).strict(),
]);

const statementLineSchema = z
  .object({
    for: lineForSchema,
    words: text(MONEY_CHECK_LIMITS.wordsLength),
    date: isoDate.optional(),
    hours: hours.optional(),
    amount: moneyStringSchema,
    credit: z.boolean(),
  })
  .strict();

const statementSchema = z
  .object({
    id,
    period: z.enum(STATEMENT_PERIODS),
    start: isoDate,
    lines: z.array(statementLineSchema).max(MONEY_CHECK_LIMITS.linesInAStatement),
  })
  .strict();

const columnMatchingSchema = z
  .object(
    Object.fromEntries(
      STATEMENT_COLUMNS.map((column) => [column, z.number().int().min(0).max(49).optional()]),
    ) as Record<(typeof STATEMENT_COLUMNS)[number], z.ZodOptional<z.ZodNumber>>,
  )
  .strict();

/** A whole money check, as saved on this device. */
export const moneyCheckSchema = z
  .object({
    /** The format of this record: `MONEY_CHECK_SCHEMA_VERSION`. */
    schemaVersion: z.literal(MONEY_CHECK_SCHEMA_VERSION),
    id,
    /** How many times it has been saved on this device. */
    revision: z.number().int().min(0).max(MAX_MONEY_CHECK_REVISION).default(0),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** What the plan says, or null before the person has said. */
    planned: plannedBudgetSchema.nullable().default(null),
    /** The statements, in the order they were added. */
    statements: z
      .array(statementSchema)
      .max(MONEY_CHECK_LIMITS.statements)
      .refine((list) => new Set(list.map((one) => one.id)).size === list.length, {
        message: 'lists a statement twice',
      })
      .default([]),
    /** Each spreadsheet layout's matching of columns, by `matchingKey` (lib/money-check/csv). */
    matchings: z
      .record(z.string().max(5000), columnMatchingSchema)
      .refine((matchings) => Object.keys(matchings).length <= MONEY_CHECK_LIMITS.matchings, {
        message: `holds more than ${MONEY_CHECK_LIMITS.matchings} layouts`,
      })
      .default({}),
  })
  .strict();

/** A money check, every field present. */
export type MoneyCheckRecord = z.output<typeof moneyCheckSchema>;

/** One thing wrong in a money check record, with where it is. */
export interface MoneyCheckProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A new, empty money check with the given id. */
export function createEmptyMoneyCheck(now: Date, recordId: string): MoneyCheckRecord {
  const at = toIsoDateTime(now);
  return moneyCheckSchema.parse({
    schemaVersion: MONEY_CHECK_SCHEMA_VERSION,
    id: recordId,
    createdAt: at,
    updatedAt: at,
  });
}

/** Checks a money check before saving; lists what is wrong in plain English. */
export function checkMoneyCheck(record: MoneyCheckRecord):
  | { readonly ok: true; readonly record: MoneyCheckRecord }
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly MoneyCheckProblem[];
    } {
  const parsed = moneyCheckSchema.safeParse(record);
  if (parsed.success) return { ok: true, record: parsed.data };
  const problems = parsed.error.issues.slice(0, 10).map((issue) => ({
    path: issue.path,
    message: `${issue.path.join(' ') || 'The money check'} ${issue.message}`,
  }));
  return { ok: false, message: `Not saved: ${problems[0]?.message ?? 'not valid'}.`, problems };
}

/**
 * The upgrade steps, keyed by the version they upgrade FROM. To change the format, bump
 * `MONEY_CHECK_SCHEMA_VERSION` and add a step here; never edit an old step.
 */
export const MONEY_CHECK_MIGRATIONS: Readonly<Record<number, (record: RawRecord) => RawRecord>> =
  {};

const MONEY_CHECK_FORMATS: RecordFormats = {
  currentVersion: MONEY_CHECK_SCHEMA_VERSION,
  steps: MONEY_CHECK_MIGRATIONS,
  words: {
    notThisKind: 'This is not a money check.',
    noVersion: 'This money check has no format number (schemaVersion).',
    newer:
      'This money check was made by a newer version of Open ISF. Reload the page to get the newest version.',
    cannotUpdate: (version) => `This money check is in format ${version}, which cannot be read.`,
  },
};

/** The outcome of `migrateMoneyCheck`. */
export type MigrateMoneyCheckResult =
  | {
      readonly ok: true;
      readonly record: MoneyCheckRecord;
      /** The format it was stored in, when older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      readonly kind: 'not-this-kind' | 'newer-version' | 'invalid';
      readonly message: string;
      readonly schemaVersion: number | null;
    };

/** Brings any stored money check up to today's format and checks it. Never throws. */
export function migrateMoneyCheck(raw: unknown): MigrateMoneyCheckResult {
  const stepped = stepUpFormat(raw, MONEY_CHECK_FORMATS);
  if (!stepped.ok) return stepped;
  const checked = checkMoneyCheck(stepped.raw as MoneyCheckRecord);
  if (!checked.ok) {
    return {
      ok: false,
      kind: 'invalid',
      message: checked.problems[0]?.message ?? 'Not valid.',
      schemaVersion: stepped.version,
    };
  }
  return {
    ok: true,
    record: checked.record,
    migratedFrom: stepped.version < MONEY_CHECK_SCHEMA_VERSION ? stepped.version : null,
  };
}
