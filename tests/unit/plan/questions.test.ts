import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords, splitSentences } from '../../../src/lib/readability';
import { PLAN_SECTIONS, createEmptyPlan } from '../../../src/lib/plan';
import {
  PROVIDER_QUESTIONS,
  SECTION_GUIDES,
  plannerIconNames,
  questionFor,
} from '../../../src/lib/plan/questions';

const ICONS = join(process.cwd(), 'node_modules', '@tabler', 'icons', 'icons', 'outline');
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
        expect(question.icon, question.label).not.toBe('');
      }
    }
    for (const question of PROVIDER_QUESTIONS) expect(question.example).not.toBe('');
  });

  it('uses only pictures the icon set has', () => {
    for (const name of plannerIconNames())
      expect(existsSync(join(ICONS, `${name}.svg`))).toBe(true);
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
