/*
 * The printed easy-read summary (issue 17): the budget, what the provider keeps, what is left and
 * the hours it pays for, each beside its picture; the fee and costs table; the spending; every
 * step of the working; and a reminder that the council decides. Shown only in print, in place of
 * the rest of the page. What it says comes from lib/export/budget-document, the same model as the
 * Word document; this only draws it.
 */
import { useMemo } from 'react';
import type { BudgetResult } from '../../../lib/budget/calculate';
import type { CalculatorPreset } from '../../../lib/calculator/presets';
import {
  budgetSummaryDocument,
  type BudgetSummaryPicture,
} from '../../../lib/export/budget-document';
import type { PictureName } from '../../../lib/pictures/registry';
import { todayIsoDate } from '../../../lib/site/dates';
import '../../../styles/print-summary.css';
import type { PictureFile } from '../../picture-urls';
import { DocumentBlockView } from '../export/DocumentBlocks';

/** Each picture's address and words, given by the page at build time (pictures registry). */
export type SummaryPictures = Record<BudgetSummaryPicture, PictureFile>;

export function PrintSummary({
  result,
  pictures,
  today = todayIsoDate(),
  preset,
  personName,
}: {
  result: BudgetResult;
  /** Figures that are not a whole budget (K's saving): its words, not "Your budget". */
  preset?: CalculatorPreset | undefined;
  pictures: SummaryPictures;
  /** The date it is printed on, like 2026-11-24: today unless given. */
  today?: string;
  /** Whose budget it is, for the title ("Sam's budget summary"); none by default. */
  personName?: string | undefined;
}) {
  const document = useMemo(
    () => budgetSummaryDocument(result, today, { preset, personName }),
    [result, today, preset, personName],
  );
  // The summary's points take only the pictures in BUDGET_SUMMARY_PICTURES (see `point`).
  const pictureOf = (name: PictureName): PictureFile => pictures[name as BudgetSummaryPicture];
  return (
    <section className="print-summary print-only" aria-labelledby="print-summary-title">
      <h2 className="print-summary__title" id="print-summary-title">
        {document.title}, {document.dateText}
      </h2>
      {document.intro.map((block, index) => (
        <DocumentBlockView block={block} pictures={pictureOf} key={index} />
      ))}
      {document.sections.map((section) => (
        <section
          key={section.id}
          className={`print-summary__part print-summary__part--${section.id}`}
          aria-labelledby={`print-summary-${section.id}`}
        >
          <h3 id={`print-summary-${section.id}`}>{section.title}</h3>
          {section.blocks.map((block, index) => (
            <DocumentBlockView block={block} pictures={pictureOf} key={index} />
          ))}
        </section>
      ))}
    </section>
  );
}
