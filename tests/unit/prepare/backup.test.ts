/*
 * The notes' backup file: written by lib/prepare/backup and read by the site's one backup
 * reader (lib/backup/read), with the same checks as a plan's, and a kind message when a plan's
 * backup is opened where notes are expected (or the other way round).
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_FILE_TYPE, createEmptyPlan, serialiseBackup } from '../../../src/lib/plan';
import { readBackupFile } from '../../../src/lib/plan/backup-read';
import {
  InvalidNotesError,
  NOTES_BACKUP_FILE_TYPE,
  NOTES_BACKUP_FILE_VERSION,
  notesBackupFileName,
  readNotesBackupFile,
  serialiseNotesBackup,
} from '../../../src/lib/prepare/backup';
import {
  countWrittenParts,
  createEmptyNotes,
  hasNotesToKeep,
  hasWrittenNotes,
  updateArea,
  updateQuestions,
  updateWhatMatters,
  type PreparationNotes,
} from '../../../src/lib/prepare/notes';
import { MAX_BACKUP_BYTES } from '../../../src/lib/backup/envelope';

const now = new Date('2026-12-02T10:42:00.000Z');

function filledNotes(): PreparationNotes {
  let notes = createEmptyNotes(now, 'assessment-notes');
  notes = updateArea(
    notes,
    'food',
    {
      status: 'done',
      isHard: 'yes',
      badDay: { words: 'I forget to eat 🍞 "all day"\nand feel ill.', notSure: null },
      hardWays: { chosen: ['needs-help', 'risk'], words: 'I burn things.', notSure: null },
      better: { words: '', notSure: 'ask-at-meeting' },
    },
    now,
  );
  notes = updateWhatMatters(notes, { goodDay: { words: 'Seeing my sister.', notSure: null } }, now);
  return updateQuestions(notes, { list: [{ id: 'q1', text: 'Who will visit me?' }] }, now);
}

function envelope(changes: Record<string, unknown>, notesChanges: Record<string, unknown> = {}) {
  const file = JSON.parse(serialiseNotesBackup(filledNotes(), now)) as Record<string, unknown>;
  return JSON.stringify({
    ...file,
    notes: { ...(file['notes'] as Record<string, unknown>), ...notesChanges },
    ...changes,
  });
}

const kindOf = (result: ReturnType<typeof readNotesBackupFile>): string =>
  result.ok ? 'ok' : result.kind;
const messageOf = (result: ReturnType<typeof readNotesBackupFile>): string =>
  result.ok ? '' : result.message;

describe('writing a backup file of the notes', () => {
  it('stamps the file with its own type, version and time', () => {
    const file = JSON.parse(serialiseNotesBackup(filledNotes(), now)) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['type', 'version', 'exportedAt', 'notes']);
    expect(file['type']).toBe('isf-assessment-notes');
    expect(file['version']).toBe(NOTES_BACKUP_FILE_VERSION);
    expect(file['exportedAt']).toBe('2026-12-02T10:42:00.000Z');
  });

  it('writes the same bytes for the same notes', () => {
    expect(serialiseNotesBackup(filledNotes(), now)).toBe(serialiseNotesBackup(filledNotes(), now));
  });

  it('refuses notes that could not be read back', () => {
    const broken = updateWhatMatters(
      filledNotes(),
      { keepDoing: { words: 'odd \uD800 character', notSure: null } },
      now,
    );
    expect(() => serialiseNotesBackup(broken, now)).toThrow(InvalidNotesError);
  });

  it('names the file with the day it was saved', () => {
    expect(notesBackupFileName('2026-12-02')).toBe('Assessment notes backup - 2026-12-02.json');
  });
});

describe('opening a backup file of the notes', () => {
  it('gives back every word and choice, exactly as saved', () => {
    const notes = filledNotes();
    const read = readNotesBackupFile(new TextEncoder().encode(serialiseNotesBackup(notes, now)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.record).toEqual(notes);
    expect(read.exportedAt).toBe('2026-12-02T10:42:00.000Z');
    expect(read.migratedFrom).toBeNull();
  });

  it('opens a file with a byte-order mark and Windows line endings', () => {
    const text = `\uFEFF${serialiseNotesBackup(filledNotes(), now).replace(/\n/g, '\r\n')}`;
    expect(kindOf(readNotesBackupFile(text))).toBe('ok');
  });

  it('brings notes saved in the first format up to date', () => {
    const file = JSON.parse(serialiseNotesBackup(filledNotes(), now)) as {
      notes: Record<string, unknown>;
    };
    const v1: Record<string, unknown> = { ...file.notes };
    for (const key of ['carer', 'whatMatters', 'questions']) delete v1[key];
    const read = readNotesBackupFile(
      JSON.stringify({ ...file, version: 1, notes: { ...v1, schemaVersion: 1 } }),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(1);
    expect(read.record.areas.food.badDay.words).toBe('I forget to eat 🍞 "all day"\nand feel ill.');
    expect(read.record.questions.list).toEqual([]);
  });

  it('refuses an empty file', () => {
    expect(kindOf(readNotesBackupFile(''))).toBe('empty');
    expect(kindOf(readNotesBackupFile('   \n'))).toBe('empty');
  });

  it('refuses a file too big to be a backup, saying its size', () => {
    const result = readNotesBackupFile(new Uint8Array(MAX_BACKUP_BYTES + 1));
    expect(kindOf(result)).toBe('too-large');
    expect(messageOf(result)).toMatch(/1\.0 MB/);
  });

  it('says what a document or picture looks like', () => {
    expect(messageOf(readNotesBackupFile(new TextEncoder().encode('%PDF-1.7')))).toMatch(
      /looks like a PDF document/,
    );
    expect(kindOf(readNotesBackupFile('just some words'))).toBe('not-a-backup');
  });

  it('refuses bytes that are not UTF-8 text', () => {
    expect(kindOf(readNotesBackupFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toBe('not-text');
  });

  it('refuses data nested far deeper than a backup', () => {
    expect(kindOf(readNotesBackupFile(`${'['.repeat(40)}${']'.repeat(40)}`))).toBe('not-a-backup');
    expect(kindOf(readNotesBackupFile(`{"a":${'['.repeat(40)}${']'.repeat(40)}}`))).toBe(
      'too-deep',
    );
  });

  it('says when a file stops part-way, and when it was changed', () => {
    const text = serialiseNotesBackup(filledNotes(), now);
    const cut = readNotesBackupFile(text.slice(0, text.length / 2));
    expect(kindOf(cut)).toBe('broken-json');
    expect(messageOf(cut)).toMatch(/stops part-way/);
    expect(messageOf(readNotesBackupFile('{"type": nope}'))).toMatch(/changed or damaged/);
  });

  it('refuses a file with a part named __proto__', () => {
    const result = readNotesBackupFile(
      envelope({}).replace('"schemaVersion"', '"__proto__": {"polluted": true}, "schemaVersion"'),
    );
    expect(kindOf(result)).toBe('hostile-key');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses broken characters that would lose words', () => {
    const result = readNotesBackupFile(envelope({}).replace('Seeing my sister.', '\\ud800'));
    expect(kindOf(result)).toBe('broken-text');
  });

  it('refuses a file from another program, naming its stamp', () => {
    const result = readNotesBackupFile(envelope({ type: 'excalidraw' }));
    expect(kindOf(result)).toBe('wrong-type');
    expect(messageOf(result)).toMatch(/"excalidraw" file, not a backup of notes for an assessment/);
  });

  it('says where to open a support plan backup, and opens nothing', () => {
    const plan = serialiseBackup(createEmptyPlan(now, 'p1'), now);
    const result = readNotesBackupFile(plan);
    expect(kindOf(result)).toBe('other-kind');
    expect(messageOf(result)).toMatch(/backup of a support plan, not of notes/);
    expect(result.ok ? null : result.openAt).toEqual({ page: 'Support plan', href: '/plan/' });
  });

  it('says where to open a notes backup when the planner is given one', () => {
    const result = readBackupFile(serialiseNotesBackup(filledNotes(), now));
    expect(result.ok ? 'ok' : result.kind).toBe('other-kind');
    expect(result.ok ? '' : result.message).toMatch(
      /backup of notes for an assessment, not of a support plan\. Open it on the "Get ready for your assessment" page/,
    );
    expect(result.ok ? null : result.openAt?.href).toBe('/prepare/');
    expect(BACKUP_FILE_TYPE).not.toBe(NOTES_BACKUP_FILE_TYPE);
  });

  it('asks for the newest version for a file from a newer version', () => {
    const newerFile = readNotesBackupFile(envelope({ version: NOTES_BACKUP_FILE_VERSION + 1 }));
    expect(kindOf(newerFile)).toBe('newer-version');
    expect(messageOf(newerFile)).toMatch(/Reload this page/);
    const newerNotes = readNotesBackupFile(
      envelope({}, { schemaVersion: NOTES_BACKUP_FILE_VERSION + 1 }),
    );
    expect(kindOf(newerNotes)).toBe('newer-version');
  });

  it('refuses parts it does not know, and notes that are not right', () => {
    expect(messageOf(readNotesBackupFile(envelope({ secret: 1 })))).toMatch(/"secret"/);
    const wrong = readNotesBackupFile(envelope({}, { areas: { food: { isHard: 'maybe' } } }));
    expect(kindOf(wrong)).toBe('invalid');
    expect(messageOf(wrong)).toMatch(/Nothing on this device has been changed\.$/);
    expect(kindOf(readNotesBackupFile(envelope({ notes: [] })))).toBe('invalid');
    expect(kindOf(readNotesBackupFile(envelope({ exportedAt: 'yesterday' })))).toBe('invalid');
  });
});

describe('counting what the notes hold', () => {
  it('counts each part with an answer, and nothing for empty notes', () => {
    expect(countWrittenParts(filledNotes())).toBe(3);
    expect(hasWrittenNotes(createEmptyNotes(now, 'n'))).toBe(false);
    expect(hasWrittenNotes(filledNotes())).toBe(true);
  });

  it('keeps notes with only "Done" or "In progress" marks, so replacing them asks first', () => {
    const empty = createEmptyNotes(now, 'n');
    expect(hasNotesToKeep(empty)).toBe(false);
    expect(hasNotesToKeep(filledNotes())).toBe(true);
    const marked = updateArea(empty, 'food', { status: 'done' }, now);
    expect(hasWrittenNotes(marked)).toBe(false);
    expect(hasNotesToKeep(marked)).toBe(true);
    expect(hasNotesToKeep({ ...empty, carer: { ...empty.carer, status: 'in-progress' } })).toBe(
      true,
    );
  });
});
