import { describe, expect, it } from 'vitest';
import { budgetStories, calculateBudget } from '../../../src/lib/budget';
import { checkDraft } from '../../../src/lib/calculator/check';
import {
  calculatorLink,
  planHandoverLink,
  emptyDraft,
  linkFor,
  nextRowId,
  numberRanges,
  MAX_LINK_LENGTH,
  MAX_LINK_ROWS,
  readLink,
  TOO_LONG_MESSAGE,
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

/** `count` spending items named `name 1`, `name 2` and so on, each £10 once. */
function withSpending(count: number, name = 'Item'): CalculatorDraft {
  const draft = emptyDraft();
  draft.supportLines[0] = { id: 'l1', name: 'Support', hoursPerWeek: '12', hourlyRate: '20' };
  draft.spending = Array.from({ length: count }, (_, index) => ({
    id: `s${index + 1}`,
    name: `${name} ${index + 1}`,
    amount: '10',
    frequency: 'once',
  }));
  return draft;
}

describe('links that must read back exactly', () => {
  it('keeps the rows after an empty row (it used to drop them)', () => {
    const draft = withSpending(3);
    draft.spending[1] = { id: 's2', name: '', amount: '', frequency: 'year' };
    const link = writeLink(draft);
    expect(link).toContain('&s2f=year&s3n=');
    expect(readLink(link).draft.spending.map((item) => item.name)).toEqual([
      'Item 1',
      '',
      'Item 3',
    ]);
  });

  it('keeps a change of hours written with a colon, like 1:30', () => {
    const draft = emptyDraft();
    draft.changeUnit = 'hours-a-week';
    draft.changeAmount = '1:30';
    expect(readLink(writeLink(draft)).draft.changeAmount).toBe('1:30');
  });

  it('keeps a name that was emptied, and spaces as they were typed', () => {
    const draft = emptyDraft();
    draft.supportLines[0] = { id: 'l1', name: '', hoursPerWeek: ' 12 ', hourlyRate: '20' };
    expect(readLink(writeLink(draft)).draft.supportLines[0]).toEqual(draft.supportLines[0]);
  });

  it('will not write a list of names in another script too long to read back', () => {
    // About 33 items with long names in Devanagari pass the limit (issue 13, finding 6).
    const draft = withSpending(
      33,
      'साप्ताहिक योग कक्षा और सामुदायिक केंद्र में खाना पकाने का समूह, दोस्तों के साथ',
    );
    expect(writeLink(draft).length).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(linkFor(draft)).toEqual({ ok: false, problem: TOO_LONG_MESSAGE });
    expect(TOO_LONG_MESSAGE).toBe(
      'This list is too long to keep in a link. Use Print or Word to keep it.',
    );
  });

  it('writes 100 spending items, but not 101', () => {
    const hundred = linkFor(withSpending(MAX_LINK_ROWS));
    expect(hundred.ok).toBe(true);
    if (hundred.ok) expect(readLink(hundred.text).draft.spending).toHaveLength(100);
    expect(linkFor(withSpending(MAX_LINK_ROWS + 1))).toEqual({
      ok: false,
      problem: TOO_LONG_MESSAGE,
    });
  });
});

describe('links with parts left out', () => {
  it('reads the first 100 spending items and names the ones left out', () => {
    const result = readLink(writeLink(withSpending(105)));
    expect(result.problem).toBeUndefined();
    expect(result.draft.spending).toHaveLength(100);
    expect(result.draft.spending.at(-1)?.name).toBe('Item 100');
    expect(result.leftOut).toEqual([
      'The link has 105 spending items. A link can hold up to 100, so we left out spending 101 to 105.',
    ]);
  });

  it('closes up gaps in the row numbers and says which are missing', () => {
    const result = readLink(
      'l1h=10&l1r=20&l3n=Going%20out&l3h=5&l3r=24&s1n=A&s1a=1&s1f=once&s4n=B&s4a=2&s4f=once&lh=3',
    );
    expect(result.draft.supportLines.map((line) => line.name)).toEqual(['Support', 'Going out']);
    expect(result.draft.leftInHoursLineId).toBe('l2');
    expect(result.draft.spending.map((item) => item.name)).toEqual(['A', 'B']);
    expect(result.leftOut).toEqual([
      'The link has no kind of support 2, so we moved the ones after it up.',
      'The link has no spending 2 and 3, so we moved the ones after it up.',
    ]);
  });

  it('uses the first of a repeated key and names the others', () => {
    const result = readLink('l1h=12&l1h=40&l1r=20&fee=percent:10&fee=year:500');
    expect(result.draft.supportLines[0]?.hoursPerWeek).toBe('12');
    expect(result.draft.feeKind).toBe('percent');
    expect(result.leftOut).toEqual([
      'The link gives the hours of kind of support 1 more than once. We used the first one and left out the others.',
      'The link gives the provider fee more than once. We used the first one and left out the others.',
    ]);
  });

  it('says nothing was left out of a link the calculator wrote', () => {
    expect(readLink(writeLink(sarah())).leftOut).toBeUndefined();
  });

  it('keeps its notice short for a hostile link with thousands of rows', () => {
    const keys = Array.from(
      { length: 300 },
      (_, index) => `s${index * 2 + 1}a=1&s${index * 2 + 1}f=once`,
    );
    const result = readLink(keys.join('&'));
    expect(result.draft.spending).toHaveLength(100);
    for (const sentence of result.leftOut ?? []) expect(sentence.length).toBeLessThan(200);
  });

  it.each([
    [[3], '3'],
    [[3, 4, 5], '3 to 5'],
    [[2, 3], '2 and 3'],
    [[3, 4, 5, 9, 12], '3 to 5, 9 and 12'],
    [[1, 3, 5, 7, 9, 11, 13], '1, 3, 5, 7, 9 and 2 more'],
  ])('writes the numbers %j as "%s"', (numbers, words) => {
    expect(numberRanges(numbers)).toBe(words);
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
