/*
 * "Take your plan with you": the Word document (standard or easy read), the printed easy-read
 * plan and the backup file, for one plan (issue 7). Self-contained: the planner mounts it with
 * the plan and is told when a backup was saved, so it can record it with `markBackedUp`. The
 * printed plan and the Word writer load only when a person asks for them, so the planner's
 * first load stays small (issue 6, "Speed").
 */
import { useCallback, useId, useState, type ComponentType } from 'react';
import type { DocumentStyle } from '../../../lib/export/model';
import type { Plan } from '../../../lib/plan';
import { todayIsoDate } from '../../../lib/site/dates';
import { loadOnce } from '../loadLater';
import { backupSavedMessage, saveBackupFile } from './backup';
import type { PrintPlanProps } from './PrintPlan';
import { usePrintView } from './usePrintView';
import { NOT_LOADED_MESSAGE, saveWordFile } from './wordFile';

/** Said when the printed plan could not be loaded (offline, and not kept for offline use). */
export const PRINT_NOT_LOADED_MESSAGE =
  'Your plan could not be made ready to print, because part of this page did not load. Check you are online, then try again.';

/** Loads the printed plan once; a failed load is tried again next time. */
const loadPrintView = loadOnce(() =>
  import('./PrintPlan').then((module): ComponentType<PrintPlanProps> => module.PrintPlan),
);

export interface PlanExportActionsProps {
  /** The plan as it is now. */
  plan: Plan;
  /** Called once a backup file is saved: record it with `markBackedUp(plan, at)`. */
  onBackedUp: (at: Date) => void;
  /** The heading level of "Take your plan with you". */
  headingLevel?: 2 | 3;
}

export function PlanExportActions({ plan, onBackedUp, headingLevel = 2 }: PlanExportActionsProps) {
  const id = useId();
  const [style, setStyle] = useState<DocumentStyle>('standard');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  // The printed plan is not part of the first load, but it loads once the page has settled,
  // so the browser's own Print command prints it too. That command cannot wait for a load,
  // so until then the printed page says to use "Print my plan", and printing starts the load.
  const clearMessage = useCallback(() => setMessage(''), []);
  const printView = usePrintView(loadPrintView, '.print-plan img', clearMessage);
  const PrintView = printView.View;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const today = todayIsoDate();

  const downloadWord = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setProblem('');
    setMessage('Making your Word document.');
    const now = new Date();
    const day = todayIsoDate(now);
    // The document builder loads only now, so the planner's first load stays small. The easy-read
    // document is the printed plan's model: the same parts, each point beside its picture.
    let builder;
    try {
      builder = await Promise.all([
        import('../../../lib/export/plan-document'),
        style === 'easy-read' ? import('../../../lib/export/print-plan') : null,
      ]);
    } catch {
      setBusy(false);
      setMessage('');
      setProblem(NOT_LOADED_MESSAGE);
      return;
    }
    const [{ planDocument, planWordFileName }, printed] = builder;
    const saved = await saveWordFile(
      printed === null ? planDocument(plan, day) : printed.printedPlan(plan, day),
      planWordFileName(plan, day),
      style,
      now,
    );
    setBusy(false);
    if (saved.ok) setMessage(`Your Word document is ready. It is called "${saved.fileName}".`);
    else {
      setMessage('');
      setProblem(saved.message);
    }
  };

  const print = async (): Promise<void> => {
    setProblem('');
    if (PrintView === null) setMessage('Getting your plan ready to print.');
    if (await printView.print()) return;
    setMessage('');
    setProblem(PRINT_NOT_LOADED_MESSAGE);
  };

  const saveBackup = (): void => {
    const saved = saveBackupFile(plan);
    if (saved.ok) {
      setProblem('');
      setMessage(backupSavedMessage(saved.fileName));
      onBackedUp(saved.at);
    } else {
      setMessage('');
      setProblem(saved.message);
    }
  };

  return (
    <>
      {PrintView === null && (
        <p className="print-only">
          To print your plan in easy read, go back to the page and press &quot;Print my plan&quot;.
        </p>
      )}
      <section className="plan-export no-print" aria-labelledby={`${id}-title`}>
        <Heading id={`${id}-title`}>Take your plan with you</Heading>
        <p>You can send your plan to someone, print it, or keep a copy.</p>

        <fieldset className="plan-export__choice">
          <legend>Which kind of Word document?</legend>
          <div className="radios">
            <div className="radio">
              <input
                type="radio"
                id={`${id}-standard`}
                name={`${id}-style`}
                checked={style === 'standard'}
                onChange={() => setStyle('standard')}
                aria-describedby={`${id}-standard-hint`}
              />
              <label htmlFor={`${id}-standard`}>Standard</label>
              <span className="hint" id={`${id}-standard-hint`}>
                Text 14 points big. Good to send to your social worker or provider.
              </span>
            </div>
            <div className="radio">
              <input
                type="radio"
                id={`${id}-easy`}
                name={`${id}-style`}
                checked={style === 'easy-read'}
                onChange={() => setStyle('easy-read')}
                aria-describedby={`${id}-easy-hint`}
              />
              <label htmlFor={`${id}-easy`}>Easy read</label>
              <span className="hint" id={`${id}-easy-hint`}>
                Bigger text, with a picture beside each point.
              </span>
            </div>
          </div>
        </fieldset>

        <div className="button-group">
          <button
            type="button"
            className="button"
            aria-disabled={busy}
            onClick={() => void downloadWord()}
          >
            Download as a Word document
          </button>
          <button type="button" className="button button--secondary" onClick={() => void print()}>
            Print my plan (easy read)
          </button>
          <button type="button" className="button button--secondary" onClick={saveBackup}>
            Save a backup file
          </button>
        </div>
        <p className="hint">
          A backup file keeps everything in your plan. You can open it again on this computer or on
          another one.
        </p>
        <p role="status">{message}</p>
        <div role="alert">{problem !== '' && <p className="error-message">{problem}</p>}</div>
        {PrintView !== null && <PrintView plan={plan} today={today} />}
      </section>
    </>
  );
}
