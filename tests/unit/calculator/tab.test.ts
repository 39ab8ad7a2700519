import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/calculator/link';
import {
  keepForTab,
  keepNameForTab,
  NAME_KEY,
  readFromTab,
  readNameFromTab,
  startingFigures,
  TAB_KEY,
  type TabStore,
} from '../../../src/lib/calculator/tab';
import {
  MAX_SUMMARY_NAME_LENGTH,
  summaryName,
  summaryNameProblem,
} from '../../../src/lib/calculator/summary-name';

/** A store like the browser's sessionStorage, in memory. */
function memoryStore(): TabStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

function manyItems() {
  const draft = emptyDraft();
  draft.supportLines[0] = { id: 'l1', name: 'Support', hoursPerWeek: '12', hourlyRate: '20' };
  draft.spending = Array.from({ length: 150 }, (_, index) => ({
    id: `s${index + 1}`,
    name: `योग ${index + 1}`,
    amount: '10',
    frequency: 'once',
  }));
  return draft;
}

function keptText(figures: unknown, address = ''): string {
  return JSON.stringify({ figures, address });
}

describe('figures kept for this tab', () => {
  it('gives back the same figures, even more than a link can hold', () => {
    const store = memoryStore();
    const kept = { figures: manyItems(), address: '' };
    expect(keepForTab(store, kept)).toBe(true);
    expect(readFromTab(store)).toEqual(kept);
  });

  it('gives nothing when nothing was kept', () => {
    expect(readFromTab(memoryStore())).toBeUndefined();
    expect(readFromTab(undefined)).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', '{not json'],
    ['figures with no address', JSON.stringify({ figures: emptyDraft() })],
    ['a fee of an unknown kind', keptText({ ...emptyDraft(), feeKind: 'bribe' })],
    ['no kind of support', keptText({ ...emptyDraft(), supportLines: [] })],
    ['a number where text belongs', keptText({ ...emptyDraft(), weeksPerYear: 52 })],
  ])('gives nothing for %s', (_label, kept) => {
    const store = memoryStore();
    store.values.set(TAB_KEY, kept);
    expect(readFromTab(store)).toBeUndefined();
  });

  it('says so, and never throws, when the browser will not keep them', () => {
    const full: TabStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(keepForTab(full, { figures: emptyDraft(), address: '' })).toBe(false);
    expect(keepForTab(undefined, { figures: emptyDraft(), address: '' })).toBe(false);
    expect(readFromTab(full)).toBeUndefined();
  });
});

describe('the figures the calculator opens with', () => {
  const twelveHours = 'l1h=12&l1r=20';

  it('are the ones kept for the tab when the address has none (the menu, a reload)', () => {
    const store = memoryStore();
    keepForTab(store, { figures: manyItems(), address: '' });
    expect(startingFigures('', store)).toEqual({ draft: manyItems() });
    expect(startingFigures('#', store)).toEqual({ draft: manyItems() });
  });

  it('are the newer ones kept for the tab when the address is the one this tab wrote (Back)', () => {
    const store = memoryStore();
    const newer = manyItems();
    keepForTab(store, { figures: newer, address: twelveHours });
    expect(startingFigures(`#${twelveHours}`, store)).toEqual({ draft: newer });
  });

  it("are the link's own when a different link is opened in the tab", () => {
    const store = memoryStore();
    keepForTab(store, { figures: manyItems(), address: 'l1h=1&l1r=1' });
    const opened = startingFigures(`#${twelveHours}`, store);
    expect(opened.draft.supportLines[0]?.hoursPerWeek).toBe('12');
    expect(opened.draft.spending).toEqual([]);
  });

  it('are empty with nothing kept and no link', () => {
    expect(startingFigures('', memoryStore())).toEqual({ draft: emptyDraft() });
    expect(startingFigures('', undefined)).toEqual({ draft: emptyDraft() });
  });
});

describe('the name on the summary, kept for this tab', () => {
  it('keeps the name under its own key, apart from the figures, and forgets it when emptied', () => {
    const store = memoryStore();
    expect(keepNameForTab(store, 'Sam')).toBe(true);
    expect(store.values.get(NAME_KEY)).toBe('Sam');
    expect(readNameFromTab(store)).toBe('Sam');
    expect(store.values.has(TAB_KEY)).toBe(false);
    keepNameForTab(store, '');
    expect(store.values.has(NAME_KEY)).toBe(false);
    expect(readNameFromTab(store)).toBe('');
  });

  it('says false, and reads nothing, when the browser will not keep it', () => {
    const refusing: TabStore = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => undefined,
    };
    expect(keepNameForTab(refusing, 'Sam')).toBe(false);
    expect(keepNameForTab(undefined, 'Sam')).toBe(false);
    expect(readNameFromTab(refusing)).toBe('');
    expect(readNameFromTab(undefined)).toBe('');
  });

  it('puts a name on the summary only when it is short enough, and says how to fix it', () => {
    const longest = 'A'.repeat(MAX_SUMMARY_NAME_LENGTH);
    expect(summaryNameProblem(longest)).toBeUndefined();
    expect(summaryName(`  ${longest} `)).toBe(longest);
    // Emoji count as one character each, as a person sees them.
    expect(summaryNameProblem('😀'.repeat(MAX_SUMMARY_NAME_LENGTH))).toBeUndefined();
    const tooLong = `${longest}B`;
    expect(summaryNameProblem(tooLong)).toBe(
      `Make the name shorter. It can have up to ${MAX_SUMMARY_NAME_LENGTH} characters. It has ${MAX_SUMMARY_NAME_LENGTH + 1} now.`,
    );
    expect(summaryName(tooLong)).toBe('');
  });
});
