/*
 * Draws a document model as a Word document with the `docx` package, which the caller loads
 * with `await import('docx')` only when a person asks (STYLE.md "Import and export"). Real
 * Title and Heading 1 to 3 styles, lists, tables with a repeating heading row, Arial at 14pt
 * (16pt with short lines for easy read), the title and language en-GB in the file's properties.
 */
import type * as Docx from 'docx';
import { PICTURES, type PictureName } from '../pictures/registry';
import type {
  BudgetPicturesBlock,
  ClocksRow,
  DocumentBlock,
  DocumentStyle,
  ExportDocument,
  PictureRowBlock,
  TableBlock,
} from './model';
import type { SvgDrawing } from '../pictures/svg';
import type { BudgetSplit } from '../budget/budget-pictures';
import { clocksWordDrawing, drawingKey, splitBarWordDrawing, swatchWordDrawing } from './drawings';
import { keepFiguresTogether } from '../site/figures';
import { cleanDocumentText } from './text';

/** The `docx` package, as `await import('docx')` gives it. */
export type DocxModule = typeof Docx;

/** How to write the Word document. */
export interface WordDocumentOptions {
  /** 14pt, or easy read: 16pt, wider margins for short lines, more space. */
  readonly style: DocumentStyle;
  /** When it is made: its "created" and "modified" properties. */
  readonly now: Date;
  /**
   * The pictures of the easy-read rows (`picturesIn(model)`): each as its SVG and a PNG copy
   * for programs that cannot draw SVG. Needed for the easy-read style only.
   */
  readonly pictures?: ReadonlyMap<PictureName, PictureImage>;
  /**
   * The pictures drawn in code (`drawingsIn(model)`: clocks, a budget's bar), each as its SVG and
   * a PNG copy, by `drawingKey`. Needed for the easy-read style only.
   */
  readonly drawings?: ReadonlyMap<string, PictureImage>;
}

/** One picture as Word stores it: the SVG, and a PNG of it that older programs show instead. */
export interface PictureImage {
  readonly svg: Uint8Array;
  readonly png: Uint8Array;
}

/** Thrown when an easy-read document needs a picture it was not given. */
export class MissingPictureImageError extends Error {
  constructor(name: PictureName) {
    super(`The Word document needs the picture "${name}", and it was not loaded.`);
    this.name = 'MissingPictureImageError';
  }
}

/** Thrown when an easy-read document needs a drawing (clocks, a bar) it was not given. */
export class MissingDrawingImageError extends Error {
  constructor(alt: string) {
    super(`The Word document needs the drawing "${alt}", and it was not made.`);
    this.name = 'MissingDrawingImageError';
  }
}

/** How big a picture in a budget's table of parts is in Word, in pixels. */
const WORD_PART_PICTURE_PIXELS = 40;

/** How big an easy-read row's picture is in Word: 100 pixels at 96 to the inch, about 26mm. */
export const WORD_PICTURE_PIXELS = 100;

/** The Word document's language, in its styles and its properties. */
export const DOCUMENT_LANGUAGE = 'en-GB';

/** The font: a clear sans-serif font every computer has (LibreOffice shows Liberation Sans). */
export const DOCUMENT_FONT = 'Arial';

/** A4 in twentieths of a point. */
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;

interface Measures {
  /** Sizes in half-points, as Word stores them. */
  readonly body: number;
  readonly title: number;
  readonly heading1: number;
  readonly heading2: number;
  readonly heading3: number;
  /** Space after a paragraph, in twentieths of a point. */
  readonly after: number;
  /** Line height, in 240ths of a line. */
  readonly line: number;
  /** Left and right page margins, in twentieths of a point. */
  readonly sideMargin: number;
}

/** 14pt text and about 65 characters a line; easy read 16pt and about 50 characters a line. */
export const MEASURES: Readonly<Record<DocumentStyle, Measures>> = {
  standard: {
    body: 28,
    title: 48,
    heading1: 40,
    heading2: 32,
    heading3: 28,
    after: 200,
    line: 312,
    sideMargin: 1440,
  },
  'easy-read': {
    body: 32,
    title: 52,
    heading1: 44,
    heading2: 36,
    heading3: 32,
    after: 240,
    line: 360,
    sideMargin: 2268,
  },
};

/** A cell's margins left and right together, in twentieths of a point (100 each side). */
const CELL_MARGINS = 200;

