/*
 * The plan's budget as pictures (issue 21): the same clocks and split as the calculator's, from
 * the same engine result (budget-pictures.ts), so no amount is worked out twice. Only what the
 * engine's result cannot say is decided here: a budget typed in as one amount is not made of
 * support or costs, so it has no split of its own until there is planned spending to show.
 */
import { budgetPictures, type BudgetPictures } from '../budget/budget-pictures';
import type { Voice } from '../budget/pays-for';
import type { Plan } from './schema';
import type { PlanMoney } from './spending';

const NO_PICTURES: BudgetPictures = { clocks: [], split: null };

/**
 * The pictures of a plan's budget, in the plan's "I" voice unless told: none until "My budget"
 * has a figure the engine can add up. A typed budget shows a split only with planned spending
 * (what it pays for); before that its one amount would be drawn as "Other costs", which it is not.
 */
export function planBudgetPictures(
  plan: Plan,
  money: PlanMoney,
  voice: Voice = 'I',
): BudgetPictures {
  if (!money.hasBudget || money.result === null) return NO_PICTURES;
  const pictures = budgetPictures(money.result, voice);
  if (plan.budget.source === 'typed' && money.result.spendingItems.length === 0) {
    return { clocks: pictures.clocks, split: null };
  }
  return pictures;
}
