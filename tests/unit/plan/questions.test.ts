import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../../src/lib/readability';
import { PLAN_SECTIONS, createEmptyPlan } from '../../../src/lib/plan';
import {
  PROVIDER_QUESTIONS,
  SECTION_GUIDES,
  plannerPictureNames,
  questionFor,
} from '../../../src/lib/plan/questions';
import { SECTION_PICTURES } from '../../../src/lib/plan/section-pictures';
import { isPictureName } from '../../../src/lib/pictures/registry';

const plan = createEmptyPlan(new Date('2026-11-24T10:00:00.000Z'), 'p1');

function itemFields(section: string): readonly string[] {
  switch (section) {
    case 'goals':
      return ['inMyWords', 'whyItMatters', 'howWeWillKnow', 'byWhen'];
    case 'spending':
      return ['what', 'whoProvides', 'howOften', 'cost', 'goalIds', 'flexibility'];
    case 'people':
      return ['name', 'howIKnowThem', 'whatTheyHelpWith', 'contact'];
    default:
      return Object.keys(plan[section as keyof typeof plan] as object);
  }
}

describe('the help beside each question', () => {
  it('has a guide for each of the 9 sections', () => {
    expect(Object.keys(SECTION_GUIDES).sort()).toEqual(PLAN_SECTIONS.map((s) => s.id).sort());
  });

  it('asks only about fields the plan has', () => {
    for (const guide of Object.values(SECTION_GUIDES)) {
      for (const question of guide.questions) {
        expect(itemFields(guide.id)).toContain(question.field);
      }
    }
  });

  it('gives every question easy-read help, an example and a picture', () => {
    for (const guide of Object.values(SECTION_GUIDES)) {
      for (const question of guide.questions) {
        expect(question.help.length, question.label).toBeGreaterThan(0);
        expect(question.example, question.label).not.toBe('');
        expect(isPictureName(question.picture), question.label).toBe(true);
      }
    }
    for (const question of PROVIDER_QUESTIONS) expect(question.example).not.toBe('');
  });

  it('takes every picture from the pictures registry, one for each part and question', () => {
    const names = plannerPictureNames();
    for (const name of names) expect(isPictureName(name), name).toBe(true);
    for (const guide of Object.values(SECTION_GUIDES)) {
      expect(guide.picture).toBe(SECTION_PICTURES[guide.id]);
      expect(names).toContain(guide.picture);
      for (const question of guide.questions) expect(names).toContain(question.picture);
    }
  });

  it('keeps easy-read sentences to 15 words or fewer', () => {
    const texts = Object.values(SECTION_GUIDES).flatMap((guide) => [
      ...guide.intro,
      ...guide.questions.flatMap((question) => [...question.help, question.label]),
    ]);
    for (const text of texts) {
      for (const sentence of splitSentences(text)) {
        expect(countWords(sentence), sentence).toBeLessThanOrEqual(15);
      }
    }
  });

  it('gives each provider question its own id', () => {
    const ids = PROVIDER_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds a question by its field, and refuses one that does not exist', () => {
    expect(questionFor('goals', 'byWhen').label).toBe('By when');
    expect(() => questionFor('goals', 'nope')).toThrow(/no question/);
  });
});
