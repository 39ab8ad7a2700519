/*
 * "Download as a Word document" for the calculator's summary: the same figures as the printed
 * summary, as a Word document. The document model and the Word writer load only when the
 * button is pressed, so the calculator's first load grows by this button alone.
 */
import { useState } from 'react';
import type { BudgetResult } from '../../../lib/budget/calculate';
import { todayIsoDate } from '../../../lib/site/dates';
import { NOT_LOADED_MESSAGE, saveWordFile } from './wordFile';

interface BudgetWordButtonProps {
  result: BudgetResult;
  /** Shows a message in the page's status line: the file is being made, is ready, or failed. */
  onStatus: (message: string) => void;
}

/** The button. It says what happened through `onStatus`, which a `role="status"` line shows. */
export function BudgetWordButton({ result, onStatus }: BudgetWordButtonProps) {
  const [busy, setBusy] = useState(false);

  const download = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    onStatus('Making your Word document.');
    const now = new Date();
    const today = todayIsoDate(now);
    let builder;
    try {
      builder = await import('../../../lib/export/budget-document');
    } catch {
      setBusy(false);
      onStatus(NOT_LOADED_MESSAGE);
      return;
    }
    const { budgetSummaryDocument, budgetWordFileName } = builder;
    const saved = await saveWordFile(
      budgetSummaryDocument(result, today),
      budgetWordFileName(today),
      'standard',
      now,
    );
    setBusy(false);
    onStatus(
      saved.ok ? `Your Word document is ready. It is called "${saved.fileName}".` : saved.message,
    );
  };

  return (
    <button
      type="button"
      className="button button--secondary"
      aria-disabled={busy}
      onClick={() => void download()}
    >
      Download as a Word document
    </button>
  );
}
