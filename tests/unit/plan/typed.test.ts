import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moneyStringSchema, type MoneyString } from '../../../src/lib/money';
import {
  addCostedItem,
  addGoal,
  answersToCheck,
  createEmptyPlan,
  GOAL_DATE_RULE,
  isoDateToParts,
  migrate,
  planSchema,
  readDateParts,
  readTypedAmount,
  readTypedDate,
  shownAmount,
  shownDateParts,
  typedPatch,
  updateCostedItem,
  updateGoal,
  updateSection,
} from '../../../src/lib/plan';

const now = new Date('2026-11-24T10:42:00.000Z');
const pounds = (text: string): MoneyString => moneyStringSchema.parse(text);
const words = 'the next review date';

describe('reading the 3 date boxes', () => {
  it('reads a real date, with or without a 0 in front and with spaces around', () => {
    expect(readDateParts({ day: '4', month: '5', year: '2027' }, words)).toEqual({
      kind: 'ok',
      value: '2027-05-04',
    });
    expect(readDateParts({ day: ' 04 ', month: '05', year: '2027 ' }, words)).toEqual({
      kind: 'ok',
      value: '2027-05-04',
    });
  });

  it('reads 3 empty boxes as no date', () => {
    expect(readDateParts({ day: ' ', month: '', year: '' }, words)).toEqual({ kind: 'empty' });
  });

  it('says which part is missing', () => {
    expect(readDateParts({ day: '24', month: '5', year: '' }, words)).toEqual({
      kind: 'error',
      message: 'Add the year to the next review date, like 24 5 2027.',
      boxes: ['year'],
    });
    expect(readDateParts({ day: '', month: '', year: '2027' }, words)).toMatchObject({
      message: 'Add the day and the month to the next review date, like 24 5 2027.',
      boxes: ['day', 'month'],
    });
  });

  it('says how many days the month has when the day is not in it', () => {
    expect(readDateParts({ day: '31', month: '02', year: '2027' }, words)).toEqual({
      kind: 'error',
      message: 'Check the day of the next review date. February 2027 has 28 days.',
      boxes: ['day'],
    });
    expect(readDateParts({ day: '29', month: '2', year: '2028' }, words)).toEqual({
      kind: 'ok',
      value: '2028-02-29',
    });
  });

  it('asks for numbers, a month from 1 to 12 and a year with 4 numbers', () => {
    expect(readDateParts({ day: '1', month: 'May', year: '2027' }, words)).toMatchObject({
      message: 'Write the next review date in numbers only, like 24 5 2027.',
      boxes: ['month'],
    });
    expect(readDateParts({ day: '1', month: '13', year: '2027' }, words)).toMatchObject({
      message: 'Check the month of the next review date. It is a number from 1 to 12.',
      boxes: ['month'],
    });
    expect(readDateParts({ day: '1', month: '5', year: '27' }, words)).toMatchObject({
      message: 'Write the year of the next review date with 4 numbers, like 2027.',
      boxes: ['year'],
    });
  });

  it('shows a stored date in the boxes as a person would type it', () => {
    expect(isoDateToParts('2027-05-04')).toEqual({ day: '4', month: '5', year: '2027' });
    expect(isoDateToParts('2027-06')).toEqual({ day: '', month: '6', year: '2027' });
    expect(isoDateToParts('')).toEqual({ day: '', month: '', year: '' });
  });
});

describe('a goal set by a month and a year', () => {
  const goal = 'the date for goal 1';

  it('reads a month and a year, with the day left empty, as that month', () => {
    expect(readDateParts({ day: '', month: '6', year: '2027' }, goal, GOAL_DATE_RULE)).toEqual({
      kind: 'ok',
      value: '2027-06',
    });
    expect(readTypedDate({ day: ' ', month: '06', year: '2027' }, GOAL_DATE_RULE)).toEqual({
      value: '2027-06',
      asTyped: null,
    });
  });

  it('still reads a whole date, and checks its day', () => {
    expect(readDateParts({ day: '1', month: '6', year: '2027' }, goal, GOAL_DATE_RULE)).toEqual({
      kind: 'ok',
      value: '2027-06-01',
    });
    expect(readDateParts({ day: '31', month: '6', year: '2027' }, goal, GOAL_DATE_RULE)).toEqual({
      kind: 'error',
      message: 'Check the day of the date for goal 1. June 2027 has 30 days.',
      boxes: ['day'],
    });
  });

  it('says exactly which part is missing, and that the day may stay empty', () => {
    expect(readDateParts({ day: '', month: '', year: '2027' }, goal, GOAL_DATE_RULE)).toEqual({
      kind: 'error',
      message: 'Add the month to the date for goal 1, like 6 2027. The day can stay empty.',
      boxes: ['month'],
    });
    expect(readDateParts({ day: '24', month: '6', year: '' }, goal, GOAL_DATE_RULE)).toEqual({
      kind: 'error',
      message: 'Add the year to the date for goal 1, like 6 2027. The day can stay empty.',
      boxes: ['year'],
    });
  });

  it('does not let other dates leave out the day', () => {
    expect(readDateParts({ day: '', month: '6', year: '2027' }, words)).toMatchObject({
      kind: 'error',
      boxes: ['day'],
    });
  });

  it('is not listed as an answer to check', () => {
    const plan = addGoal(createEmptyPlan(now), now);
    const goalId = plan.goals.items[0]?.id ?? '';
    const dated = updateGoal(
      plan,
      goalId,
      { byWhenAsTyped: { day: '', month: '6', year: '2027' } },
      now,
    );
    expect(answersToCheck(dated)).toEqual([]);
  });
});

