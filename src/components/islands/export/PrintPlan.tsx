/*
 * The printed easy-read plan (issue 7, "The printed plan"): shown only in print, in place of
 * the whole page. A4, 18pt, a picture beside each section heading, each section on a new page,
 * "Page X of Y", and the person's name and the date at the top of every page. Drawn from the
 * same document model as the Word document, so the two never disagree.
 */
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentBlock, ExportDocument, TableBlock } from '../../../lib/export/model';
import { NOT_WRITTEN, planDocument } from '../../../lib/export/plan-document';
import { cssString } from '../../../lib/export/text';
import type { Plan, PlanSectionId } from '../../../lib/plan';
import { SECTION_GUIDES } from '../../../lib/plan/questions';
import '../../../styles/print-plan.css';
import { InlinePicture, type InlinePictures } from '../InlinePicture';
import { RegistryPicture } from '../RegistryPicture';

/** Inline SVG markup of the pictures, keyed by Tabler icon name (the planner's `pictures`). */
export type PrintPictures = InlinePictures;

function Picture({ svg }: { svg: string | undefined }) {
  return <InlinePicture svg={svg} size={56} className="print-plan__picture" />;
}

function Table({ block }: { block: TableBlock }) {
  const alignOf = (index: number): string =>
    block.columns[index]?.align === 'right' ? 'print-plan__figure' : '';
  return (
    <table className="print-plan__table">
      <caption>{block.caption}</caption>
      <thead>
        <tr>
          {block.columns.map((column, index) => (
            <th scope="col" key={column.label} className={alignOf(index)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) => (
              <td key={index} className={alignOf(index)}>
                {cell.split('\n').map((line, lineIndex) =>
                  lineIndex === 0 ? (
                    line
                  ) : (
                    <span className="print-plan__cell-note" key={lineIndex}>
                      {line}
                    </span>
                  ),
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {block.totals.length > 0 && (
        <tfoot>
          {block.totals.map((total) => (
            <tr key={total.label}>
              <th scope="row" colSpan={Math.max(1, block.columns.length - 1)}>
                {total.label}
              </th>
              <td className="print-plan__figure">{total.amount}</td>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case 'paragraph':
      return block.style === 'strong' ? (
        <p>
          <strong>{block.text}</strong>
        </p>
      ) : (
        <p className={block.style === 'note' ? 'print-plan__note' : undefined}>{block.text}</p>
      );
    case 'answer':
      return (
        <div className={`print-plan__answer print-plan__answer--${block.level}`}>
          {block.level === 2 ? (
            <h3 className="print-plan__label">{block.label}</h3>
          ) : (
            <h4 className="print-plan__label">{block.label}</h4>
          )}
          {block.paragraphs.length === 0 ? (
            <p className="print-plan__empty">{NOT_WRITTEN}</p>
          ) : (
            block.paragraphs.map((text, index) => <p key={index}>{text}</p>)
          )}
        </div>
      );
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'list':
      return block.ordered ? (
        <ol>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <Table block={block} />;
    case 'picture-row':
      return (
        <div className="print-plan__row">
          <RegistryPicture name={block.picture} size={96} className="print-plan__row-picture" />
          <div>
            {block.paragraphs.map((text, index) =>
              index === 0 && block.strongFirst === true ? (
                <p key={index}>
                  <strong>{text}</strong>
                </p>
              ) : (
                <p key={index}>{text}</p>
              ),
            )}
          </div>
        </div>
      );
  }
}

/** The words at the top of every printed page: the person's name (or the plan's title), the date. */
function pageHeaderRules(document: ExportDocument): string {
  const who = document.personName === '' ? document.title : document.personName;
  return `@page plan { @top-left { content: ${cssString(who)}; } @top-right { content: ${cssString(
    `Printed on ${document.dateText}`,
  )}; } }`;
}

/**
 * Adds the page header rules for as long as the printed plan is on the page. They go in a
 * constructed style sheet: the site's Content-Security-Policy allows no inline `<style>`, and
 * text in a `content` string is escaped by `cssString`.
 */
function usePageHeader(document: ExportDocument): void {
  const rules = pageHeaderRules(document);
  useEffect(() => {
    if (typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in window.document)) {
      return undefined;
    }
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(rules);
    } catch {
      return undefined;
    }
    window.document.adoptedStyleSheets = [...window.document.adoptedStyleSheets, sheet];
    return () => {
      window.document.adoptedStyleSheets = window.document.adoptedStyleSheets.filter(
        (adopted) => adopted !== sheet,
      );
    };
  }, [rules]);
}

export interface PrintPlanProps {
  plan: Plan;
  /** The planner's pictures: each section's picture is looked up by its icon name. */
  pictures: PrintPictures;
  /** Today's date on this device, like "2026-11-24". */
  today: string;
}

/** The printed plan's content, without the portal (for tests and previews). */
export function PrintPlanContent({ plan, pictures, today }: PrintPlanProps) {
  const document = useMemo(() => planDocument(plan, today), [plan, today]);
  usePageHeader(document);
  return (
    <article className="print-plan" aria-label="Printed plan">
      <header className="print-plan__cover">
        <h1>{document.title}</h1>
        <p className="print-plan__byline">
          {document.personName === '' ? '' : `${document.personName}. `}Printed on{' '}
          {document.dateText}.
        </p>
        {document.intro.map((block, index) => (
          <Block block={block} key={index} />
        ))}
      </header>
      {document.sections.map((section) => (
        <section
          key={section.id}
          className={`print-plan__section print-plan__section--${section.id}`}
          aria-labelledby={`print-plan-${section.id}`}
        >
          <div className="print-plan__heading">
            <Picture svg={pictures[SECTION_GUIDES[section.id as PlanSectionId].icon]} />
            <h2 id={`print-plan-${section.id}`}>{section.title}</h2>
          </div>
          {section.blocks.map((block, index) => (
            <Block block={block} key={index} />
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
