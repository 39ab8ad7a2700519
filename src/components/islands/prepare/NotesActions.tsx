/*
 * Under the list of areas: "Use my notes in my support plan" (lib/prepare/to-plan drafts "About me"
 * and "What I want to achieve", and NotesToPlan.tsx puts the draft in a plan), and the notes' backup
 * file, with the plan's promises (issue 7, "The backup file"): "Save a backup file", and "Open a
 * backup file", read by the site's one backup reader. The notes on this device stay as they are
 * until the file is read correctly and the person says yes to replacing them.
 */
import { lazy, useId, useRef, useState } from 'react';
import { chosenFileBytes } from '../../../lib/backup/chosen-file';
import { backupSavedMessage, type BackupReadFailure } from '../../../lib/backup/envelope';
import { checkBackupFileSize } from '../../../lib/backup/read';
import { dayOfMoment, todayIsoDate } from '../../../lib/plan/dates';
import {
  notesBackupFileName,
  readNotesBackupFile,
  serialiseNotesBackup,
} from '../../../lib/prepare/backup';
import { AREAS } from '../../../lib/prepare/areas';
import {
  countWrittenParts,
  hasNotesToKeep,
  type NotesProblem,
  type PreparationNotes,
} from '../../../lib/prepare/notes';
import { offerBackupFile } from '../export/backup';
import { BackupFileField } from '../export/BackupFileField';
import type { NotesDraft } from '../../../lib/prepare/to-plan';
import type { SiteStorage } from '../../../lib/storage/connection';
import { PicturePoint } from '../FilePicture';
import { LoadPart } from '../LoadPart';

// Choosing a plan and filling it load only when a person asks to use their notes.
const NotesToPlan = lazy(() =>
  import('./NotesToPlan').then((module) => ({ default: module.NotesToPlan })),
);

/** Every part of the notes a person can write in: the areas, the carer's part, and 2 more. */
const PARTS_COUNT = AREAS.length + 3;

/** What happened when the notes from a file were saved in place of the ones here. */
export type ReplaceNotesResult =
  | {
      readonly ok: true;
      /** Null when the notes are saved on this device; else why they are only on this page. */
      readonly notSaved: string | null;
    }
  | { readonly ok: false; readonly message: string };

export interface NotesActionsProps {
  /** The notes on screen. */
  notes: PreparationNotes;
  /** This device's storage, where plans are kept, or null when the browser keeps nothing. */
  storage: SiteStorage | null;
  /** Saves the notes from a file in place of the ones on this device, and shows them. */
  onReplace: (notes: PreparationNotes) => Promise<ReplaceNotesResult>;
}

/** A file read correctly, waiting for the person to say yes. */
interface Chosen {
  readonly kind: 'chosen';
  readonly notes: PreparationNotes;
  readonly exportedAt: string;
}

type OpenState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'failed'; readonly failure: BackupReadFailure<NotesProblem> }
  | Chosen
  | { readonly kind: 'saving' }
  | { readonly kind: 'opened'; readonly notSaved: string | null };

/** One side of the comparison: when the notes were last changed, and how much they hold. */
function sideOf(notes: PreparationNotes): string {
  const parts = countWrittenParts(notes);
  return `changed on ${dayOfMoment(notes.updatedAt)}. ${parts} of ${PARTS_COUNT} parts have notes.`;
}

