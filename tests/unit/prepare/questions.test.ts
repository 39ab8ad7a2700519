/* The plain questions of each area: easy read, a picture each, and every picture passed to the page. */
import { describe, expect, it } from 'vitest';
import { AREAS, HARD_WAYS } from '../../../src/lib/prepare/areas';
import {
  AREA_QUESTIONS,
  FINISHED,
  preparePictureNames,
  TELL_US_MORE,
} from '../../../src/lib/prepare/questions';
import { isPictureName } from '../../../src/lib/pictures/registry';
import { countWords, splitSentences } from '../../../src/lib/readability';

describe('the questions about each area', () => {
  const questions = [...Object.values(AREA_QUESTIONS), TELL_US_MORE];

  it('asks what issue 19 asks: is it hard, a bad day, who helps, what would help', () => {
    expect(AREA_QUESTIONS.isHard.question).toBe('Is this hard for you?');
    expect(AREA_QUESTIONS.badDay.question).toBe('What happens on a bad day?');
    expect(AREA_QUESTIONS.whoHelps.question).toBe('Who helps you now, and how often?');
    expect(AREA_QUESTIONS.better.question).toBe('What would make it better?');
  });

  it('writes every question and hint in easy read', () => {
    for (const { question, hint } of questions) {
      for (const sentence of [...splitSentences(question), ...splitSentences(hint)]) {
        expect(countWords(sentence), sentence).toBeLessThanOrEqual(15);
      }
    }
  });

  it('gives the page every picture the tool draws, each from the registry', () => {
    const names = preparePictureNames();
    const drawn = [
      ...AREAS.map((area) => area.picture),
      ...HARD_WAYS.map((way) => way.picture),
      ...questions.map((question) => question.picture),
      FINISHED.picture,
    ];
    for (const name of drawn) {
      expect(isPictureName(name), name).toBe(true);
      expect(names, name).toContain(name);
    }
    expect(new Set(names).size).toBe(names.length);
  });
});
