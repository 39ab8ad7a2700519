/*
 * The shape of an easy-read guide, checked by zod when the site is built, so a guide
 * that breaks the easy-read shape (EASY_READ.md) stops the build with a message naming
 * the guide and the sentence. The deeper checks (hard words, readability) are in rules.ts.
 */
import { z } from 'zod';
import { readIconSvg } from '../site/icons';
import { PICTURE_NAMES, PICTURES } from '../pictures/registry';
import { splitWords } from '../readability';
import { plainText, parseSentence, splitCountry } from './markup';
import { LIMITS } from './rules';

function iconExists(name: string): boolean {
  try {
    readIconSvg(name);
    return true;
  } catch {
    return false;
  }
}

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

/** One easy-read point: a picture and 1 to 3 short sentences. */
export const guideRowSchema = z
  .object({
    /** The idea's picture, named in the pictures registry (src/lib/pictures/registry.ts). */
    picture: z
      .string()
      .refine(
        (name) => name in PICTURES,
        (name) => ({
          message: `There is no picture for the idea "${name}": use one of ${PICTURE_NAMES.join(', ')}, or add the idea to src/lib/pictures/registry.ts`,
        }),
      )
      .transform((name) => name as (typeof PICTURE_NAMES)[number])
      .optional(),
    /** A Tabler outline icon name, like "wallet", for a row not yet moved to the registry. */
    icon: z
      .string()
      .refine(iconExists, (name) => ({
        message: `There is no picture called "${name}" in node_modules/@tabler/icons/icons/outline/`,
      }))
      .optional(),
    /** What the picture shows, for people who cannot see it. Leave out only when decorative. */
    alt: z.string().min(3).optional(),
    /** Set to true when the words say everything and the picture adds nothing. */
    decorative: z.literal(true).optional(),
    /** The sentences of this point, one a line, with the markup in src/lib/guides/markup.ts. */
    sentences: z.array(sentenceSchema).min(1).max(LIMITS.sentencesPerRow),
    /** A heading shown before this point, starting a new part of the guide. */
    heading: z.string().optional(),
    /** A story key: shows a button opening the calculator with that story's figures. */
    calculator: z.string().optional(),
  })
  .strict()
  .refine((row) => (row.picture === undefined) !== (row.icon === undefined), {
    message: 'Each point needs one picture: "picture" (from the registry), or else "icon"',
  })
  .refine(
    (row) =>
      row.picture !== undefined
        ? row.alt === undefined && row.decorative === undefined
        : (row.alt === undefined) !== (row.decorative === undefined),
    {
      message:
        'A registry picture has its alt text in the registry: leave out "alt". An icon needs "alt" or "decorative: true", not both and not neither',
    },
  );

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
    /** Show every word from the hard words list after the points (the Hard words guide). */
    glossary: z.boolean().default(false),
    /** The documents the facts come from. */
    sources: z.array(guideSourceSchema).min(1),
  })
  .strict();

/** A guide's data, after zod has checked it. */
export type GuideData = z.infer<typeof guideSchema>;
