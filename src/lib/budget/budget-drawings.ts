/**
 * The budget's pictures drawn as SVG (issue 21), from the models in budget-pictures.ts: a clock
 * for each hour, filled as far round as the hour goes (a half hour is half a clock), and one bar
 * split into the budget's parts. Clocks in the colours of the registry's clock symbol (Mulberry
 * Symbols); the bar in the site's colours (tokens.css), each part with its own pattern as well,
 * so no part is told from another by colour alone. No ids, so a page can draw many.
 */
import { quantityFromString, compareQuantity, quantityFromInteger } from '../money';
import type { SvgDrawing, SvgNode } from '../pictures/svg';
import { svgNumber } from '../pictures/svg';
import type { BudgetSplit, ClocksPicture, SplitPartId } from './budget-pictures';

/** The ink of lines and words (tokens.css --colour-text). */
const INK = '#1b1b1f';
/** How far round the hour has gone: the light blue of the clock symbol's face. */
const HOUR_FILL = '#a8d7f4';
/** The clock's face where the hour has not gone yet. */
const FACE = '#ffffff';
/** A font every computer and LibreOffice has, for drawings embedded in Word. */
const FONT = "Arial, 'Liberation Sans', sans-serif";

/** One clock is drawn in a square of this many units. */
export const CLOCK_UNITS = 40;
const CENTRE = CLOCK_UNITS / 2;
const RADIUS = 17;

function point(angle: number, radius: number): [number, number] {
  return [CENTRE + radius * Math.sin(angle), CENTRE - radius * Math.cos(angle)];
}

/**
 * One clock at (x, y), filled from 12 o'clock round as far as `fill` hours go ("1" is all the
 * way round, "0.5" half way). Its 2 hands mark where the filled part starts and ends.
 */
export function clockNode(fill: string, x = 0, y = 0): SvgNode {
  const amount = Math.min(1, Math.max(0, Number(fill)));
  const whole = compareQuantity(quantityFromString(fill), quantityFromInteger(1)) >= 0;
  const angle = amount * 2 * Math.PI;
  const [endX, endY] = point(angle, RADIUS);
  const filled: SvgNode = whole
    ? { tag: 'circle', attributes: { cx: CENTRE, cy: CENTRE, r: RADIUS, fill: HOUR_FILL } }
    : {
        tag: 'path',
        attributes: {
          d: `M${CENTRE} ${CENTRE}L${CENTRE} ${CENTRE - RADIUS}A${RADIUS} ${RADIUS} 0 ${amount > 0.5 ? 1 : 0} 1 ${svgNumber(endX)} ${svgNumber(endY)}Z`,
          fill: HOUR_FILL,
        },
      };
  const ticks: SvgNode[] = Array.from({ length: 12 }, (_, hour) => {
    const [x1, y1] = point((hour * Math.PI) / 6, RADIUS - 4);
    const [x2, y2] = point((hour * Math.PI) / 6, RADIUS - 1);
    return {
      tag: 'line',
      attributes: {
        x1: svgNumber(x1),
        y1: svgNumber(y1),
        x2: svgNumber(x2),
        y2: svgNumber(y2),
        stroke: INK,
        strokeWidth: 1.5,
      },
    };
  });
  const [handX, handY] = point(angle, RADIUS - 3);
  const hands: SvgNode[] = [
    {
      tag: 'line',
      attributes: {
        x1: CENTRE,
        y1: CENTRE,
        x2: CENTRE,
        y2: CENTRE - RADIUS + 3,
        stroke: INK,
        strokeWidth: 2.5,
        strokeLinecap: 'round',
      },
    },
    ...(whole
      ? []
      : [
          {
            tag: 'line',
            attributes: {
              x1: CENTRE,
              y1: CENTRE,
              x2: svgNumber(handX),
              y2: svgNumber(handY),
              stroke: INK,
              strokeWidth: 2.5,
              strokeLinecap: 'round',
            },
          } satisfies SvgNode,
        ]),
  ];
  return {
    tag: 'g',
    attributes:
      x === 0 && y === 0 ? {} : { transform: `translate(${svgNumber(x)} ${svgNumber(y)})` },
    children: [
      { tag: 'circle', attributes: { cx: CENTRE, cy: CENTRE, r: RADIUS, fill: FACE } },
      filled,
      ...ticks,
      ...hands,
      { tag: 'circle', attributes: { cx: CENTRE, cy: CENTRE, r: 2.5, fill: INK } },
      {
        tag: 'circle',
        attributes: {
          cx: CENTRE,
          cy: CENTRE,
          r: RADIUS,
          fill: 'none',
          stroke: INK,
          strokeWidth: 3,
        },
      },
    ],
  };
}

