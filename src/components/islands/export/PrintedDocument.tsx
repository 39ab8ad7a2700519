/*
 * A document model (lib/export/model) printed on A4 in place of the whole page: the printed plan
 * and the printed notes for an assessment. Large text, each easy-read point beside its picture,
 * "Page X of Y" at the foot (print-document.css). Hidden on screen. Each printed view builds its
 * model in lib/export; this only draws it.
 */
import { createPortal } from 'react-dom';
import type { ExportDocument } from '../../../lib/export/model';
import { PICTURES, type PictureName } from '../../../lib/pictures/registry';
import '../../../styles/print-document.css';
import { pictureUrl, type PictureFile } from '../../picture-urls';
import { DocumentBlockView } from './DocumentBlocks';

/** Each idea's picture: the same cached file the site's pages use. */
function registryPicture(name: PictureName): PictureFile {
  return { src: pictureUrl(name), alt: PICTURES[name].alt };
}

export interface PrintedDocumentProps {
  document: ExportDocument;
  /** Names the printed document for screen readers, like "Printed plan". */
  label: string;
  /** A class of its own, like "print-plan", beside the shared "print-document". */
  className: string;
  /** Said where an answer is not written yet. */
  notWritten?: string;
  /** True to give the date under the title, when the document's opening does not say it. */
  dated?: boolean;
}

/** The printed document's content, without the portal (for tests and previews). */
export function PrintedDocumentContent({
  document,
  label,
  className,
  notWritten = '',
  dated = false,
}: PrintedDocumentProps) {
  return (
    // The page's own <main> is hidden in print, so in print this is the page's main landmark.
    // On screen it is hidden (the attribute, not only the style sheet), so the page's <main> is
    // the only one; print-document.css shows it in print.
    <main className={`print-document ${className}`} aria-label={label} hidden>
      <header className="print-document__cover">
        <h1>{document.title}</h1>
        {dated && <p className="print-document__date">{document.dateText}</p>}
        {document.intro.map((block, index) => (
          <DocumentBlockView
            block={block}
            pictures={registryPicture}
            notWritten={notWritten}
            key={index}
          />
        ))}
      </header>
      {document.sections.map((section) => (
        <section
          key={section.id}
          className={`print-document__section ${className}__section--${section.id}`}
          aria-labelledby={`${className}-${section.id}`}
        >
          <h2 id={`${className}-${section.id}`}>{section.title}</h2>
          {section.blocks.map((block, index) => (
            <DocumentBlockView
              block={block}
              pictures={registryPicture}
              notWritten={notWritten}
              key={index}
            />
          ))}
        </section>
      ))}
    </main>
  );
}

/**
 * The printed document, put straight into `<body>` so that in print it can take the place of
 * everything else on the page (print-document.css).
 */
export function PrintedDocument(props: PrintedDocumentProps) {
  return createPortal(<PrintedDocumentContent {...props} />, window.document.body);
}
