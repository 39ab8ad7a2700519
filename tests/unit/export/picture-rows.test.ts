/*
 * Easy-read points in the Word document: the idea's picture on the left of its words (an SVG
 * with a PNG copy, and the registry's alt text), and the words alone in the standard style.
 */
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import {
  MissingPictureImageError,
  packWordDocument,
  type PictureImage,
} from '../../../src/lib/export/docx';
import { picturesIn, type ExportDocument } from '../../../src/lib/export/model';
import { PICTURES, type PictureName } from '../../../src/lib/pictures/registry';
import { unzip } from './support/unzip';
import { findAll, parseXml, wordText } from './support/xml';

const NOW = new Date('2026-11-24T10:42:00.000Z');
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
);
// A 1 by 1 pixel PNG.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);

const model: ExportDocument = {
  title: "Sam's budget summary",
  subject: 'Budget summary',
  personName: 'Sam',
  dateText: '24 November 2026',
  isoDate: '2026-11-24',
  intro: [
    {
      kind: 'picture-row',
      picture: 'budget',
      paragraphs: ['Your budget is £12,480 a year.', 'That is £240 a week.'],
      strongFirst: true,
    },
  ],
  sections: [
    {
      id: 'fee',
      title: 'Your provider',
      blocks: [
        { kind: 'picture-row', picture: 'provider-fee', paragraphs: ['The fee is £1,248 a year.'] },
        { kind: 'picture-row', picture: 'budget', paragraphs: ['The rest pays for support.'] },
      ],
    },
  ],
};

function images(names: readonly PictureName[]): Map<PictureName, PictureImage> {
  return new Map(names.map((name) => [name, { svg: SVG, png: PNG }]));
}

async function documentXml(style: 'standard' | 'easy-read') {
  const bytes = await packWordDocument(model, docx, {
    style,
    now: NOW,
    pictures: images(picturesIn(model)),
  });
  const files = unzip(bytes);
  const body = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
  return { files, body };
}

describe('easy-read points in Word', () => {
  it('lists each picture a document draws once, in order', () => {
    expect(picturesIn(model)).toEqual(['budget', 'provider-fee']);
  });

  it('draws each point as a picture left and its words right, with the alt text', async () => {
    const { files, body } = await documentXml('easy-read');
    const rows = findAll(body, 'w:tr');
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const cells = findAll(row, 'w:tc');
      expect(cells).toHaveLength(2);
      expect(findAll(cells[0]!, 'w:drawing')).toHaveLength(1);
      expect(findAll(cells[1]!, 'w:drawing')).toHaveLength(0);
    }
    expect(wordText(findAll(rows[0]!, 'w:tc')[1]!)).toContain('Your budget is £12,480 a year.');
    const alts = findAll(body, 'wp:docPr').map((element) => element.attributes['descr']);
    expect(alts).toEqual([PICTURES.budget.alt, PICTURES['provider-fee'].alt, PICTURES.budget.alt]);
    const media = [...files.keys()].filter((path) => path.startsWith('word/media/'));
    expect(media.some((path) => path.endsWith('.svg'))).toBe(true);
    expect(media.some((path) => path.endsWith('.png'))).toBe(true);
  });

  it('puts the key figure of a point in bold', async () => {
    const { body } = await documentXml('easy-read');
    const boldRuns = findAll(body, 'w:r').filter((run) => findAll(run, 'w:b').length > 0);
    expect(boldRuns.map(wordText)).toContain('Your budget is £12,480 a year.');
  });

  it('draws the words alone, with no pictures, in the standard style', async () => {
    const { files, body } = await documentXml('standard');
    expect(findAll(body, 'w:drawing')).toHaveLength(0);
    expect([...files.keys()].some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(findAll(body, 'w:p').map(wordText)).toContain('The fee is £1,248 a year.');
  });

  it('refuses to make an easy-read document without its pictures', async () => {
    await expect(
      packWordDocument(model, docx, { style: 'easy-read', now: NOW, pictures: new Map() }),
    ).rejects.toBeInstanceOf(MissingPictureImageError);
  });
});
