import { describe, expect, it } from 'vitest';
import { measureSentences } from '../../../src/lib/readability';
import { guideFigures } from '../../../src/lib/guides/figures';
import { HARD_WORDS, findHardWord } from '../../../src/lib/guides/hard-words';
import { parseSentence } from '../../../src/lib/guides/markup';
import {
  checkGuide,
  checkReadability,
  describeBreak,
  LIMITS,
  measureGuide,
} from '../../../src/lib/guides/rules';
import { loadGuides } from './load-guides';
import { isPictureName } from '../../../src/lib/pictures/registry';

const guides = loadGuides();
const figures = guideFigures();

describe('every guide', () => {
  it('exists', () => {
    expect(guides.length).toBeGreaterThan(0);
  });

  it('has its own place in the order', () => {
    const orders = guides.map((guide) => guide.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    '%s keeps the easy-read rules',
    (_id, guide) => {
      expect(checkGuide(guide, figures).map(describeBreak)).toEqual([]);
    },
  );

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    '%s meets the readability thresholds in EASY_READ.md',
    (_id, guide) => {
      expect(checkReadability(guide, figures).map(describeBreak)).toEqual([]);
    },
  );

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    '%s gives every point a picture from the pictures registry',
    (_id, guide) => {
      for (const row of guide.data.rows) {
        expect(row.picture).toSatisfy(isPictureName);
      }
    },
  );

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    '%s lists its sources',
    (_id, guide) => {
      expect(guide.data.sources.length).toBeGreaterThan(0);
    },
  );
});

describe('hard words', () => {
  it('every marked word has an entry in the hard words list', () => {
    const missing: string[] = [];
    for (const guide of guides) {
      for (const row of guide.data.rows) {
        for (const sentence of row.sentences) {
          for (const segment of parseSentence(sentence)) {
            if (segment.kind === 'hard-word' && findHardWord(segment.key) === undefined) {
              missing.push(`${guide.id}: [[${segment.key}]]`);
            }
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every explanation is short and easy', () => {
    for (const word of HARD_WORDS) {
      const sentences = [word.meaning, word.scotland, word.more].filter(
        (sentence): sentence is string => sentence !== undefined,
      );
      const measures = measureSentences(sentences);
      expect(measures.longestFirst[0]?.words ?? 0, word.term).toBeLessThanOrEqual(
        LIMITS.easyRead.longest,
      );
    }
  });

  it('keeps the list in order from A to Z', () => {
    const terms = HARD_WORDS.map((word) => word.term.toLowerCase());
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b)));
  });

  it('lists each word once', () => {
    const terms = HARD_WORDS.map((word) => word.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('readability report', () => {
  it('prints each guide’s scores and its longest sentences', () => {
    const lines = guides.map((guide) => {
      const m = measureGuide(guide, figures);
      const worst = m.easyRead.longestFirst[0];
      const worstDetail = m.moreDetail.longestFirst[0];
      return [
        `${guide.id}: easy read ${m.easyReadWords} words, average ${m.easyRead.averageWords.toFixed(1)},`,
        `ease ${m.easyRead.readingEase.toFixed(0)}, grade ${m.easyRead.grade.toFixed(1)};`,
        `More detail average ${m.moreDetail.averageWords.toFixed(1)}, ease ${m.moreDetail.readingEase.toFixed(0)},`,
        `grade ${m.moreDetail.grade.toFixed(1)}`,
        `\n  longest easy read: "${worst?.text ?? ''}" (${worst?.words ?? 0})`,
        `\n  longest More detail: "${worstDetail?.text ?? ''}" (${worstDetail?.words ?? 0})`,
      ].join(' ');
    });
    console.log(`Readability of the guides\n${lines.join('\n')}`);
    expect(lines).toHaveLength(guides.length);
  });
});

describe('K’s figures in the guides', () => {
  it('are the source’s own: about £117 a week and about £6,084 a year', () => {
    expect(figures['k.source.week']).toBe('£117');
    expect(figures['k.source.year']).toBe('£6,084');
  });
});
