/*
 * The support plan's data model: nine sections in the person's own words, from issue 6
 * ("The plan's sections"). One zod schema serves both directions, as STYLE.md asks: its
 * output type (`Plan`, every field present) is what we write; its input type (`PlanInput`,
 * every field optional, filled in with empty values) is what we accept from storage and files.
 * Unknown keys are refused. Amounts are stored as money strings ("176.03"), never numbers.
 * A date or amount that cannot be read yet is kept as typed beside the field ("...AsTyped"), so
 * nothing a person types is lost, while the field itself keeps the last one that could be read.
 */
import { z } from 'zod';
import {
  BUDGET_LIST_LIMITS,
  budgetInputSchema,
  otherCostSchema,
  SPENDING_FREQUENCIES,
  spendingItemSchema,
  supportLineSchema,
  type SpendingFrequency,
} from '../budget/schema';
import { moneyStringSchema, type MoneyString } from '../money';
import { isIsoDate, isIsoDateTime, isIsoMonth } from './dates';
import { CheckedFirstBy, listOf } from './enough-problems';
import {
  MAX_COSTED_ITEMS,
  MAX_GOALS,
  MAX_GOALS_PER_ITEM,
  MAX_ID_LENGTH,
  MAX_PEOPLE,
  MAX_PROVIDER_ANSWERS,
  MAX_TEXT_LENGTH,
} from './limits';

/**
 * The format of the plan records and files this version writes. Bump it with a migration.
 * 1: the first format. 2: adds the "...AsTyped" fields for dates and amounts not read yet.
 * 3: a goal's "by when" may be a month of a year ("2027-06") as well as a date.
 */
export const PLAN_SCHEMA_VERSION = 3;

/** The largest save count a plan can have: the largest whole number a number holds exactly. */
export const MAX_REVISION = Number.MAX_SAFE_INTEGER;

/**
 * The save count after `revision`: one more, or 1 again after `MAX_REVISION`, so a plan is
 * never written with a count the schema refuses. Tabs only compare counts for being the same.
 */
export function nextRevision(revision: number): number {
  return revision >= MAX_REVISION ? 1 : revision + 1;
}

/** The three states of a section in the task list; the person sets them. */
export const SECTION_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** The state of one section: "Not started", "In progress" or "Done". */
export type SectionStatus = (typeof SECTION_STATUSES)[number];

/** Words for each section state, as the task list shows them. */
export const SECTION_STATUS_LABELS: Readonly<Record<SectionStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

/** The nine sections, in the order the planner and every printout show them. */
export const PLAN_SECTIONS = [
  { id: 'aboutMe', title: 'About me' },
  { id: 'goals', title: 'What I want to achieve' },
  { id: 'budget', title: 'My budget' },
  { id: 'spending', title: 'How I will use my budget' },
  { id: 'people', title: 'People who help me' },
  { id: 'provider', title: 'My provider' },
  { id: 'safety', title: 'Staying safe' },
  { id: 'decisions', title: 'Decisions' },
  { id: 'reviews', title: 'Checking and reviews' },
] as const;

/** The key of one section in a plan, like "goals". */
export type PlanSectionId = (typeof PLAN_SECTIONS)[number]['id'];

/** How often a costed item is paid for: the budget engine's spending frequencies. */
export const HOW_OFTEN = SPENDING_FREQUENCIES;

/** How often a costed item is paid for. */
export type HowOften = SpendingFrequency;

/** Words for each `HowOften` choice. */
export const HOW_OFTEN_LABELS: Readonly<Record<HowOften, string>> = {
  week: 'Every week',
  'four-weeks': 'Every 4 weeks',
  month: 'Every month',
  year: 'Every year',
  once: 'Once',
};

/** Where the plan's budget figure comes from. */
export const BUDGET_SOURCES = ['none', 'calculator', 'typed'] as const;

/** Where the plan's budget figure comes from: not given yet, the calculator, or typed in. */
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/** The period a typed-in budget figure covers. */
export const BUDGET_PERIODS = ['week', 'four-weeks', 'month', 'year'] as const;

