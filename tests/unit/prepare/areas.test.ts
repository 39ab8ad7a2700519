/*
 * The areas of "Get ready for your assessment" (issue 19), pinned to the law they paraphrase:
 * the Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(2) and 2(3), as
 * published on legislation.gov.uk (uksi/2015/313). The words below are copied from there.
 */
import { describe, expect, it } from 'vitest';
import {
  AREAS,
  AREA_IDS,
  citeArea,
  citeHardWay,
  findArea,
  HARD_WAYS,
  isAreaId,
  UnknownAreaError,
} from '../../../src/lib/prepare/areas';
import { isPictureName } from '../../../src/lib/pictures/registry';
import { countWords, splitSentences } from '../../../src/lib/readability';

/** Regulation 2(2): "The specified outcomes are—". */
const REGULATION_2_2 = `
(a)managing and maintaining nutrition;
(b)maintaining personal hygiene;
(c)managing toilet needs;
(d)being appropriately clothed;
(e)being able to make use of the adult’s home safely;
(f)maintaining a habitable home environment;
(g)developing and maintaining family or other personal relationships;
(h)accessing and engaging in work, training, education or volunteering;
(i)making use of necessary facilities or services in the local community including public transport, and recreational facilities or services; and
(j)carrying out any caring responsibilities the adult has for a child.
`;

/** Regulation 2(3): "an adult is to be regarded as being unable to achieve an outcome if the adult—". */
const REGULATION_2_3 = `
(a)is unable to achieve it without assistance;
(b)is able to achieve it without assistance but doing so causes the adult significant pain, distress or anxiety;
(c)is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult, or of others; or
(d)is able to achieve it without assistance but takes significantly longer than would normally be expected.
`;

/** The paragraphs of a piece of the Regulations, by letter, without the joining "; and". */
function paragraphs(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of text.trim().split('\n')) {
    const match = /^\(([a-z])\)(.+?)(?:; and|; or|;|\.)$/.exec(line);
    if (match?.[1] && match[2]) found.set(match[1], match[2]);
  }
  return found;
}

describe('the areas a council looks at', () => {
  const outcomes = paragraphs(REGULATION_2_2);

  it('has one area for each of the 10 outcomes in regulation 2(2), in the same order', () => {
    expect(outcomes.size).toBe(10);
    expect(AREAS.map((area) => area.regulation.letter)).toEqual([...outcomes.keys()]);
  });

  it.each(AREAS.map((area) => [area.title, area] as const))(
    '"%s" keeps the exact words of the outcome it paraphrases',
    (_title, area) => {
      expect(area.regulation.wording).toBe(outcomes.get(area.regulation.letter));
    },
  );

  it('cites each area by its paragraph of the Regulations', () => {
    expect(citeArea(findArea('food'))).toBe(
      'The Care and Support (Eligibility Criteria) Regulations 2015, regulation 2(2)(a)',
    );
    expect(citeArea(findArea('caring-for-a-child'))).toMatch(/regulation 2\(2\)\(j\)$/);
  });

  it('gives every area a picture from the registry, each one different', () => {
    for (const area of AREAS) expect(isPictureName(area.picture), area.id).toBe(true);
    expect(new Set(AREAS.map((area) => area.picture)).size).toBe(AREAS.length);
  });

  it('gives every area a title, an explanation and examples', () => {
    for (const area of AREAS) {
      expect(area.title.length, area.id).toBeGreaterThan(3);
      expect(area.explanation.length, area.id).toBeGreaterThanOrEqual(1);
      expect(area.explanation.length, area.id).toBeLessThanOrEqual(3);
      expect(area.examples.length, area.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('writes every sentence in easy read: 15 words or fewer, and no "e.g." or "etc."', () => {
    const sentences = [
      ...AREAS.flatMap((area) => [area.title, ...area.explanation, ...area.examples]),
      ...HARD_WAYS.flatMap((way) => [way.question, way.example]),
    ];
    for (const text of sentences) {
      for (const sentence of splitSentences(text)) {
        expect(countWords(sentence), sentence).toBeLessThanOrEqual(15);
      }
      expect(text).not.toMatch(/\be\.g\.|\betc\b/i);
    }
  });

  it('knows its own areas and refuses any other', () => {
    expect(AREA_IDS).toHaveLength(10);
    expect(new Set(AREA_IDS).size).toBe(10);
    expect(isAreaId('washing')).toBe(true);
    expect(isAreaId('flying')).toBe(false);
    expect(() => findArea('flying')).toThrow(UnknownAreaError);
  });
});

describe('the ways a thing counts as hard', () => {
  const ways = paragraphs(REGULATION_2_3);

  it('has one question for each of the 4 ways in regulation 2(3), in the same order', () => {
    expect(ways.size).toBe(4);
    expect(HARD_WAYS.map((way) => way.regulation.letter)).toEqual([...ways.keys()]);
  });

  it.each(HARD_WAYS.map((way) => [way.question, way] as const))(
    '"%s" keeps the exact words it paraphrases',
    (_question, way) => {
      expect(way.regulation.wording).toBe(ways.get(way.regulation.letter));
    },
  );

  it('asks about pain, worry, risk and time, as the rules count them', () => {
    const [help, hurts, risk, long] = HARD_WAYS;
    expect(help?.question).toMatch(/help/);
    expect(hurts?.question).toMatch(/hurt/);
    expect(hurts?.question).toMatch(/worry/);
    expect(risk?.question).toMatch(/hurt/);
    expect(long?.question).toMatch(/longer/);
    expect(citeHardWay(HARD_WAYS[3]!)).toMatch(/regulation 2\(3\)\(d\)$/);
  });

  it('gives every question a picture from the registry', () => {
    for (const way of HARD_WAYS) expect(isPictureName(way.picture), way.id).toBe(true);
  });
});
