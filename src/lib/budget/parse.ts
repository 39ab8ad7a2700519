/**
 * Turns untrusted budget inputs (a form, a stored plan, a story) into checked inputs, with
 * messages people can act on. Follows the GOV.UK error summary pattern: one message per field.
 */
import { budgetInputSchema, type BudgetInput, type BudgetInputDraft } from './schema';
import { calculateBudget, type BudgetResult } from './calculate';

/** One problem with the inputs: where it is ("supportLines.0.hourlyRate") and how to fix it. */
export interface BudgetInputProblem {
  readonly path: string;
  readonly message: string;
}

/** Checked inputs, or the problems with them. */
export type BudgetInputResult =
  | { readonly kind: 'ok'; readonly input: BudgetInput }
  | { readonly kind: 'error'; readonly problems: readonly BudgetInputProblem[] };

/** Thrown by `budgetInputFrom` when inputs written in code (like a story) are not valid. */
export class BudgetInputError extends Error {
  readonly problems: readonly BudgetInputProblem[];

  constructor(problems: readonly BudgetInputProblem[]) {
    super(
      `The budget inputs are not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
    this.name = 'BudgetInputError';
    this.problems = problems;
  }
}

/** Checks inputs from anywhere (a form, a file). Never throws. */
export function parseBudgetInput(raw: unknown): BudgetInputResult {
  const result = budgetInputSchema.safeParse(raw);
  if (result.success) return { kind: 'ok', input: result.data };
  return {
    kind: 'error',
    problems: result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    })),
  };
}

/** Checks inputs written in code and returns them. Throws BudgetInputError if they are not valid. */
export function budgetInputFrom(draft: BudgetInputDraft): BudgetInput {
  const result = parseBudgetInput(draft);
  if (result.kind === 'error') throw new BudgetInputError(result.problems);
  return result.input;
}

/** Checks inputs and works out the budget, or returns the problems. Never throws. */
export function calculateBudgetFrom(
  raw: unknown,
):
  | { readonly kind: 'ok'; readonly result: BudgetResult }
  | Extract<BudgetInputResult, { kind: 'error' }> {
  const checked = parseBudgetInput(raw);
  return checked.kind === 'ok' ? { kind: 'ok', result: calculateBudget(checked.input) } : checked;
}
