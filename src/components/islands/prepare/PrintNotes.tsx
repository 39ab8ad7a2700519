/*
 * The printed easy-read notes for an assessment, "What I want you to know about me" (issue 19):
 * shown only in print, in place of the whole page. What it says comes from
 * lib/export/notes-document; PrintedDocument draws it.
 */
import { useMemo } from 'react';
import { notesDocument } from '../../../lib/export/notes-document';
import type { PreparationNotes } from '../../../lib/prepare/notes';
import { PrintedDocument } from '../export/PrintedDocument';

export interface PrintNotesProps {
  notes: PreparationNotes;
  /** Today's date on this device, like "2026-12-02". */
  today: string;
}

/** The printed notes, straight into `<body>`. Hidden on screen. */
export function PrintNotes({ notes, today }: PrintNotesProps) {
  const document = useMemo(() => notesDocument(notes, today, 'easy-read'), [notes, today]);
  return (
    <PrintedDocument document={document} label="Printed notes" className="print-notes" dated />
  );
}
