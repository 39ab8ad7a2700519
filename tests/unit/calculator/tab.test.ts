import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/lib/calculator/link';
import {
  keepForTab,
  readFromTab,
  startingFigures,
  TAB_KEY,
  type TabStore,
} from '../../../src/lib/calculator/tab';

/** A store like the browser's sessionStorage, in memory. */
function memoryStore(): TabStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
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
