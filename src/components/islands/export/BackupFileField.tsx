/*
 * "Open a backup file": the file box with its label, hint, what went wrong and what is
 * happening, the same for every kind of record (a plan on the plans list, the notes for an
 * assessment). The page reads the chosen file and says what to show.
 */
import type { ReactNode, RefObject } from 'react';
import { MAX_PROBLEMS_SHOWN } from '../../../lib/plan/limits';

/** Why the last file chosen did not open. */
export interface BackupFileProblem {
  readonly message: string;
  /** The record's other problems, listed under the message. */
  readonly problems: readonly { readonly message: string }[];
  /** For a backup of another kind: the page that opens it. */
  readonly openAt?: { readonly page: string; readonly href: string } | undefined;
}

export interface BackupFileFieldProps {
  /** The start of the ids inside the field, from `useId`. */
  idPrefix: string;
  hint: string;
  /** Why the last file did not open, or null. */
  failure: BackupFileProblem | null;
  /** Another problem to say, like a save that failed; '' for none. */
  otherProblem?: string;
  /** What is happening now, like "Opening the file."; '' when nothing is. */
  busy: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onChoose: (file: File) => void;
  /** Shown above the label, like the news that a file has opened. */
  children?: ReactNode;
}

export function BackupFileField({
  idPrefix,
  hint,
  failure,
  otherProblem = '',
  busy,
  inputRef,
  onChoose,
  children,
}: BackupFileFieldProps) {
  const errorId = `${idPrefix}-error`;
  const hintId = `${idPrefix}-hint`;
  return (
    <div className={`field open-backup${failure === null ? '' : ' field--error'}`}>
      {children}
      <label htmlFor={`${idPrefix}-file`}>Open a backup file</label>
      <span className="hint" id={hintId}>
        {hint}
      </span>
      <div role="alert">
        {failure !== null && (
          <div id={errorId}>
            <p className="error-message">
              <span className="visually-hidden">Error: </span>
              {failure.message}
            </p>
            {failure.problems.length > 0 && (
              <ul>
                {failure.problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem, index) => (
                  <li key={index}>{problem.message}</li>
                ))}
              </ul>
            )}
            {failure.openAt !== undefined && (
              <p>
                <a href={failure.openAt.href}>Go to {failure.openAt.page}</a>
              </p>
            )}
          </div>
        )}
        {otherProblem !== '' && <p className="error-message">{otherProblem}</p>}
      </div>
      <input
        ref={inputRef}
        type="file"
        id={`${idPrefix}-file`}
        accept=".json,application/json"
        aria-describedby={failure === null ? hintId : `${hintId} ${errorId}`}
        disabled={busy !== ''}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file !== undefined) onChoose(file);
        }}
      />
      <p role="status">{busy}</p>
    </div>
  );
}