/** The period a typed-in budget figure covers. */
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** True when text has no broken characters (no "lone surrogates"), so it can be saved safely. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** Replaces broken characters (lone surrogates) with "\uFFFD", so pasted text can be saved. */
export function cleanText(value: string): string {
  return isWellFormedText(value) ? value : value.replace(LONE_SURROGATES, '\uFFFD');
}

/** The phrase used when text holds a broken character; `describePlanIssues` adds where. */
export const BROKEN_TEXT_MESSAGE =
  'has a broken character in it (a "lone surrogate"), often left by copying part of an emoji. Delete the odd character and type it again.';

/** Any text a person writes: plain text, up to `MAX_TEXT_LENGTH` characters. */
export const planTextSchema = z
  .string({ invalid_type_error: 'should be text' })
  .max(MAX_TEXT_LENGTH)
  .refine(isWellFormedText, { message: BROKEN_TEXT_MESSAGE });

/** An id of a plan, goal, item or person: letters, digits, "-" and "_", up to 64 characters. */
export const planIdSchema = z
  .string({ invalid_type_error: 'should be an id written as text' })
  .min(1, 'is empty, but it needs an id')
  .max(MAX_ID_LENGTH)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id: it may only have letters, numbers, "-" and "_"');

/** A real date like "2026-05-24", or "" when none is given. */
export const optionalDateSchema = z
  .string({ invalid_type_error: 'should be a date written as text, like "2026-05-24"' })
  .refine((value) => value === '' || isIsoDate(value), {
    message: 'is not a real date. Write dates like 2026-05-24 (year, month, day)',
  });

/** A real date like "2026-05-24", a month like "2027-06" (for "by June 2027"), or "". */
export const optionalDateOrMonthSchema = z
  .string({ invalid_type_error: 'should be a date written as text, like "2026-05-24"' })
  .refine((value) => value === '' || isIsoDate(value) || isIsoMonth(value), {
    message:
      'is not a real date. Write dates like 2026-05-24 (year, month, day), or 2027-06 (year, month)',
  });

/** A moment like "2026-05-24T10:42:00.000Z", as `Date.prototype.toISOString` writes it. */
export const dateTimeSchema = z
  .string({ invalid_type_error: 'should be a date and time written as text' })
  .refine(isIsoDateTime, { message: 'is not a real date and time like 2026-05-24T10:42:00.000Z' });

/** An amount as stored ("176.03"), or "" when none is given. Numbers are refused. */
export const optionalMoneySchema: z.ZodType<MoneyString | '', z.ZodTypeDef, string> = z
  .string({
    invalid_type_error: 'should be an amount written as text in quotes, like "12.35"',
  })
  .transform((text, context): MoneyString | '' => {
    if (text === '') return '';
    const parsed = moneyStringSchema.safeParse(text);
    if (parsed.success) return parsed.data;
    context.addIssue({
      code: z.ZodIssueCode.custom,
      message: `is "${text.slice(0, 40)}", which is not an amount. Amounts are written like 176.03: pounds, a point, and at most 2 numbers for the pence`,
    });
    return z.NEVER;
  });

/** A date as typed in the 3 boxes (day, month, year), each box's text as it was typed. */
export const datePartsSchema = z
  .object({ day: planTextSchema, month: planTextSchema, year: planTextSchema })
  .strict();

const text = planTextSchema.default('');
const date = optionalDateSchema.default('');
const money = optionalMoneySchema.default('');
/** A date that could not be read yet, as typed; null when the date field holds what was typed. */
const dateAsTyped = datePartsSchema.nullable().default(null);
const status = z.enum(SECTION_STATUSES).default('not-started');

/** The status of every section, set by the person. */
export const sectionStatusSchema = z
  .object({
    aboutMe: status,
    goals: status,
    budget: status,
    spending: status,
    people: status,
    provider: status,
    safety: status,
    decisions: status,
    reviews: status,
  })
  .strict();

