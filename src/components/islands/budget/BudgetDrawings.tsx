/*
 * The budget as pictures (issue 21), drawn from lib's models: a row of clocks for hours a week,
 * and how the budget is split, as a bar with a table of its parts (each with its picture and
 * amount) that screen readers read. The calculator's result and its printed summary both draw
 * them; the Word document draws the same models (lib/export/docx).
 */
import { useMemo } from 'react';
import { clockDrawing, splitBarDrawing, swatchDrawing } from '../../../lib/budget/budget-drawings';
import type { BudgetSplit, ClocksPicture } from '../../../lib/budget/budget-pictures';
import type { ClocksRow } from '../../../lib/export/model';
import type { PictureName } from '../../../lib/pictures/registry';
import type { PictureFile } from '../../picture-urls';
import '../../../styles/budget-pictures.css';
import { SvgDrawing } from '../SvgDrawing';

/** A clock's width and height on screen and in print, in CSS pixels. */
const CLOCK_PIXELS = 36;
const WHOLE = clockDrawing('1', CLOCK_PIXELS);

function Clock({ fill }: { fill: string }) {
  const drawing = fill === '1' ? WHOLE : clockDrawing(fill, CLOCK_PIXELS);
  return <SvgDrawing drawing={drawing} className="clocks__clock" />;
}

/**
 * Hours a week as clocks, one for each hour, with the hours written after them. `caption` is
 * the sentence the page writes for the figure; none when the words just above already say it.
 */
export function ClocksView({
  clocks,
  caption,
}: {
  clocks: ClocksPicture;
  caption?: string | null | undefined;
}) {
  return (
    <figure className="clocks">
      {caption && <figcaption>{caption}</figcaption>}
      <div className="clocks__row" role="img" aria-label={`${clocks.alt}: ${clocks.hoursShown}`}>
        {clocks.grouped
          ? clocks.groups.map((group) => (
              <span className="clocks__group" key={group.countSoFar}>
                <span className="clocks__faces">
                  {group.clocks.map((fill, index) => (
                    <Clock fill={fill} key={index} />
                  ))}
                </span>
                <span className="clocks__count">{group.countSoFar}</span>
              </span>
            ))
          : clocks.groups.flatMap((group) =>
              group.clocks.map((fill, index) => <Clock fill={fill} key={index} />),
            )}
        <span className="clocks__hours">{clocks.hoursShown}</span>
      </div>
    </figure>
  );
}

/** Finds the picture of an idea: each page gives its own. */
export type PictureOf = (name: PictureName) => PictureFile | undefined;

/** How the budget is split: one bar, then a table of the parts with their pictures and amounts. */
export function SplitView({ split, pictureOf }: { split: BudgetSplit; pictureOf: PictureOf }) {
  const bar = useMemo(() => splitBarDrawing(split), [split]);
  return (
    <div className="budget-split">
      <SvgDrawing drawing={bar} className="budget-split__bar" />
      <table className="budget-split__table">
        <caption>{split.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{split.partHeading}</th>
            <th scope="col" className="numeric">
              A year
            </th>
          </tr>
        </thead>
        <tbody>
          {split.parts.map((part) => {
            const picture = pictureOf(part.picture);
            return (
              <tr key={part.id}>
                <th scope="row">
                  <span className="budget-split__part">
                    <SvgDrawing drawing={swatchDrawing(part.id)} className="budget-split__swatch" />
                    {picture && (
                      <img
                        src={picture.src}
                        alt={picture.alt}
                        width={48}
                        height={48}
                        decoding="async"
                        className="budget-split__picture"
                      />
                    )}
                    <span>{part.label}</span>
                  </span>
                </th>
                <td className="numeric" data-label="A year">
                  {part.shown}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{split.total.label}</th>
            <td className="numeric" data-label="A year">
              {split.total.shown}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The rows of clocks, then the split: in the result on screen, and side by side in print. */
export function BudgetPicturesView({
  clocks,
  split,
  pictureOf,
}: {
  clocks: readonly ClocksRow[];
  split: BudgetSplit | null;
  pictureOf: PictureOf;
}) {
  return (
    <div className="budget-pictures__drawn">
      {clocks.length > 0 && (
        <div className="budget-pictures__clocks">
          {clocks.map((row) => (
            <ClocksView
              clocks={row.clocks}
              caption={row.caption}
              key={row.clocks.alt + (row.caption ?? '')}
            />
          ))}
        </div>
      )}
      {split && <SplitView split={split} pictureOf={pictureOf} />}
    </div>
  );
}
