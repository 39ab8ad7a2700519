/*
 * The document model: a plan or a budget summary as plain data (headings, answers, lists,
 * tables), made once in lib/export and drawn twice: as a Word document (docx.ts) and as the
 * printed easy-read plan. STYLE.md "Import and export": build from plain data, real headings.
 */
import type { BudgetPictures, BudgetSplit, ClocksPicture } from '../budget/budget-pictures';
import type { PictureName } from '../pictures/registry';

/** A paragraph of text. `note` marks a reminder (shown with a bar beside it). */
export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly style?: 'strong' | 'note';
}

/** A question from the plan and the person's answer, split into paragraphs. */
export interface AnswerBlock {
  readonly kind: 'answer';
  /** The question, like "What matters to me". A heading in Word, at `level`. */
  readonly label: string;
  /** 2 under a section's heading; 3 under a subheading, like a goal's questions. */
  readonly level: 2 | 3;
  /** The answer's paragraphs; empty when nothing is written yet. */
  readonly paragraphs: readonly string[];
}

/** A heading inside a section, like "Goal 1". A Heading 2 in Word. */
export interface SubheadingBlock {
  readonly kind: 'subheading';
  readonly text: string;
}

/** A list: bullets, or numbered steps. */
export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly string[];
}

/** One column of a table: its heading, and whether its figures line up on the right. */
export interface TableColumn {
  readonly label: string;
  readonly align: 'left' | 'right';
}

/** A total row: its words and its amount. */
export interface TableTotal {
  readonly label: string;
  readonly amount: string;
}

/** A table with a caption, a heading row, body rows and total rows. */
export interface TableBlock {
  readonly kind: 'table';
  /** What the table shows, like "What I will spend my budget on". */
  readonly caption: string;
  readonly columns: readonly TableColumn[];
  /** Body rows, one string a cell; "\n" in a cell starts a new paragraph in it. */
  readonly rows: readonly (readonly string[])[];
  /** Totals and what is left, in bold after the rows: a label across the first columns, then the amount. */
  readonly totals: readonly TableTotal[];
}

/**
 * One easy-read point: the idea's picture on the left and its words on the right, the way
 * easy-read documents are made. The standard style draws the words alone.
 */
export interface PictureRowBlock {
  readonly kind: 'picture-row';
  /** The idea, named in the pictures registry (src/lib/pictures). */
  readonly picture: PictureName;
  /** The point's paragraphs: 1 to 3 short sentences. */
  readonly paragraphs: readonly string[];
  /** True when the first paragraph is the point's key figure or fact, shown in bold. */
  readonly strongFirst?: boolean;
}

/** A row of clocks for hours a week, with the sentence for its figure. */
export interface ClocksRow {
  /** The sentence for the figure, or null when the words just above already say it. */
  readonly caption: string | null;
  readonly clocks: ClocksPicture;
}

/**
 * The budget as pictures (issue 21), under the words that say its figures: rows of clocks for
 * hours a week, and how the budget is split (one bar, and a table of the parts with pictures).
 */
export interface BudgetPicturesBlock {
  readonly kind: 'budget-pictures';
  readonly clocks: readonly ClocksRow[];
  readonly split: BudgetSplit | null;
}

/** Anything a section holds. */
export type DocumentBlock =
  | ParagraphBlock
  | AnswerBlock
  | SubheadingBlock
  | ListBlock
  | TableBlock
  | PictureRowBlock
  | BudgetPicturesBlock;

/** One part of the document with its own Heading 1 (one page or less in print). */
export interface DocumentSection {
  /** A stable key, like "goals". */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly DocumentBlock[];
}

/** A whole document, ready to draw. Every string in it is already cleaned for XML. */
export interface ExportDocument {
  /** The document's title, like "Sam's plan". Word's Title style and its title property. */
  readonly title: string;
  /** What kind of document it is, like "Support plan": Word's subject property. */
  readonly subject: string;
  /** The person's name, for the top of each printed page ("" when none is given). */
  readonly personName: string;
  /** The date it was made, like "24 November 2026". */
  readonly dateText: string;
  /** The date it was made, like "2026-11-24". */
  readonly isoDate: string;
  /** Paragraphs under the title, before the first section. */
  readonly intro: readonly DocumentBlock[];
  readonly sections: readonly DocumentSection[];
}

/** How a Word document is laid out: 14pt, or easy read at 16pt with short lines. */
export type DocumentStyle = 'standard' | 'easy-read';

/** Every picture a document draws, once each, in the order they first appear. */
export function picturesIn(model: ExportDocument): PictureName[] {
  const blocks = [...model.intro, ...model.sections.flatMap((section) => section.blocks)];
  const names = blocks.flatMap((block) =>
    block.kind === 'picture-row'
      ? [block.picture]
      : block.kind === 'budget-pictures'
        ? (block.split?.parts.map((part) => part.picture) ?? [])
        : [],
  );
  return [...new Set(names)];
}

/**
 * The budget as pictures as a block (issue 21), under the points whose words say its figures
 * (`wordsAbove`): each row of clocks, then the split. A row whose sentence the words above already
 * say needs no sentence again: only its name when there are 2 rows ("My assessment"), and
 * nothing when it is the only one. Nothing at all when there is nothing to draw, so a document
 * never shows empty pictures.
 */
export function budgetPicturesBlocks(
  pictures: BudgetPictures,
  wordsAbove: readonly string[],
): BudgetPicturesBlock[] {
  if (pictures.clocks.length === 0 && pictures.split === null) return [];
  const named = pictures.clocks.length > 1;
  return [
    {
      kind: 'budget-pictures',
      clocks: pictures.clocks.map((row) => ({
        caption: !wordsAbove.includes(row.sentence) ? row.sentence : named ? row.label : null,
        clocks: row.clocks,
      })),
      split: pictures.split,
    },
  ];
}

/** A table's columns: first the columns of words (on the left), then those of amounts (on the right). */
export function tableColumns(words: readonly string[], amounts: readonly string[]): TableColumn[] {
  return [
    ...words.map((label): TableColumn => ({ label, align: 'left' })),
    ...amounts.map((label): TableColumn => ({ label, align: 'right' })),
  ];
}
