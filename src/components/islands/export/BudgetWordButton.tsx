/*
 * "Download as a Word document" for the calculator's summary, standard or easy read: the same
 * parts as the printed summary (one document model, lib/export/budget-document). The model and
 * the Word writer load only when a button is pressed, so the calculator's first load grows by
 * these buttons alone.
 */
import type { BudgetResult } from '../../../lib/budget/calculate';
import type { CalculatorPreset } from '../../../lib/calculator/presets';
import { todayIsoDate } from '../../../lib/site/dates';
import { WordButton } from './WordButton';

interface BudgetWordButtonProps {
  result: BudgetResult;
  /** Figures that are not a whole budget (K's saving): its words, not "Your budget". */
  preset?: CalculatorPreset | undefined;
  /** Whose budget it is, for the title ("Sam's budget summary"); none by default. */
  personName?: string | undefined;
  /** Shows a message in the page's status line: the file is being made, is ready, or failed. */
  onStatus: (message: string) => void;
}

/**
 * The 2 buttons: the standard document (plain headed text, for professionals) and the easy-read
 * one (a picture beside each point). They say what happened through `onStatus`.
 */
export function BudgetWordButton({ result, preset, personName, onStatus }: BudgetWordButtonProps) {
  const makeDocument = async (now: Date) => {
    const today = todayIsoDate(now);
    const { budgetSummaryDocument, budgetWordFileName } =
      await import('../../../lib/export/budget-document');
    return {
      model: budgetSummaryDocument(result, today, { preset, personName }),
      fileName: budgetWordFileName(today, personName),
    };
  };
  return (
    <>
      <WordButton makeDocument={makeDocument} onStatus={onStatus} />
      <WordButton
        makeDocument={makeDocument}
        onStatus={onStatus}
        style="easy-read"
        label="Download in easy read, as a Word document"
      />
    </>
  );
}
