/*
 * "Download as a Word document": a button that loads the document's builder and the Word
 * writer only when pressed, so a page's first load grows by this button alone. The calculator's
 * summary and the letters use it; each passes how to load and make its own document.
 */
import { useState } from 'react';
import type { DocumentStyle, ExportDocument } from '../../../lib/export/model';
import { NOT_LOADED_MESSAGE, saveWordFile } from './wordFile';

/** A document to write, and the file's name. */
export interface WordFileRequest {
  readonly model: ExportDocument;
  readonly fileName: string;
}

interface WordButtonProps {
  /**
   * Loads the document's builder (with `await import(...)`) and makes the document. Resolves to
   * null when there is nothing to write yet (the caller has already said why).
   */
  makeDocument: (now: Date) => Promise<WordFileRequest | null>;
  /** Shows a message in the page's status line: the file is being made, is ready, or failed. */
  onStatus: (message: string) => void;
  /** Standard (the default), or easy read: bigger text, a picture beside each point. */
  style?: DocumentStyle;
  /** The button's words; "Download as a Word document" by default. */
  label?: string;
}

/** The button. It says what happened through `onStatus`, which a `role="status"` line shows. */
export function WordButton({
  makeDocument,
  onStatus,
  style = 'standard',
  label = 'Download as a Word document',
}: WordButtonProps) {
  const [busy, setBusy] = useState(false);

  const download = async (): Promise<void> => {
    if (busy) return;
    const now = new Date();
    let request;
    try {
      request = await makeDocument(now);
    } catch {
      onStatus(NOT_LOADED_MESSAGE);
      return;
    }
    if (request === null) return;
    setBusy(true);
    onStatus('Making your Word document.');
    const saved = await saveWordFile(request.model, request.fileName, style, now);
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
      {label}
    </button>
  );
}
