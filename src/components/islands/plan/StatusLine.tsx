/*
 * The save status of the open plan: "Saved on this device at 10:42", or "Not saved" with the
 * reason and a "Download a backup" button. It never says "Saved" when the plan was not saved
 * (issue 6). Failures are announced; the quiet "Saving…" and "Saved" are not, so a screen
 * reader is not interrupted while the person types.
 */
import type { Plan } from '../../../lib/plan';
import type { ClashingWords } from '../../../lib/plan/merge';
import type { AutosaveStatus } from '../../../lib/storage';
import { formatClock } from './page';

interface StatusLineProps {
  status: AutosaveStatus;
  /** False when the browser keeps nothing, so nothing is ever "saved on this device". */
  onDevice: boolean;
  /** True once this page can no longer save (the storage was deleted, updated or closed). */
  storageClosed: boolean;
  /** Newer work from another tab that clashes with this tab's words, or null. */
  clash: Plan | null;
  /** The other tab's words that this tab's version would replace, shown before the choice. */
  theirWords: readonly ClashingWords[];
  /** True just after this tab's words were put together with another tab's. */
  merged: boolean;
  /** How many dates and amounts are kept as typed, because they cannot be read yet. */
  answersToCheck: number;
  /** True for a plan nothing has been written in yet. */
  isNew: boolean;
  backupProblem: string | null;
  onDownload: () => void;
  onShowNewer: () => void;
  onKeepMine: () => void;
}

/** How many of the other tab's answers the clash message lists before "And 3 more." */
const SHOWN_WORDS = 5;

export function StatusLine(props: StatusLineProps) {
  const { status, onDevice, storageClosed, clash, merged, answersToCheck, backupProblem } = props;
  const { onDownload } = props;
  const downloadButton = (
    <button type="button" className="button button--secondary" onClick={onDownload}>
      Download a backup
    </button>
  );

  if (clash !== null) {
    return (
      <div className="plan-status plan-status--problem" role="alert">
        <p>
          <strong>Not saved.</strong> This plan was changed in another tab or window. You both
          changed the same words, so this tab has not saved over them.
        </p>
        {props.theirWords.length > 0 && (
          <>
            <p>The other tab wrote:</p>
            <ul className="plan-status__their-words">
              {props.theirWords.slice(0, SHOWN_WORDS).map((entry) => (
                <li key={entry.where}>
                  {entry.where}: <strong>{entry.words}</strong>
                </li>
              ))}
            </ul>
            {props.theirWords.length > SHOWN_WORDS && (
              <p>And {props.theirWords.length - SHOWN_WORDS} more.</p>
            )}
          </>
        )}
        <p>Choose which version to keep. You can download this tab&apos;s version first.</p>
        <p>If you show the newer version, your words stay on this page for you to copy.</p>
        <div className="button-group">
          <button type="button" className="button" onClick={props.onShowNewer}>
            Show the newer version
          </button>
          <button type="button" className="button button--secondary" onClick={props.onKeepMine}>
            Keep this tab&apos;s version
          </button>
          {downloadButton}
        </div>
        {backupProblem !== null && <p>{backupProblem}</p>}
      </div>
    );
  }

  if (storageClosed) {
    return (
      <div className="plan-status plan-status--problem">
        <p>
          <strong>Not saved.</strong> This page stopped saving on this device. Your plan is still on
          this page.
        </p>
        {downloadButton}
        {backupProblem !== null && <p role="alert">{backupProblem}</p>}
      </div>
    );
  }

  if (!onDevice) {
    return (
      <div className="plan-status plan-status--problem">
        <p>
          <strong>Not saved.</strong> This browser is not keeping your plan. It works while this
          page is open. Download a backup to keep it.
        </p>
        {downloadButton}
        {backupProblem !== null && <p role="alert">{backupProblem}</p>}
      </div>
    );
  }

  if (status.state === 'failed') {
    return (
      <div className="plan-status plan-status--problem" role="alert">
        <p>
          <strong>Not saved.</strong> {withoutNotSaved(status.failure.message)}
        </p>
        {downloadButton}
        {backupProblem !== null && <p>{backupProblem}</p>}
      </div>
    );
  }

  if (status.state === 'saved' && status.heldBack.length > 0) {
    const count = status.heldBack.length;
    return (
      <div className="plan-status plan-status--problem" role="status">
        <p>
          <strong>{count === 1 ? '1 box is not saved.' : `${count} boxes are not saved.`}</strong>{' '}
          {count === 1 ? 'It has' : 'They have'} a broken character. Everything else was saved on
          this device at {formatClock(status.savedAt)}.
        </p>
        <ul>
          {status.heldBack.slice(0, 10).map((problem) => (
            <li key={problem.path.join('.')}>{problem.message}</li>
          ))}
        </ul>
      </div>
    );
  }

  let words: string;
  switch (status.state) {
    case 'saved':
      words = `Saved on this device at ${formatClock(status.savedAt)}`;
      break;
    case 'pending':
    case 'saving':
      words = 'Saving…';
      break;
    case 'conflict':
      words = 'Not saved yet: checking changes from another tab…';
      break;
    case 'idle':
      words = props.isNew
        ? 'Your new plan is saved on this device. Nothing is written in it yet.'
        : 'Saved on this device';
      break;
  }
  return (
    <div className="plan-status">
      <p className="plan-status__words" data-state={status.state}>
        {words}
      </p>
      {answersToCheck > 0 && (
        <p>
          {answersToCheck === 1
            ? '1 date or amount needs checking. We kept what you typed.'
            : `${answersToCheck} dates or amounts need checking. We kept what you typed.`}
        </p>
      )}
      {merged && (
        <p className="plan-status__note" role="status">
          This plan was also changed in another tab. We kept both changes.
        </p>
      )}
    </div>
  );
}

/** The reason without a leading "Not saved:", which the line already says, starting with a capital. */
function withoutNotSaved(message: string): string {
  const reason = message.replace(/^Not saved:\s*/, '');
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}
