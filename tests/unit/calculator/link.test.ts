import { describe, expect, it } from 'vitest';
import { budgetStories, calculateBudget } from '../../../src/lib/budget';
import { checkDraft } from '../../../src/lib/calculator/check';
import {
  calculatorLink,
  planHandoverLink,
  emptyDraft,
  nextRowId,
  MAX_LINK_LENGTH,
  readLink,
  writeLink,
  type CalculatorDraft,
} from '../../../src/lib/calculator/link';

function sarah(): CalculatorDraft {
  const draft = emptyDraft();
  draft.supportLines = [{ id: 'l1', name: 'Support', hoursPerWeek: '12', hourlyRate: '20' }];
  draft.spending = [
    { id: 's1', name: 'Cooking classes', amount: '1500', frequency: 'year' },
    { id: 's2', name: 'Personal assistant', amount: '8000', frequency: 'year' },
  ];
  return draft;
}

describe('calculator links', () => {
  it('gives a short link for a simple budget', () => {
    const draft = emptyDraft();
    draft.supportLines[0] = { id: 'l1', name: 'Support', hoursPerWeek: '12', hourlyRate: '20' };
    expect(writeLink(draft)).toBe('l1h=12&l1r=20');
  });

  it('reads back every figure it wrote', () => {
    const draft = sarah();
    draft.supportLines.push({
      id: 'l2',
      name: 'Going out & about = fun',
      hoursPerWeek: '7:30',
      hourlyRate: '£22.50',
    });
    draft.weeksPerYear = '52.14';
    draft.feeKind = 'percent';
    draft.feeAmount = '10';
    draft.travelKind = 'week';
    draft.travelAmount = '15';
    draft.otherCosts = [{ id: 'o1', name: 'Equipment hire', amount: '120', frequency: 'month' }];
    draft.personContributionPerWeek = '25';
    draft.changeLineId = 'l2';
    draft.changeDirection = 'more';
    draft.changeUnit = 'hours-a-week';
    draft.changeAmount = '2';
    draft.leftInHoursLineId = 'l2';
    const result = readLink(`#${writeLink(draft)}`);
    expect(result.problem).toBeUndefined();
    expect(result.draft).toEqual(draft);
  });

  it('gives an empty link for empty figures', () => {
    expect(writeLink(emptyDraft())).toBe('');
  });

  it('starts with empty figures when there is no link', () => {
    expect(readLink('')).toEqual({ draft: emptyDraft() });
    expect(readLink('#')).toEqual({ draft: emptyDraft() });
  });

  it.each([
    ['a broken percent escape', '#l1h=%E0%A4%A'],
    ['an unknown fee kind', '#l1h=12&fee=bribe:10'],
    ['a change on a line that is not there', '#l1h=12&ch=9:fewer:minutes-a-day:45'],
    ['a spending item with an unknown frequency', '#s1n=x&s1a=1&s1f=fortnight'],
    ['a link far too long to be ours', `#l1n=${'a'.repeat(MAX_LINK_LENGTH)}`],
  ])('gives empty figures and a kind message for %s', (_label, hash) => {
    const result = readLink(hash);
    expect(result.draft).toEqual(emptyDraft());
    expect(result.problem).toMatch(/could not be read/);
  });

  it('keeps hostile text as plain text for the form to check', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const result = readLink(`#l1n=${encodeURIComponent(hostile)}&l1h=javascript:alert(1)`);
    expect(result.draft.supportLines[0]?.name).toBe(hostile);
    const check = checkDraft(result.draft);
    expect(check.ok).toBe(false);
  });
});

describe('checking the calculator figures', () => {
  it('gives the engine input when the figures are right', () => {
    const check = checkDraft(sarah());
    expect(check.ok).toBe(true);
  });

  it('names the field and says how to fix each problem, in page order', () => {
    const draft = emptyDraft();
    draft.supportLines[0] = { id: 'l1', name: 'Support', hoursPerWeek: 'lots', hourlyRate: '-5' };
    draft.feeKind = 'percent';
    draft.feeAmount = '150';
    const check = checkDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((problem) => problem.field)).toEqual([
      'supportLines.0.hoursPerWeek',
      'supportLines.0.hourlyRate',
      'feeAmount',
    ]);
    for (const problem of check.problems) expect(problem.message).toMatch(/Enter /);
  });
});

describe('handing the figures to the support planner', () => {
  it('puts the whole calculator link after "#", so nothing is sent to a server', () => {
    const handover = planHandoverLink('l1h=12&l1r=20');
    expect(handover).toBe('/plan/#from-calculator=l1h%3D12%26l1r%3D20');
    const carried = new URLSearchParams(handover.split('#')[1]).get('from-calculator') ?? '';
    expect(readLink(carried).draft.supportLines[0]?.hoursPerWeek).toBe('12');
  });
});

describe('links to the calculator from the stories', () => {
  it.each(budgetStories.map((story) => [story.id, story] as const))(
    '%s opens with the same figures the engine used',
    (_id, story) => {
      const link = calculatorLink(story.input);
      expect(link.startsWith('/budget/#')).toBe(true);
      const { draft, problem } = readLink(link.slice('/budget/'.length));
      expect(problem).toBeUndefined();
      const check = checkDraft(draft);
      expect(check.ok).toBe(true);
      if (!check.ok) return;
      expect(calculateBudget(check.input).budget).toEqual(calculateBudget(story.input).budget);
      expect(calculateBudget(check.input).leftPerYear).toBe(
        calculateBudget(story.input).leftPerYear,
      );
    },
  );
});

describe('new row ids', () => {
  it('take the next number no row has, so removing a row never makes two the same', () => {
    expect(nextRowId('s', [])).toBe('s1');
    expect(nextRowId('s', [{ id: 's1' }, { id: 's3' }])).toBe('s4');
    expect(nextRowId('l', [{ id: 'l2' }])).toBe('l3');
  });
});
