/*
 * Checks the calculator form's figures with the budget engine's own schema, and says
 * which form field each problem belongs to, in page order (GOV.UK error summary pattern).
 */
import { budgetInputSchema, supportLineSchema, type BudgetInput } from '../budget/schema';
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

/** The order of a support line's boxes on the page. */
const LINE_FIELDS = ['name', 'hoursPerWeek', 'hourlyRate'];

/** Where a field is on the page: support lines first, in order, then the rest as found. */
function pageOrder(problems: readonly FieldProblem[]): FieldProblem[] {
  const rank = (problem: FieldProblem, index: number): number[] => {
    const [first, line, box] = problem.field.split('.');
    if (first !== 'supportLines') return [1, index];
    return [0, Number(line), LINE_FIELDS.indexOf(box ?? '')];
  };
  return problems
    .map((problem, index) => ({ problem, key: rank(problem, index) }))
    .sort(
      (a, b) =>
        (a.key[0] ?? 0) - (b.key[0] ?? 0) ||
        (a.key[1] ?? 0) - (b.key[1] ?? 0) ||
        (a.key[2] ?? 0) - (b.key[2] ?? 0),
    )
    .map(({ problem }) => problem);
}

/**
 * A cost of 1 hour of £0 gives a budget of £0 that no council would give: the calculator asks
 * for a real cost (issue 13). The engine itself still takes £0, for a plan's older figures.
 */
function zeroRateProblems(draft: CalculatorDraft): FieldProblem[] {
  return draft.supportLines.flatMap((line, index) => {
    const rate = supportLineSchema.shape.hourlyRate.safeParse(line.hourlyRate);
    if (!rate.success || !/^0(\.0+)?$/.test(rate.data)) return [];
    return [
      {
        field: `supportLines.${index}.hourlyRate`,
        message:
          'The cost of 1 hour must be more than £0. Enter what 1 hour of support costs, like 20',
      },
    ];
  });
}

/** Checks the figures. Gives the engine's input, or every problem (one per field) in page order. */
export function checkDraft(draft: CalculatorDraft): DraftCheck {
  const result = budgetInputSchema.safeParse(draftToBudgetInput(draft));
  const zeroRates = zeroRateProblems(draft);
  if (result.success && zeroRates.length === 0) return { ok: true, input: result.data };
  const problems: FieldProblem[] = [...zeroRates];
  for (const issue of result.success ? [] : result.error.issues) {
    const field = fieldFor(issue.path);
    if (!problems.some((problem) => problem.field === field)) {
      problems.push({ field, message: issue.message });
    }
  }
  return { ok: false, problems: pageOrder(problems) };
}
