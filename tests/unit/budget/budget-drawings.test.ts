import { describe, expect, it } from 'vitest';
import {
  clockDrawing,
  clockNode,
  clocksDrawing,
  splitBarDrawing,
  swatchDrawing,
} from '../../../src/lib/budget/budget-drawings';
import { budgetSplit, clocksPicture } from '../../../src/lib/budget/budget-pictures';
import { calculateBudget } from '../../../src/lib/budget/calculate';
import { sarahStory } from '../../../src/lib/budget/stories';
import { svgMarkup, type SvgNode } from '../../../src/lib/pictures/svg';

function all(node: SvgNode | string, tag: SvgNode['tag']): SvgNode[] {
  if (typeof node === 'string') return [];
  return [
    ...(node.tag === tag ? [node] : []),
    ...(node.children ?? []).flatMap((c) => all(c, tag)),
  ];
}

const textOf = (node: SvgNode): string[] =>
  all(node, 'text').map((text) => (text.children ?? []).join(''));

describe('a clock', () => {
  it('fills a whole hour all the way round, with one hand at 12', () => {
    const clock = clockNode('1');
    expect(all(clock, 'path')).toEqual([]);
    expect(
      all(clock, 'line').filter((line) => line.attributes['strokeWidth'] === 2.5),
    ).toHaveLength(1);
  });

  it('fills half an hour from 12 round to 6, between 2 hands', () => {
    const [wedge] = all(clockNode('0.5'), 'path');
    // From the centre up to 12 o'clock, round to 6 o'clock (straight below the centre).
    expect(wedge?.attributes['d']).toBe('M20 20L20 3A17 17 0 0 1 20 37Z');
    const quarter = all(clockNode('0.25'), 'path')[0]?.attributes['d'];
    expect(quarter).toBe('M20 20L20 3A17 17 0 0 1 37 20Z');
    const most = all(clockNode('0.75'), 'path')[0]?.attributes['d'];
    expect(most).toBe('M20 20L20 3A17 17 0 1 1 3 20Z');
    expect(
      all(clockNode('0.5'), 'line').filter((l) => l.attributes['strokeWidth'] === 2.5),
    ).toHaveLength(2);
  });

  it('is a square picture of the size asked for', () => {
    expect(svgMarkup(clockDrawing('1', 32))).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="32" height="32" viewBox="0 0 40 40"/,
    );
  });
});

describe('the clocks for Word', () => {
  it('draws every clock and writes the hours', () => {
    const picture = clocksPicture('7.5');
    if (picture === null) throw new Error('7.5 hours has clocks');
    const drawing = clocksDrawing(picture);
    expect(all(drawing.root, 'g')).toHaveLength(8);
    expect(all(drawing.root, 'path')).toHaveLength(1);
    expect(textOf(drawing.root)).toEqual(['7.5 hours']);
  });

  it('writes the count under each group of 5, then the hours', () => {
    const picture = clocksPicture('40');
    if (picture === null) throw new Error('40 hours has clocks');
    const drawing = clocksDrawing(picture, 480);
    expect(all(drawing.root, 'g')).toHaveLength(40);
    expect(textOf(drawing.root)).toEqual([
      '5',
      '10',
      '15',
      '20',
      '25',
      '30',
      '35',
      '40',
      '40 hours',
    ]);
    expect(drawing.height).toBeGreaterThan(4 * 40);
  });
});

describe('the bar of the split', () => {
  it('gives each part its share of the width, with nothing left over', () => {
    const split = budgetSplit(calculateBudget(sarahStory.input));
    if (split === null) throw new Error("Sarah's budget has a split");
    const drawing = splitBarDrawing(split, 480, 48);
    const blocks = all(drawing.root, 'rect').filter((rect) => rect.attributes['y'] === 0);
    const widths = blocks.map((rect) => Number(rect.attributes['width']));
    expect(widths[0]).toBeCloseTo((9500 / 12480) * 480, 1);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeCloseTo(480, 1);
  });

  it('writes SVG that a Word document can embed', () => {
    const markup = svgMarkup(swatchDrawing('provider-fee', 32));
    expect(markup).toContain('stroke-width="2"');
    expect(markup).not.toContain('strokeWidth');
    expect(markup).not.toContain(' id=');
  });
});