/** One clock on its own, `size` pixels wide and high. */
export function clockDrawing(fill: string, size: number): SvgDrawing {
  return {
    width: size,
    height: size,
    root: {
      tag: 'svg',
      attributes: { viewBox: `0 0 ${CLOCK_UNITS} ${CLOCK_UNITS}`, width: size, height: size },
      children: [clockNode(fill)],
    },
  };
}

const GAP = 4;
const GROUP_GAP = 20;
const WORDS_SIZE = 16;
const WORDS_LINE = 26;

function words(text: string, x: number, y: number, anchor: 'start' | 'middle'): SvgNode {
  return {
    tag: 'text',
    attributes: {
      x: svgNumber(x),
      y: svgNumber(y),
      fontFamily: FONT,
      fontSize: WORDS_SIZE,
      fontWeight: 'bold',
      fill: INK,
      textAnchor: anchor,
    },
    children: [text],
  };
}

/**
 * All the clocks in one picture `width` units wide, for a Word document: rows of clocks (groups
 * of 5 with the count under each when grouped), then the hours written ("12 hours").
 */
export function clocksDrawing(picture: ClocksPicture, width = 480): SvgDrawing {
  const step = CLOCK_UNITS + GAP;
  const children: SvgNode[] = [];
  let height: number;
  if (picture.grouped) {
    const groupWidth = 5 * CLOCK_UNITS + 4 * GAP;
    const perRow = Math.max(1, Math.floor((width + GROUP_GAP) / (groupWidth + GROUP_GAP)));
    const rowHeight = CLOCK_UNITS + WORDS_LINE + 10;
    picture.groups.forEach((group, index) => {
      const x = (index % perRow) * (groupWidth + GROUP_GAP);
      const y = Math.floor(index / perRow) * rowHeight;
      group.clocks.forEach((fill, at) => children.push(clockNode(fill, x + at * step, y)));
      const drawnWidth = group.clocks.length * step - GAP;
      children.push(
        words(group.countSoFar, x + drawnWidth / 2, y + CLOCK_UNITS + WORDS_SIZE + 4, 'middle'),
      );
    });
    height = Math.ceil(picture.groups.length / perRow) * rowHeight;
    children.push(words(picture.hoursShown, 0, height + WORDS_SIZE, 'start'));
    height += WORDS_LINE;
  } else {
    const clocks = picture.groups.flatMap((group) => group.clocks);
    const perRow = Math.max(1, Math.floor((width + GAP) / step));
    clocks.forEach((fill, index) =>
      children.push(clockNode(fill, (index % perRow) * step, Math.floor(index / perRow) * step)),
    );
    height = Math.ceil(clocks.length / perRow) * step;
    children.push(words(picture.hoursShown, 0, height + WORDS_SIZE, 'start'));
    height += WORDS_LINE;
  }
  return {
    width,
    height,
    root: {
      tag: 'svg',
      attributes: { viewBox: `0 0 ${width} ${height}`, width, height },
      children,
    },
  };
}

/** How a part of the budget looks: its colour from tokens.css, and its pattern. */
export interface PartLook {
  readonly fill: string;
  /** Lines, dots or a grid in `ink` over the fill; or the fill alone with an outline. */
  readonly pattern: 'solid' | 'stripes' | 'dots' | 'grid' | 'outline';
  readonly ink: string;
}

/** The look of each part: no 2 parts shown together look alike, even without colour. */
export const PART_LOOKS: Readonly<Record<SplitPartId, PartLook>> = {
  support: { fill: '#0b4f4a', pattern: 'solid', ink: '#0b4f4a' },
  spending: { fill: '#1a4a86', pattern: 'solid', ink: '#1a4a86' },
  'provider-fee': { fill: '#6b4a00', pattern: 'stripes', ink: '#ffffff' },
  travel: { fill: '#5a2c82', pattern: 'dots', ink: '#ffffff' },
  'left-for-costs': { fill: '#5a2c82', pattern: 'dots', ink: '#ffffff' },
  'other-costs': { fill: '#3d3d45', pattern: 'grid', ink: '#ffffff' },
  left: { fill: '#e4f3e8', pattern: 'outline', ink: '#0f5b2a' },
};

