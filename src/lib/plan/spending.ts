/*
 * The plan's money, worked out by the budget engine: the budget from "My budget" (the
 * calculator's figures, or an amount typed in) and the costed items of "How I will use my
 * budget" as planned spending. Issue 6: totals and what is left come from the engine; no
 * amount is added up here.
 */
import { calculateBudget, type BudgetResult } from '../budget/calculate';
import { MoneyRangeError } from '../money';
import {
  budgetInputSchema,
  type BudgetInput,
  type BudgetInputDraft,
  type RecurringFrequency,
} from '../budget/schema';
import type { BudgetPeriod, CostedItem, Plan } from './schema';

/** The longest name the engine takes for a spending item. */
const ENGINE_NAME_LENGTH = 100;

/** The id the typed-in budget has in the engine's input. */
export const TYPED_BUDGET_ID = 'typed-budget';

/** What the plan's money comes to. */
export interface PlanMoney {
  /** False when "My budget" has no figure yet: totals are shown, but not what is left. */
  readonly hasBudget: boolean;
  /**
   * The engine's result, or null when it cannot add the figures up: they come to £1,000,000,000
   * a year or more (`tooLarge`), or could not be checked (never expected).
   */
  readonly result: BudgetResult | null;
  /** True when the totals would be £1,000,000,000 a year or more, so the engine refuses them. */
  readonly tooLarge: boolean;
  /** How many costed items have no cost yet, so they are not counted. */
  readonly itemsWithoutCost: number;
}

/** The budget part of the engine's input for a plan, or null when no budget is given yet. */
export function planBudgetBase(plan: Plan): BudgetInputDraft | null {
  const section = plan.budget;
  if (section.source === 'calculator' && section.calculatorInputs !== null) {
    // The plan's own costed items stand in for the calculator's spending and change.
    return withoutSpendingOrChange(section.calculatorInputs);
  }
  if (section.source === 'typed' && section.typedAmount !== '') {
    return {
      supportLines: [],
      otherCosts: [
        {
          id: TYPED_BUDGET_ID,
          name: 'My budget',
          amount: section.typedAmount,
          frequency: section.typedPeriod satisfies BudgetPeriod as RecurringFrequency,
        },
      ],
    };
  }
  return null;
}

/** A costed item's name for the engine: its "what", shortened, or "Item 3". */
export function engineItemName(item: CostedItem, index: number): string {
  const what = item.what.replace(/\s+/g, ' ').trim();
  if (what === '') return `Item ${index + 1}`;
  const short = Array.from(what).slice(0, ENGINE_NAME_LENGTH);
  while (short.join('').length > ENGINE_NAME_LENGTH) short.pop();
  return short.join('');
}

/** The engine's input for a plan: its budget (or none) and its costed items that have a cost. */
export function planBudgetInput(plan: Plan): BudgetInputDraft {
  const base = planBudgetBase(plan) ?? { supportLines: [] };
  const spending = plan.spending.items.flatMap((item, index) =>
    item.cost === ''
      ? []
      : [
          {
            id: item.id,
            name: engineItemName(item, index),
            amount: item.cost,
            frequency: item.howOften,
          },
        ],
  );
  return { ...base, spending };
}

/**
 * Works out the plan's money with the budget engine: the budget a year, planned spending a
 * year, what is left or how much it is over, and each item a year (`result.spendingItems`).
 * Never throws for big figures: totals of £1,000,000,000 a year or more (a slip of the keyboard,
 * never a real budget) give `tooLarge` and no result, so the page can say so kindly.
 */
export function calculatePlanMoney(plan: Plan): PlanMoney {
  const itemsWithoutCost = plan.spending.items.filter((item) => item.cost === '').length;
  const hasBudget = planBudgetBase(plan) !== null;
  const checked = budgetInputSchema.safeParse(planBudgetInput(plan));
  if (!checked.success) return { hasBudget, result: null, tooLarge: false, itemsWithoutCost };
  try {
    return { hasBudget, result: calculateBudget(checked.data), tooLarge: false, itemsWithoutCost };
  } catch (error) {
    if (!(error instanceof MoneyRangeError)) throw error;
    return { hasBudget, result: null, tooLarge: true, itemsWithoutCost };
  }
}

/**
 * The calculator's figures in "My budget", worked out by the engine for their working; null when
 * they come to £1,000,000,000 a year or more, which the engine refuses (see `calculatePlanMoney`).
 */
export function calculatorFigures(inputs: BudgetInput): BudgetResult | null {
  try {
    return calculateBudget(inputs);
  } catch (error) {
    if (error instanceof MoneyRangeError) return null;
    throw error;
  }
}

/**
 * The calculator's figures as kept in "My budget": the budget parts only. Its planned spending
 * goes into the costed items instead (see `spendingFromCalculator`), and a "what if" change is
 * left out.
 */
export function budgetFromCalculator(input: BudgetInput): BudgetInput {
  return { ...withoutSpendingOrChange(input), spending: [] };
}

/** The budget parts of the engine's input: everything but planned spending and a change. */
function withoutSpendingOrChange(input: BudgetInput): Omit<BudgetInput, 'spending' | 'change'> {
  const budget: Omit<BudgetInput, 'spending' | 'change'> & Partial<BudgetInput> = { ...input };
  delete budget.spending;
  delete budget.change;
  return budget;
}
