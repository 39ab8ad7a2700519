/* Notes for an assessment: every question skippable, "not sure" answers, and the format check. */
import { describe, expect, it } from 'vitest';
import { AREA_IDS } from '../../../src/lib/prepare/areas';
import {
  createEmptyNotes,
  emptyAreaNotes,
  isAreaEmpty,
  migrateNotes,
  nextNotesRevision,
  MAX_NOTES_REVISION,
  PREPARATION_SCHEMA_VERSION,
  updateArea,
  updateCarer,
  updateQuestions,
  updateWhatMatters,
} from '../../../src/lib/prepare/notes';
import {
  MAX_MEETING_QUESTION_LENGTH,
  MAX_MEETING_QUESTIONS,
} from '../../../src/lib/prepare/about-me';

const now = new Date('2026-12-02T10:42:00.000Z');
const later = new Date('2026-12-02T11:00:00.000Z');

describe('notes for an assessment', () => {
  it('starts with every area empty and not started', () => {
    const notes = createEmptyNotes(now, 'n1');
    expect(notes.schemaVersion).toBe(PREPARATION_SCHEMA_VERSION);
    expect(Object.keys(notes.areas)).toEqual([...AREA_IDS]);
    for (const id of AREA_IDS) {
      expect(notes.areas[id].status).toBe('not-started');
      expect(isAreaEmpty(notes.areas[id])).toBe(true);
    }
  });

  it('takes "I do not know" and "Ask me at the meeting" as answers', () => {
    const notes = updateArea(
      createEmptyNotes(now, 'n1'),
      'washing',
      {
        isHard: 'ask-at-meeting',
        badDay: { words: '', notSure: 'dont-know' },
      },
      later,
    );
    const read = migrateNotes(notes);
    expect(read.ok && read.notes.areas.washing.isHard).toBe('ask-at-meeting');
    expect(read.ok && read.notes.areas.washing.badDay.notSure).toBe('dont-know');
    expect(read.ok && isAreaEmpty(read.notes.areas.washing)).toBe(false);
    expect(notes.updatedAt).toBe('2026-12-02T11:00:00.000Z');
  });

  it('reads notes with missing answers as skipped questions', () => {
    const read = migrateNotes({
      schemaVersion: 1,
      id: 'n1',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      areas: { food: { isHard: 'yes' } },
    });
    if (!read.ok) throw new Error(read.message);
    expect(read.notes.areas.food.badDay).toEqual({ words: '', notSure: null });
    expect(read.notes.areas.toilet).toEqual(emptyAreaNotes());
  });

  it('refuses what is not notes, a newer format, and unknown answers', () => {
    expect(migrateNotes('hello').ok ? '' : (migrateNotes('hello') as { kind: string }).kind).toBe(
      'not-notes',
    );
    const newer = migrateNotes({ schemaVersion: PREPARATION_SCHEMA_VERSION + 1, id: 'n1' });
    expect(newer.ok ? 'ok' : newer.kind).toBe('newer-version');
    const odd = migrateNotes({
      ...createEmptyNotes(now, 'n1'),
      areas: { food: { isHard: 'maybe' } },
    });
    expect(odd.ok ? 'ok' : odd.kind).toBe('invalid');
    const twice = migrateNotes({
      ...createEmptyNotes(now, 'n1'),
      areas: { food: { hardWays: { chosen: ['risk', 'risk'] } } },
    });
    expect(twice.ok ? 'ok' : twice.kind).toBe('invalid');
  });

  it('refuses an area that is not in the list and a field it does not know', () => {
    const extraArea = migrateNotes({ ...createEmptyNotes(now, 'n1'), areas: { flying: {} } });
    expect(extraArea.ok).toBe(false);
    const extraField = migrateNotes({ ...createEmptyNotes(now, 'n1'), secret: 1 });
    expect(extraField.ok).toBe(false);
  });

  it('counts saves up, and starts again at 1 after the largest', () => {
    expect(nextNotesRevision(0)).toBe(1);
    expect(nextNotesRevision(MAX_NOTES_REVISION)).toBe(1);
  });
});

