import { describe, expect, it } from 'vitest';
import { sarahStory } from '../../../src/lib/budget/stories';
import type { MoneyString } from '../../../src/lib/money';
import { writeLink, draftFromBudgetInput } from '../../../src/lib/calculator/link';
import {
  addCostedItem,
  addGoal,
  createEmptyPlan,
  updateCostedItem,
  updateSection,
  type Plan,
} from '../../../src/lib/plan';
import {
  applyCalculatorFigures,
  HANDOVER_BROKEN_MESSAGE,
  HANDOVER_UNFINISHED_MESSAGE,
  readCalculatorHandover,
} from '../../../src/lib/plan/handover';
import {
  calculatePlanMoney,
  calculatorFigures,
  engineItemName,
  planBudgetInput,
} from '../../../src/lib/plan/spending';

const now = new Date('2026-11-24T10:42:00.000Z');
const money = (value: string) => value as MoneyString;

function withItem(
  plan: Plan,
  id: string,
  what: string,
  cost: string,
  howOften: 'year' | 'week' | 'once' = 'year',
): Plan {
  return updateCostedItem(
    addCostedItem(plan, now, id),
    id,
    { what, cost: money(cost), howOften },
    now,
  );
}

describe("the plan's money, from the budget engine", () => {
  it('shows spending but not what is left when there is no budget yet', () => {
    const plan = withItem(createEmptyPlan(now, 'p1'), 'i1', 'Cooking classes', '1500.00');
    const result = calculatePlanMoney(plan);
    expect(result.hasBudget).toBe(false);
    expect(result.result?.spending.perYear).toBe('1500.00');
  });

  it("works out what is left from a typed budget a year (Sarah's figures)", () => {
    let plan = updateSection(
      createEmptyPlan(now, 'p1'),
      'budget',
      { source: 'typed', typedAmount: money('12480.00'), typedPeriod: 'year' },
      now,
    );
    plan = withItem(plan, 'i1', 'Cooking classes', '1500.00');
    plan = withItem(plan, 'i2', 'Personal assistant', '8000.00');
    const { hasBudget, result } = calculatePlanMoney(plan);
    expect(hasBudget).toBe(true);
    expect(result?.budget.perYear).toBe('12480.00');
    expect(result?.spending.perYear).toBe('9500.00');
    expect(result?.leftPerYear).toBe('2980.00');
  });

  it('turns a typed budget every 4 weeks into a year with the weeks in a year', () => {
    const plan = updateSection(
      createEmptyPlan(now, 'p1'),
      'budget',
      { source: 'typed', typedAmount: money('960.00'), typedPeriod: 'four-weeks' },
      now,
    );
    expect(calculatePlanMoney(plan).result?.budget.perYear).toBe('12480.00');
  });

  it('says how much is over the budget', () => {
    let plan = updateSection(
      createEmptyPlan(now, 'p1'),
      'budget',
      { source: 'typed', typedAmount: money('100.00'), typedPeriod: 'week' },
      now,
    );
    plan = withItem(plan, 'i1', 'Support', '120.00', 'week');
    const { result } = calculatePlanMoney(plan);
    expect(result?.overspentPerYear).toBe('1040.00');
    expect(result?.leftPerYear).toBe('0.00');
  });

  it('leaves out items without a cost, and counts them', () => {
    let plan = addCostedItem(createEmptyPlan(now, 'p1'), now, 'empty');
    plan = withItem(plan, 'i1', '', '20.00', 'once');
    const money = calculatePlanMoney(plan);
    expect(money.itemsWithoutCost).toBe(1);
    expect(planBudgetInput(plan).spending).toEqual([
      { id: 'i1', name: 'Item 2', amount: '20.00', frequency: 'once' },
    ]);
    expect(money.result?.spendingItems.map((item) => item.perYear)).toEqual(['20.00']);
  });

  it('shortens a long item name for the engine without breaking an emoji', () => {
    const name = engineItemName(
      {
        id: 'x',
        what: `${'a'.repeat(99)}😀 and more`,
        whoProvides: '',
        howOften: 'year',
        cost: '',
        costAsTyped: '',
        goalIds: [],
      },
      0,
    );
    expect(name).toBe('a'.repeat(99));
  });

  it("uses the calculator's budget, but the plan's own items as spending", () => {
    const plan = withItem(
      applyCalculatorFigures(
        createEmptyPlan(now, 'p1'),
        sarahStory.input,
        { includeSpending: false },
        now,
      ),
      'i1',
      'Day out',
      '480.00',
    );
    const { result } = calculatePlanMoney(plan);
    expect(result?.budget.perYear).toBe('12480.00');
    expect(result?.spending.perYear).toBe('480.00');
    expect(result?.leftPerYear).toBe('12000.00');
  });
});

