/*
 * The shape of an easy-read guide, checked by zod when the site is built, so a guide
 * that breaks the easy-read shape (EASY_READ.md) stops the build with a message naming
 * the guide and the sentence. The deeper checks (hard words, readability) are in rules.ts.
 */
import { z } from 'zod';
import { PICTURE_NAMES, PICTURES, type PictureName } from '../pictures/registry';
import { splitWords } from '../readability';
import { plainText, parseSentence, splitCountry } from './markup';
import { LIMITS } from './rules';

const sentenceSchema = z
  .string()
  .min(2)
  .superRefine((sentence, context) => {
    const words = splitWords(
      plainText(parseSentence(splitCountry(sentence).text), {
        placeholders: true,
        region: (key) => key,
        figure: (key) => key,
      }),
    ).length;
    if (words > LIMITS.easyRead.longest) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: `"${sentence}" has ${words} words: easy read allows ${LIMITS.easyRead.longest}`,
      });
    }
    if (/\bISFs?\b/.test(sentence)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        message: `"${sentence}": write "Individual Service Fund" in full, never "ISF"`,
      });
    }
  });

/** An idea's picture, named in the pictures registry (src/lib/pictures/registry.ts). */
const pictureNameSchema = z
  .string()
  .refine(
    (name) => name in PICTURES,
    (name) => ({
      message: `There is no picture for the idea "${name}": use one of ${PICTURE_NAMES.join(', ')}, or add the idea to src/lib/pictures/registry.ts`,
    }),
  )
  .transform((name) => name as PictureName);

/** One easy-read point: a picture and 1 to 3 short sentences. */
export const guideRowSchema = z
  .object({
    /** The idea's picture; its alt text is in the registry. */
    picture: pictureNameSchema,
    /** The sentences of this point, one a line, with the markup in src/lib/guides/markup.ts. */
    sentences: z.array(sentenceSchema).min(1).max(LIMITS.sentencesPerRow),
    /** A heading shown before this point, starting a new part of the guide. */
    heading: z.string().optional(),
    /** A story key: shows a button opening the calculator with that story's figures. */
    calculator: z.string().optional(),
  })
  .strict();

/** Where a fact in a guide comes from. */
export const guideSourceSchema = z
  .object({
    /** The document's title. */
    title: z.string().min(3),
    /** Who wrote or published it. */
    publisher: z.string().min(2),
    /** A public address for it, when there is one. */
    url: z.string().url().optional(),
    /** What this guide takes from it. */
    note: z.string().optional(),
  })
  .strict();

/** A plain easy-read sentence for a table cell: no markup, so nothing needs explaining there. */
const tableSentenceSchema = sentenceSchema.refine((sentence) => !/\[\[|\(\(|\{\{/.test(sentence), {
  message:
    'A table cell has no [[hard words]], ((region words)) or {{figures}}: explain hard words in the points before the table',
});

/** One line of a side-by-side table: one way of doing something, with its picture. */
export const guideTableRowSchema = z
  .object({
    /** The picture beside the name, from the pictures registry. */
    picture: pictureNameSchema,
    /** The name of this way, shown as the line's heading, like "A Direct Payment". */
    name: tableSentenceSchema,
    /** One short answer for each column after the first, in order. */
    cells: z.array(tableSentenceSchema).min(1),
  })
  .strict();

/** A column of a side-by-side table. */
export const guideTableColumnSchema = z
  .object({
    /** The column's heading, often a question, like "Who looks after the money?". */
    heading: tableSentenceSchema,
    /** Set when the column is about one country only: it is hidden when the other is chosen. */
    region: z.enum(['england', 'scotland']).optional(),
  })
  .strict();

/**
 * An easy-read table that puts a few ways of doing something side by side. On a narrow
 * screen each line shows as a block, every answer under its column heading.
 */
export const guideTableSchema = z
  .object({
    /** The table's title, shown as its caption. */
    caption: tableSentenceSchema,
    /** The row of the guide the table follows: 1 is after the first point. */
    afterRow: z.number().int().positive(),
    /** The heading of the first column, which holds each line's picture and name. */
    nameHeading: tableSentenceSchema,
    /** The columns after the first. */
    columns: z.array(guideTableColumnSchema).min(1).max(4),
    /** The lines of the table, one for each way. */
    rows: z.array(guideTableRowSchema).min(2),
  })
  .strict()
  .refine((table) => table.rows.every((row) => row.cells.length === table.columns.length), {
    message: 'Each line of a table has one answer for each column',
  });

/** A side-by-side table, after zod has checked it. */
export type GuideTable = z.infer<typeof guideTableSchema>;

/** The data at the top of each guide file; the Markdown below it is the "More detail" part. */
export const guideSchema = z
  .object({
    /** The guide's title in plain words, shown as its h1. */
    title: z.string().min(3).max(70),
    /** One easy sentence saying what the guide is about, shown in the list of guides. */
    summary: sentenceSchema,
    /** Where the guide comes in the list of guides: 1 is first. */
    order: z.number().int().positive(),
    /** When a person last checked the facts in this guide, like 2026-11-24. */
    lastChecked: z.coerce.date().transform((date) => date.toISOString().slice(0, 10)),
    /** The easy-read points, in reading order. */
    rows: z.array(guideRowSchema).min(1),
    /** A table putting a few ways side by side, shown after one of the points. */
    table: guideTableSchema.optional(),
    /** Show every word from the hard words list after the points (the Hard words guide). */
    glossary: z.boolean().default(false),
    /** The documents the facts come from. */
    sources: z.array(guideSourceSchema).min(1),
  })
  .strict()
  .refine((guide) => guide.table === undefined || guide.table.afterRow <= guide.rows.length, {
    message: 'A table\'s "afterRow" names one of the guide\'s points',
  });

/** A guide's data, after zod has checked it. */
export type GuideData = z.infer<typeof guideSchema>;
