/*
 * "Take your notes to your assessment" under the list of areas (issue 19): the printed notes in
 * easy read, and the Word document, standard or easy read, of "What I want you to know about
 * me" (lib/export/notes-document). The printed notes load once the page has settled, and the
 * Word writer only when a button is pressed, so the page's first load grows by nothing. Until
 * something is written, the browser's own Print command prints the page, not empty notes.
 */
import { useCallback, useId, useMemo, useState, type ComponentType } from 'react';
import type { DocumentStyle } from '../../../lib/export/model';
import { hasWrittenNotes, type PreparationNotes } from '../../../lib/prepare/notes';
import { TAKE_AWAY } from '../../../lib/prepare/take-away';
import { todayIsoDate } from '../../../lib/site/dates';
import { usePrintView } from '../export/usePrintView';
import { WordButton, type WordFileRequest } from '../export/WordButton';
import { PicturePoint } from '../FilePicture';
import { loadOnce } from '../loadLater';
import type { PrintNotesProps } from './PrintNotes';

/** Loads the printed notes once; a failed load is tried again next time. */
const loadPrintNotes = loadOnce(() =>
  import('./PrintNotes').then((module): ComponentType<PrintNotesProps> => module.PrintNotes),
);

export function NotesExport({ notes }: { notes: PreparationNotes }) {
  const id = useId();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const clearMessage = useCallback(() => setMessage(''), []);
  const printView = usePrintView(loadPrintNotes, '.print-notes img', clearMessage);
  const PrintView = printView.View;
  const written = useMemo(() => hasWrittenNotes(notes), [notes]);
  // Printing empty notes happens only when a person asks for it with the button.
  const [asked, setAsked] = useState(false);
  const printing = PrintView !== null && (written || asked);

  const wordOf =
    (style: DocumentStyle) =>
    async (now: Date): Promise<WordFileRequest> => {
      const today = todayIsoDate(now);
      const { notesDocument, notesWordFileName } =
        await import('../../../lib/export/notes-document');
      return { model: notesDocument(notes, today, style), fileName: notesWordFileName(today) };
    };

  const print = async (): Promise<void> => {
    setProblem('');
    setAsked(true);
    if (PrintView === null) setMessage(TAKE_AWAY.printLoading);
    if (await printView.print()) return;
    setMessage('');
    setProblem(TAKE_AWAY.printNotLoaded);
  };

  const showStatus = (words: string): void => {
    setProblem('');
    setMessage(words);
  };

  return (
    <>
      {PrintView === null && written && <p className="print-only">{TAKE_AWAY.printFirst}</p>}
      <section className="plan-export notes-export no-print" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{TAKE_AWAY.heading}</h2>
        <PicturePoint name={TAKE_AWAY.print.picture}>
          {TAKE_AWAY.print.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <div className="button-group">
            <button type="button" className="button" onClick={() => void print()}>
              {TAKE_AWAY.printButton}
            </button>
          </div>
        </PicturePoint>
        <PicturePoint name={TAKE_AWAY.word.picture}>
          {TAKE_AWAY.word.sentences.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <div className="button-group">
            <WordButton
              makeDocument={wordOf('standard')}
              onStatus={showStatus}
              label={TAKE_AWAY.wordButton}
            />
            <WordButton
              makeDocument={wordOf('easy-read')}
              onStatus={showStatus}
              style="easy-read"
              label={TAKE_AWAY.easyWordButton}
            />
          </div>
        </PicturePoint>
        <p role="status">{message}</p>
        <div role="alert">{problem !== '' && <p className="error-message">{problem}</p>}</div>
        {printing && <PrintView notes={notes} today={todayIsoDate()} />}
      </section>
    </>
  );
}
