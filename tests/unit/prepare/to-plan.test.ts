/*
 * "Use this in my support plan": the draft keeps the person's words exactly, invents nothing,
 * gives no draft for empty notes, and fills only the empty parts of a plan.
 */
import { describe, expect, it } from 'vitest';
import {
  addGoal,
  createEmptyPlan,
  updateGoal,
  updateSection,
  type Plan,
} from '../../../src/lib/plan';
import { MAX_TEXT_LENGTH } from '../../../src/lib/plan/limits';
import {
  createEmptyNotes,
  updateArea,
  updateWhatMatters,
  type PreparationNotes,
} from '../../../src/lib/prepare/notes';
import {
  DRAFTED_PARTS,
  draftPlanFromNotes,
  NOTHING_TO_DRAFT_MESSAGE,
  type NotesDraft,
} from '../../../src/lib/prepare/to-plan';
import { fillPlanFromDraft } from '../../../src/lib/plan/from-notes';

const now = new Date('2026-12-02T10:42:00.000Z');
const written = (words: string) => ({ words, notSure: null });

function notesWithWords(): PreparationNotes {
  let notes = createEmptyNotes(now, 'assessment-notes');
  notes = updateWhatMatters(
    notes,
    {
      goodDay: written('Swimming, then tea with Mum 🍰.'),
      keepDoing: written('Going to church on Sundays.'),
      wantToDo: written('Cook my own dinner.\n\n  Take the bus to town  \n'),
    },
    now,
  );
  notes = updateArea(
    notes,
    'food',
    {
      isHard: 'yes',
      badDay: written('I skip meals.'),
      whoHelps: written('My sister, on Fridays.'),
      better: written('Someone to cook with me.'),
    },
    now,
  );
  notes = updateArea(notes, 'washing', { isHard: 'sometimes' }, now);
  // Not hard: none of its words go in "How to support you well".
  return updateArea(notes, 'dressing', { isHard: 'no', badDay: written('Buttons.') }, now);
}

function draftOf(notes: PreparationNotes): NotesDraft {
  const result = draftPlanFromNotes(notes);
  if (!result.ok) throw new Error(result.message);
  return result.draft;
}

describe('drafting a plan from the notes', () => {
  it('keeps every word of "What matters to me" as written', () => {
    const draft = draftOf(notesWithWords());
    expect(draft.aboutMe.mattersToMe).toBe(
      'A good day:\nSwimming, then tea with Mum 🍰.\n\nWhat I want to keep doing:\nGoing to church on Sundays.',
    );
  });

  it('makes each line of what the person wants to be able to do a goal', () => {
    expect(draftOf(notesWithWords()).goals).toEqual([
      'Cook my own dinner.',
      'Take the bus to town',
    ]);
  });

  it('lists only the hard areas, with their answers, in "How to support you well"', () => {
    const text = draftOf(notesWithWords()).aboutMe.howToSupportMe;
    expect(text).toBe(
      [
        'Food and drink. Is this hard for me? Yes.',
        'On a bad day: I skip meals.',
        'Who helps me now: My sister, on Fridays.',
        'What would make it better: Someone to cook with me.',
        '',
        'Washing and keeping clean. Is this hard for me? Sometimes.',
      ].join('\n'),
    );
    expect(text).not.toContain('Buttons');
    expect(text).not.toContain('Getting dressed');
  });

  it('invents nothing for answers left empty or not known', () => {
    const notes = updateWhatMatters(
      createEmptyNotes(now, 'n'),
      { goodDay: { words: '', notSure: 'dont-know' }, wantToDo: written('See the sea.') },
      now,
    );
    const draft = draftOf(notes);
    expect(draft.aboutMe).toEqual({ mattersToMe: '', howToSupportMe: '' });
    expect(draft.goals).toEqual(['See the sea.']);
  });

  it('gives no draft, and a kind message, for empty notes', () => {
    expect(draftPlanFromNotes(createEmptyNotes(now, 'n'))).toEqual({
      ok: false,
      message: NOTHING_TO_DRAFT_MESSAGE,
    });
    const notSureOnly = updateArea(
      createEmptyNotes(now, 'n'),
      'food',
      { isHard: 'dont-know', badDay: written('Sometimes.') },
      now,
    );
    expect(draftPlanFromNotes(notSureOnly).ok).toBe(false);
  });

  it('leaves out, and names, an answer too long for the plan’s box, never cutting it', () => {
    const long = 'a'.repeat(MAX_TEXT_LENGTH - 5);
    const notes = updateWhatMatters(
      createEmptyNotes(now, 'n'),
      { goodDay: written(long), keepDoing: written('Walks.') },
      now,
    );
    const draft = draftOf(notes);
    expect(draft.aboutMe.mattersToMe).toBe('What I want to keep doing:\nWalks.');
    expect(draft.leftOut).toEqual(['A good day']);
  });
});

describe('filling a plan from the draft', () => {
  it('fills a new plan and marks its parts in progress', () => {
    const result = fillPlanFromDraft(createEmptyPlan(now, 'p'), draftOf(notesWithWords()), now);
    expect(result.filled).toEqual([
      DRAFTED_PARTS.mattersToMe,
      DRAFTED_PARTS.howToSupportMe,
      DRAFTED_PARTS.goals,
    ]);
    expect(result.kept).toEqual([]);
    expect(result.plan.aboutMe.mattersToMe).toContain('Swimming, then tea with Mum 🍰.');
    expect(result.plan.goals.items.map((goal) => goal.inMyWords)).toEqual([
      'Cook my own dinner.',
      'Take the bus to town',
    ]);
    expect(result.plan.sectionStatus.aboutMe).toBe('in-progress');
    expect(result.plan.sectionStatus.goals).toBe('in-progress');
  });

  it('never changes words the person already wrote in a plan', () => {
    let plan: Plan = createEmptyPlan(now, 'p');
    plan = updateSection(plan, 'aboutMe', { mattersToMe: 'My cat.' }, now);
    plan = addGoal(plan, now, 'g1');
    plan = updateGoal(plan, 'g1', { inMyWords: 'Get a job.' }, now);
    const result = fillPlanFromDraft(plan, draftOf(notesWithWords()), now);
    expect(result.plan.aboutMe.mattersToMe).toBe('My cat.');
    expect(result.plan.goals.items.map((goal) => goal.inMyWords)).toEqual(['Get a job.']);
    expect(result.filled).toEqual([DRAFTED_PARTS.howToSupportMe]);
    expect(result.kept).toEqual([DRAFTED_PARTS.mattersToMe, DRAFTED_PARTS.goals]);
  });

  it('adds goals when the plan’s goals are all empty, keeping a status the person set', () => {
    let plan = addGoal(createEmptyPlan(now, 'p'), now, 'empty');
    plan = { ...plan, sectionStatus: { ...plan.sectionStatus, goals: 'done' } };
    const result = fillPlanFromDraft(plan, draftOf(notesWithWords()), now);
    expect(result.plan.goals.items.map((goal) => goal.inMyWords)).toEqual([
      '',
      'Cook my own dinner.',
      'Take the bus to town',
    ]);
    expect(result.plan.sectionStatus.goals).toBe('done');
  });
});