/**
 * About how wide a figure like "£10,220" is in bold Arial at `halfPoints`, in twentieths of a
 * point: Arial's digits and "£" are 0.556 of the font size wide, a comma or a point 0.278; a
 * little more is allowed for each, so a figure never needs to break inside itself.
 */
export function figureTwips(figure: string, halfPoints: number): number {
  const em = halfPoints * 10;
  const ems = [...figure].reduce((sum, char) => sum + (/[,.]/.test(char) ? 0.3 : 0.6), 0);
  return Math.ceil(ems * em);
}

/**
 * The widths of a table's columns, in twentieths of a point, adding up to `textWidth`. Figures
 * need less room than words (a figure column's share is 2, a words column's 3), but a figure
 * column is never narrower than its longest figure (or total) needs, so no amount breaks
 * inside itself in a narrow easy-read table, as none does in print.
 */
export function tableColumnWidths(
  block: TableBlock,
  textWidth: number,
  halfPoints: number,
): number[] {
  const weights = block.columns.map((column) => (column.align === 'right' ? 2 : 3));
  const last = block.columns.length - 1;
  const least = block.columns.map((column, index) => {
    if (column.align !== 'right') return 0;
    const figures = [
      ...block.rows.map((row) => (row[index] ?? '').split('\n')[0] ?? ''),
      ...(index === last ? block.totals.map((total) => total.amount) : []),
    ].filter((text) => /^£?[\d,.]+$/.test(text));
    return Math.max(0, ...figures.map((figure) => figureTwips(figure, halfPoints) + CELL_MARGINS));
  });
  const share = (free: number, columns: readonly number[]): Map<number, number> => {
    const total = columns.reduce((sum, index) => sum + (weights[index] ?? 0), 0);
    return new Map(
      columns.map((index) => [index, Math.floor((free * (weights[index] ?? 0)) / total)]),
    );
  };
  const all = block.columns.map((_, index) => index);
  let widths = share(textWidth, all);
  // Widen each figure column that is too narrow, taking the room from the other columns.
  const fixed: number[] = [];
  for (;;) {
    const tooNarrow = all.filter(
      (index) => !fixed.includes(index) && (widths.get(index) ?? 0) < (least[index] ?? 0),
    );
    if (tooNarrow.length === 0) break;
    fixed.push(...tooNarrow);
    const rest = all.filter((index) => !fixed.includes(index));
    const fixedWidth = fixed.reduce((sum, index) => sum + (least[index] ?? 0), 0);
    // No room to give: keep the shares (the figures then break, but the table still fits).
    if (rest.length === 0 || fixedWidth >= textWidth) return all.map((i) => widths.get(i) ?? 0);
    widths = new Map([
      ...fixed.map((index): [number, number] => [index, least[index] ?? 0]),
      ...share(textWidth - fixedWidth, rest),
    ]);
  }
  return all.map((index) => widths.get(index) ?? 0);
}

const NUMBERED = 'numbered-list';
const BULLETS = 'bullet-list';

/** Escapes text for an XML element's content or an attribute value. */
function escapeXml(text: string): string {
  return cleanDocumentText(text).replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? '',
  );
}

/**
 * docProps/core.xml with the title, the language and the dates. The `docx` package writes no
 * language there, so this file takes the place of the one it writes.
 */