/** 1. About me. */
export const aboutMeSchema = z
  .object({
    /** My name, or the name I like to be called. */
    name: text,
    /** What people like about me. */
    likedAbout: text,
    /** What matters to me. */
    mattersToMe: text,
    /** What matters for my health and safety. */
    healthAndSafety: text,
    /** How to support me well. */
    howToSupportMe: text,
    /** How I communicate. */
    howICommunicate: text,
  })
  .strict();

/** One goal: an outcome in the person's words, not a task. */
export const goalSchema = z
  .object({
    /** Costed items point at goals by this id. */
    id: planIdSchema,
    /** The goal, in my words. */
    inMyWords: text,
    /** Why it matters to me. */
    whyItMatters: text,
    /** How we will know it is working. */
    howWeWillKnow: text,
    /** By when: a real date, a month ("2027-06"), or "". */
    byWhen: optionalDateOrMonthSchema.default(''),
    /** The date as typed, when it is not a real date yet; `byWhen` keeps the last real one. */
    byWhenAsTyped: dateAsTyped,
  })
  .strict();

/** 2. What I want to achieve. */
export const goalsSectionSchema = z
  .object({ items: listOf(goalSchema, MAX_GOALS).default([]) })
  .strict();

/**
 * The calculator's figures kept in a plan. Its lists are checked first with `listOf`, so a file
 * with thousands of wrong figures is refused quickly; the calculator's own check then runs.
 */
const calculatorInputsSchema = new CheckedFirstBy({
  first: budgetInputSchema.innerType().extend({
    supportLines: listOf(supportLineSchema, BUDGET_LIST_LIMITS.supportLines),
    otherCosts: listOf(otherCostSchema, BUDGET_LIST_LIMITS.otherCosts).default([]),
    spending: listOf(spendingItemSchema, BUDGET_LIST_LIMITS.spending).default([]),
  }),
  inner: budgetInputSchema,
});

/** 3. My budget: from the calculator on this device, or typed in. */
export const budgetSectionSchema = z
  .object({
    /** Where the figure comes from. */
    source: z.enum(BUDGET_SOURCES).default('none'),
    /** A budget typed in by the person, as a money string, or "". */
    typedAmount: money,
    /** The budget as typed, when it is not an amount yet; `typedAmount` keeps the last one. */
    typedAmountAsTyped: text,
    /** The period `typedAmount` covers. */
    typedPeriod: z.enum(BUDGET_PERIODS).default('year'),
    /** The calculator's figures (support lines, weeks, fees...), so its working can be shown. */
    calculatorInputs: calculatorInputsSchema.nullable().default(null),
    /** Anything the person wants to say about the budget. */
    notes: text,
  })
  .strict();

/** One costed item: what the money buys, tied to one or more goals. */
export const costedItemSchema = z
  .object({
    id: planIdSchema,
    /** What it is ("Cooking classes"). */
    what: text,
    /** Who provides it. */
    whoProvides: text,
    /** How often it is paid for. */
    howOften: z.enum(HOW_OFTEN).default('year'),
    /** What it costs each time (each week, each year...), as a money string, or "". */
    cost: money,
    /** The cost as typed, when it is not an amount yet; `cost` keeps the last one. */
    costAsTyped: text,
    /** The goals it helps with (ids from `goals.items`). */
    goalIds: listOf(planIdSchema, MAX_GOALS_PER_ITEM).default([]),
  })
  .strict();

/** 4. How I will use my budget. */
export const spendingSectionSchema = z
  .object({
    items: listOf(costedItemSchema, MAX_COSTED_ITEMS).default([]),
    /** Notes on flexibility: saving up hours, moving them between weeks. */
    flexibility: text,
  })
  .strict();

/** One person who helps. */
export const personSchema = z
  .object({
    id: planIdSchema,
    name: text,
    howIKnowThem: text,
    whatTheyHelpWith: text,
    /** A phone number or other way to reach them. */
    contact: text,
  })
  .strict();