describe('keeping dates and amounts as typed', () => {
  it('stores a real date and keeps nothing aside', () => {
    expect(readTypedDate({ day: '4', month: '5', year: '2027' })).toEqual({
      value: '2027-05-04',
      asTyped: null,
    });
  });

  it('keeps a half-typed date as typed, and leaves the stored date alone', () => {
    const typed = readTypedDate({ day: '24', month: '5', year: '' });
    expect(typed).toEqual({ value: undefined, asTyped: { day: '24', month: '5', year: '' } });
    let plan = addGoal(createEmptyPlan(now), now, 'g1');
    plan = updateGoal(plan, 'g1', { byWhen: '2026-12-31' }, now);
    plan = updateGoal(plan, 'g1', typedPatch('byWhen', typed), now);
    expect(plan.goals.items[0]).toMatchObject({
      byWhen: '2026-12-31',
      byWhenAsTyped: { day: '24', month: '5', year: '' },
    });
    expect(planSchema.parse(plan)).toEqual(plan);
  });

  it('clears the date only when all 3 boxes are emptied', () => {
    expect(readTypedDate({ day: '', month: '', year: '' })).toEqual({ value: '', asTyped: null });
  });

  it('keeps "45 quid" as typed, and stores an amount that reads as money', () => {
    expect(readTypedAmount('45 quid')).toEqual({ value: undefined, asTyped: '45 quid' });
    expect(readTypedAmount('£1,500')).toEqual({ value: '1500.00', asTyped: '' });
    expect(readTypedAmount('  ')).toEqual({ value: '', asTyped: '' });
  });

  it('changes only the words kept aside when an amount cannot be read', () => {
    expect(typedPatch('cost', readTypedAmount('45 quid'))).toEqual({ costAsTyped: '45 quid' });
    expect(typedPatch('cost', readTypedAmount('45'))).toEqual({ cost: '45.00', costAsTyped: '' });
  });

  it('mends a broken character, so what is kept can always be saved', () => {
    expect(readTypedAmount('45 \uD83D').asTyped).toBe('45 \uFFFD');
  });

  it('keeps at most 5,000 characters, so the plan can always be saved', () => {
    expect(readTypedAmount('x'.repeat(6000)).asTyped).toHaveLength(5000);
    expect(
      readTypedDate({ day: '1', month: 'x'.repeat(6000), year: '' }).asTyped?.month,
    ).toHaveLength(5000);
  });

  it('shows what was typed when it is waiting, else the stored value', () => {
    expect(shownAmount(pounds('45.00'), '')).toBe('45');
    expect(shownAmount(pounds('45.50'), '')).toBe('45.50');
    expect(shownAmount(pounds('45.00'), '45 quid')).toBe('45 quid');
    expect(shownDateParts('2027-05-04', null)).toEqual({ day: '4', month: '5', year: '2027' });
    expect(shownDateParts('2027-05-04', { day: '31', month: '2', year: '2027' })).toEqual({
      day: '31',
      month: '2',
      year: '2027',
    });
  });
});

describe('answers to check', () => {
  it('lists every date and amount kept as typed, in page order, with how to fix it', () => {
    let plan = addGoal(addGoal(createEmptyPlan(now), now, 'g1'), now, 'g2');
    plan = updateGoal(
      plan,
      'g2',
      typedPatch('byWhen', readTypedDate({ day: '31', month: '2', year: '2027' })),
      now,
    );
    plan = addCostedItem(plan, now, 'i1');
    plan = updateCostedItem(plan, 'i1', typedPatch('cost', readTypedAmount('45 quid')), now);
    plan = updateSection(plan, 'budget', { source: 'typed', typedAmountAsTyped: 'lots' }, now);
    plan = updateSection(
      plan,
      'reviews',
      typedPatch('nextReviewDate', readTypedDate({ day: '12', month: '7', year: '' })),
      now,
    );
    expect(answersToCheck(plan)).toEqual([
      {
        section: 'goals',
        field: 'goals.g2.byWhen',
        focus: 'goals.g2.byWhen.day',
        message: 'Check the day of the date for goal 2. February 2027 has 28 days.',
      },
      {
        section: 'budget',
        field: 'budget.typedAmount',
        focus: 'budget.typedAmount',
        message: 'Enter your budget as an amount of money, like 45.50',
      },
      {
        section: 'spending',
        field: 'spending.i1.cost',
        focus: 'spending.i1.cost',
        message: 'Enter the cost of item 1 as an amount of money, like 45.50',
      },
      {
        section: 'reviews',
        field: 'reviews.nextReviewDate',
        focus: 'reviews.nextReviewDate.year',
        message: 'Add the year to the next review date, like 24 5 2027.',
      },
    ]);
  });

  it('leaves out a typed budget that is hidden because the budget comes from elsewhere', () => {
    const plan = updateSection(
      createEmptyPlan(now),
      'budget',
      { source: 'calculator', typedAmountAsTyped: 'lots' },
      now,
    );
    expect(answersToCheck(plan)).toEqual([]);
  });

  it('finds the words kept in the v2 fixture', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../fixtures/plans/v2.json', import.meta.url), 'utf8'),
    );
    const result = migrate(raw);
    if (!result.ok) throw new Error(result.message);
    expect(answersToCheck(result.plan).map((answer) => answer.field)).toEqual([
      'goals.goal-friends.byWhen',
      'spending.item-pa.cost',
      'reviews.nextReviewDate',
    ]);
  });
});