export function corePropertiesXml(model: ExportDocument, now: Date): string {
  const moment = now.toISOString();
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${escapeXml(model.title)}</dc:title>`,
    `<dc:subject>${escapeXml(model.subject)}</dc:subject>`,
    '<dc:creator>Open ISF</dc:creator>',
    `<dc:language>${DOCUMENT_LANGUAGE}</dc:language>`,
    '<cp:lastModifiedBy>Open ISF</cp:lastModifiedBy>',
    '<cp:revision>1</cp:revision>',
    `<dcterms:created xsi:type="dcterms:W3CDTF">${moment}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${moment}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** Builds the `docx` Document for a model. Pack it with `packWordDocument`. */
export function buildWordDocument(
  model: ExportDocument,
  docx: DocxModule,
  options: WordDocumentOptions,
): Docx.Document {
  const {
    AlignmentType,
    BorderStyle,
    Document,
    Footer,
    HeadingLevel,
    ImageRun,
    LevelFormat,
    LineRuleType,
    PageNumber,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = docx;
  const size = MEASURES[options.style];
  const textWidth = A4_WIDTH - 2 * size.sideMargin;
  let listCount = 0;

  // Bold is only ever switched on: a run that says "not bold" would undo a heading style's bold.
  // A figure never breaks from its unit across lines ("£20 an hour"), as in print.
  const run = (text: string, bold = false): Docx.TextRun => {
    const words = keepFiguresTogether(cleanDocumentText(text));
    return new TextRun(bold ? { text: words, bold } : { text: words });
  };

  /** One paragraph per line of `text`, so a cell or answer keeps the lines it was typed in. */
  const lines = (
    text: string,
    options: { bold?: boolean; align?: 'left' | 'right'; keepNext?: boolean } = {},
  ): Docx.Paragraph[] =>
    cleanDocumentText(text)
      .split('\n')
      .map(
        (line) =>
          new Paragraph({
            children: [run(line, options.bold)],
            alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            keepNext: options.keepNext ?? false,
          }),
      );

  const heading = (text: string, level: 1 | 2 | 3): Docx.Paragraph =>
    new Paragraph({
      heading:
        level === 1
          ? HeadingLevel.HEADING_1
          : level === 2
            ? HeadingLevel.HEADING_2
            : HeadingLevel.HEADING_3,
      children: [run(text)],
      keepNext: true,
      keepLines: true,
    });

  const cell = (
    text: string,
    width: number,
    align: 'left' | 'right',
    bold: boolean,
    columnSpan = 1,
  ): Docx.TableCell =>
    new TableCell({
      children: lines(text === '' ? ' ' : text, { bold, align }),
      width: { size: width, type: WidthType.DXA },
      columnSpan,
      margins: { top: 80, bottom: 80, left: 100, right: 100 },
    });

  const table = (block: TableBlock): (Docx.Paragraph | Docx.Table)[] => {
    const widths = tableColumnWidths(block, textWidth, size.body);
    const lastWidth = widths.at(-1) ?? textWidth;
    const rows: Docx.TableRow[] = [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((column, index) =>
          cell(column.label, widths[index] ?? 0, column.align, true),
        ),
      }),
      ...block.rows.map(
        (cells) =>
          new TableRow({
            cantSplit: true,
            children: block.columns.map((column, index) =>
              cell(cells[index] ?? '', widths[index] ?? 0, column.align, false),
            ),
          }),
      ),
      ...block.totals.map(
        (totalRow) =>
          new TableRow({
            cantSplit: true,
            children:
              block.columns.length === 1
                ? [cell(`${totalRow.label}: ${totalRow.amount}`, textWidth, 'left', true)]
                : [
                    cell(
                      totalRow.label,
                      textWidth - lastWidth,
                      'left',
                      true,
                      block.columns.length - 1,
                    ),
                    cell(totalRow.amount, lastWidth, 'right', true),
                  ],
          }),
      ),
    ];
    return [
      new Paragraph({ children: [run(block.caption, true)], keepNext: true }),
      new Table({
        rows,
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: widths,
      }),
      new Paragraph({ children: [] }),
    ];
  };

  /** Picture left, words right, in a table with no borders; or the words alone in standard style. */
  const pictureRow = (block: PictureRowBlock): (Docx.Paragraph | Docx.Table)[] => {
    const words = block.paragraphs.map(
      (text, index) =>
        new Paragraph({ children: [run(text, block.strongFirst === true && index === 0)] }),
    );
    if (options.style === 'standard') return words;
    const image = options.pictures?.get(block.picture);
    if (image === undefined) throw new MissingPictureImageError(block.picture);
    const pictureWidth = 1700;
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const borders = { top: none, bottom: none, left: none, right: none };
    return [
      new Table({
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: [pictureWidth, textWidth - pictureWidth],
        borders: { ...borders, insideHorizontal: none, insideVertical: none },
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({
                width: { size: pictureWidth, type: WidthType.DXA },
                borders,
                children: [
                  // Single line spacing, as a minimum: a line no taller than the text would cut
                  // the picture off in LibreOffice.
                  new Paragraph({
                    spacing: { line: 240, lineRule: LineRuleType.AT_LEAST, after: 0 },
                    children: [
                      new ImageRun({
                        type: 'svg',
                        data: image.svg,
                        fallback: { type: 'png', data: image.png },
                        transformation: {
                          width: WORD_PICTURE_PIXELS,
                          height: WORD_PICTURE_PIXELS,
                        },
                        altText: {
                          name: block.picture,
                          title: PICTURES[block.picture].alt,
                          description: PICTURES[block.picture].alt,
                        },
                      }),
                    ],
                  }),
                ],
              }),
              new TableCell({
                width: { size: textWidth - pictureWidth, type: WidthType.DXA },
                borders,
                children: words,
              }),
            ],
          }),
        ],
      }),
      // Word joins 2 tables with nothing between them into 1; each point keeps its own.
      new Paragraph({ children: [], spacing: { after: 0 } }),
    ];
  };

  /** A drawing as a picture in a line of its own: its SVG, with the PNG copy as a fallback. */
  const drawingRun = (drawing: SvgDrawing, alt: string): Docx.ImageRun => {
    const image = options.drawings?.get(drawingKey(drawing));
    if (image === undefined) throw new MissingDrawingImageError(alt);
    return new ImageRun({
      type: 'svg',
      data: image.svg,
      fallback: { type: 'png', data: image.png },
      transformation: { width: drawing.width, height: drawing.height },
      altText: { name: alt, title: alt, description: alt },
    });
  };

  const pictureRun = (name: PictureName, pixels: number): Docx.ImageRun => {
    const image = options.pictures?.get(name);
    if (image === undefined) throw new MissingPictureImageError(name);
    return new ImageRun({
      type: 'svg',
      data: image.svg,
      fallback: { type: 'png', data: image.png },
      transformation: { width: pixels, height: pixels },
      altText: { name, title: PICTURES[name].alt, description: PICTURES[name].alt },
    });
  };

  /** Hours as clocks, in easy read: the caption, then the clocks. */
  const clocks = (block: ClocksRow): Docx.Paragraph[] => {
    // The standard style is words alone, and the words above already say the hours.
    if (options.style === 'standard') return [];
    const caption =
      block.caption === null
        ? []
        : [new Paragraph({ children: [run(block.caption)], keepNext: true })];
    const alt = `${block.clocks.alt}: ${block.clocks.hoursShown}`;
    return [
      ...caption,
      new Paragraph({
        spacing: { line: 240, lineRule: LineRuleType.AT_LEAST },
        children: [drawingRun(clocksWordDrawing(block.clocks), alt)],
      }),
    ];
  };

  /**
   * How the budget is split: a table of the parts and the budget; in easy read, the bar first,
   * and each part's square and picture beside its name.
   */
  const split = (parts: BudgetSplit): (Docx.Paragraph | Docx.Table)[] => {
    const asTable: TableBlock = {
      kind: 'table',
      caption: parts.caption,
      columns: [
        { label: parts.partHeading, align: 'left' },
        { label: 'A year', align: 'right' },
      ],
      rows: parts.parts.map((part) => [part.label, part.shown]),
      totals: [{ label: parts.total.label, amount: parts.total.shown }],
    };
    if (options.style === 'standard') return table(asTable);
    const bar = new Paragraph({
      keepNext: true,
      spacing: { line: 240, lineRule: LineRuleType.AT_LEAST },
      children: [
        drawingRun(
          splitBarWordDrawing(parts),
          `A bar in ${parts.parts.length} parts, each as wide as its share of the budget`,
        ),
      ],
    });
    // The table's body rows, with each part's square and picture before its name.
    const amountWidth = Math.floor((textWidth * 2) / 5);
    const rows = parts.parts.map(
      (part) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: textWidth - amountWidth, type: WidthType.DXA },
              margins: { top: 80, bottom: 80, left: 100, right: 100 },
              children: [
                new Paragraph({
                  spacing: { line: 240, lineRule: LineRuleType.AT_LEAST },
                  children: [
                    drawingRun(swatchWordDrawing(part.id), `The look of ${part.label} in the bar`),
                    new TextRun({ text: ' ' }),
                    pictureRun(part.picture, WORD_PART_PICTURE_PIXELS),
                    new TextRun({ text: ' ' }),
                    run(part.label),
                  ],
                }),
              ],
            }),
            cell(part.shown, amountWidth, 'right', false),
          ],
        }),
    );
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: [
        cell(parts.partHeading, textWidth - amountWidth, 'left', true),
        cell('A year', amountWidth, 'right', true),
      ],
    });
    const total = new TableRow({
      cantSplit: true,
      children: [
        cell(parts.total.label, textWidth - amountWidth, 'left', true),
        cell(parts.total.shown, amountWidth, 'right', true),
      ],
    });
    return [
      new Paragraph({ children: [run(parts.caption, true)], keepNext: true }),
      bar,
      new Table({
        rows: [header, ...rows, total],
        width: { size: textWidth, type: WidthType.DXA },
        columnWidths: [textWidth - amountWidth, amountWidth],
      }),
      new Paragraph({ children: [] }),
    ];
  };

  const budgetPictures = (block: BudgetPicturesBlock): (Docx.Paragraph | Docx.Table)[] => [
    ...block.clocks.flatMap(clocks),
    ...(block.split === null ? [] : split(block.split)),
  ];

  const draw = (block: DocumentBlock): (Docx.Paragraph | Docx.Table)[] => {
    switch (block.kind) {
      case 'paragraph':
        return [
          new Paragraph({
            children: [run(block.text, block.style === 'strong')],
            ...(block.style === 'note'
              ? {
                  border: {
                    left: { style: BorderStyle.SINGLE, size: 24, color: '000000', space: 8 },
                  },
                  indent: { left: 200 },
                }
              : {}),
          }),
        ];
      case 'answer':
        return [
          heading(block.label, block.level),
          ...(block.paragraphs.length === 0
            ? [new Paragraph({ children: [run('Not written yet.')] })]
            : block.paragraphs.map((text) => new Paragraph({ children: [run(text)] }))),
        ];
      case 'subheading':
        return [heading(block.text, 2)];
      case 'list': {
        listCount += 1;
        const instance = listCount;
        return block.items.map(
          (item) =>
            new Paragraph({
              children: [run(item)],
              numbering: { reference: block.ordered ? NUMBERED : BULLETS, level: 0, instance },
            }),
        );
      }
      case 'table':
        return table(block);
      case 'picture-row':
        return pictureRow(block);
      case 'budget-pictures':
        return budgetPictures(block);
    }
  };

  // Room for a number of 2 figures ("12.") at 16pt, so its words never jump to the next tab.
  const listIndent = { paragraph: { indent: { left: 900, hanging: 620 } } };
  const children: (Docx.Paragraph | Docx.Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(model.title)] }),
    new Paragraph({ children: [run(model.dateText, true)] }),
    ...model.intro.flatMap(draw),
    ...model.sections.flatMap((section) => [
      heading(section.title, 1),
      ...section.blocks.flatMap(draw),
    ]),
  ];

  const headingStyle = (halfPoints: number, before: number) => ({
    run: { font: DOCUMENT_FONT, size: halfPoints, bold: true, color: '000000' },
    paragraph: { spacing: { before, after: size.after / 2, line: size.line } },
  });

  return new Document({
    title: cleanDocumentText(model.title),
    subject: cleanDocumentText(model.subject),
    creator: 'Open ISF',
    lastModifiedBy: 'Open ISF',
    description: `Made with Open ISF on ${model.dateText}.`,
    styles: {
      default: {
        document: {
          run: {
            font: DOCUMENT_FONT,
            size: size.body,
            color: '000000',
            language: { value: DOCUMENT_LANGUAGE },
          },
          paragraph: { spacing: { after: size.after, line: size.line } },
        },
        title: headingStyle(size.title, 0),
        heading1: headingStyle(size.heading1, size.after * 2),
        heading2: headingStyle(size.heading2, size.after),
        heading3: headingStyle(size.heading3, size.after),
      },
    },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: listIndent,
            },
          ],
        },
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.START,
              style: listIndent,
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH, height: A4_HEIGHT },
            margin: {
              top: 1440,
              bottom: 1440,
              left: size.sideMargin,
              right: size.sideMargin,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({
                    children: [
                      `${cleanDocumentText(model.title)}, ${model.dateText}. Page `,
                      PageNumber.CURRENT,
                      ' of ',
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/**
 * The Word document's bytes (a .docx file): the model drawn by `buildWordDocument`, with
 * docProps/core.xml from `corePropertiesXml`.
 */
export async function packWordDocument(
  model: ExportDocument,
  docx: DocxModule,
  options: WordDocumentOptions,
): Promise<Uint8Array> {
  const document = buildWordDocument(model, docx, options);
  return docx.Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(model, options.now) },
  ]);
}

/** The media type of a .docx file. */
export const DOCX_MEDIA_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
