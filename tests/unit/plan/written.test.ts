import { describe, expect, it } from 'vitest';
import {
  createEmptyPlan,
  isPartWritten,
  partsStillToWrite,
  PLAN_SECTIONS,
  writtenParts,
  type Plan,
} from '../../../src/lib/plan';
import { fullPlan, threePartPlan } from '../export/support/plans';

const empty = (): Plan => createEmptyPlan(new Date('2026-11-24T10:00:00.000Z'), 'p1');

describe('which parts of a plan are written', () => {
  it('says no part of a new plan is written, so all 9 are still to write', () => {
    expect(writtenParts(empty())).toEqual([]);
    expect(partsStillToWrite(empty())).toEqual(PLAN_SECTIONS.map((section) => section.id));
  });

  it('says every part of a full plan is written', () => {
    expect(writtenParts(fullPlan())).toHaveLength(9);
    expect(partsStillToWrite(fullPlan())).toEqual([]);
  });

  it('lists the parts still to write in the order of the task list', () => {
    expect(writtenParts(threePartPlan())).toEqual(['aboutMe', 'goals', 'budget']);
    expect(partsStillToWrite(threePartPlan())).toEqual([
      'spending',
      'people',
      'provider',
      'safety',
      'decisions',
      'reviews',
    ]);
  });

  it('does not count spaces and new lines as writing', () => {
    const plan = empty();
    plan.safety.whoToCall = '  \n ';
    expect(isPartWritten(plan, 'safety')).toBe(false);
    plan.safety.whoToCall = 'Jo';
    expect(isPartWritten(plan, 'safety')).toBe(true);
  });

  it('counts a part as written by what is in it, not by its status', () => {
    const plan = empty();
    plan.sectionStatus.decisions = 'done';
    expect(isPartWritten(plan, 'decisions')).toBe(false);
    plan.decisions.whatIDecide = 'What I wear.';
    plan.sectionStatus.decisions = 'not-started';
    expect(isPartWritten(plan, 'decisions')).toBe(true);
  });

  it('does not count a goal, item or person that was added but left empty', () => {
    const plan = empty();
    plan.goals.items = [
      {
        id: 'g1',
        inMyWords: '',
        whyItMatters: '',
        howWeWillKnow: '',
        byWhen: '',
        byWhenAsTyped: null,
      },
    ];
    plan.spending.items = [
      {
        id: 'i1',
        what: '',
        whoProvides: '',
        howOften: 'year',
        cost: '',
        costAsTyped: '',
        goalIds: [],
      },
    ];
    plan.people.items = [
      { id: 'p1', name: '', howIKnowThem: '', whatTheyHelpWith: '', contact: '' },
    ];
    expect(writtenParts(plan)).toEqual([]);
  });

  it('counts a date typed that is not a real date yet', () => {
    const plan = empty();
    plan.reviews.nextReviewDateAsTyped = { day: '31', month: '2', year: '' };
    expect(isPartWritten(plan, 'reviews')).toBe(true);
  });

  it('counts a budget once it has a figure or a note, but not a choice with no figure', () => {
    const plan = empty();
    plan.budget.source = 'typed';
    expect(isPartWritten(plan, 'budget')).toBe(false);
    plan.budget.typedAmountAsTyped = '45 quid';
    expect(isPartWritten(plan, 'budget')).toBe(true);
    plan.budget.typedAmountAsTyped = '';
    plan.budget.notes = 'I am waiting for my council.';
    expect(isPartWritten(plan, 'budget')).toBe(true);
  });

  it('counts an answer to a provider question, but not the question alone', () => {
    const plan = empty();
    plan.provider.answers = [{ questionId: 'q1', question: 'Can I choose?', answer: '' }];
    expect(isPartWritten(plan, 'provider')).toBe(false);
    plan.provider.answers = [{ questionId: 'q1', question: 'Can I choose?', answer: 'Yes.' }];
    expect(isPartWritten(plan, 'provider')).toBe(true);
  });
});
