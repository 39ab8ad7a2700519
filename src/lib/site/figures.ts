/*
 * Keeps a figure and its unit on one line: "£1,400 a year", "18.9 hours a week", "£20 an hour".
 * A sum that breaks inside a figure ("£240 a" / "week") is hard to read and easy to misread,
 * most of all on paper (issue 17).
 */

/** A piece of a sentence: words that may wrap, or a figure with its unit that must not. */
export interface SentencePiece {
  readonly text: string;
  readonly figure: boolean;
}

// A number (with £, commas and a point), then any of: "hours"/"weeks", then "a week",
// "an hour", "every 4 weeks" and the like.
const FIGURE =
  /£?\d[\d,]*(?:\.\d+)?(?: (?:hours?|weeks?|months?|years?))?(?: (?:a|an|every) (?:4 weeks|week|year|month|hour|day))?/g;

/** Splits a sentence into figures (with their units) and the words between them. */
export function sentencePieces(sentence: string): SentencePiece[] {
  const pieces: SentencePiece[] = [];
  let from = 0;
  for (const match of sentence.matchAll(FIGURE)) {
    const at = match.index;
    if (at > from) pieces.push({ text: sentence.slice(from, at), figure: false });
    pieces.push({ text: match[0], figure: true });
    from = at + match[0].length;
  }
  if (from < sentence.length) pieces.push({ text: sentence.slice(from), figure: false });
  return pieces;
}

/** The no-break space: a space a line never breaks at. */
const NO_BREAK_SPACE = '\u00a0';

/**
 * The sentence with the spaces inside each figure made no-break spaces, for documents drawn
 * without our styles (Word): "£1,400 a year" then never breaks across lines.
 */
export function keepFiguresTogether(sentence: string): string {
  return sentencePieces(sentence)
    .map((piece) => (piece.figure ? piece.text.replaceAll(' ', NO_BREAK_SPACE) : piece.text))
    .join('');
}
