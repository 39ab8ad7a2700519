/*
 * The save status of the notes: "Saved on this device at 10:42", or "Not saved" with the
 * reason. It never says "Saved" when the notes were not saved (issue 6). Failures are
 * announced; the quiet "Saving…" and "Saved" are not, so a screen reader is not interrupted.
 */
import { NOTES_STORAGE_MESSAGES } from '../../../lib/storage/preparation';
import { formatClockTime } from '../../../lib/site/dates';
import type { NotesStatusState } from './Prepare';

interface NotesStatusProps {
  status: NotesStatusState;
  /** False when nothing is saved on this device (no storage, or it was closed). */
  onDevice: boolean;
  /** True once words from another tab were put together with this tab's in one answer. */
  joined: boolean;
}

export function NotesStatus({ status, onDevice, joined }: NotesStatusProps) {
  if (!onDevice) {
    return (
      <div className="plan-status plan-status--problem">
        <p>
          <strong>Not saved.</strong> Your notes are only on this page.
        </p>
      </div>
    );
  }
  if (status.state === 'failed') {
    const message =
      status.failure.kind === 'invalid'
        ? `Not saved: ${status.failure.message}`
        : NOTES_STORAGE_MESSAGES[status.failure.kind];
    return (
      <div className="plan-status plan-status--problem" role="alert">
        <p>{message}</p>
      </div>
    );
  }
  if (status.state === 'saved' && status.heldBack.length > 0) {
    const count = status.heldBack.length;
    return (
      <div className="plan-status plan-status--problem" role="status">
        <p>
          <strong>{count === 1 ? '1 box is not saved.' : `${count} boxes are not saved.`}</strong>{' '}
          Everything else was saved on this device at {formatClockTime(new Date(status.savedAt))}.
        </p>
        <ul>
          {status.heldBack.slice(0, 10).map((problem) => (
            <li key={problem.path.join('.')}>{problem.message}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <div className="plan-status">
      <p>
        {status.state === 'saved'
          ? `Saved on this device at ${formatClockTime(new Date(status.savedAt))}.`
          : status.state === 'idle'
            ? 'Your notes save on this device as you type.'
            : 'Saving…'}
      </p>
      {joined && (
        <p role="status">
          Your notes were changed in another tab too. Where you both wrote in one answer, both are
          kept, one after the other.
        </p>
      )}
    </div>
  );
}
