/*
 * The pictures an easy-read Word document draws, loaded only when a person asks for one:
 * each registry picture's SVG, and a PNG of it drawn by the browser, which Word shows in
 * versions that cannot draw SVG (and LibreOffice shows always).
 */
import type { PictureImage } from '../../../lib/export/docx';
import { drawingKey, drawingsIn } from '../../../lib/export/drawings';
import { picturesIn, type ExportDocument } from '../../../lib/export/model';
import type { PictureName } from '../../../lib/pictures/registry';
import { svgMarkup, type SvgDrawing } from '../../../lib/pictures/svg';
import { pictureUrl } from '../../picture-urls';

/** The PNG's width and height in pixels: twice the size Word shows it, so print stays sharp. */
const PNG_PIXELS = 240;

async function drawPng(
  svg: Uint8Array,
  width = PNG_PIXELS,
  height = PNG_PIXELS,
): Promise<Uint8Array> {
  // A data: address, because the site's Content-Security-Policy allows no blob: pictures.
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new TextDecoder().decode(svg))}`;
  const image = new Image(width, height);
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('This browser cannot draw pictures.');
  // White behind the drawing, as on paper.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  const png = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) reject(new Error('This browser could not make a PNG.'));
      else resolve(blob);
    }, 'image/png');
  });
  return new Uint8Array(await png.arrayBuffer());
}

async function loadPicture(name: PictureName): Promise<PictureImage> {
  const response = await fetch(pictureUrl(name));
  if (!response.ok) throw new Error(`The picture "${name}" did not load.`);
  const svg = new Uint8Array(await response.arrayBuffer());
  return { svg, png: await drawPng(svg) };
}

/** Loads every picture named, at once. Rejects when one cannot be loaded (offline, say). */
export async function loadPictureImages(
  names: readonly PictureName[],
): Promise<Map<PictureName, PictureImage>> {
  const images = await Promise.all(names.map(loadPicture));
  return new Map(names.map((name, index) => [name, images[index] as PictureImage]));
}

/**
 * Each picture drawn in code (clocks, a budget's bar) as its SVG and a PNG drawn from it at twice
 * its size, by `drawingKey`. Rejects when the browser cannot draw one.
 */
export async function loadDrawingImages(
  drawings: readonly SvgDrawing[],
): Promise<Map<string, PictureImage>> {
  const images = await Promise.all(
    drawings.map(async (drawing) => {
      const svg = new TextEncoder().encode(svgMarkup(drawing));
      return { svg, png: await drawPng(svg, drawing.width * 2, drawing.height * 2) };
    }),
  );
  return new Map(
    drawings.map((drawing, index) => [drawingKey(drawing), images[index] as PictureImage]),
  );
}

/**
 * The pictures an easy-read document shows, by name, and its drawings (clocks, a budget's bar),
 * by `drawingKey`, each as SVG and PNG. Rejects when one cannot be loaded or drawn.
 */
export function loadDocumentImages(
  model: ExportDocument,
): Promise<[Map<PictureName, PictureImage>, Map<string, PictureImage>]> {
  return Promise.all([loadPictureImages(picturesIn(model)), loadDrawingImages(drawingsIn(model))]);
}
