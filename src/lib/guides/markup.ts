/*
 * The small markup an easy-read sentence may use, and the plain text the checks read.
 *   **word**            the one key word of a point, in bold (EASY_READ.md)
 *   [words](/path/)     a link
 *   [[word]]            a hard word, explained the first time it appears on a page
 *   [[words|key]]       a hard word shown in other words (a plural, a capital letter)
 *   ((key))             words that differ between England and Scotland (regions.ts)
 *   {{key}}             a figure computed at build time by the budget engine (figures.ts)
 */

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
  /** The words shown for a region word (England's, for counting words). */
  readonly region: (key: string) => string;
  /** The text of a figure, like "£12,480". */
  readonly figure: (key: string) => string;
  /**
   * When true, hard words and region words become the one word "term": a long name that
   * is explained right there is not a reading barrier (EASY_READ.md, "Before scoring").
   */
  readonly placeholders: boolean;
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
          return options.placeholders ? PLACEHOLDER : options.region(segment.key);
        case 'figure':
          return options.figure(segment.key);
      }
    })
    .join('');
}