/** 5. People who help me. */
export const peopleSectionSchema = z
  .object({ items: listOf(personSchema, MAX_PEOPLE).default([]) })
  .strict();

/** A question from the "Choosing a provider" guide, kept with the person's answer. */
export const providerAnswerSchema = z
  .object({
    /** The guide's id for the question, so the planner can match it. */
    questionId: planIdSchema,
    /** The question as it was asked, so the plan reads well on its own. */
    question: text,
    answer: text,
  })
  .strict();

/** 6. My provider and what we agreed. */
export const providerSectionSchema = z
  .object({
    name: text,
    contact: text,
    /** The account of my money I can see. */
    moneyAccount: text,
    /** How often I get money reports. */
    moneyReports: text,
    /** Their fee. */
    fee: text,
    /** Saving and moving hours. */
    savingAndMovingHours: text,
    otherAgreements: text,
    answers: listOf(providerAnswerSchema, MAX_PROVIDER_ANSWERS).default([]),
  })
  .strict();

/** 7. Staying safe. */
export const safetySectionSchema = z
  .object({
    whatCouldGoWrong: text,
    whatWeWillDo: text,
    whoToCall: text,
    /** The back-up plan if support does not turn up. */
    backupPlan: text,
  })
  .strict();

/** 8. Decisions. */
export const decisionsSectionSchema = z
  .object({
    whatIDecide: text,
    whatIWantHelpWith: text,
    /** Who helps me decide if I cannot. */
    whoHelpsIfICannot: text,
  })
  .strict();

/** 9. Checking and reviews. */
export const reviewsSectionSchema = z
  .object({
    /** A real date or "" (the planner suggests 6 months from today). */
    nextReviewDate: date,
    /** The date as typed, when it is not a real date yet; `nextReviewDate` keeps the last one. */
    nextReviewDateAsTyped: dateAsTyped,
    whoChecks: text,
    /** What I want to do more for myself over time. */
    moreForMyself: text,
  })
  .strict();

/** A whole support plan, as stored on this device and in backup files. */
export const planSchema = z
  .object({
    /** The format of this record; `migrate` upgrades older ones. */
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    /** The plan's id, also its storage key. */
    id: planIdSchema,
    /** Counts saves on this device; a save from an older revision is refused (two tabs). */
    revision: z
      .number({ invalid_type_error: 'should be a whole number' })
      .int()
      .min(0)
      .max(MAX_REVISION)
      .default(0),
    /** The plan's name in the plans list, like "Sam's plan 2026". */
    title: text,
    /** When the plan was started. */
    createdAt: dateTimeSchema,
    /** When the person last changed it. */
    updatedAt: dateTimeSchema,
    /** When a backup file of it was last saved, or null. */
    lastBackupAt: dateTimeSchema.nullable().default(null),
    sectionStatus: sectionStatusSchema.default({}),
    aboutMe: aboutMeSchema.default({}),
    goals: goalsSectionSchema.default({}),
    budget: budgetSectionSchema.default({}),
    spending: spendingSectionSchema.default({}),
    people: peopleSectionSchema.default({}),
    provider: providerSectionSchema.default({}),
    safety: safetySectionSchema.default({}),
    decisions: decisionsSectionSchema.default({}),
    reviews: reviewsSectionSchema.default({}),
  })
  .strict();

/** A whole, valid plan: every field present. This is what we write. */
export type Plan = z.output<typeof planSchema>;

/** A plan as read from storage or a file: any field may be missing (filled with empties). */
export type PlanInput = z.input<typeof planSchema>;

/** One goal. */
export type Goal = z.output<typeof goalSchema>;

/** One costed item. */
export type CostedItem = z.output<typeof costedItemSchema>;

/** One person who helps. */
export type Person = z.output<typeof personSchema>;

/** One provider question with its answer. */
export type ProviderAnswer = z.output<typeof providerAnswerSchema>;

/** The status of each section. */
export type SectionStatuses = z.output<typeof sectionStatusSchema>;
