/*
 * The printed easy-read plan (issue 7, "The printed plan"; issue 17): shown only in print, in
 * place of the whole page. A4, large text, the parts that are written as easy-read points
 * (picture on the left, words on the right), the parts still to write listed once, and
 * "Page X of Y". What it says comes from lib/export/print-plan; this only draws it.
 */
import { useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentBlock, TableBlock } from '../../../lib/export/model';
import { NOT_WRITTEN } from '../../../lib/export/plan-document';
import { printedPlan } from '../../../lib/export/print-plan';
import type { Plan } from '../../../lib/plan';
import '../../../styles/print-plan.css';
import { RegistryPicture } from '../RegistryPicture';

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
          <Block block={block} key={index} />
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
