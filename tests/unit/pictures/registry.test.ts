/*
 * The pictures registry (issue 16): every idea has a picture of its own, the picture files
 * are there and optimised, and each says what it shows.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkEveryIdeaHasItsOwnPicture,
  findSharedPictures,
  isPictureName,
  PICTURE_NAMES,
  PICTURES,
  SharedPictureError,
} from '../../../src/lib/pictures/registry';
import { optimisePicture, PICTURE_FOLDER } from '../../../scripts/pictures/optimise';

describe('the pictures registry', () => {
  it('gives every idea a picture of its own', () => {
    expect(findSharedPictures(PICTURES)).toEqual([]);
    expect(() => checkEveryIdeaHasItsOwnPicture(PICTURES)).not.toThrow();
  });

  it('fails the build when two ideas are drawn with the same symbol', () => {
    const shared = {
      council: {
        idea: 'Your council',
        alt: 'An office building',
        source: { symbol: 'office_block' },
      },
      office: { idea: 'An office', alt: 'An office', source: { symbol: 'office_block' } },
    };
    expect(findSharedPictures(shared)).toEqual([['council', 'office']]);
    expect(() => checkEveryIdeaHasItsOwnPicture(shared)).toThrow(SharedPictureError);
  });

  it('tells two pictures apart when only the smaller symbol differs', () => {
    const pictures = {
      budget: {
        idea: 'Budget',
        alt: 'Money and a calendar',
        source: { symbol: 'money', badge: 'calendar' },
      },
      fund: {
        idea: 'Fund',
        alt: 'Money and a worker',
        source: { symbol: 'money', badge: 'care_assistant_1a' },
      },
    };
    expect(findSharedPictures(pictures)).toEqual([]);
  });

  it('says in words what every picture shows, starting with a capital or a number', () => {
    for (const name of PICTURE_NAMES) {
      expect(PICTURES[name].alt, name).toMatch(/^[A-Z0-9].{2,}[^.]$/);
      expect(PICTURES[name].idea.length, name).toBeGreaterThan(2);
    }
  });

  it('says what each picture shows in its own words, so no 2 ideas sound the same', () => {
    const alts = PICTURE_NAMES.map((name) => PICTURES[name].alt);
    expect(alts.filter((alt, index) => alts.indexOf(alt) !== index)).toEqual([]);
  });

  it('knows its own ideas and nothing else', () => {
    expect(isPictureName('council')).toBe(true);
    expect(isPictureName('toString')).toBe(false);
    expect(isPictureName('goal.svg')).toBe(false);
  });
});

describe('the picture files', () => {
  const files = readdirSync(PICTURE_FOLDER).filter((file) => file.endsWith('.svg'));

  it('has one file for each idea, and no file for an idea that is gone', () => {
    expect(files.map((file) => file.replace(/\.svg$/, '')).sort()).toEqual(
      [...PICTURE_NAMES].sort(),
    );
  });

  it('keeps every file optimised, as the pictures script writes it', () => {
    for (const file of files) {
      const svg = readFileSync(join(PICTURE_FOLDER, file), 'utf8');
      expect(optimisePicture(svg), file).toBe(svg);
    }
  }, 60_000);

  // The map of the UK is the one detailed outline: about 20 KB, under 7 KB sent compressed.
  it('keeps every picture small: under 24 KB before compression', () => {
    for (const file of files) {
      expect(readFileSync(join(PICTURE_FOLDER, file)).length, file).toBeLessThan(24_000);
    }
  });

  it('keeps the symbols’ licence beside them', () => {
    expect(readFileSync(join(PICTURE_FOLDER, 'LICENSE.txt'), 'utf8')).toMatch(
      /Creative Commons Attribution-Share ?Alike/,
    );
  });
});
