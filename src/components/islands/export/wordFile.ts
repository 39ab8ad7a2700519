/*
 * Making and saving a Word document, with the `docx` package loaded only now, when a person
 * asks for one (STYLE.md: `await import('docx')` on click, never in the page's first load).
 */
import type { DocumentStyle, ExportDocument } from '../../../lib/export/model';
import { saveFile } from './saveFile';

/** What happened when a person asked for a Word document. */
export type WordFileResult =
  | { readonly ok: true; readonly fileName: string }
  | { readonly ok: false; readonly message: string };

/** Said when part of the page could not be loaded (offline, and not kept for offline use). */
export const NOT_LOADED_MESSAGE =
  'The Word document could not be made, because part of this page did not load. Check you are online, then try again.';

/** Loads the Word writer, draws `model` and offers it as `fileName`. Never throws. */
export async function saveWordFile(
  model: ExportDocument,
  fileName: string,
  style: DocumentStyle,
  now: Date,
): Promise<WordFileResult> {
  let modules;
  try {
    modules = await Promise.all([
      import('docx'),
      import('../../../lib/export/docx'),
      style === 'easy-read'
        ? import('./pictureImages').then(({ loadDocumentImages }) => loadDocumentImages(model))
        : [new Map(), new Map()],
    ]);
  } catch {
    return { ok: false, message: NOT_LOADED_MESSAGE };
  }
  const [docx, writer, [pictures, drawings]] = modules;
  try {
    const bytes = await writer.packWordDocument(model, docx, { style, now, pictures, drawings });
    saveFile(bytes, fileName, writer.DOCX_MEDIA_TYPE);
    return { ok: true, fileName };
  } catch {
    return {
      ok: false,
      message: 'The Word document could not be made. Try again.',
    };
  }
}
