/*
 * Figures handed over from the budget calculator ("Put these figures in my plan"): read with the
 * calculator's own link reader and checked by the budget engine's schema, then put into a plan's
 * "My budget" section, and its planned spending into "How I will use my budget". Links are
 * untrusted (issue 6: "If the figures are broken, say so kindly").
 */
import { calculateBudget, type BudgetResult } from '../budget/calculate';
import type { BudgetInput } from '../budget/schema';
import { checkDraft } from '../calculator/check';
import { readLink } from '../calculator/link';
import { addCostedItem, newId, setSectionStatus, updateCostedItem, updateSection } from './edit';
import { MAX_COSTED_ITEMS } from './limits';
import type { Plan } from './schema';
import { budgetFromCalculator } from './spending';

/** What reading the calculator's figures gives. */
export type CalculatorHandover =
  | {
      readonly ok: true;
      /** The checked figures. */
      readonly input: BudgetInput;
      /** The engine's result for them, to show the person before they choose. */
      readonly result: BudgetResult;
    }
  | {
      readonly ok: false;
      /** A kind message: what went wrong and what to do. */
      readonly message: string;
    };

/** Said when the link's figures could not be read at all. */
export const HANDOVER_BROKEN_MESSAGE =
  'Sorry, we could not read the figures from the calculator. The link may be broken. Go back to the calculator and try again, or type your budget into your plan.';

/** Said when the figures were read but are not finished (a missing or wrong figure). */
export const HANDOVER_UNFINISHED_MESSAGE =
  'Some figures from the calculator are missing or not right yet. Go back to the calculator to check them. Then try again.';

/** Reads and checks figures handed over from the calculator. Never throws. */
export function readCalculatorHandover(linkText: string): CalculatorHandover {
  const read = readLink(linkText);
  if (read.problem !== undefined || read.leftOut !== undefined) {
    return { ok: false, message: HANDOVER_BROKEN_MESSAGE };
  }
  const check = checkDraft(read.draft);
  if (!check.ok) return { ok: false, message: HANDOVER_UNFINISHED_MESSAGE };
  return { ok: true, input: check.input, result: calculateBudget(check.input) };
}

/**
 * Puts the calculator's figures into a plan's "My budget" (replacing what was there) and, when
 * `includeSpending` is true, adds its planned spending as costed items (up to the plan's limit).
 * A section not started becomes "In progress".
 */
export function applyCalculatorFigures(
  plan: Plan,
  input: BudgetInput,
  options: { readonly includeSpending: boolean },
  now: Date,
): Plan {
  let next = updateSection(
    plan,
    'budget',
    { source: 'calculator', calculatorInputs: budgetFromCalculator(input) },
    now,
  );
  if (next.sectionStatus.budget === 'not-started') {
    next = setSectionStatus(next, 'budget', 'in-progress', now);
  }
  if (!options.includeSpending || input.spending.length === 0) return next;
  const room = Math.max(0, MAX_COSTED_ITEMS - next.spending.items.length);
  for (const item of input.spending.slice(0, room)) {
    const id = newId();
    next = addCostedItem(next, now, id);
    next = updateCostedItem(
      next,
      id,
      { what: item.name, howOften: item.frequency, cost: item.amount },
      now,
    );
  }
  if (next.sectionStatus.spending === 'not-started') {
    next = setSectionStatus(next, 'spending', 'in-progress', now);
  }
  return next;
}
