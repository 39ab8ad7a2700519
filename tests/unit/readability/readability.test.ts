import { describe, expect, it } from 'vitest';
import {
  countSyllables,
  countWords,
  fleschKincaidGrade,
  fleschReadingEase,
  measureSentences,
  splitSentences,
} from '../../../src/lib/readability';

describe('splitting text into sentences', () => {
  it('ends a sentence at a full stop followed by a capital letter', () => {
    expect(splitSentences('You choose. Your provider helps.')).toEqual([
      'You choose.',
      'Your provider helps.',
    ]);
  });

  it('keeps a decimal amount inside one sentence', () => {
    expect(splitSentences('It costs £176.03 a week. That is fine.')).toEqual([
      'It costs £176.03 a week.',
      'That is fine.',
    ]);
  });

  it('does not end a sentence at a short form like "e.g."', () => {
    expect(splitSentences('Some things, e.g. travel, cost more. Ask.')).toHaveLength(2);
  });

  it('treats each line as its own sentence', () => {
    expect(splitSentences('Your goals\nWho can come with you')).toEqual([
      'Your goals',
      'Who can come with you',
    ]);
  });

  it('ends sentences at question marks and after closing quotes', () => {
    expect(splitSentences('Is it yours? "Yes." Then keep it.')).toEqual([
      'Is it yours?',
      '"Yes."',
      'Then keep it.',
    ]);
  });

  it('ignores empty lines and lone punctuation', () => {
    expect(splitSentences('\n - \n\nHello.')).toEqual(['Hello.']);
  });
});

describe('counting words', () => {
  it.each([
    ['Your council works out your budget.', 6],
    ['Self-directed Support is the law.', 5],
    ['It is £12,480 a year.', 5],
    ['Step 1 – your assessment', 4],
    ['', 0],
  ])('"%s" has %i words', (sentence, words) => {
    expect(countWords(sentence)).toBe(words);
  });
});

describe('counting syllables', () => {
  it.each([
    ['you', 1],
    ['the', 1],
    ['home', 1],
    ['money', 2],
    ['support', 2],
    ['council', 2],
    ['people', 2],
    ['provider', 3],
    ['service', 2],
    ['needed', 2],
    ['planned', 1],
    ['decided', 3],
    ['decision', 3],
    ['being', 2],
    ['every', 2],
    ['assessment', 3],
    ['independent', 4],
    ['little', 2],
    ['able', 2],
    ['whole', 1],
    ['self-directed', 4],
    ['52', 1],
    ['£12,480', 1],
    ["council's", 2],
  ])('"%s" has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('never counts fewer than 1 syllable', () => {
    expect(countSyllables('hmm')).toBe(1);
    expect(countSyllables('???')).toBe(1);
  });
});

describe('Flesch scores', () => {
  // 100 words, 5 sentences, 130 syllables: the worked example in many textbooks.
  const counts = { sentences: 5, words: 100, syllables: 130 };

  it('computes Flesch Reading Ease', () => {
    expect(fleschReadingEase(counts)).toBeCloseTo(206.835 - 1.015 * 20 - 84.6 * 1.3, 6);
  });

  it('computes Flesch-Kincaid grade', () => {
    expect(fleschKincaidGrade(counts)).toBeCloseTo(0.39 * 20 + 11.8 * 1.3 - 15.59, 6);
  });

  it('gives empty text the easiest score rather than dividing by zero', () => {
    expect(fleschReadingEase({ sentences: 0, words: 0, syllables: 0 })).toBe(100);
    expect(fleschKincaidGrade({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });

  it('scores short plain sentences as easy', () => {
    const measures = measureSentences(['You choose who helps you.', 'Your money is safe.']);
    expect(measures.readingEase).toBeGreaterThan(80);
    expect(measures.grade).toBeLessThan(4);
  });
});

describe('measuring sentences', () => {
  it('lists the longest sentence first and averages the words', () => {
    const measures = measureSentences(['One two.', 'One two three four.', 'One two three.']);
    expect(measures.longestFirst[0]?.text).toBe('One two three four.');
    expect(measures.averageWords).toBe(3);
    expect(measures.words).toBe(9);
  });
});
