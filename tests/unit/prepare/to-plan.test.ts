/*
 * "Use my notes in my support plan": the draft keeps the person's words exactly, invents nothing,
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
import { MAX_GOALS, MAX_TEXT_LENGTH } from '../../../src/lib/plan/limits';
import { questionFor } from '../../../src/lib/plan/questions';
import {
  createEmptyNotes,
  NOT_SURE_LABELS,
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
        'What happens on a bad day: I skip meals.',
        'Who helps me now, and how often: My sister, on Fridays.',
        'What would make it better: Someone to cook with me.',
        '',
        'Washing and keeping clean. Is this hard for me? Sometimes.',
      ].join('\n'),
    );
    expect(text).not.toContain('Buttons');
    expect(text).not.toContain('Getting dressed');
  });

  it('says each ticked way an area is hard in the person’s words, with what they added', () => {
    let notes = updateArea(
      createEmptyNotes(now, 'n'),
      'food',
      { isHard: 'yes', hardWays: { chosen: ['needs-help', 'risk'], words: '', notSure: null } },
      now,
    );
    notes = updateArea(
      notes,
      'washing',
      {
        isHard: 'sometimes',
        hardWays: { chosen: ['takes-long'], words: 'An hour.', notSure: 'ask-at-meeting' },
      },
      now,
    );
    expect(draftOf(notes).aboutMe.howToSupportMe).toBe(
      [
        'Food and drink. Is this hard for me? Yes.',
        'How it is hard for me: I need someone to help me. I or someone else could get hurt.',
        '',
        'Washing and keeping clean. Is this hard for me? Sometimes.',
        `How it is hard for me: It takes me a lot longer than most people. An hour. ${NOT_SURE_LABELS['ask-at-meeting']}.`,
      ].join('\n'),
    );
  });

  it('names the plan’s parts in the planner’s own words', () => {
    expect(DRAFTED_PARTS).toEqual({
      mattersToMe: `About me: ${questionFor('aboutMe', 'mattersToMe').label}`,
      howToSupportMe: `About me: ${questionFor('aboutMe', 'howToSupportMe').label}`,
      goals: 'What I want to achieve',
    });
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

  it('fills the plan’s empty goals first, keeping a status the person set', () => {
    let plan = addGoal(createEmptyPlan(now, 'p'), now, 'empty');
    plan = { ...plan, sectionStatus: { ...plan.sectionStatus, goals: 'done' } };
    const result = fillPlanFromDraft(plan, draftOf(notesWithWords()), now);
    expect(result.plan.goals.items.map((goal) => [goal.id, goal.inMyWords])).toEqual([
      ['empty', 'Cook my own dinner.'],
      [expect.any(String), 'Take the bus to town'],
    ]);
    expect(result.plan.sectionStatus.goals).toBe('done');
    expect(result.goalsNotAdded).toEqual([]);
  });

  it('names the goals that do not fit in the plan, and says only what was added', () => {
    let plan = createEmptyPlan(now, 'p');
    for (let index = 0; index < MAX_GOALS; index += 1) plan = addGoal(plan, now, `g${index}`);
    const goals = Array.from({ length: MAX_GOALS + 2 }, (_, index) => `Goal ${index + 1}`);
    const draft: NotesDraft = {
      aboutMe: { mattersToMe: '', howToSupportMe: '' },
      goals,
      leftOut: [],
    };
    const result = fillPlanFromDraft(plan, draft, now);
    expect(result.plan.goals.items).toHaveLength(MAX_GOALS);
    expect(result.plan.goals.items.at(-1)?.inMyWords).toBe(`Goal ${MAX_GOALS}`);
    expect(result.goalsNotAdded).toEqual([`Goal ${MAX_GOALS + 1}`, `Goal ${MAX_GOALS + 2}`]);
    expect(result.filled).toEqual([DRAFTED_PARTS.goals]);
  });
});
