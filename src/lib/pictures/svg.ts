/**
 * Pictures drawn in code, as plain data: an SVG element, its attributes and its children. The
 * screen draws the data with React (SvgDrawing.tsx); a Word document embeds it as an SVG file
 * (`svgMarkup`). One drawing, two places, so they can never differ. Attribute names are React's
 * (`strokeWidth`); `svgMarkup` writes them as SVG spells them (`stroke-width`).
 */

/** One SVG element. */
export interface SvgNode {
  readonly tag: 'svg' | 'g' | 'circle' | 'line' | 'path' | 'rect' | 'text' | 'title';
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly children?: readonly (SvgNode | string)[];
}

/** A drawing with its size in pixels, ready to show or to embed. */
export interface SvgDrawing {
  readonly width: number;
  readonly height: number;
  readonly root: SvgNode;
}

/** Attribute names SVG spells in camel case; every other camel-case name is written with dashes. */
const CAMEL_IN_SVG = new Set(['viewBox', 'preserveAspectRatio']);

function attributeName(name: string): string {
  if (CAMEL_IN_SVG.has(name)) return name;
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? '',
  );
}

/**
 * A position or size in the drawing, in pixels, as SVG writes it: at most 2 decimal places, no
 * trailing zeros. Only geometry passes through here, never money: every amount a drawing shows
 * is text from lib/money, and a part's width comes from its share of the budget.
 */
export function svgNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function nodeMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${attributeName(name)}="${escapeXml(String(value))}"`)
    .join('');
  const children = (node.children ?? []).map(nodeMarkup).join('');
  return children === ''
    ? `<${node.tag}${attributes}/>`
    : `<${node.tag}${attributes}>${children}</${node.tag}>`;
}

/** The drawing as an SVG file's text, with its namespace and its size in pixels. */
export function svgMarkup(drawing: SvgDrawing): string {
  const root: SvgNode = {
    ...drawing.root,
    attributes: {
      xmlns: 'http://www.w3.org/2000/svg',
      width: drawing.width,
      height: drawing.height,
      ...drawing.root.attributes,
    },
  };
  return nodeMarkup(root);
}
