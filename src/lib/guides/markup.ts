/*
 * The small markup an easy-read sentence may use, and the plain text the checks read.
 *   **word**            the one key word of a point, in bold (EASY_READ.md)
 *   [words](/path/)     a link
 *   [[word]]            a hard word, explained the first time it appears on a page
 *   [[words|key]]       a hard word shown in other words (a plural, a capital letter)
 *   ((key))             words that differ between England and Scotland (regions.ts)
 *   {{key}}             a figure computed at build time by the budget engine (figures.ts)
 * and, only at the very start of a sentence:
 *   ((england-only))    the sentence is about England only: hidden when a reader in
 *   ((scotland-only))   the other country has chosen theirs, shown when both are shown.
 *                       It starts "In England" / "In Scotland" so both can stand together.
 */
import { isRegion, type Region } from './regions';

/** A piece of an easy-read sentence. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string; readonly children: readonly Segment[] }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'hard-word'; readonly text: string; readonly key: string }
  | { readonly kind: 'region'; readonly key: string }
  | { readonly kind: 'figure'; readonly key: string };

const TOKEN =
  /\*\*(.+?)\*\*|\[\[([^\]|]+?)(?:\|([^\]]+?))?\]\]|\[([^\]]+)\]\(([^)\s]+)\)|\(\(([a-z-]+)\)\)|\{\{([a-z0-9.-]+)\}\}/g;

const COUNTRY_ONLY = /^\(\(([a-z]+)-only\)\)\s*/;

/** A sentence with its country-only marker taken off. */
export interface CountrySentence {
  /** The country the sentence is about, when it starts with ((england-only)) or ((scotland-only)). */
  readonly region: Region | undefined;
  /** The sentence without the marker. */
  readonly text: string;
}

/**
 * Takes a ((england-only)) or ((scotland-only)) marker off the start of a sentence. Any
 * other ((…)) is left in place, to be read as a region word (and reported if unknown).
 */
export function splitCountry(sentence: string): CountrySentence {
  const match = COUNTRY_ONLY.exec(sentence);
  const country = match?.[1];
  if (match === null || country === undefined || !isRegion(country)) {
    return { region: undefined, text: sentence };
  }
  return { region: country, text: sentence.slice(match[0].length) };
}

/** Splits a sentence into its pieces. Text that is not markup stays as it is. */
export function parseSentence(sentence: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of sentence.matchAll(TOKEN)) {
    const index = match.index;
    if (index > last) segments.push({ kind: 'text', text: sentence.slice(last, index) });
    const [, strong, hardText, hardKey, linkText, linkHref, regionKey, figureKey] = match;
    if (strong !== undefined)
      segments.push({ kind: 'strong', text: strong, children: parseSentence(strong) });
    else if (hardText !== undefined)
      segments.push({ kind: 'hard-word', text: hardText, key: hardKey ?? hardText });
    else if (linkText !== undefined && linkHref !== undefined)
      segments.push({ kind: 'link', text: linkText, href: linkHref });
    else if (regionKey !== undefined) segments.push({ kind: 'region', key: regionKey });
    else if (figureKey !== undefined) segments.push({ kind: 'figure', key: figureKey });
    last = index + match[0].length;
  }
  if (last < sentence.length) segments.push({ kind: 'text', text: sentence.slice(last) });
  return segments;
}

/** How the checks see a sentence. */
export interface PlainTextOptions {
  /** The words shown for a region word. */
  readonly region: (key: string) => string;
  /** The text of a figure, like "£12,480". */
  readonly figure: (key: string) => string;
  /**
   * When true, hard words and region words become the one word "term": a long name that
   * is explained right there is not a reading barrier (EASY_READ.md, "Before scoring").
   */
  readonly placeholders: boolean;
  /**
   * When true, region words are counted as shown even with placeholders on: with both
   * countries shown, 2 names and "(in Scotland: …)" sit in one sentence, and that length
   * is a real reading barrier.
   */
  readonly literalRegions?: boolean;
}

/** The word used instead of a defined term when scoring. */
export const PLACEHOLDER = 'term';

/** A sentence as plain text, for counting and scoring. */
export function plainText(segments: readonly Segment[], options: PlainTextOptions): string {
  return segments
    .map((segment) => {
      switch (segment.kind) {
        case 'text':
        case 'link':
          return segment.text;
        case 'strong':
          return plainText(segment.children, options);
        case 'hard-word':
          return options.placeholders ? PLACEHOLDER : segment.text;
        case 'region':
          return options.placeholders && options.literalRegions !== true
            ? PLACEHOLDER
            : options.region(segment.key);
        case 'figure':
          return options.figure(segment.key);
      }
    })
    .join('');
}
