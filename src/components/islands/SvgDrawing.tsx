/*
 * A picture drawn in code (lib/pictures/svg), drawn by React: the same data a Word document
 * embeds as an SVG file. Drawings beside words are hidden from screen readers: the words say it.
 */
import { createElement, type ReactNode } from 'react';
import type { SvgDrawing as Drawing, SvgNode } from '../../lib/pictures/svg';

function draw(node: SvgNode | string, key: number): ReactNode {
  if (typeof node === 'string') return node;
  return createElement(node.tag, { ...node.attributes, key }, ...(node.children ?? []).map(draw));
}

export function SvgDrawing({ drawing, className }: { drawing: Drawing; className?: string }) {
  const { root } = drawing;
  return createElement(
    'svg',
    { ...root.attributes, className, 'aria-hidden': true, focusable: false },
    ...(root.children ?? []).map(draw),
  );
}