describe('figures handed over from the calculator', () => {
  const link = writeLink(draftFromBudgetInput(sarahStory.input));

  it('reads and checks them, and works out the budget', () => {
    const handover = readCalculatorHandover(link);
    expect(handover.ok).toBe(true);
    if (handover.ok) expect(handover.result.budget.perYear).toBe('12480.00');
  });

  it('says kindly when the link is broken', () => {
    expect(readCalculatorHandover('fee=javascript:alert(1)')).toEqual({
      ok: false,
      message: HANDOVER_BROKEN_MESSAGE,
    });
  });

  it('refuses a link that had parts left out, rather than plan with part of it', () => {
    expect(readCalculatorHandover(`${link}&l1h=40`)).toEqual({
      ok: false,
      message: HANDOVER_BROKEN_MESSAGE,
    });
  });

  it('says kindly when a figure is missing', () => {
    expect(readCalculatorHandover('l1h=12')).toEqual({
      ok: false,
      message: HANDOVER_UNFINISHED_MESSAGE,
    });
  });

  it('puts the budget into a plan, and its spending into costed items when asked', () => {
    const handover = readCalculatorHandover(link);
    if (!handover.ok) throw new Error('expected the figures to be read');
    let plan = addGoal(createEmptyPlan(now, 'p1'), now, 'g1');
    plan = applyCalculatorFigures(plan, handover.input, { includeSpending: true }, now);
    expect(plan.budget.source).toBe('calculator');
    expect(plan.budget.calculatorInputs?.spending).toEqual([]);
    expect(plan.sectionStatus.budget).toBe('in-progress');
    expect(plan.spending.items.map((item) => [item.what, item.cost, item.howOften])).toEqual([
      ['Cooking classes', '1500.00', 'year'],
      ['Personal assistant', '8000.00', 'year'],
    ]);
    expect(calculatePlanMoney(plan).result?.leftPerYear).toBe('2980.00');
  });

  it('leaves the costed items alone when not asked', () => {
    const handover = readCalculatorHandover(link);
    if (!handover.ok) throw new Error('expected the figures to be read');
    const plan = applyCalculatorFigures(
      createEmptyPlan(now, 'p1'),
      handover.input,
      { includeSpending: false },
      now,
    );
    expect(plan.spending.items).toEqual([]);
    expect(plan.sectionStatus.spending).toBe('not-started');
  });
});

describe('amounts too large to add up', () => {
  it('says the totals are too large, instead of failing, at £1,000,000,000 a year or more', () => {
    const plan = withItem(
      createEmptyPlan(now),
      'i1',
      'A slip of the keyboard',
      '999999999',
      'week',
    );
    const result = calculatePlanMoney(plan);
    expect(result).toEqual({ hasBudget: false, result: null, tooLarge: true, itemsWithoutCost: 0 });
  });

  it('adds up totals just under £1,000,000,000 a year', () => {
    const plan = withItem(createEmptyPlan(now), 'i1', 'A lot', '999999999.99');
    const result = calculatePlanMoney(plan);
    expect([result.tooLarge, result.result?.spending.perYear]).toEqual([false, '999999999.99']);
  });

  it('gives no figures from the calculator when they come to too much', () => {
    const huge = {
      ...sarahStory.input,
      otherCosts: [1, 2].map((index) => ({
        id: `cost-${index}`,
        name: `Cost ${index}`,
        amount: money('999999999.00'),
        frequency: 'year' as const,
      })),
    };
    expect(calculatorFigures(huge)).toBeNull();
    expect(calculatorFigures(sarahStory.input)?.budget.perYear).toBe('12480.00');
  });
});
