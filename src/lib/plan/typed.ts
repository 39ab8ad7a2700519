/*
 * Dates and amounts kept as typed: nothing a person types is lost (issue 6). When a date or an
 * amount cannot be read yet ("45 quid", a day and month with no year), the words are kept beside
 * the field ("...AsTyped") and the field keeps the last date or amount that could be read. Each
 * answer to check comes with a GOV.UK-style message that says how to fix it.
 */
import { parseMoney, type MoneyString } from '../money';
import {
  isoDateToParts,
  readDateParts,
  type DateParts,
  type DateRule,
  type IsoDate,
  type IsoMonth,
} from './dates';
import { MAX_TEXT_LENGTH } from './limits';
import { cleanText, type Plan, type PlanSectionId } from './schema';

/** The example amount in the planner's money messages. */
export const MONEY_EXAMPLE = '45.50';

/** The planner's form names of the dates and amounts that may be kept as typed. */
export const TYPED_FIELDS = {
  budget: 'budget.typedAmount',
  reviewDate: 'reviews.nextReviewDate',
  cost: (itemId: string): string => `spending.${itemId}.cost`,
  goalDate: (goalId: string): string => `goals.${goalId}.byWhen`,
} as const;

/** A date or an amount kept as typed, because it cannot be read yet. */
export interface AnswerToCheck {
  readonly section: PlanSectionId;
  /** The field's form name, like "spending.ITEM-ID.cost". */
  readonly field: string;
  /** The form name of the box to go to: for a date, its first wrong box ("....byWhen.year"). */
  readonly focus: string;
  /** How to fix it, like "Enter the cost of item 2 as an amount of money, like 45.50". */
  readonly message: string;
}

/** What typing in an amount box changes: the amount to store (if any) and the words to keep. */
export interface TypedAmount {
  /** The amount to store, or undefined to keep the one stored. */
  readonly value: MoneyString | '' | undefined;
  /** The words to keep beside it: "" when the amount holds what was typed. */
  readonly asTyped: string;
}

/** What typing in the date boxes changes: the date to store (if any) and the boxes to keep. */
export interface TypedDate {
  /** The date (or, where the day may be left out, the month) to store; undefined keeps it. */
  readonly value: IsoDate | IsoMonth | '' | undefined;
  /** The boxes to keep beside it: null when the date holds what was typed. */
  readonly asTyped: DateParts | null;
}

/**
 * Reads what was typed in an amount box. Empty text clears the amount; an amount is stored; any
 * other words are kept as typed and the amount stored before stays as it was.
 */
export function readTypedAmount(text: string): TypedAmount {
  if (text.trim() === '') return { value: '', asTyped: '' };
  const read = parseMoney(text);
  return read.kind === 'ok'
    ? { value: read.value, asTyped: '' }
    : { value: undefined, asTyped: keepable(text) };
}

/**
 * Reads what was typed in the 3 date boxes. Empty boxes clear the date; a real date is stored;
 * anything else is kept as typed and the date stored before stays as it was.
 */
export function readTypedDate(parts: DateParts, rule: DateRule = {}): TypedDate {
  const read = readDateParts(parts, 'the date', rule);
  if (read.kind === 'empty') return { value: '', asTyped: null };
  if (read.kind === 'ok') return { value: read.value, asTyped: null };
  return {
    value: undefined,
    asTyped: { day: keepable(parts.day), month: keepable(parts.month), year: keepable(parts.year) },
  };
}

/**
 * Text as it can be kept in a plan: at most `MAX_TEXT_LENGTH` characters (the boxes take no
 * more, so this only guards the record) and no broken characters.
 */
function keepable(text: string): string {
  return cleanText(text.slice(0, MAX_TEXT_LENGTH));
}

/** The boxes to show for a stored date: what was typed if it is waiting, else the date itself. */
export function shownDateParts(
  stored: IsoDate | IsoMonth | '',
  asTyped: DateParts | null,
): DateParts {
  return asTyped ?? isoDateToParts(stored);
}

/** "45.00" shows as "45"; "45.50" stays "45.50"; words kept as typed show as they were typed. */
export function shownAmount(stored: MoneyString | '', asTyped: string): string {
  if (asTyped !== '') return asTyped;
  return stored.endsWith('.00') ? stored.slice(0, -3) : stored;
}

/** The message for an amount box, or undefined when it reads as an amount (or is empty). */
export function amountMessage(text: string, fieldWords: string): string | undefined {
  if (text.trim() === '') return undefined;
  const read = parseMoney(text, { field: fieldWords, example: MONEY_EXAMPLE });
  return read.kind === 'error' ? read.message : undefined;
}

/**
 * The fields to change for a date or amount as typed: `key` (only when it changes) and
 * `key + "AsTyped"`, like `{ cost: "45.00", costAsTyped: "" }` or `{ costAsTyped: "45 quid" }`.
 */
export function typedPatch<K extends string, V, T>(
  key: K,
  typed: { readonly value: V | undefined; readonly asTyped: T },
): Partial<Record<K, V>> & Record<`${K}AsTyped`, T> {
  const patch: Record<string, V | T> = { [`${key}AsTyped`]: typed.asTyped };
  if (typed.value !== undefined) patch[key] = typed.value;
  return patch as Partial<Record<K, V>> & Record<`${K}AsTyped`, T>;
}

/** A goal is set "by" a month and a year; its day may stay empty. */
export const GOAL_DATE_RULE: DateRule = { dayOptional: true };

/** How the planner names each date and amount inside a sentence. */
export const TYPED_FIELD_WORDS = {
  budget: 'your budget',
  reviewDate: 'the next review date',
  cost: (index: number): string => `the cost of item ${index + 1}`,
  goalDate: (index: number): string => `the date for goal ${index + 1}`,
} as const;

/**
 * Every date and amount in the plan that is kept as typed because it cannot be read yet, in the
 * order the planner shows them. An amount for a budget that is not typed in is not shown, so it
 * is not listed.
 */
export function answersToCheck(plan: Plan): AnswerToCheck[] {
  const answers: AnswerToCheck[] = [];
  const amount = (section: PlanSectionId, field: string, text: string, words: string): void => {
    const message = amountMessage(text, words);
    if (message !== undefined) answers.push({ section, field, focus: field, message });
  };
  const date = (
    section: PlanSectionId,
    field: string,
    parts: DateParts | null,
    words: string,
    rule: DateRule = {},
  ): void => {
    if (parts === null) return;
    const read = readDateParts(parts, words, rule);
    if (read.kind !== 'error') return;
    answers.push({
      section,
      field,
      focus: `${field}.${read.boxes[0] ?? 'day'}`,
      message: read.message,
    });
  };
  plan.goals.items.forEach((goal, index) =>
    date(
      'goals',
      TYPED_FIELDS.goalDate(goal.id),
      goal.byWhenAsTyped,
      TYPED_FIELD_WORDS.goalDate(index),
      GOAL_DATE_RULE,
    ),
  );
  if (plan.budget.source === 'typed') {
    amount('budget', TYPED_FIELDS.budget, plan.budget.typedAmountAsTyped, TYPED_FIELD_WORDS.budget);
  }
  plan.spending.items.forEach((item, index) =>
    amount('spending', TYPED_FIELDS.cost(item.id), item.costAsTyped, TYPED_FIELD_WORDS.cost(index)),
  );
  date(
    'reviews',
    TYPED_FIELDS.reviewDate,
    plan.reviews.nextReviewDateAsTyped,
    TYPED_FIELD_WORDS.reviewDate,
  );
  return answers;
}
