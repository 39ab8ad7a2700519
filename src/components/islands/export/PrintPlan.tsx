/*
 * The printed easy-read plan (issue 7, "The printed plan"; issue 17): shown only in print, in
 * place of the whole page. A4, large text, the parts that are written as easy-read points
 * (picture on the left, words on the right), the parts still to write listed once, and
 * "Page X of Y". What it says comes from lib/export/print-plan; this only draws it.
 */
import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import { NOT_WRITTEN } from '../../../lib/export/plan-document';
import { printedPlan } from '../../../lib/export/print-plan';
import { PICTURES, type PictureName } from '../../../lib/pictures/registry';
import type { Plan } from '../../../lib/plan';
import '../../../styles/print-plan.css';
import { pictureUrl } from '../../picture-urls';
import type { PictureFile } from '../../picture-urls';
import { DocumentBlockView } from './DocumentBlocks';

/** Each idea's picture: the same cached file the planner's pages use. */
function planPicture(name: PictureName): PictureFile {
  return { src: pictureUrl(name), alt: PICTURES[name].alt };
}

export interface PrintPlanProps {
  plan: Plan;
  /** Today's date on this device, like "2026-11-24". */
  today: string;
}

/** The printed plan's content, without the portal (for tests and previews). */
export function PrintPlanContent({ plan, today }: PrintPlanProps) {
  const document = useMemo(() => printedPlan(plan, today), [plan, today]);
  return (
    <article className="print-plan" aria-label="Printed plan">
      <header className="print-plan__cover">
        <h1>{document.title}</h1>
        {document.intro.map((block, index) => (
          <DocumentBlockView
            block={block}
            pictures={planPicture}
            notWritten={NOT_WRITTEN}
            key={index}
          />
        ))}
      </header>
      {document.sections.map((section) => (
        <section
          key={section.id}
          className={`print-plan__section print-plan__section--${section.id}`}
          aria-labelledby={`print-plan-${section.id}`}
        >
          <h2 id={`print-plan-${section.id}`}>{section.title}</h2>
          {section.blocks.map((block, index) => (
            <DocumentBlockView
              block={block}
              pictures={planPicture}
              notWritten={NOT_WRITTEN}
              key={index}
            />
          ))}
        </section>
      ))}
    </article>
  );
}

/**
 * The printed plan, put straight into `<body>` so that in print it can take the place of
 * everything else on the page (print-plan.css). Hidden on screen.
 */
export function PrintPlan(props: PrintPlanProps) {
  return createPortal(<PrintPlanContent {...props} />, window.document.body);
}
