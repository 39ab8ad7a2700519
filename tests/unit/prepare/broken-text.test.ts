/* A broken character blocks only its own box: the rest of the notes is saved. */
import { describe, expect, it } from 'vitest';
import { holdBackBrokenNotes } from '../../../src/lib/prepare/broken-text';
import { createEmptyNotes, migrateNotes, updateArea } from '../../../src/lib/prepare/notes';

const now = new Date('2026-12-02T10:00:00.000Z');
const saved = updateArea(
  createEmptyNotes(now, 'n1'),
  'food',
  { badDay: { words: 'I forget to eat.', notSure: null } },
  now,
);

describe('holding back a box with a broken character', () => {
  it('keeps the last saved words in that box only, and says which box to mend', () => {
    let notes = updateArea(
      saved,
      'food',
      { badDay: { words: 'I forget \uD800', notSure: null } },
      now,
    );
    notes = updateArea(notes, 'food', { better: { words: 'A timer.', notSure: null } }, now);
    const held = holdBackBrokenNotes(notes, saved);
    expect(held.notes.areas.food.badDay.words).toBe('I forget to eat.');
    expect(held.notes.areas.food.better.words).toBe('A timer.');
    expect(held.heldBack.map((problem) => problem.message)).toEqual([
      '"What happens on a bad day?" in Food and drink has a broken character in it. Delete the odd character and type it again.',
    ]);
    expect(migrateNotes(held.notes).ok).toBe(true);
  });

  it('leaves an empty box when the notes were never saved, and changes nothing when all is well', () => {
    const broken = updateArea(
      createEmptyNotes(now, 'n1'),
      'toilet',
      { hardWays: { chosen: [], words: '\uDC00', notSure: null } },
      now,
    );
    expect(holdBackBrokenNotes(broken, null).notes.areas.toilet.hardWays.words).toBe('');
    const fine = holdBackBrokenNotes(saved, null);
    expect(fine.notes).toBe(saved);
    expect(fine.heldBack).toEqual([]);
  });
});
