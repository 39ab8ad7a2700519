/*
 * Checks the calculator form's figures with the budget engine's own schema, and says
 * which form field each problem belongs to, in page order (GOV.UK error summary pattern).
 */
import { budgetInputSchema, type BudgetInput } from '../budget/schema';
import { draftToBudgetInput, type CalculatorDraft } from './link';

/** One problem with the figures: the form field it belongs to and how to fix it. */
export interface FieldProblem {
  /** The form field's name, like "supportLines.0.hoursPerWeek" or "feeAmount". */
  field: string;
  /** What to do, like "Enter the hours as a number, like 7.5". */
  message: string;
}

export type DraftCheck = { ok: true; input: BudgetInput } | { ok: false; problems: FieldProblem[] };

/** Where a problem found by the engine's schema is shown in the form. */
function fieldFor(path: readonly (string | number)[]): string {
  const [first] = path;
  if (first === 'managementFee') return 'feeAmount';
  if (first === 'travel') return 'travelAmount';
  if (first === 'change') return path[1] === 'lineId' ? 'changeLineId' : 'changeAmount';
  if (first === 'supportLines' && path[2] === 'id') return `supportLines.${path[1]}.name`;
  return path.join('.');
}

/** Checks the figures. Gives the engine's input, or every problem (one per field) in page order. */
export function checkDraft(draft: CalculatorDraft): DraftCheck {
  const result = budgetInputSchema.safeParse(draftToBudgetInput(draft));
  if (result.success) return { ok: true, input: result.data };
  const problems: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    const field = fieldFor(issue.path);
    if (!problems.some((problem) => problem.field === field)) {
      problems.push({ field, message: issue.message });
    }
  }
  return { ok: false, problems };
}
