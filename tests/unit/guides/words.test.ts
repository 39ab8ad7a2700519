/*
 * One word for one thing: the words list finds a second name for an idea, the build's
 * checks stop a guide that uses one, and the planner and calculator keep to the list too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HARD_WORDS } from '../../../src/lib/guides/hard-words';
import { checkGuide, describeBreak, type GuideForChecking } from '../../../src/lib/guides/rules';
import { findWordBreaks, WORD_RULES } from '../../../src/lib/guides/words';
import { PROVIDER_QUESTIONS, SECTION_GUIDES } from '../../../src/lib/plan/questions';

function guideWith(sentences: string[], glossary = false): GuideForChecking {
  return {
    id: 'test-guide',
    title: 'A test',
    summary: 'A short test.',
    rows: [{ picture: 'you', sentences }],
    moreDetail: 'Councils often call goals outcomes.',
    glossary,
  };
}

/** Every string inside a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('the words list', () => {
  it('finds "outcome" and says to write "goal"', () => {
    const [found] = findWordBreaks('Your plan starts with your outcomes.');
    expect(found?.found).toBe('outcomes');
    expect(found?.rule.use).toBe('goal');
  });

  it('finds "income" and "your money", whatever the capital letters', () => {
    expect(findWordBreaks('Income counts.').map((b) => b.rule.use)).toEqual(['your own money']);
    expect(findWordBreaks('Check Your money.')).toHaveLength(1);
  });

  it('leaves the words the site uses alone', () => {
    expect(findWordBreaks('Your goals. Your own money. Your budget. Your provider.')).toEqual([]);
  });

  it('does not find a listed word inside a longer word', () => {
    expect(findWordBreaks('The fundraiser and the incomers.')).toEqual([]);
  });

  it('gives each word to one idea only', () => {
    const words = WORD_RULES.flatMap((rule) => rule.insteadOf.map((word) => word.toLowerCase()));
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('the build check', () => {
  it('stops a guide that writes "outcome" in easy read, naming the word to use', () => {
    const breaks = checkGuide(guideWith(['Think about the outcome you want.']), {});
    expect(breaks.map(describeBreak).join('\n')).toMatch(/"outcome".*write "goal"/);
  });

  it('stops a guide that writes "your money" in its summary', () => {
    const guide = { ...guideWith(['Think about your goals.']), summary: 'Check your money.' };
    expect(checkGuide(guide, {}).some((b) => b.place === 'summary')).toBe(true);
  });

  it('leaves "More detail" to plain English, where the council\'s own words can be named', () => {
    const breaks = checkGuide(guideWith(['You can ask for help.']), {});
    expect(breaks.map(describeBreak)).toEqual([]);
  });
});

describe('one word for one thing outside the guides', () => {
  it('every hard word is explained without a second name for anything', () => {
    const found = HARD_WORDS.flatMap((word) =>
      [word.meaning, word.scotland, word.more]
        .filter((text): text is string => text !== undefined)
        .flatMap((text) => findWordBreaks(text).map((b) => `${word.term}: ${b.found}`)),
    );
    expect(found).toEqual([]);
  });

  it('the planner’s questions and help keep to the list', () => {
    const found = strings([SECTION_GUIDES, PROVIDER_QUESTIONS]).flatMap((text) =>
      findWordBreaks(text).map((b) => `${b.found} in "${text}"`),
    );
    expect(found).toEqual([]);
  });

  it('the calculator’s words keep to the list', () => {
    const folder = join(process.cwd(), 'src', 'components', 'islands', 'budget');
    const found = readdirSync(folder)
      .filter((name) => name.endsWith('.tsx'))
      .flatMap((name) =>
        findWordBreaks(readFileSync(join(folder, name), 'utf8')).map((b) => `${name}: ${b.found}`),
      );
    expect(found).toEqual([]);
  });
});