const PATTERN_STEP = 8;

/** A part's block from x to x + width, with its pattern drawn as shapes (no ids needed). */
function partBlock(look: PartLook, x: number, width: number, height: number): SvgNode[] {
  const nodes: SvgNode[] = [
    {
      tag: 'rect',
      attributes: {
        x: svgNumber(x),
        y: 0,
        width: svgNumber(width),
        height,
        fill: look.fill,
        ...(look.pattern === 'outline' ? { stroke: look.ink, strokeWidth: 3 } : {}),
      },
    },
  ];
  const line = (x1: number, y1: number, x2: number, y2: number): SvgNode => ({
    tag: 'line',
    attributes: {
      x1: svgNumber(x1),
      y1: svgNumber(y1),
      x2: svgNumber(x2),
      y2: svgNumber(y2),
      stroke: look.ink,
      strokeWidth: 2,
    },
  });
  if (look.pattern === 'stripes' || look.pattern === 'grid') {
    for (let at = x + PATTERN_STEP / 2; at < x + width - 1; at += PATTERN_STEP) {
      nodes.push(line(at, 0, at, height));
    }
  }
  if (look.pattern === 'grid') {
    for (let at = PATTERN_STEP / 2; at < height; at += PATTERN_STEP) {
      nodes.push(line(x, at, x + width, at));
    }
  }
  if (look.pattern === 'dots') {
    for (let across = x + PATTERN_STEP / 2; across < x + width - 2; across += PATTERN_STEP) {
      for (let down = PATTERN_STEP / 2; down < height - 2; down += PATTERN_STEP) {
        nodes.push({
          tag: 'circle',
          attributes: { cx: svgNumber(across), cy: svgNumber(down), r: 1.8, fill: look.ink },
        });
      }
    }
  }
  return nodes;
}

/**
 * The budget as one bar `width` units wide: each part as wide as its share of the budget, from
 * the left in the split's order, with a white line between parts. A part of £0 takes no room.
 */
export function splitBarDrawing(split: BudgetSplit, width = 480, height = 48): SvgDrawing {
  const children: SvgNode[] = [];
  let x = 0;
  split.parts.forEach((part, index) => {
    const partWidth = index === split.parts.length - 1 ? width - x : Number(part.share) * width;
    if (partWidth > 0) children.push(...partBlock(PART_LOOKS[part.id], x, partWidth, height));
    x += partWidth;
    if (index > 0 && partWidth > 0) {
      const start = x - partWidth;
      children.push({
        tag: 'line',
        attributes: {
          x1: svgNumber(start),
          y1: 0,
          x2: svgNumber(start),
          y2: height,
          stroke: '#ffffff',
          strokeWidth: 3,
        },
      });
    }
  });
  children.push({
    tag: 'rect',
    attributes: {
      x: 0.5,
      y: 0.5,
      width: width - 1,
      height: height - 1,
      fill: 'none',
      stroke: INK,
      strokeWidth: 1,
    },
  });
  return {
    width,
    height,
    root: {
      tag: 'svg',
      attributes: { viewBox: `0 0 ${width} ${height}`, width, height, preserveAspectRatio: 'none' },
      children,
    },
  };
}

/** A small square in a part's look, for the table beside the bar. */
export function swatchDrawing(id: SplitPartId, size = 32): SvgDrawing {
  return {
    width: size,
    height: size,
    root: {
      tag: 'svg',
      attributes: { viewBox: `0 0 ${size} ${size}`, width: size, height: size },
      children: [
        ...partBlock(PART_LOOKS[id], 0, size, size),
        {
          tag: 'rect',
          attributes: {
            x: 0.5,
            y: 0.5,
            width: size - 1,
            height: size - 1,
            fill: 'none',
            stroke: INK,
            strokeWidth: 1,
          },
        },
      ],
    },
  };
}
