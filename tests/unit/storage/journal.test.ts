import { describe, expect, it } from 'vitest';
import { createEmptyPlan, updateSection, type Plan } from '../../../src/lib/plan';
import {
  clearJournal,
  JOURNAL_PREFIX,
  readJournals,
  readKeptWords,
  replayJournal,
  replayJournals,
  writeJournal,
  writeKeptWords,
  type JournalStorage,
} from '../../../src/lib/storage';

const now = new Date('2026-05-24T10:42:00.000Z');
const later = new Date('2026-05-24T10:43:00.000Z');

/** A plain in-memory stand-in for the browser's local storage. */
function memoryStorage(): JournalStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function about(plan: Plan, words: Partial<Plan['aboutMe']>, at = later): Plan {
  return updateSection(plan, 'aboutMe', words, at);
}

const stored: Plan = { ...about(createEmptyPlan(now), { name: 'Sam' }, now), revision: 3 };
const gone = (): boolean => false;

describe('the unsaved-words journal', () => {
  it('keeps the plan and the revision it was typed on top of, and reads them back', () => {
    const storage = memoryStorage();
    const typed = about(stored, { mattersToMe: 'My sister' });
    expect(writeJournal(storage, 'page-1', typed, 3)).toBe(true);
    expect(readJournals(storage, stored.id, gone)).toEqual([
      { writer: 'page-1', baseRevision: 3, plan: typed },
    ]);
    clearJournal(storage, 'page-1', stored.id);
    expect(readJournals(storage, stored.id, gone)).toEqual([]);
  });

  it('leaves alone the words of a page that is still open, and of other plans', () => {
    const storage = memoryStorage();
    writeJournal(storage, 'open-page', stored, 3);
    writeJournal(storage, 'page-2', { ...stored, id: 'another-plan' }, 3);
    expect(readJournals(storage, stored.id, (writer) => writer === 'open-page')).toEqual([]);
    expect(readJournals(storage, stored.id, gone)).toHaveLength(1);
  });

  it('reads damaged or foreign entries as no journal', () => {
    const storage = memoryStorage();
    const key = `${JOURNAL_PREFIX}page-1:${stored.id}`;
    storage.setItem(key, '{not json');
    expect(readJournals(storage, stored.id, gone)).toEqual([]);
    storage.setItem(key, JSON.stringify({ baseRevision: 1, plan: 7 }));
    expect(readJournals(storage, stored.id, gone)).toEqual([]);
    const other = { ...stored, id: 'another-plan' };
    storage.setItem(key, JSON.stringify({ baseRevision: 1, plan: other }));
    expect(readJournals(storage, stored.id, gone)).toEqual([]);
  });

  it('says false, and throws nothing, when the browser refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(writeJournal(storage, 'page-1', stored, 3)).toBe(false);
  });
});

describe('replaying the journal when the plan opens', () => {
  it('puts back words typed on top of the stored plan, with its revision', () => {
    const typed = about(stored, { mattersToMe: 'My sister' });
    expect(
      replayJournal({ writer: 'page-1', baseRevision: 3, plan: { ...typed, revision: 0 } }, stored),
    ).toEqual({
      kind: 'restore',
      plan: { ...typed, revision: 3 },
      kept: [],
    });
  });

  it('does nothing when the stored plan already has the words', () => {
    expect(replayJournal({ writer: 'page-1', baseRevision: 3, plan: stored }, stored)).toEqual({
      kind: 'same',
    });
    const savedLater = { ...stored, revision: 4 };
    expect(replayJournal({ writer: 'page-1', baseRevision: 3, plan: stored }, savedLater)).toEqual({
      kind: 'same',
    });
  });

  it('puts the plan back from the journal when it is not on this device any more', () => {
    const typed = about(stored, { mattersToMe: 'My sister' });
    expect(replayJournal({ writer: 'page-1', baseRevision: 3, plan: typed }, null)).toEqual({
      kind: 'restore',
      plan: { ...typed, revision: 3 },
      kept: [],
    });
  });

  it('never replaces newer saved words: it keeps both and lists the journal words', () => {
    const typed = about(stored, { name: 'Sam Smith', mattersToMe: 'My sister' });
    const newer = { ...about(stored, { name: 'Samantha' }), revision: 5 };
    const replay = replayJournal({ writer: 'page-1', baseRevision: 3, plan: typed }, newer);
    expect(replay).toEqual({
      kind: 'keep-both',
      kept: [
        { where: expect.stringContaining('About me') as string, words: 'Sam Smith' },
        { where: expect.stringContaining('About me') as string, words: 'My sister' },
      ],
    });
  });
});

describe('replaying the journals of several pages', () => {
  it('puts back the newest that fits, and keeps the words of the others to copy', () => {
    const newest = about(stored, { name: 'Sam Smith' }, new Date('2026-05-24T10:45:00.000Z'));
    const older = about(stored, { name: 'Sammy' });
    const replay = replayJournals(
      [
        { writer: 'page-2', baseRevision: 3, plan: newest },
        { writer: 'page-1', baseRevision: 3, plan: older },
      ],
      stored,
    );
    expect(replay).toEqual({
      kind: 'restore',
      plan: { ...newest, revision: 3 },
      kept: [{ where: expect.stringContaining('About me') as string, words: 'Sammy' }],
    });
  });

  it('says "same" when there are none', () => {
    expect(replayJournals([], stored)).toEqual({ kind: 'same' });
  });
});

describe('words kept for the person to copy', () => {
  it('survive until the person says they are done', () => {
    const storage = memoryStorage();
    const words = [{ where: 'In "About me", "Name"', words: 'NameA' }];
    writeKeptWords(storage, stored.id, words);
    expect(readKeptWords(storage, stored.id)).toEqual(words);
    writeKeptWords(storage, stored.id, []);
    expect(readKeptWords(storage, stored.id)).toEqual([]);
    expect(storage.items.size).toBe(0);
  });
});
