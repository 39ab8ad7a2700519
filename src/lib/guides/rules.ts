/*
 * The easy-read rules a build can check (EASY_READ.md, "Checks that a build can make"),
 * run over one guide. The build stops on any break, naming the guide and the sentence;
 * the unit tests run the same checks and report the worst sentences.
 */
import { measureSentences, splitSentences, splitWords, type TextMeasures } from '../readability';
import { HARD_WORDS, type HardWord } from './hard-words';
import { PLACEHOLDER, plainText, type PlainTextOptions, type Segment } from './markup';
import { LAW_NAMES, REGION_WORDS, bothCountries, isRegionWordKey, type Region } from './regions';
import {
  showRows,
  UnknownHardWordError,
  type GuideRow,
  type ShownRow,
  type ShownSentence,
} from './easy-read';
import { describeWordBreak, findWordBreaks } from './words';

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

/**
 * The 3 ways a guide can be shown: for a reader who chose England, for one who chose
 * Scotland, and with both countries (the default, print and the page without JavaScript).
 */
export const VIEWS = ['england', 'scotland', 'both'] as const;

/** One way a guide can be shown. */
export type View = (typeof VIEWS)[number];

/** How each view is named in a rule break. */
const VIEW_NAMES: Readonly<Record<View, string>> = {
  england: 'England',
  scotland: 'Scotland',
  both: 'both countries shown',
};

/** The text of every sentence in the easy-read part, as the checks see it. */
export interface EasyReadText {
  /** Sentences with defined terms replaced by a placeholder, for scoring. */
  readonly scored: readonly { readonly place: string; readonly text: string }[];
  /** Every word a reader sees in this view. */
  readonly shownWords: number;
}

/**
 * How the checks read a sentence in one view. A region word in a sentence for one country
 * shows 1 name, which counts as the placeholder. With both countries shown, a region word
 * in a sentence for both shows 2 names, and is counted as shown.
 */
function textOptions(
  figures: Figures,
  placeholders: boolean,
  view: View,
  sentenceRegion: Region | undefined,
): PlainTextOptions {
  const country = sentenceRegion ?? (view === 'both' ? undefined : view);
  return {
    placeholders,
    literalRegions: country === undefined,
    region: (key) => {
      if (!isRegionWordKey(key)) return key;
      return country === undefined ? bothCountries(key) : REGION_WORDS[key][country];
    },
    figure: (key) => figures[key] ?? key,
  };
}