describe('the carer’s part of the notes', () => {
  const v1 = {
    schemaVersion: 1,
    id: 'n1',
    revision: 7,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    areas: { food: { status: 'done', isHard: 'yes', badDay: { words: 'I forget to eat.' } } },
  };

  it('brings format 1 notes up to format 2 with the new parts empty, keeping every answer', () => {
    const read = migrateNotes(v1);
    if (!read.ok) throw new Error(read.message);
    expect(read.migratedFrom).toBe(1);
    expect(read.notes.schemaVersion).toBe(2);
    expect(read.notes.revision).toBe(7);
    expect(read.notes.areas.food.status).toBe('done');
    expect(read.notes.areas.food.badDay.words).toBe('I forget to eat.');
    expect(read.notes.carer).toEqual({
      status: 'not-started',
      whatTheyDo: { words: '', notSure: null },
      howOften: { words: '', notSure: null },
      costs: { chosen: [], words: '', notSure: null },
    });
    expect(read.notes.whatMatters.status).toBe('not-started');
    expect(read.notes.whatMatters.goodDay).toEqual({ words: '', notSure: null });
    expect(read.notes.questions).toEqual({ status: 'not-started', list: [] });
  });

  it('does not change the format 1 notes it reads', () => {
    const copy = JSON.parse(JSON.stringify(v1)) as unknown;
    migrateNotes(v1);
    expect(v1).toEqual(copy);
  });

  it('keeps the carer’s answers through a save and a read', () => {
    const notes = updateCarer(
      createEmptyNotes(now, 'n1'),
      {
        status: 'in-progress',
        whatTheyDo: { words: 'My mum cooks and helps me wash.', notSure: null },
        howOften: { words: '', notSure: 'ask-at-meeting' },
        costs: { chosen: ['time', 'health'], words: 'Her back hurts.', notSure: null },
      },
      later,
    );
    const read = migrateNotes(JSON.parse(JSON.stringify(notes)));
    if (!read.ok) throw new Error(read.message);
    expect(read.notes.carer).toEqual(notes.carer);
    expect(read.migratedFrom).toBeNull();
  });

  it('refuses a cost it does not know, or one chosen twice', () => {
    const odd = migrateNotes({
      ...createEmptyNotes(now, 'n1'),
      carer: { costs: { chosen: ['sleep'] } },
    });
    expect(odd.ok).toBe(false);
    const twice = migrateNotes({
      ...createEmptyNotes(now, 'n1'),
      carer: { costs: { chosen: ['time', 'time'] } },
    });
    expect(twice.ok).toBe(false);
  });
});

describe('what matters and the questions for the meeting', () => {
  it('keeps them through a save and a read', () => {
    const notes = updateQuestions(
      updateWhatMatters(
        createEmptyNotes(now, 'n1'),
        { goodDay: { words: 'Swimming, then tea with Sam.', notSure: null } },
        later,
      ),
      { status: 'done', list: [{ id: 'q1', text: 'How will you work out my budget?' }] },
      later,
    );
    const read = migrateNotes(JSON.parse(JSON.stringify(notes)));
    if (!read.ok) throw new Error(read.message);
    expect(read.notes.whatMatters.goodDay.words).toBe('Swimming, then tea with Sam.');
    expect(read.notes.questions.list).toEqual([
      { id: 'q1', text: 'How will you work out my budget?' },
    ]);
  });

  it('refuses more questions than the list holds, a question too long, or one id twice', () => {
    const many = Array.from({ length: MAX_MEETING_QUESTIONS + 1 }, (_, index) => ({
      id: `q${index}`,
      text: 'Why?',
    }));
    const tooMany = migrateNotes({ ...createEmptyNotes(now, 'n1'), questions: { list: many } });
    expect(tooMany.ok ? '' : tooMany.message).toBe(
      `questions list holds more than ${MAX_MEETING_QUESTIONS} questions. Remove one to save your notes.`,
    );
    const long = [{ id: 'q1', text: 'a'.repeat(MAX_MEETING_QUESTION_LENGTH + 1) }];
    expect(migrateNotes({ ...createEmptyNotes(now, 'n1'), questions: { list: long } }).ok).toBe(
      false,
    );
    const twice = [
      { id: 'q1', text: 'One' },
      { id: 'q1', text: 'Two' },
    ];
    expect(migrateNotes({ ...createEmptyNotes(now, 'n1'), questions: { list: twice } }).ok).toBe(
      false,
    );
  });
});