export function NotesActions({ notes, storage, onReplace }: NotesActionsProps) {
  const id = useId();
  const [planProblem, setPlanProblem] = useState('');
  const [draft, setDraft] = useState<NotesDraft | null>(null);
  const [saveMessage, setSaveMessage] = useState('');
  const [saveProblem, setSaveProblem] = useState('');
  const [open, setOpen] = useState<OpenState>({ kind: 'idle' });
  const [replaceProblem, setReplaceProblem] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const backupHeading = useRef<HTMLHeadingElement>(null);
  const chosenHeading = useRef<HTMLHeadingElement>(null);
  const planButton = useRef<HTMLButtonElement>(null);
  // Set from the first press until the draft is shown, so a quick second press does nothing.
  const [starting, setStarting] = useState(false);
  const startingRef = useRef(false);

  const cancelPlan = (): void => {
    setDraft(null);
    window.setTimeout(() => planButton.current?.focus(), 0);
  };

  /** Drafts the plan's words from the notes, once: a press while a draft is shown does nothing. */
  const startPlan = async (): Promise<void> => {
    if (startingRef.current || draft !== null) return;
    startingRef.current = true;
    setStarting(true);
    try {
      await draftPlan();
    } finally {
      startingRef.current = false;
      setStarting(false);
    }
  };

  const draftPlan = async (): Promise<void> => {
    setPlanProblem('');
    let drafted;
    try {
      const { draftPlanFromNotes } = await import('../../../lib/prepare/to-plan');
      drafted = draftPlanFromNotes(notes);
    } catch {
      setPlanProblem(
        'This part of Open ISF did not load. Check your internet connection, then try again.',
      );
      return;
    }
    if (!drafted.ok) {
      setDraft(null);
      setPlanProblem(drafted.message);
      return;
    }
    if (storage === null) {
      setPlanProblem(
        'This browser is not keeping anything on this device. A plan made here would be lost. Save a backup file of your notes instead.',
      );
      return;
    }
    setDraft(drafted.draft);
  };

  const saveBackup = (): void => {
    const saved = offerBackupFile((now) => ({
      text: serialiseNotesBackup(notes, now),
      fileName: notesBackupFileName(todayIsoDate(now)),
    }));
    setSaveMessage(saved.ok ? backupSavedMessage(saved.fileName) : '');
    setSaveProblem(saved.ok ? '' : saved.message);
  };

  const reset = (): void => {
    setOpen({ kind: 'idle' });
    setReplaceProblem('');
    if (input.current !== null) input.current.value = '';
    window.setTimeout(() => input.current?.focus(), 0);
  };

  const choose = async (file: File): Promise<void> => {
    setReplaceProblem('');
    setOpen({ kind: 'reading' });
    const chosen = await chosenFileBytes(file, checkBackupFileSize);
    if (!chosen.ok) {
      setOpen({ kind: 'failed', failure: chosen });
      return;
    }
    const read = readNotesBackupFile(chosen.bytes);
    if (!read.ok) {
      setOpen({ kind: 'failed', failure: read });
      return;
    }
    setOpen({ kind: 'chosen', notes: read.record, exportedAt: read.exportedAt });
    window.setTimeout(() => chosenHeading.current?.focus(), 0);
  };

  const replace = async (chosen: Chosen): Promise<void> => {
    setOpen({ kind: 'saving' });
    const result = await onReplace(chosen.notes);
    if (!result.ok) {
      setOpen(chosen);
      setReplaceProblem(result.message);
      return;
    }
    setOpen({ kind: 'opened', notSaved: result.notSaved });
    window.setTimeout(() => backupHeading.current?.focus(), 0);
  };

  const hasNotes = hasNotesToKeep(notes);

  return (
    <>
      <section className="notes-actions no-print" aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>Use your notes in your support plan</h2>
        <PicturePoint name="support-plan">
          <p>A support plan says how your budget pays for your support.</p>
          <p>Your notes can start your support plan.</p>
          <p>They go in &quot;About me&quot; and &quot;What I want to achieve&quot;.</p>
          <p>You can change the words in the plan.</p>
        </PicturePoint>
        <button
          type="button"
          className="button"
          ref={planButton}
          disabled={starting}
          onClick={() => void startPlan()}
        >
          Use my notes in my support plan
        </button>
        <div role="alert">
          {planProblem !== '' && (
            <div className="notice notes-actions__said">
              <p>{planProblem}</p>
            </div>
          )}
        </div>
        {draft !== null && storage !== null && (
          <LoadPart fallback={<p role="status">Looking for your plans…</p>}>
            <NotesToPlan storage={storage} draft={draft} onCancel={cancelPlan} />
          </LoadPart>
        )}
      </section>

      <section className="notes-actions no-print" aria-labelledby={`${id}-backup`}>
        <h2 id={`${id}-backup`} tabIndex={-1} ref={backupHeading}>
          Keep a copy of your notes
        </h2>
        <PicturePoint name="backup">
          <p>A backup file is a copy of your notes.</p>
          <p>Keep it somewhere safe, like a memory stick.</p>
          <p>You can open it again here, on this device or another one.</p>
        </PicturePoint>
        <button type="button" className="button button--secondary" onClick={saveBackup}>
          Save a backup file
        </button>
        <p role="status">{saveMessage}</p>
        <div role="alert">
          {saveProblem !== '' && <p className="error-message">{saveProblem}</p>}
        </div>

        {open.kind === 'chosen' || open.kind === 'saving' ? (
          <div className="open-backup panel">
            <h3 id={`${id}-chosen`} tabIndex={-1} ref={chosenHeading}>
              {hasNotes ? 'Replace your notes on this device?' : 'Open the notes in the file'}
            </h3>
            {open.kind === 'saving' ? (
              <p role="status">Saving the notes on this device.</p>
            ) : (
              <>
                <PicturePoint name="backup">
                  <p>The backup file holds notes saved on {dayOfMoment(open.exportedAt)}.</p>
                  {hasNotes && (
                    <ul className="open-backup__sides">
                      <li>
                        <strong>On this device:</strong> {sideOf(notes)}
                      </li>
                      <li>
                        <strong>In the file:</strong> {sideOf(open.notes)}
                      </li>
                    </ul>
                  )}
                </PicturePoint>
                {hasNotes && (
                  <>
                    <PicturePoint name="delete">
                      <p>
                        <strong>
                          The notes in the file will take the place of your notes here.
                        </strong>
                      </p>
                      <p>You cannot undo this.</p>
                    </PicturePoint>
                    <PicturePoint name="safe">
                      <p>If saving goes wrong, your notes here do not change.</p>
                      <p>To keep your notes here too, save a backup file of them first.</p>
                    </PicturePoint>
                  </>
                )}
                <div role="alert">
                  {replaceProblem !== '' && <p className="error-message">{replaceProblem}</p>}
                </div>
                <div className="button-group">
                  <button
                    type="button"
                    className={hasNotes ? 'button button--warning' : 'button'}
                    onClick={() => void replace(open)}
                  >
                    {hasNotes ? 'Yes, replace my notes' : 'Open these notes'}
                  </button>
                  {hasNotes && (
                    <button type="button" className="button button--secondary" onClick={saveBackup}>
                      Save a backup of my notes first
                    </button>
                  )}
                  <button type="button" className="button button--secondary" onClick={reset}>
                    Cancel
                  </button>
                </div>
              </>
            )}
          </div>
        ) : (
          <BackupFileField
            idPrefix={id}
            hint="Choose a backup of your notes that you saved from Open ISF. It is a file whose name ends in .json."
            failure={open.kind === 'failed' ? open.failure : null}
            busy={open.kind === 'reading' ? 'Opening the file.' : ''}
            inputRef={input}
            onChoose={(file) => void choose(file)}
          >
            {open.kind === 'opened' && (
              <p role="status" className="notice">
                The notes from your backup file are open.{' '}
                {open.notSaved ?? 'They are saved on this device.'}
              </p>
            )}
          </BackupFileField>
        )}
      </section>
    </>
  );
}
