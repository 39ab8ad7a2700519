/* "What matters to me" and "Questions I want to ask": easy read, pictures, and the list's limits. */
import { describe, expect, it } from 'vitest';
import {
  aboutMePictureNames,
  cannotAddQuestion,
  EXAMPLE_QUESTIONS,
  MAX_MEETING_QUESTION_LENGTH,
  MAX_MEETING_QUESTIONS,
  QUESTIONS_WORDS,
  WHAT_MATTERS_QUESTIONS,
} from '../../../src/lib/prepare/about-me';
import { preparePictureNames } from '../../../src/lib/prepare/questions';
import { isPictureName } from '../../../src/lib/pictures/registry';
import { countWords, splitSentences } from '../../../src/lib/readability';

describe('what matters and the questions for the meeting', () => {
  it('writes every question, hint, example and message in easy read', () => {
    const texts = [
      ...Object.values(WHAT_MATTERS_QUESTIONS).flatMap(({ question, hint }) => [question, hint]),
      ...EXAMPLE_QUESTIONS,
      ...QUESTIONS_WORDS.intro,
      QUESTIONS_WORDS.isf,
      QUESTIONS_WORDS.full,
      QUESTIONS_WORDS.newQuestionHint,
    ];
    for (const text of texts) {
      for (const sentence of splitSentences(text)) {
        expect(countWords(sentence), sentence).toBeLessThanOrEqual(15);
      }
    }
  });

  it('offers the examples issue 19 names', () => {
    expect(EXAMPLE_QUESTIONS).toContain('Can I have an Individual Service Fund?');
    expect(EXAMPLE_QUESTIONS).toContain('Can I have a copy of my assessment?');
  });

  it('says kindly why a question cannot be added', () => {
    expect(cannotAddQuestion([], 'Why?')).toBeNull();
    expect(cannotAddQuestion([], '   ')).toBe('Write your question in the box first.');
    expect(cannotAddQuestion([], 'a'.repeat(MAX_MEETING_QUESTION_LENGTH + 1))).toContain(
      'too long',
    );
    const full = Array.from({ length: MAX_MEETING_QUESTIONS }, () => ({ text: 'Why?' }));
    expect(cannotAddQuestion(full, 'One more?')).toBe(QUESTIONS_WORDS.full);
  });

  it('takes every picture from the registry, and gives them all to the page', () => {
    for (const name of aboutMePictureNames()) {
      expect(isPictureName(name), name).toBe(true);
      expect(preparePictureNames(), name).toContain(name);
    }
  });
});
