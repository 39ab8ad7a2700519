/*
 * Notes for an assessment for the export tests: 3 areas and the carer's part written (the case
 * the printout must fit on 6 pages), with what matters and questions for the meeting, and
 * hostile text.
 */
import {
  createEmptyNotes,
  preparationNotesSchema,
  type PreparationNotes,
} from '../../../../src/lib/prepare/notes';

/** Text a spreadsheet or a web page could take as a command, kept as words. */
export const HOSTILE_WORDS = '<script>alert(1)</script> =HYPERLINK("http://evil.example","Click")';

/**
 * Alex's notes: food (sometimes hard), washing (hard) and the home (not hard), written; the
 * carer's part; what matters; 2 questions. Every other area is empty.
 */
export function threeAreaNotes(): PreparationNotes {
  const empty = createEmptyNotes(new Date('2026-12-01T09:00:00.000Z'), 'assessment-notes');
  return preparationNotesSchema.parse({
    ...empty,
    areas: {
      ...empty.areas,
      food: {
        status: 'done',
        isHard: 'sometimes',
        badDay: { words: 'I forget to eat.\nThen I feel dizzy & fall.', notSure: null },
        hardWays: { chosen: ['needs-help', 'risk'], words: 'Most weeks, 3 times.', notSure: null },
        whoHelps: { words: 'My sister, on Sundays.', notSure: null },
        better: { words: '', notSure: 'ask-at-meeting' },
      },
      washing: {
        status: 'done',
        isHard: 'yes',
        badDay: { words: 'I cannot reach my feet. It takes 2 hours a day.', notSure: null },
        hardWays: { chosen: ['hurts-or-worries', 'takes-long'], words: '', notSure: null },
        whoHelps: { words: '', notSure: 'dont-know' },
        better: { words: 'A shower seat. It costs £45 a week to rent.', notSure: null },
      },
      home: {
        status: 'in-progress',
        isHard: 'no',
        badDay: { words: '', notSure: null },
        better: { words: 'A cleaner once a week.', notSure: null },
      },
    },
    carer: {
      status: 'done',
      whatTheyDo: { words: 'My mum cooks and helps me wash.', notSure: null },
      howOften: { words: 'Every morning and every night.', notSure: null },
      costs: { chosen: ['time', 'work'], words: 'She gave up her job.', notSure: null },
    },
    whatMatters: {
      status: 'done',
      goodDay: { words: 'Swimming, then tea with Sam.', notSure: null },
      wantToDo: { words: '', notSure: 'dont-know' },
    },
    questions: {
      status: 'done',
      list: [
        { id: 'q1', text: 'Can I have an Individual Service Fund?' },
        { id: 'q2', text: 'Who will read my notes?' },
      ],
    },
  });
}

/** The 3 areas' notes with hostile text in every box that takes words. */
export function hostileNotes(): PreparationNotes {
  const notes = threeAreaNotes();
  const words = { words: HOSTILE_WORDS, notSure: null };
  return preparationNotesSchema.parse({
    ...notes,
    areas: {
      ...notes.areas,
      toilet: { isHard: 'yes', badDay: words, hardWays: { words: HOSTILE_WORDS } },
    },
    carer: { ...notes.carer, whatTheyDo: words },
    whatMatters: { ...notes.whatMatters, keepDoing: words },
    questions: { ...notes.questions, list: [{ id: 'q1', text: HOSTILE_WORDS }] },
  });
}
