/*
 * The 14-day reminder (issue 7, "The backup file"): after 14 days of changes with no backup
 * file, the plan page suggests saving one. The rule is lib/plan's `shouldSuggestBackup`.
 */
import { useState } from 'react';
import { BACKUP_SUGGESTION_DAYS, shouldSuggestBackup, type Plan } from '../../../lib/plan';
import { backupSavedMessage, saveBackupFile } from './backup';

export interface BackupReminderProps {
  plan: Plan;
  /** Called once a backup file is saved: record it with `markBackedUp(plan, at)`. */
  onBackedUp: (at: Date) => void;
  /** The time now; the planner may pass one in so tests can choose it. */
  now?: Date;
}

/** A notice with a "Save a backup file" button, shown only when a backup is due. */
export function BackupReminder({ plan, onBackedUp, now }: BackupReminderProps) {
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const due = shouldSuggestBackup(plan, now ?? new Date());
  if (!due && message === '') return null;

  const save = (): void => {
    const saved = saveBackupFile(plan);
    if (saved.ok) {
      setProblem('');
      setMessage(backupSavedMessage(saved.fileName));
      onBackedUp(saved.at);
    } else setProblem(saved.message);
  };

  return (
    <div className="notice backup-reminder no-print">
      {due && (
        <>
          <p>
            <strong>Save a backup of your plan.</strong>
          </p>
          <p>
            You have changed your plan, and you have not saved a backup file for{' '}
            {BACKUP_SUGGESTION_DAYS} days or more.
          </p>
          <p>A browser can clear what it keeps. A backup file keeps your plan safe.</p>
          <button type="button" className="button" onClick={save}>
            Save a backup file
          </button>
        </>
      )}
      <p role="status">{message}</p>
      <div role="alert">{problem !== '' && <p className="error-message">{problem}</p>}</div>
    </div>
  );
}
