import { describe, expect, it } from 'vitest';
import { spendingIdeas } from '../../../src/lib/calculator/ideas';
import { findSameItem } from '../../../src/lib/calculator/same-item';

describe('an idea already in the spending list', () => {
  const list = [{ name: 'Gym' }, { name: ' cooking  CLASSES ' }, { name: '' }];

  it('is found whatever its capitals and spaces', () => {
    expect(findSameItem(list, 'Cooking classes')).toBe(1);
    expect(findSameItem(list, 'gym')).toBe(0);
  });

  it('is not found when the list has no item of that name', () => {
    expect(findSameItem(list, 'Travel training')).toBe(-1);
    expect(findSameItem([], 'Gym')).toBe(-1);
  });

  it('is never a different idea: every idea has its own name', () => {
    const names = spendingIdeas.map((idea) => idea.name);
    names.forEach((name, index) => expect(findSameItem(spendingIdeas, name)).toBe(index));
  });
});
