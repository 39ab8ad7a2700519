/*
 * The easy-read rules a build can check (EASY_READ.md, "Checks that a build can make"),
 * run over one guide. The build stops on any break, naming the guide and the sentence;
 * the unit tests run the same checks and report the worst sentences.
 */
import { measureSentences, splitSentences, splitWords, type TextMeasures } from '../readability';
import { HARD_WORDS, type HardWord } from './hard-words';
import { PLACEHOLDER, plainText, type PlainTextOptions, type Segment } from './markup';
import { LAW_NAMES, REGION_WORDS, isRegionWordKey } from './regions';
import { showRows, UnknownHardWordError, type GuideRow, type ShownRow } from './easy-read';

/** The limits, from the table in EASY_READ.md. */
export const LIMITS = {
  easyRead: { longest: 15, average: 10, readingEase: 80, grade: 4, words: 600 },
  moreDetail: { longest: 25, average: 15, readingEase: 65, grade: 7 },
  /** Sentences a guide writes in one point. */
  sentencesPerRow: 3,
  /** Sentences shown in one point, counting the explanation of a hard word. */
  shownSentencesPerRow: 4,
} as const;

/** What the checks need to know about a guide. */
export interface GuideForChecking {
  /** The guide's id (its file name), used in every message. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly rows: readonly GuideRow[];
  /** The "More detail" part, as Markdown. */
  readonly moreDetail: string;
  /** Whether the page also lists every hard word (the Hard words guide). */
  readonly glossary?: boolean | undefined;
}

/** One broken rule. */
export interface RuleBreak {
  readonly guide: string;
  /** Where in the guide: "row 3", "More detail", "summary". */
  readonly place: string;
  readonly sentence: string;
  readonly rule: string;
}

/** Thrown by the build when a guide breaks the rules. */
export class GuideRulesError extends Error {
  constructor(breaks: readonly RuleBreak[]) {
    super(
      `The easy-read rules are broken:\n${breaks.map((b) => `  ${describeBreak(b)}`).join('\n')}`,
    );
    this.name = 'GuideRulesError';
  }
}

/** A rule break in one line: guide, place, sentence and rule. */
export function describeBreak(ruleBreak: RuleBreak): string {
  return `guide "${ruleBreak.guide}", ${ruleBreak.place}: "${ruleBreak.sentence}" - ${ruleBreak.rule}`;
}

/** Figures a guide can show, by key, already written for people ("£12,480"). */
export type Figures = Readonly<Record<string, string>>;

/** The text of every sentence in the easy-read part, as the checks see it. */
export interface EasyReadText {
  /** Sentences with defined terms replaced by a placeholder, for scoring. */
  readonly scored: readonly { readonly place: string; readonly text: string }[];
  /** Every word a reader sees (England's words for region words). */
  readonly shownWords: number;
}

function textOptions(figures: Figures, placeholders: boolean): PlainTextOptions {
  return {
    placeholders,
    region: (key) => (isRegionWordKey(key) ? REGION_WORDS[key].england : key),
    figure: (key) => figures[key] ?? key,
  };
}

