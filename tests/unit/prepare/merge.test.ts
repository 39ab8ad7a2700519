/* Putting 2 tabs' notes together: each answer from the side that changed it, no words lost. */
import { describe, expect, it } from 'vitest';
import { joinWords, mergeNotes } from '../../../src/lib/prepare/merge';
import {
  createEmptyNotes,
  updateArea,
  updateCarer,
  updateQuestions,
  updateWhatMatters,
} from '../../../src/lib/prepare/notes';
import { readPrepareRoute, writePrepareRoute } from '../../../src/lib/prepare/route';

const now = new Date('2026-12-02T10:00:00.000Z');
const later = new Date('2026-12-02T10:05:00.000Z');
const base = { ...createEmptyNotes(now, 'n1'), revision: 3 };

describe('putting 2 versions of the notes together', () => {
  it('keeps questions added in either tab, drops one removed in one tab, and joins both edits', () => {
    const start = updateQuestions(
      base,
      {
        list: [
          { id: 'a', text: 'Keep me' },
          { id: 'b', text: 'Remove me' },
          { id: 'c', text: 'Edit me' },
        ],
      },
      now,
    );
    const ours = updateQuestions(
      start,
      {
        list: [
          { id: 'a', text: 'Keep me' },
          { id: 'c', text: 'Edit me here' },
          { id: 'd', text: 'New here' },
        ],
      },
      later,
    );
    const theirs = updateQuestions(
      start,
      {
        list: [
          { id: 'a', text: 'Keep me' },
          { id: 'b', text: 'Remove me' },
          { id: 'c', text: 'Edit me there' },
          { id: 'e', text: 'New there' },
        ],
      },
      now,
    );
    const merged = mergeNotes(start, ours, theirs);
    expect(merged.notes.questions.list).toEqual([
      { id: 'a', text: 'Keep me' },
      { id: 'c', text: 'Edit me there\n\nEdit me here' },
      { id: 'e', text: 'New there' },
      { id: 'd', text: 'New here' },
    ]);
    expect(merged.joined).toBe(true);
  });

  it('takes "What matters to me" from the side that changed it', () => {
    const ours = updateWhatMatters(base, { keepDoing: { words: 'My job.', notSure: null } }, later);
    const theirs = updateWhatMatters(base, { goodDay: { words: 'A walk.', notSure: null } }, now);
    const merged = mergeNotes(base, ours, theirs);
    expect(merged.notes.whatMatters.keepDoing.words).toBe('My job.');
    expect(merged.notes.whatMatters.goodDay.words).toBe('A walk.');
  });

  it('keeps the carer’s answers from both sides', () => {
    const ours = updateCarer(
      base,
      {
        whatTheyDo: { words: 'Mum cooks.', notSure: null },
        costs: { chosen: ['time'], words: '', notSure: null },
      },
      later,
    );
    const theirs = {
      ...updateCarer(
        base,
        {
          whatTheyDo: { words: 'Mum drives me.', notSure: null },
          howOften: { words: 'Every day.', notSure: null },
          costs: { chosen: ['work'], words: '', notSure: null },
        },
        now,
      ),
      revision: 4,
    };
    const merged = mergeNotes(base, ours, theirs);
    expect(merged.notes.carer.whatTheyDo.words).toBe('Mum drives me.\n\nMum cooks.');
    expect(merged.notes.carer.howOften.words).toBe('Every day.');
    expect(merged.notes.carer.costs.chosen).toEqual(['work', 'time']);
    expect(merged.joined).toBe(true);
  });

  it('takes each answer from the side that changed it', () => {
    const ours = updateArea(base, 'food', { badDay: { words: 'Ours', notSure: null } }, later);
    const theirs = {
      ...updateArea(base, 'toilet', { isHard: 'yes' }, now),
      revision: 4,
    };
    const merged = mergeNotes(base, ours, theirs);
    expect(merged.notes.areas.food.badDay.words).toBe('Ours');
    expect(merged.notes.areas.toilet.isHard).toBe('yes');
    expect(merged.notes.revision).toBe(4);
    expect(merged.notes.updatedAt).toBe(later.toISOString());
    expect(merged.joined).toBe(false);
  });

  it('keeps both sides’ words when both wrote in the same answer', () => {
    const ours = updateArea(base, 'food', { better: { words: 'A microwave', notSure: null } }, now);
    const theirs = updateArea(
      base,
      'food',
      { better: { words: 'Meals on wheels', notSure: null } },
      now,
    );
    const merged = mergeNotes(base, ours, theirs);
    expect(merged.notes.areas.food.better.words).toBe('Meals on wheels\n\nA microwave');
    expect(merged.joined).toBe(true);
  });

  it('keeps every way chosen on either side', () => {
    const ours = updateArea(
      base,
      'washing',
      { hardWays: { chosen: ['risk'], words: '', notSure: null } },
      now,
    );
    const theirs = updateArea(
      base,
      'washing',
      { hardWays: { chosen: ['needs-help'], words: '', notSure: null } },
      now,
    );
    expect(mergeNotes(base, ours, theirs).notes.areas.washing.hardWays.chosen).toEqual([
      'needs-help',
      'risk',
    ]);
  });

  it('without a common start, keeps words from both and never repeats them', () => {
    const ours = updateArea(
      base,
      'food',
      { badDay: { words: 'I forget to eat', notSure: null } },
      now,
    );
    const theirs = updateArea(base, 'food', { badDay: { words: 'I forget', notSure: null } }, now);
    expect(mergeNotes(null, ours, theirs).notes.areas.food.badDay.words).toBe('I forget to eat');
    expect(joinWords('One', 'One')).toBe('One');
    expect(joinWords('', 'Two')).toBe('Two');
    expect(joinWords('One', '')).toBe('One');
  });
});

describe('the place in the address', () => {
  it('reads and writes an area, and takes anything else as the list', () => {
    expect(readPrepareRoute('#area=food')).toEqual({ kind: 'area', area: 'food' });
    expect(writePrepareRoute({ kind: 'area', area: 'food' })).toBe('#area=food');
    expect(readPrepareRoute('#area=flying')).toEqual({ kind: 'list' });
    expect(readPrepareRoute('#areas')).toEqual({ kind: 'list' });
    expect(readPrepareRoute('')).toEqual({ kind: 'list' });
    expect(readPrepareRoute('#part=carer')).toEqual({ kind: 'carer' });
    expect(writePrepareRoute({ kind: 'carer' })).toBe('#part=carer');
    expect(readPrepareRoute('#part=questions')).toEqual({ kind: 'questions' });
    expect(writePrepareRoute({ kind: 'what-matters' })).toBe('#part=what-matters');
  });
});
