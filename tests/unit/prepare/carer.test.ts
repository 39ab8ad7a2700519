/* The carer's part: easy read, a picture each, and the law it names in England and Scotland. */
import { describe, expect, it } from 'vitest';
import {
  CARE_ACT_SECTION_10,
  CARER_COSTS,
  CARER_QUESTIONS,
  CARER_RIGHT,
  CARER_RIGHT_INTRO,
  CARERS_SCOTLAND_SECTION_6,
  carerPictureNames,
} from '../../../src/lib/prepare/carer';
import { preparePictureNames } from '../../../src/lib/prepare/questions';
import { isPictureName } from '../../../src/lib/pictures/registry';
import { countWords, splitSentences } from '../../../src/lib/readability';

describe('the carer’s part', () => {
  it('asks what the carer does, how often, and what it costs them', () => {
    expect(CARER_COSTS.map((cost) => cost.id)).toEqual(['time', 'money', 'health', 'work']);
    expect(CARER_QUESTIONS.howOften.question).toBe('How often do they help you?');
  });

  it('writes every question, example and the carer’s right in easy read', () => {
    const texts = [
      ...Object.values(CARER_QUESTIONS).flatMap(({ question, hint }) => [question, hint]),
      ...CARER_COSTS.flatMap(({ label, example }) => [label, example]),
      ...CARER_RIGHT_INTRO,
      ...CARER_RIGHT.england,
      ...CARER_RIGHT.scotland,
    ];
    for (const text of texts) {
      for (const sentence of splitSentences(text)) {
        expect(countWords(sentence), sentence).toBeLessThanOrEqual(15);
      }
    }
  });

  it('names the carer’s assessment in England and the adult carer support plan in Scotland', () => {
    expect(CARER_RIGHT.england.join(' ')).toContain('carer’s assessment');
    expect(CARER_RIGHT.scotland.join(' ')).toContain('adult carer support plan');
    expect(CARE_ACT_SECTION_10.url).toBe('https://www.legislation.gov.uk/ukpga/2014/23/section/10');
    expect(CARERS_SCOTLAND_SECTION_6.url).toBe(
      'https://www.legislation.gov.uk/asp/2016/9/section/6',
    );
  });

  it('takes every picture from the registry, and gives them all to the page', () => {
    for (const name of carerPictureNames()) {
      expect(isPictureName(name), name).toBe(true);
      expect(preparePictureNames(), name).toContain(name);
    }
  });
});
