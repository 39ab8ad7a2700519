/*
 * Counting for readability checks: sentences, words, syllables, Flesch Reading Ease and
 * Flesch-Kincaid grade. Our own code so the counting is testable; the formulas are
 * Flesch (1948) and Kincaid et al. (1975). Thresholds live in EASY_READ.md, not here.
 */

/** Short forms that end in a full stop but do not end a sentence. */
const ABBREVIATIONS = ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'St.', 'No.', 'e.g.', 'i.e.', 'etc.', 'vs.'];

/**
 * Splits plain text into sentences. A sentence ends at ".", "!" or "?" followed by a
 * space and a capital letter, digit, "£" or opening quote, or at a line break (so list
 * items and headings count as their own sentences). Decimal points ("£176.03") and the
 * short forms above do not end a sentence.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\n+/)) {
    let protectedLine = line;
    ABBREVIATIONS.forEach((short, index) => {
      protectedLine = protectedLine.split(short).join(`\uE000${index}\uE001`);
    });
    const parts = protectedLine.split(/(?<=[.!?]["'’”)]?)\s+(?=["'‘“(]?[A-Z0-9£])/);
    for (const part of parts) {
      const restored = part.replace(/\uE000(\d+)\uE001/g, (_match, index: string) => {
        return ABBREVIATIONS[Number(index)] ?? '';
      });
      const trimmed = restored.trim();
      if (countWords(trimmed) > 0) sentences.push(trimmed);
    }
  }
  return sentences;
}

/**
 * The words of a sentence: runs of characters between spaces that hold at least one
 * letter or digit. "Self-directed" is one word; "£12,480" is one word; a lone "-" is none.
 */
export function splitWords(sentence: string): string[] {
  return sentence
    .split(/[\s\u2013\u2014]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}£]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** How many words a sentence has (see splitWords). */
export function countWords(sentence: string): number {
  return splitWords(sentence).length;
}

/** Words the rules below get wrong, with their usual spoken syllables. */
const SYLLABLE_EXCEPTIONS: Readonly<Record<string, number>> = {
  area: 3,
  areas: 3,
  being: 2,
  business: 2,
  create: 2,
  created: 3,
  every: 2,
  everyone: 3,
  everything: 3,
  going: 2,
  idea: 3,
  ideas: 3,
  whole: 1,
  doing: 2,
  seeing: 2,
  via: 2,
  real: 1,
  really: 2,
  advice: 2,
  someone: 2,
  something: 2,
  sometimes: 2,
  somewhere: 2,
  however: 3,
  more: 1,
  before: 2,
  there: 1,
  where: 1,
  here: 1,
  were: 1,
  one: 1,
  once: 1,
  guide: 1,
  guides: 1,
  people: 2,
  naive: 2,
};

/**
 * Syllables in one word, by the usual English spelling rules: count groups of vowels,
 * drop a silent final "e", "es" or "ed", and treat "y" as a vowel inside a word.
 * A number ("52", "£12,480") counts as 1 syllable: it is read as a figure, not spelled out.
 * Hyphenated words are the sum of their parts. Always at least 1.
 */
export function countSyllables(word: string): number {
  const cleaned = word.toLowerCase().replace(/’/g, "'");
  if (/\d/.test(cleaned) && !/[a-z]{2,}/.test(cleaned)) return 1;
  const parts = cleaned.split(/[-/]/).filter((part) => /[a-z]/.test(part));
  if (parts.length > 1) {
    return parts.reduce((total, part) => total + countSyllables(part), 0);
  }
  const letters = (parts[0] ?? cleaned).replace(/'s$/, '').replace(/[^a-z]/g, '');
  if (letters === '') return 1;
  const exception = SYLLABLE_EXCEPTIONS[letters];
  if (exception !== undefined) return exception;
  if (letters.length <= 3) return 1;
  const trimmed = letters
    .replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  const splitVowels = trimmed.match(/(?:ia|iu|ii|io(?![nu])|ua|uo|eo(?!u)|[aeo]ing$|ying$)/g);
  return Math.max(1, groups + (splitVowels?.length ?? 0));
}

/** Counts for a piece of text, as the Flesch formulas need them. */
export interface TextCounts {
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

/** Flesch Reading Ease: higher is easier. 80 and above reads as "easy". */
export function fleschReadingEase(counts: TextCounts): number {
  if (counts.sentences === 0 || counts.words === 0) return 100;
  return (
    206.835 - 1.015 * (counts.words / counts.sentences) - 84.6 * (counts.syllables / counts.words)
  );
}

/** Flesch-Kincaid grade: the US school grade that can read the text. Lower is easier. */
export function fleschKincaidGrade(counts: TextCounts): number {
  if (counts.sentences === 0 || counts.words === 0) return 0;
  return (
    0.39 * (counts.words / counts.sentences) + 11.8 * (counts.syllables / counts.words) - 15.59
  );
}

/** One sentence with its word count. */
export interface MeasuredSentence {
  readonly text: string;
  readonly words: number;
  readonly syllables: number;
}

/** Everything the readability checks look at, for a list of sentences. */
export interface TextMeasures extends TextCounts {
  /** Each sentence with its counts, longest first. */
  readonly longestFirst: readonly MeasuredSentence[];
  /** Words per sentence, on average. */
  readonly averageWords: number;
  readonly readingEase: number;
  readonly grade: number;
}

/** Measures a list of sentences (already split, one sentence each). */
export function measureSentences(sentences: readonly string[]): TextMeasures {
  const measured = sentences.map((text) => {
    const words = splitWords(text);
    return {
      text,
      words: words.length,
      syllables: words.reduce((total, word) => total + countSyllables(word), 0),
    };
  });
  const counts: TextCounts = {
    sentences: measured.length,
    words: measured.reduce((total, sentence) => total + sentence.words, 0),
    syllables: measured.reduce((total, sentence) => total + sentence.syllables, 0),
  };
  return {
    ...counts,
    longestFirst: [...measured].sort((a, b) => b.words - a.words),
    averageWords: counts.sentences === 0 ? 0 : counts.words / counts.sentences,
    readingEase: fleschReadingEase(counts),
    grade: fleschKincaidGrade(counts),
  };
}
