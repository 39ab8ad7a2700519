/*
 * Turns a guide's easy-read rows into what the page shows: each hard word is explained
 * in the sentence after its first use on the page (EASY_READ.md), and nowhere else.
 * Pure: the page renders the result, and the checks read the same result.
 */
import { findHardWord, type HardWord } from './hard-words';
import { parseSentence, splitCountry, type Segment } from './markup';
import type { PictureName } from '../pictures/registry';
import type { Region } from './regions';

/** One easy-read point as a guide writes it. */
export interface GuideRow {
  /** The idea's picture, from the pictures registry (src/lib/pictures). */
  readonly picture: PictureName;
  /** 1 to 3 sentences, each using the markup in markup.ts. */
  readonly sentences: readonly string[];
  /** A heading (h2) shown before this row, starting a new part of the guide. */
  readonly heading?: string | undefined;
  /** A story key: shows a button that opens the calculator with that story's figures. */
  readonly calculator?: string | undefined;
}

/** One sentence as shown, with the hard words it explains for the first time. */
export interface ShownSentence {
  /** The sentence as the guide wrote it. */
  readonly source: string;
  /** The country this sentence is about, when it is marked ((england-only)) or ((scotland-only)). */
  readonly region?: Region | undefined;
  readonly segments: readonly Segment[];
  /** Hard words first used in this sentence, explained right after it. */
  readonly explains: readonly HardWord[];
}

/** One easy-read point as shown. */
export interface ShownRow extends GuideRow {
  readonly shown: readonly ShownSentence[];
  /** The country of the whole point, when every sentence in it is about the same country. */
  readonly region?: Region | undefined;
}

/** The country every sentence shares, or undefined when any sentence is for both. */
function rowRegion(sentences: readonly ShownSentence[]): Region | undefined {
  const first = sentences[0]?.region;
  return first !== undefined && sentences.every((sentence) => sentence.region === first)
    ? first
    : undefined;
}

/** Thrown when a guide marks a word that is not in the hard words list. */
export class UnknownHardWordError extends Error {
  constructor(key: string, sentence: string) {
    super(`"${key}" is not in the hard words list (src/lib/guides/hard-words.ts): "${sentence}"`);
    this.name = 'UnknownHardWordError';
  }
}

/**
 * Works out where each hard word is first used on a page. A word marked again later is
 * shown as plain text: it has been explained already.
 */
export function showRows(rows: readonly GuideRow[]): ShownRow[] {
  const explained = new Set<string>();
  return rows.map((row) => {
    const shown = row.sentences.map((source): ShownSentence => {
      const { region, text } = splitCountry(source);
      const segments = parseSentence(text);
      const explains: HardWord[] = [];
      const mark = (segment: Segment): Segment => {
        if (segment.kind === 'strong') return { ...segment, children: segment.children.map(mark) };
        if (segment.kind !== 'hard-word') return segment;
        const word = findHardWord(segment.key);
        if (word === undefined) throw new UnknownHardWordError(segment.key, source);
        if (explained.has(word.term)) return { kind: 'text', text: segment.text };
        explained.add(word.term);
        explains.push(word);
        return segment;
      };
      return { source, region, segments: segments.map(mark), explains };
    });
    return { ...row, shown, region: rowRegion(shown) };
  });
}
