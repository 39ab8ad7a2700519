/*
 * One block of a document model (lib/export/model) as printed HTML: easy-read points (picture on
 * the left, words on the right), tables that fit A4, lists and paragraphs. The printed plan and
 * the printed budget summary draw their models with it; printed-document.css lays it out.
 */
import type { DocumentBlock, TableBlock } from '../../../lib/export/model';
import type { PictureName } from '../../../lib/pictures/registry';
import type { PictureFile } from '../../picture-urls';
import '../../../styles/printed-document.css';
import { FigureSentence } from '../FigureSentence';
import { BudgetPicturesView } from '../budget/BudgetDrawings';

/** Finds the picture of an idea; each page gives its own (the calculator passes only its few). */
export type PictureLookup = (name: PictureName) => PictureFile;

/** The printed size of a point's picture in CSS pixels (25mm in print, printed-document.css). */
const PICTURE_PIXELS = 96;

/**
 * How many columns a total's amount spans: the columns of amounts at the right, so a bold total
 * like "£10,220" has room on one line in a narrow last column (at least 1, and the label keeps 1).
 */
function totalColumns(block: TableBlock): number {
  let count = 0;
  for (let index = block.columns.length - 1; index > 0; index -= 1) {
    if (block.columns[index]?.align !== 'right') break;
    count += 1;
  }
  return Math.max(1, count);
}

function Table({ block }: { block: TableBlock }) {
  const amountColumns = totalColumns(block);
  const alignOf = (index: number): string =>
    block.columns[index]?.align === 'right' ? 'document-figure' : '';
  return (
    <table className="document-table">
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
              <td key={index} className={alignOf(index) || undefined}>
                {cell.split('\n').map((line, lineIndex) =>
                  lineIndex === 0 ? (
                    <FigureSentence text={line} key={lineIndex} />
                  ) : (
                    <span className="document-cell-note" key={lineIndex}>
                      <FigureSentence text={line} />
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
              <th scope="row" colSpan={block.columns.length - amountColumns}>
                {total.label}
              </th>
              <td className="document-figure" colSpan={amountColumns}>
                {total.amount}
              </td>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}

interface DocumentBlockViewProps {
  block: DocumentBlock;
  pictures: PictureLookup;
  /** Said where an answer is not written yet. */
  notWritten?: string;
}

/** One block, printed. */
export function DocumentBlockView({ block, pictures, notWritten = '' }: DocumentBlockViewProps) {
  switch (block.kind) {
    case 'paragraph':
      return block.style === 'strong' ? (
        <p>
          <strong>
            <FigureSentence text={block.text} />
          </strong>
        </p>
      ) : (
        <p className={block.style === 'note' ? 'document-note' : undefined}>
          <FigureSentence text={block.text} />
        </p>
      );
    case 'answer':
      return (
        <div className={`document-answer document-answer--${block.level}`}>
          {block.level === 2 ? (
            <h3 className="document-label">{block.label}</h3>
          ) : (
            <h4 className="document-label">{block.label}</h4>
          )}
          {block.paragraphs.length === 0 ? (
            <p className="document-empty">{notWritten}</p>
          ) : (
            block.paragraphs.map((text, index) => (
              <p key={index}>
                <FigureSentence text={text} />
              </p>
            ))
          )}
        </div>
      );
    case 'subheading':
      return <h3>{block.text}</h3>;
    case 'list':
      return block.ordered ? (
        <ol>
          {block.items.map((item, index) => (
            <li key={index}>
              <FigureSentence text={item} />
            </li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <FigureSentence text={item} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <Table block={block} />;
    case 'budget-pictures':
      return <BudgetPicturesView clocks={block.clocks} split={block.split} pictureOf={pictures} />;
    case 'picture-row': {
      const picture = pictures(block.picture);
      return (
        <div className="document-row">
          <img
            src={picture.src}
            alt={picture.alt}
            width={PICTURE_PIXELS}
            height={PICTURE_PIXELS}
            className="document-row__picture"
            decoding="async"
          />
          <div>
            {block.paragraphs.map((text, index) =>
              index === 0 && block.strongFirst === true ? (
                <p key={index}>
                  <strong>
                    <FigureSentence text={text} />
                  </strong>
                </p>
              ) : (
                <p key={index}>
                  <FigureSentence text={text} />
                </p>
              ),
            )}
          </div>
        </div>
      );
    }
  }
}