/** Whether a sentence (or a point) for a country is shown in a view. */
function shownIn(view: View, region: Region | undefined): boolean {
  return region === undefined || view === 'both' || view === region;
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

/** The easy-read sentences of a guide in one view, in reading order, as the checks see them. */
export function easyReadText(
  rows: readonly ShownRow[],
  figures: Figures,
  view: View = 'both',
): EasyReadText {
  const scored: { place: string; text: string }[] = [];
  let shownWords = 0;
  rows.forEach((row, index) => {
    if (!shownIn(view, row.region)) return;
    const place = `row ${index + 1}`;
    if (row.heading !== undefined) {
      shownWords += splitWords(row.heading).length;
    }
    for (const sentence of row.shown) {
      if (!shownIn(view, sentence.region)) continue;
      const region = sentence.region;
      scored.push({
        place,
        text: plainText(sentence.segments, textOptions(figures, true, view, region)),
      });
      shownWords += splitWords(
        plainText(sentence.segments, textOptions(figures, false, view, region)),
      ).length;
      for (const word of sentence.explains) {
        const meanings = [word.meaning];
        if (word.scotland !== undefined && view !== 'england') meanings.push(word.scotland);
        for (const meaning of meanings) {
          scored.push({ place, text: scoredMeaning(word, meaning) });
          shownWords += splitWords(meaning).length;
        }
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
  /** The easy-read part as most readers first see it: with both countries shown. */
  readonly easyRead: TextMeasures;
  /** The easy-read part in each view (England, Scotland, both). */
  readonly easyReadViews: Readonly<Record<View, TextMeasures>>;
  readonly moreDetail: TextMeasures;
  /** Words a reader sees in the easy-read part with both countries shown (the most). */
  readonly easyReadWords: number;
}

/** Scores a guide: the easy-read part in each view and the "More detail" part. */
export function measureGuide(guide: GuideForChecking, figures: Figures): GuideMeasures {
  const rows = showRows(guide.rows);
  const glossary = guide.glossary === true ? glossarySentences() : [];
  const measureView = (view: View): TextMeasures =>
    measureSentences([
      ...easyReadText(rows, figures, view).scored.map((sentence) => sentence.text),
      ...glossary,
    ]);
  const easyReadViews = {
    england: measureView('england'),
    scotland: measureView('scotland'),
    both: measureView('both'),
  };
  return {
    easyRead: easyReadViews.both,
    easyReadViews,
    moreDetail: measureSentences(
      markdownSentences(guide.moreDetail).sentences.map(scoredDetailSentence),
    ),
    easyReadWords:
      easyReadText(rows, figures, 'both').shownWords +
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

/** The first piece of a sentence, looking inside bold text. */
function firstSegment(segments: readonly Segment[]): Segment | undefined {
  const first = segments[0];
  return first?.kind === 'strong' ? firstSegment(first.children) : first;
}

const COUNTRY_NAMES: Readonly<Record<Region, string>> = {
  england: 'England',
  scotland: 'Scotland',
};

/**
 * The rules for the England / Scotland words in one sentence:
 * - a sentence may not start with a region word whose words start with a small letter
 *   ("the Care Act 2014 says…"): the page cannot give it a capital in every view;
 * - a sentence for one country starts "In England" or "In Scotland" (unless the sentence
 *   before it in the point is for the same country), so it reads right when both are shown;
 * - a sentence for one country explains no hard word: readers in the other country would
 *   not see the explanation.
 */
function countryBreaks(sentence: ShownSentence, before: ShownSentence | undefined): string[] {
  const rules: string[] = [];
  const first = firstSegment(sentence.segments);
  if (first?.kind === 'region' && isRegionWordKey(first.key)) {
    const words = REGION_WORDS[first.key];
    const shown =
      sentence.region === undefined ? [words.england, words.scotland] : [words[sentence.region]];
    if (shown.some((text) => /^\p{Ll}/u.test(text))) {
      rules.push(
        `do not start a sentence with ((${first.key})): its words start with a small letter; write "In England, …" and "In Scotland, …" sentences instead`,
      );
    }
  }
  if (sentence.region !== undefined) {
    const name = COUNTRY_NAMES[sentence.region];
    const plain = plainText(
      sentence.segments,
      textOptions({}, true, sentence.region, sentence.region),
    );
    if (before?.region !== sentence.region && !plain.startsWith(`In ${name}`)) {
      rules.push(`a sentence marked ((${sentence.region}-only)) starts "In ${name}"`);
    }
    if (sentence.explains.length > 0) {
      rules.push(
        `explain hard words in a sentence for both countries, not in one marked ((${sentence.region}-only))`,
      );
    }
  }
  return rules;
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
    row.shown.forEach((sentence, sentenceIndex) => {
      easyReadPlaces.push([place, sentence.source]);
      const plain = plainText(sentence.segments, textOptions({}, true, 'england', sentence.region));
      for (const rule of countryBreaks(sentence, row.shown[sentenceIndex - 1])) {
        add(place, sentence.source, rule);
      }
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
    });
  });

  for (const [place, text] of easyReadPlaces) {
    if (/\bISFs?\b/.test(text)) {
      add(place, text, 'write "Individual Service Fund" in full in easy read, never "ISF"');
    }
    if (/\b(?:e\.g|i\.e|etc)\b\.?/i.test(text)) {
      add(place, text, 'no "e.g.", "i.e." or "etc." in easy read');
    }
    for (const wordBreak of findWordBreaks(text)) add(place, text, describeWordBreak(wordBreak));
  }
  const shownMeanings: [string, HardWord][] =
    guide.glossary === true
      ? HARD_WORDS.map((word) => ['hard words list', word])
      : rows.flatMap((row, index) =>
          row.shown.flatMap((sentence) =>
            sentence.explains.map((word): [string, HardWord] => [`row ${index + 1}`, word]),
          ),
        );
  for (const [place, word] of shownMeanings) {
    const meanings = [word.meaning, word.scotland, guide.glossary === true ? word.more : undefined];
    for (const meaning of meanings) {
      if (meaning === undefined) continue;
      for (const wordBreak of findWordBreaks(meaning)) {
        add(`${place}, the meaning of "${word.term}"`, meaning, describeWordBreak(wordBreak));
      }
    }
  }

  breaks.push(...hardWordBreaks(guide, rows));

  const limits = LIMITS.easyRead;
  const reported = new Set<string>();
  for (const view of VIEWS) {
    for (const sentence of easyReadText(rows, figures, view).scored) {
      const words = splitWords(sentence.text).length;
      const key = `${sentence.place}\n${sentence.text}`;
      if (words > limits.longest && !reported.has(key)) {
        reported.add(key);
        add(
          sentence.place,
          sentence.text,
          `${words} words (${VIEW_NAMES[view]}): easy read allows ${limits.longest}`,
        );
      }
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
    ...VIEWS.map(
      (view) =>
        [`easy read (${VIEW_NAMES[view]})`, measures.easyReadViews[view], LIMITS.easyRead] as const,
    ),
    ['More detail', measures.moreDetail, LIMITS.moreDetail] as const,
  ];
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
