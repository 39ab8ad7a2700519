/*
 * "Download as a Word document" for the calculator's summary: the same figures as the printed
 * summary, as a Word document. The document model and the Word writer load only when the
 * button is pressed, so the calculator's first load grows by this button alone.
 */
import type { BudgetResult } from '../../../lib/budget/calculate';
import { todayIsoDate } from '../../../lib/site/dates';
import { WordButton } from './WordButton';

interface BudgetWordButtonProps {
  result: BudgetResult;
  /** Shows a message in the page's status line: the file is being made, is ready, or failed. */
  onStatus: (message: string) => void;
}

/** The button. It says what happened through `onStatus`, which a `role="status"` line shows. */
export function BudgetWordButton({ result, onStatus }: BudgetWordButtonProps) {
  const makeDocument = async (now: Date) => {
    const today = todayIsoDate(now);
    const { budgetSummaryDocument, budgetWordFileName } =
      await import('../../../lib/export/budget-document');
    return { model: budgetSummaryDocument(result, today), fileName: budgetWordFileName(today) };
  };
  return <WordButton makeDocument={makeDocument} onStatus={onStatus} />;
}
