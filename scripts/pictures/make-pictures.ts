/*
 * Makes the site's pictures from the Mulberry Symbols set (CC BY-SA 4.0), as the pictures
 * registry (src/lib/pictures/registry.ts) says: one optimised SVG per idea in
 * src/assets/pictures/, and the team's contact sheet, docs/pictures.md.
 *
 *   npx vite-node scripts/pictures/make-pictures.ts -- <folder of Mulberry's EN/*.svg files>
 *
 * Run it after changing the registry, then look at docs/pictures.md before committing.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PICTURES,
  PICTURE_NAMES,
  type Picture,
  type PictureSource,
} from '../../src/lib/pictures/registry';
import { optimisePicture, PICTURE_FOLDER } from './optimise';

const mulberryFolder = process.argv.slice(2).find((argument) => argument !== '--');
if (!mulberryFolder) {
  console.error('Name the folder of Mulberry Symbols SVG files (the set’s EN folder).');
  process.exit(1);
}

/** A Mulberry symbol's drawing and its viewBox. */
function readSymbol(name: string): { inner: string; viewBox: string } {
  const source = optimisePicture(readFileSync(join(mulberryFolder!, `${name}.svg`), 'utf8'));
  const viewBox = /viewBox="([^"]+)"/.exec(source)?.[1];
  if (!viewBox) throw new Error(`The symbol ${name} has no viewBox.`);
  const inner = source.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return { inner, viewBox };
}

const SIZE = 850;
const BADGE = 430;

/** A symbol drawn at (x, y), scaled to `size` units across (every Mulberry viewBox starts at 0 0). */
function place(
  symbol: { inner: string; viewBox: string },
  x: number,
  y: number,
  size: number,
): string {
  const width = Number(symbol.viewBox.split(/\s+/)[2]);
  const scale = (size / width).toFixed(4);
  return `<g transform="translate(${x} ${y}) scale(${scale})">${symbol.inner}</g>`;
}

/** One picture as SVG: the symbol alone, or the symbol with a smaller one at the bottom right. */
function drawPicture(source: PictureSource): string {
  const main = readSymbol(source.symbol);
  if (!source.badge) {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${main.viewBox}">${main.inner}</svg>`;
  }
  const badge = readSymbol(source.badge);
  const at = SIZE - BADGE;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">`,
    place(main, 0, 0, SIZE - BADGE / 3),
    `<rect x="${at}" y="${at}" width="${BADGE - 6}" height="${BADGE - 6}" rx="60" fill="#fff" stroke="#505a5f" stroke-width="12"/>`,
    place(badge, at + 25, at + 25, BADGE - 56),
    `</svg>`,
  ].join('');
}

mkdirSync(PICTURE_FOLDER, { recursive: true });
for (const file of readdirSync(PICTURE_FOLDER)) {
  if (file.endsWith('.svg')) rmSync(join(PICTURE_FOLDER, file));
}
const rows: string[] = [];
for (const name of PICTURE_NAMES) {
  const picture: Picture = PICTURES[name];
  const svg = optimisePicture(drawPicture(picture.source));
  writeFileSync(join(PICTURE_FOLDER, `${name}.svg`), svg);
  const from = picture.source.badge
    ? `${picture.source.symbol} with ${picture.source.badge}`
    : picture.source.symbol;
  rows.push(
    `| ${picture.idea} | <img src="../src/assets/pictures/${name}.svg" width="96" height="96" alt=""> | ${picture.alt} | \`${name}\` | ${from} | ${svg.length.toLocaleString('en-GB')} |`,
  );
}

writeFileSync(
  join('docs', 'pictures.md'),
  [
    '# The pictures, idea by idea',
    '',
    'Made by `scripts/pictures/make-pictures.ts` from `src/lib/pictures/registry.ts`: do not edit',
    'by hand. Each picture is shown at 96 pixels, the size of an easy-read point on a wide screen.',
    'Look at every row before changing one, and ask: would a person who cannot read the words get',
    'the idea? A symbol’s file name is not its meaning.',
    '',
    'Pictures: Mulberry Symbols by Steve Lee, CC BY-SA 4.0 (`src/assets/pictures/LICENSE.txt`).',
    'Pictures made of 2 symbols are shared under the same licence.',
    '',
    '| idea | picture | what it shows (alt text) | name in code | Mulberry symbols | bytes |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n'),
);
console.log(`Wrote ${PICTURE_NAMES.length} pictures and docs/pictures.md.`);
