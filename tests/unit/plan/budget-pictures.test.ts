import { describe, expect, it } from 'vitest';
import { sarahStory } from '../../../src/lib/budget/stories';
import { moneyFromString, sumMoney, toMoneyString, type MoneyString } from '../../../src/lib/money';
import {
  addCostedItem,
  createEmptyPlan,
  updateCostedItem,
  updateSection,
  type Plan,
} from '../../../src/lib/plan';
import { planBudgetPictures } from '../../../src/lib/plan/budget-pictures';
import { applyCalculatorFigures } from '../../../src/lib/plan/handover';
import { calculatePlanMoney } from '../../../src/lib/plan/spending';

const now = new Date('2026-11-24T10:42:00.000Z');
const money = (value: string) => value as MoneyString;

function withItem(plan: Plan, id: string, what: string, cost: string): Plan {
  return updateCostedItem(
    addCostedItem(plan, now, id),
    id,
    { what, cost: money(cost), howOften: 'year' },
    now,
  );
}

function typedPlan(amount: string): Plan {
  return updateSection(
    createEmptyPlan(now, 'p1'),
    'budget',
    { source: 'typed', typedAmount: money(amount), typedPeriod: 'year' },
    now,
  );
}

const pictures = (plan: Plan) => planBudgetPictures(plan, calculatePlanMoney(plan));

function partsAddUp(plan: Plan): string {
  const split = pictures(plan).split;
  if (split === null) throw new Error('expected a split');
  return toMoneyString(sumMoney(split.parts.map((part) => moneyFromString(part.perYear))));
}

describe("the plan's budget as pictures", () => {
  it('has no pictures before "My budget" has a figure', () => {
    const plan = withItem(createEmptyPlan(now, 'p1'), 'i1', 'Cooking classes', '1500.00');
    expect(pictures(plan)).toEqual({ clocks: [], split: null });
  });

  it("shows Sarah's 12 clocks and what her budget pays for, in the plan's own words", () => {
    let plan = applyCalculatorFigures(
      createEmptyPlan(now, 'p1'),
      sarahStory.input,
      { includeSpending: true },
      now,
    );
    const shown = pictures(plan);
    expect(shown.clocks.map((row) => [row.id, row.clocks.hours])).toEqual([
      ['assessed', '12'],
      ['after-plans', '2.8'],
    ]);
    expect(shown.clocks[0]?.sentence).toBe('My assessment: 12 hours a week.');
    expect(shown.split?.caption).toBe('What my budget pays for, a year');
    expect(partsAddUp(plan)).toBe('12480.00');
    plan = withItem(plan, 'i3', 'Day out', '480.00');
    expect(partsAddUp(plan)).toBe('12480.00');
  });

  it('speaks as "you" when told to', () => {
    const plan = applyCalculatorFigures(
      createEmptyPlan(now, 'p1'),
      sarahStory.input,
      { includeSpending: false },
      now,
    );
    const shown = planBudgetPictures(plan, calculatePlanMoney(plan), 'you');
    expect(shown.clocks[0]?.sentence).toBe('Your assessment: 12 hours a week.');
    // Support alone is one part: there is nothing to split until there is planned spending.
    expect(shown.split).toBeNull();
    const planned = withItem(plan, 'i1', 'Day out', '480.00');
    const split = planBudgetPictures(planned, calculatePlanMoney(planned), 'you').split;
    expect(split?.caption).toBe('What your budget pays for, a year');
  });

  it('draws no split for a typed budget alone, which is not "Other costs"', () => {
    const plan = typedPlan('12480.00');
    expect(pictures(plan)).toEqual({ clocks: [], split: null });
  });

  it('shows what a typed budget pays for once there is planned spending', () => {
    const plan = withItem(typedPlan('12480.00'), 'i1', 'Cooking classes', '1500.00');
    const split = pictures(plan).split;
    expect(split?.parts.map((part) => [part.label, part.perYear])).toEqual([
      ['Planned spending', '1500.00'],
      ['Left', '10980.00'],
    ]);
    expect(partsAddUp(plan)).toBe('12480.00');
  });

  it('has no pictures when the figures are too large to add up', () => {
    const plan = typedPlan('999999999999.00');
    expect(pictures(plan)).toEqual({ clocks: [], split: null });
  });
});
