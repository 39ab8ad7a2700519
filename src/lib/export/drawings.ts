/*
 * The pictures drawn in code that a Word document embeds (issue 21): the clocks, the bar of a
 * budget's split and the small square of each part's look. Each is an SVG file, with a PNG copy
 * the browser draws from it for programs that cannot show SVG (components' pictureImages.ts).
 */
import { clocksDrawing, splitBarDrawing, swatchDrawing } from '../budget/budget-drawings';
import type { SplitPartId } from '../budget/budget-pictures';
import { svgMarkup, type SvgDrawing } from '../pictures/svg';
import type { BudgetSplit, ClocksPicture } from '../budget/budget-pictures';
import type { ExportDocument } from './model';

/** How wide the clocks and the bar are in Word, in pixels: inside the easy-read page's text. */
export const WORD_DRAWING_PIXELS = 460;

/** How big a part's square is in Word's table of parts, in pixels. */
export const WORD_SWATCH_PIXELS = 28;

/** A row of clocks, as Word shows it. */
export function clocksWordDrawing(clocks: ClocksPicture): SvgDrawing {
  return clocksDrawing(clocks, WORD_DRAWING_PIXELS);
}

/** The bar of a split, as Word shows it. */
export function splitBarWordDrawing(split: BudgetSplit): SvgDrawing {
  return splitBarDrawing(split, WORD_DRAWING_PIXELS, 40);
}

/** A part's square, as Word's table of parts shows it. */
export function swatchWordDrawing(id: SplitPartId): SvgDrawing {
  return swatchDrawing(id, WORD_SWATCH_PIXELS);
}

/** A drawing's key in the map of images: its SVG file's text, so equal drawings share one. */
export function drawingKey(drawing: SvgDrawing): string {
  return svgMarkup(drawing);
}

/** Every drawing an easy-read Word document embeds, once each, in order. */
export function drawingsIn(model: ExportDocument): SvgDrawing[] {
  const blocks = [...model.intro, ...model.sections.flatMap((section) => section.blocks)];
  const drawings = blocks.flatMap((block) =>
    block.kind === 'budget-pictures'
      ? [
          ...block.clocks.map((row) => clocksWordDrawing(row.clocks)),
          ...(block.split === null
            ? []
            : [
                splitBarWordDrawing(block.split),
                ...block.split.parts.map((part) => swatchWordDrawing(part.id)),
              ]),
        ]
      : [],
  );
  const seen = new Set<string>();
  return drawings.filter((drawing) => {
    const key = drawingKey(drawing);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
