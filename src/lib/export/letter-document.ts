/*
 * A letter to the council (lib/letters) as a document model, for "Download as a Word
 * document" on the letters page. The same words as the page's preview and the printed letter.
 */
import type { Letter } from '../letters/letter';
import type { DocumentBlock, ExportDocument } from './model';
import { fileNamePart } from './text';

/** The letter as a document: the subject as its title, then the letter from top to bottom. */
export function letterDocument(letter: Letter, isoDate: string): ExportDocument {
  const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
  return {
    title: letter.subject,
    subject: 'Letter to the council',
    personName: letter.signature,
    dateText: letter.dateText,
    isoDate,
    intro: [
      ...letter.fromLines.map(paragraph),
      paragraph(`To: ${letter.toLines.join(', ')}`),
      paragraph(letter.greeting),
      ...letter.paragraphs.map(paragraph),
      paragraph(letter.closing),
      paragraph(letter.signature),
    ],
    sections: [],
  };
}

/** The Word file's name, like "Asking for an Individual Service Fund - 2026-12-02.docx". */
export function letterWordFileName(letter: Letter, isoDate: string): string {
  return `${fileNamePart(letter.subject)} - ${isoDate}.docx`;
}