/** The forms of every hard word, longest first, as one pattern per word. */
function formPattern(word: HardWord): RegExp {
  const forms = [...word.forms].sort((a, b) => b.length - a.length);
  const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}-])(?:${escaped.join('|')})(?![\\p{L}-])`, 'iu');
}

const FORM_PATTERNS = HARD_WORDS.map((word) => ({ word, pattern: formPattern(word) }));

/** A hard word's meaning (and Scotland note) with the word itself as the placeholder. */
function scoredMeaning(word: HardWord, sentence: string): string {
  return sentence.replace(new RegExp(formPattern(word).source, 'giu'), PLACEHOLDER);
}

/** The easy-read sentences of a guide, in reading order, as the checks see them. */
export function easyReadText(rows: readonly ShownRow[], figures: Figures): EasyReadText {
  const scored: { place: string; text: string }[] = [];
  let shownWords = 0;
  rows.forEach((row, index) => {
    const place = `row ${index + 1}`;
    if (row.heading !== undefined) {
      shownWords += splitWords(row.heading).length;
    }
    for (const sentence of row.shown) {
      scored.push({ place, text: plainText(sentence.segments, textOptions(figures, true)) });
      shownWords += splitWords(plainText(sentence.segments, textOptions(figures, false))).length;
      for (const word of sentence.explains) {
        scored.push({ place, text: scoredMeaning(word, word.meaning) });
        shownWords += splitWords(word.meaning).length;
      }
    }
  });
  return { scored, shownWords };
}

/** Turns Markdown into its sentences, leaving out headings, and lists its heading levels. */
export function markdownSentences(markdown: string): {
  sentences: string[];
  headingLevels: number[];
} {
  const sentences: string[] = [];
  const headingLevels: number[] = [];
  const inline = (text: string): string =>
    text
      .replace(/<[^>]+>/g, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+/g, '')
      .trim();
  for (const block of markdown.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    const items: string[] = [];
    for (const line of lines) {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line.trim());
      if (heading) {
        headingLevels.push(heading[1]?.length ?? 0);
        continue;
      }
      const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
      if (item) items.push(item[1] ?? '');
      else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
      else items.push(line.trim());
    }
    const joined = lines.some((line) => /^\s*(?:[-*+]|\d+\.)\s/.test(line))
      ? items
      : [items.join(' ')];
    for (const text of joined) sentences.push(...splitSentences(inline(text)));
  }
  return { sentences, headingLevels };
}

/** A "More detail" sentence with defined terms and law names as the placeholder word. */
export function scoredDetailSentence(sentence: string): string {
  let scored = sentence.replace(/Individual Service Funds?|Direct Payments?/g, PLACEHOLDER);
  for (const name of LAW_NAMES) scored = scored.split(name).join(PLACEHOLDER);
  return scored;
}

/** Readability figures for one guide. */
export interface GuideMeasures {
  readonly easyRead: TextMeasures;
  readonly moreDetail: TextMeasures;
  /** Words a reader sees in the easy-read part. */
  readonly easyReadWords: number;
}

/** Scores a guide: the easy-read part and the "More detail" part. */
export function measureGuide(guide: GuideForChecking, figures: Figures): GuideMeasures {
  const text = easyReadText(showRows(guide.rows), figures);
  const glossary = guide.glossary === true ? glossarySentences() : [];
  return {
    easyRead: measureSentences([...text.scored.map((sentence) => sentence.text), ...glossary]),
    moreDetail: measureSentences(
      markdownSentences(guide.moreDetail).sentences.map(scoredDetailSentence),
    ),
    easyReadWords:
      text.shownWords +
      glossary.reduce((total, sentence) => total + splitWords(sentence).length, 0),
  };
}

/** The sentences of the hard words list as the Hard words guide shows them (term first). */
function glossarySentences(): string[] {
  return HARD_WORDS.flatMap((word) => [
    word.term,
    ...[word.meaning, word.scotland, word.more]
      .filter((sentence): sentence is string => sentence !== undefined)
      .map((sentence) => scoredMeaning(word, sentence)),
  ]);
}

/** Every piece of a sentence, with the pieces inside bold text brought out. */
function flatten(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((segment) =>
    segment.kind === 'strong' ? [segment, ...flatten(segment.children)] : [segment],
  );
}

/** The plain words of a sentence that are not marked as hard words, region words or figures. */
function unmarkedText(segments: readonly Segment[]): string {
  return segments
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      if (segment.kind === 'strong') return unmarkedText(segment.children);
      return ' ';
    })
    .join('');
}

function hardWordBreaks(guide: GuideForChecking, rows: readonly ShownRow[]): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const explained = new Set<string>();
  rows.forEach((row, index) => {
    for (const sentence of row.shown) {
      const unmarked = unmarkedText(sentence.segments);
      for (const { word, pattern } of FORM_PATTERNS) {
        if (!explained.has(word.term) && pattern.test(unmarked)) {
          breaks.push({
            guide: guide.id,
            place: `row ${index + 1}`,
            sentence: sentence.source,
            rule: `"${word.term}" is a hard word used here for the first time on the page: mark it [[${word.term}]] so it is explained`,
          });
          explained.add(word.term);
        }
      }
      for (const word of sentence.explains) explained.add(word.term);
    }
  });
  return breaks;
}

/**
 * Every easy-read rule the guide breaks, with the sentence that breaks it. Empty when the
 * guide keeps every rule.
 */
export function checkGuide(guide: GuideForChecking, figures: Figures): RuleBreak[] {
  const breaks: RuleBreak[] = [];
  const add = (place: string, sentence: string, rule: string): void => {
    breaks.push({ guide: guide.id, place, sentence, rule });
  };

  let rows: ShownRow[];
  try {
    rows = showRows(guide.rows);
  } catch (error) {
    if (error instanceof UnknownHardWordError) {
      add('easy read', error.message, 'mark only words that are in the hard words list');
      return breaks;
    }
    throw error;
  }

  const easyReadPlaces: [string, string][] = [
    ['title', guide.title],
    ['summary', guide.summary],
  ];
  rows.forEach((row, index) => {
    const place = `row ${index + 1}`;
    if (row.heading !== undefined) easyReadPlaces.push([`${place} heading`, row.heading]);
    if (row.alt !== undefined) easyReadPlaces.push([`${place} picture`, row.alt]);
    if (row.sentences.length > LIMITS.sentencesPerRow) {
      add(place, row.sentences.join(' '), `a point has 1 to ${LIMITS.sentencesPerRow} sentences`);
    }
    const shownCount = row.shown.reduce((total, s) => total + 1 + s.explains.length, 0);
    if (shownCount > LIMITS.shownSentencesPerRow) {
      add(
        place,
        row.sentences.join(' '),
        `with its hard words explained this point shows ${shownCount} sentences; split it (at most ${LIMITS.shownSentencesPerRow})`,
      );
    }
    for (const sentence of row.shown) {
      easyReadPlaces.push([place, sentence.source]);
      const plain = plainText(sentence.segments, textOptions({}, true));
      if (splitSentences(plain).length !== 1) {
        add(place, sentence.source, 'write one sentence in each line');
      }
      if (!/[.?!:]$/.test(plain.trim())) {
        add(place, sentence.source, 'end each sentence with a full stop or question mark');
      }
      for (const segment of flatten(sentence.segments)) {
        if (segment.kind === 'region' && !isRegionWordKey(segment.key)) {
          add(place, sentence.source, `"((${segment.key}))" is not in src/lib/guides/regions.ts`);
        }
        if (segment.kind === 'figure' && figures[segment.key] === undefined) {
          add(
            place,
            sentence.source,
            `"{{${segment.key}}}" is not a figure in src/lib/guides/figures.ts`,
          );
        }
      }
    }
  });

  for (const [place, text] of easyReadPlaces) {
    if (/\bISFs?\b/.test(text)) {
      add(place, text, 'write "Individual Service Fund" in full in easy read, never "ISF"');
    }
    if (/\b(?:e\.g|i\.e|etc)\b\.?/i.test(text)) {
      add(place, text, 'no "e.g.", "i.e." or "etc." in easy read');
    }
  }

  breaks.push(...hardWordBreaks(guide, rows));

  const limits = LIMITS.easyRead;
  const text = easyReadText(rows, figures);
  for (const sentence of text.scored) {
    const words = splitWords(sentence.text).length;
    if (words > limits.longest) {
      add(sentence.place, sentence.text, `${words} words: easy read allows ${limits.longest}`);
    }
  }

  const detail = markdownSentences(guide.moreDetail);
  for (const level of detail.headingLevels) {
    if (level < 3) {
      add('More detail', `${'#'.repeat(level)} heading`, 'headings in More detail start at ###');
    }
  }
  const detailLimit = LIMITS.moreDetail.longest;
  const firstIsf = guide.moreDetail.search(/\bISFs?\b/);
  if (firstIsf !== -1 && !guide.moreDetail.slice(0, firstIsf).includes('Individual Service Fund')) {
    add('More detail', 'ISF', 'write "Individual Service Fund (ISF)" before using "ISF"');
  }
  for (const sentence of detail.sentences) {
    const words = splitWords(scoredDetailSentence(sentence)).length;
    if (words > detailLimit) {
      add('More detail', sentence, `${words} words: More detail allows ${detailLimit}`);
    }
  }
  return breaks;
}

/** The readability thresholds a guide misses, as rule breaks naming its worst sentences. */
export function checkReadability(guide: GuideForChecking, figures: Figures): RuleBreak[] {
  const measures = measureGuide(guide, figures);
  const breaks: RuleBreak[] = [];
  const worst = (m: TextMeasures): string =>
    m.longestFirst
      .slice(0, 3)
      .map((s) => `${s.text} (${s.words} words)`)
      .join(' | ');
  const parts = [
    ['easy read', measures.easyRead, LIMITS.easyRead],
    ['More detail', measures.moreDetail, LIMITS.moreDetail],
  ] as const;
  for (const [place, m, limits] of parts) {
    if (m.sentences === 0) continue;
    const problems: string[] = [];
    if (m.averageWords > limits.average)
      problems.push(
        `average ${m.averageWords.toFixed(1)} words a sentence (limit ${limits.average})`,
      );
    if (m.readingEase < limits.readingEase)
      problems.push(
        `Flesch Reading Ease ${m.readingEase.toFixed(1)} (at least ${limits.readingEase})`,
      );
    if (m.grade > limits.grade)
      problems.push(`Flesch-Kincaid grade ${m.grade.toFixed(1)} (at most ${limits.grade})`);
    if (problems.length > 0) {
      breaks.push({ guide: guide.id, place, sentence: worst(m), rule: problems.join('; ') });
    }
  }
  if (measures.easyReadWords > LIMITS.easyRead.words) {
    breaks.push({
      guide: guide.id,
      place: 'easy read',
      sentence: `${measures.easyReadWords} words`,
      rule: `an easy-read part has at most ${LIMITS.easyRead.words} words`,
    });
  }
  return breaks;
}
