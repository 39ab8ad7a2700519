/* "Take your notes to your assessment": easy-read words, and a picture beside each point. */
import { describe, expect, it } from 'vitest';
import { isPictureName } from '../../../src/lib/pictures/registry';
import { preparePictureNames } from '../../../src/lib/prepare/questions';
import { TAKE_AWAY, takeAwayPictureNames } from '../../../src/lib/prepare/take-away';
import { countWords, splitSentences } from '../../../src/lib/readability';

describe('taking the notes to the assessment', () => {
  it('writes each point in easy read: sentences of 15 words or fewer, one a line', () => {
    for (const point of [TAKE_AWAY.print, TAKE_AWAY.word]) {
      for (const line of point.sentences) {
        expect(splitSentences(line), line).toHaveLength(1);
        expect(countWords(line), line).toBeLessThanOrEqual(15);
      }
    }
  });

  it('gives the page the picture of each point, from the registry', () => {
    expect(takeAwayPictureNames()).toEqual(['print', 'email']);
    for (const name of takeAwayPictureNames()) {
      expect(isPictureName(name)).toBe(true);
      expect(preparePictureNames()).toContain(name);
    }
  });
});
