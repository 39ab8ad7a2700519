/*
 * The rounding rule and the edge cases (issue 3). Each row says why it is there when the
 * answer depends on the rule rather than on plain arithmetic.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetInputFrom,
  calculateBudget,
  type BudgetInputDraft,
  type BudgetResult,
} from '../../../src/lib/budget';

function budgetOf(draft: BudgetInputDraft): BudgetResult {
  return calculateBudget(budgetInputFrom(draft));
}

function oneLine(hoursPerWeek: string, hourlyRate: string): BudgetInputDraft {
  return { supportLines: [{ id: 'a', name: 'Support', hoursPerWeek, hourlyRate }] };
}

describe('one support line, a week (rounded half-up to the penny)', () => {
  it.each([
    ['7.5', '23.47', '176.03'], // 176.025 is exactly half a penny: half-up gives 176.03
    ['0.5', '2.01', '1.01'], // £1.005 is exactly half a penny: rounds up to £1.01
    ['1.5', '0.67', '1.01'], // also £1.005
    ['0.25', '0.01', '0.00'], // a quarter of a penny rounds down to £0
    ['0.5', '0.01', '0.01'], // half a penny rounds up, even from £0
    ['0', '20', '0.00'], // zero hours cost nothing
    ['10', '0', '0.00'], // support that costs nothing (a volunteer, say)
    ['168', '1000', '168000.00'], // the most one line can have: every hour of the week at the top rate
    ['0:02', '0.15', '0.01'], // 2 minutes at 15p an hour is exactly half a penny, found exactly
    ['7:20', '22.29', '163.46'], // 7 hours 20 minutes is 7.333… hours: 163.46 exactly
    ['7:10', '20', '143.33'], // 143.333… rounds down
    ['5.25', '22.29', '117.02'], // K: 117.0225 rounds down
  ])('%s hours at £%s an hour is £%s a week', (hours, rate, week) => {
    expect(budgetOf(oneLine(hours, rate)).supportLines[0]?.perWeek).toBe(week);
  });
});

describe('figures worked out from other figures', () => {
  it('works out a year from the rounded week, not from the exact amount', () => {
    // Exact: 7.5 × 23.47 × 52 = 9,153.30 either way; with 52.14 weeks the order matters:
    // exact 176.025 × 52.14 = 9,177.9435 (£9,177.94), but the rule gives 176.03 × 52.14 = 9,178.2042.
    const result = budgetOf({ ...oneLine('7.5', '23.47'), weeksPerYear: '52.14' });
    expect(result.support).toEqual({ perWeek: '176.03', perYear: '9178.20' });
  });

  it('works out every 4 weeks as the week × 4, and a month as the year ÷ 12', () => {
    const result = budgetOf(oneLine('10', '20'));
    expect(result.budget).toEqual({
      perWeek: '200.00',
      perFourWeeks: '800.00',
      perMonth: '866.67', // 10,400 ÷ 12 = 866.666…, rounded up
      perYear: '10400.00',
    });
  });

  it('keeps an amount entered a year exactly, and works out its week from it', () => {
    // £1,000 ÷ 52 = 19.2307…: £19.23 a week. The year stays £1,000, not 19.23 × 52 = £999.96.
    const result = budgetOf({
      ...oneLine('10', '20'),
      managementFee: { kind: 'year', amount: '1000' },
    });
    expect(result.managementFee).toEqual({ perWeek: '19.23', perYear: '1000.00' });
    expect(result.budget.perWeek).toBe('219.23');
    expect(result.budget.perYear).toBe('11400.00');
  });

  it('works out a percentage fee from the rounded support cost a week', () => {
    // 12.5% of £176.03 = 22.00375: £22.00 a week.
    const result = budgetOf({
      ...oneLine('7.5', '23.47'),
      managementFee: { kind: 'percent', percent: '12.5' },
    });
    expect(result.managementFee).toEqual({ perWeek: '22.00', perYear: '1144.00' });
    expect(result.budget.perWeek).toBe('198.03');
  });

  it('turns every 4 weeks and a month into a year', () => {
    const result = budgetOf({
      ...oneLine('10', '20'),
      spending: [
        { id: 'a', name: 'Swimming', amount: '40', frequency: 'four-weeks' }, // × 13
        { id: 'b', name: 'Phone', amount: '12.50', frequency: 'month' }, // × 12
        { id: 'c', name: 'Gym', amount: '7', frequency: 'week' }, // × 52
        { id: 'd', name: 'Laptop', amount: '400', frequency: 'once' }, // counted in this year
      ],
    });
    expect(result.spendingItems.map((item) => item.perYear)).toEqual([
      '520.00',
      '150.00',
      '364.00',
      '400.00',
    ]);
    expect(result.spending).toEqual({ perYear: '1434.00', perWeek: '27.58' }); // 1,434 ÷ 52 = 27.576…
    expect(result.leftPerYear).toBe('8966.00');
  });

  it('adds 30 lines with different costs by their rounded amounts', () => {
    const lines = Array.from({ length: 30 }, (_, index) => ({
      id: `line-${index}`,
      name: `Support ${index + 1}`,
      hoursPerWeek: String(0.25 * (index + 1)),
      hourlyRate: (10.01 + 0.37 * index).toFixed(2),
    }));
    const result = budgetOf({ supportLines: lines });
    // Each line in whole pence, worked out separately with integers: hours in quarters × pence.
    const linePence = lines.map((line, index) => {
      const quarterPence = (index + 1) * Math.round(Number(line.hourlyRate) * 100);
      return Math.floor((quarterPence * 2 + 4) / 8); // ÷ 4, half-up
    });
    expect(result.supportLines.map((line) => line.perWeek)).toEqual(
      linePence.map((pence) => (pence / 100).toFixed(2)),
    );
    const total = linePence.reduce((sum, pence) => sum + pence, 0);
    expect(result.support.perWeek).toBe((total / 100).toFixed(2));
    expect(result.working.find((step) => step.id === 'support:week')?.sentence).toBe(
      `Support a week: the 30 amounts above added up = £${(total / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })} a week.`,
    );
  });
});

describe('who pays', () => {
  it('takes the person’s contribution from the budget to give the council’s part', () => {
    const result = budgetOf({ ...oneLine('10', '20'), personContributionPerWeek: '35.50' });
    expect(result.personPart).toEqual({
      perWeek: '35.50',
      perFourWeeks: '142.00',
      perYear: '1846.00',
    });
    expect(result.councilPart).toEqual({
      perWeek: '164.50',
      perFourWeeks: '658.00',
      perYear: '8554.00',
    });
  });

  it('never shows the council paying less than nothing', () => {
    const result = budgetOf({ ...oneLine('1', '20'), personContributionPerWeek: '50' });
    expect(result.personPart.perWeek).toBe('20.00');
    expect(result.councilPart).toEqual({ perWeek: '0.00', perFourWeeks: '0.00', perYear: '0.00' });
    expect(result.notes.map((note) => note.code)).toContain('contribution-more-than-budget');
  });
});

describe('what is left', () => {
  it('says what is overspent instead of a negative amount left', () => {
    const result = budgetOf({
      ...oneLine('1', '20'),
      spending: [{ id: 'a', name: 'Holiday', amount: '1100', frequency: 'once' }],
    });
    expect(result.leftPerYear).toBe('0.00');
    expect(result.overspentPerYear).toBe('60.00');
    expect(result.hoursAfterPlans).toBeNull();
    expect(result.notes.map((note) => note.message)).toContain(
      'The planned spending is £60 a year more than the budget.',
    );
  });

  it('rounds hours left down, so a person can afford at least that many', () => {
    // £2,990 ÷ £20 = 149.5 hours a year: "about 149", not 150. 149.5 ÷ 52 = 2.875…: 2.8 a week.
    const result = budgetOf({
      ...oneLine('12', '20'),
      spending: [{ id: 'a', name: 'Classes', amount: '9490', frequency: 'year' }],
    });
    expect(result.hoursAfterPlans).toMatchObject({ hoursPerYear: '149', hoursPerWeek: '2.8' });
  });

  it('uses the chosen line’s cost of 1 hour', () => {
    const result = budgetOf({
      supportLines: [
        { id: 'a', name: 'Day', hoursPerWeek: '1', hourlyRate: '20' },
        { id: 'b', name: 'Night', hoursPerWeek: '1', hourlyRate: '26' },
      ],
      spending: [{ id: 'a', name: 'Gym', amount: '260', frequency: 'year' }],
      leftInHoursLineId: 'b',
    });
    // (£2,392 − £260) ÷ £26 = 82 hours exactly.
    expect(result.hoursAfterPlans).toMatchObject({
      lineId: 'b',
      hourlyRate: '26.00',
      hoursPerYear: '82',
    });
  });

  it('says nothing about hours when nothing is planned: the whole budget pays for them', () => {
    expect(budgetOf(oneLine('12', '20')).hoursAfterPlans).toBeNull();
  });
});

/** 12 hours at £20 and 6 hours at £18.50 a week, with £3,000 of spending ideas (issue 13). */
function issueThirteen(managementFee: BudgetInputDraft['managementFee']): BudgetResult {
  return budgetOf({
    supportLines: [
      { id: 'a', name: 'Day support', hoursPerWeek: '12', hourlyRate: '20' },
      { id: 'b', name: 'Evening support', hoursPerWeek: '6', hourlyRate: '18.50' },
    ],
    managementFee,
    spending: [
      { id: 'a', name: 'Cooking classes', amount: '1500', frequency: 'year' },
      { id: 'b', name: 'Travel training', amount: '1500', frequency: 'year' },
    ],
  });
}

describe('what can be planned with: never the money the provider keeps', () => {
  it('leaves £15,252 a year with a 10% fee: about 762 hours a year, 14.6 a week', () => {
    const result = issueThirteen({ kind: 'percent', percent: '10' });
    // Support £351 a week × 52 = £18,252; fee £35.10 a week × 52 = £1,825.20.
    expect(result.support.perYear).toBe('18252.00');
    expect(result.managementFee.perYear).toBe('1825.20');
    expect(result.budget.perYear).toBe('20077.20');
    expect(result.plannablePerYear).toBe('18252.00');
    expect(result.leftPerYear).toBe('15252.00');
    // £15,252 ÷ £20 = 762.6 hours a year; 762.6 ÷ 52 = 14.665… a week, rounded down.
    expect(result.hoursAfterPlans).toMatchObject({
      forSupportPerYear: '15252.00',
      hoursPerYear: '762',
      hoursPerWeek: '14.6',
    });
  });

  it('leaves £15,252 a year with a fixed £1,000 fee too', () => {
    const result = issueThirteen({ kind: 'year', amount: '1000' });
    expect(result.budget.perYear).toBe('19252.00');
    expect(result.plannablePerYear).toBe('18252.00');
    expect(result.leftPerYear).toBe('15252.00');
    expect(result.hoursAfterPlans).toMatchObject({ hoursPerYear: '762', hoursPerWeek: '14.6' });
  });

  it('shows the provider’s part in the working, and never turns it into hours', () => {
    const working = issueThirteen({ kind: 'percent', percent: '10' }).working;
    const sentences = working.filter((step) => step.section === 'left').map((s) => s.sentence);
    expect(sentences).toEqual([
      'You can plan with: £20,077.20 budget − £1,825.20 your provider keeps = £18,252 a year.',
      'Left: £18,252 you can plan with − £3,000 planned = £15,252 a year.',
      'Hours: £15,252 ÷ £20 an hour = 762.6 a year (about 762); ÷ 52 weeks = 14.66 and a bit, so about 14.6 a week.',
    ]);
  });

  it('counts overspending against what can be planned with, not the whole budget', () => {
    const result = budgetOf({
      ...oneLine('10', '20'),
      managementFee: { kind: 'year', amount: '1000' },
      spending: [{ id: 'a', name: 'Holiday', amount: '10600', frequency: 'year' }],
    });
    // Budget £11,400; the provider keeps £1,000; £10,400 can be planned with.
    expect(result.overspentPerYear).toBe('200.00');
    expect(result.leftPerYear).toBe('0.00');
  });

  it('keeps travel and other costs for their job: only the rest buys hours', () => {
    const result = budgetOf({
      ...oneLine('10', '20'),
      travel: { kind: 'year', amount: '520' },
      spending: [{ id: 'a', name: 'Gym', amount: '400', frequency: 'year' }],
    });
    // £10,400 support + £520 travel − £400 = £10,520 left; £10,000 of it buys 500 hours.
    expect(result.leftPerYear).toBe('10520.00');
    expect(result.hoursAfterPlans).toMatchObject({
      forSupportPerYear: '10000.00',
      hoursPerYear: '500',
      hoursPerWeek: '9.6',
    });
  });

  it('buys no hours when the plans use some of the travel money', () => {
    const result = budgetOf({
      ...oneLine('1', '20'),
      travel: { kind: 'year', amount: '520' },
      spending: [{ id: 'a', name: 'Gym', amount: '1300', frequency: 'year' }],
    });
    expect(result.leftPerYear).toBe('260.00');
    expect(result.hoursAfterPlans).toMatchObject({ forSupportPerYear: '0.00', hoursPerYear: '0' });
  });
});

describe('notes', () => {
  it('notes, but allows, support that adds up to more than 168 hours a week', () => {
    const result = budgetOf({
      supportLines: [
        { id: 'a', name: 'First person', hoursPerWeek: '168', hourlyRate: '20' },
        { id: 'b', name: 'Second person', hoursPerWeek: '12', hourlyRate: '20' },
      ],
    });
    expect(result.totalHoursPerWeek).toBe('180');
    expect(result.notes).toEqual([
      {
        code: 'more-than-168-hours',
        message:
          'The support adds up to 180 hours a week. A week has 168 hours. This can be right if 2 people give support at the same time.',
      },
    ]);
  });

  it('has no note for one line of exactly 168 hours', () => {
    expect(budgetOf(oneLine('168', '20')).notes).toEqual([]);
  });
});

describe('a change to think about', () => {
  it('works out more hours, and the line’s new hours', () => {
    const result = budgetOf({
      ...oneLine('10', '20'),
      change: { lineId: 'a', direction: 'more', unit: 'hours-a-week', hoursPerWeek: '2:30' },
    });
    expect(result.change).toEqual({
      lineId: 'a',
      direction: 'more',
      hoursPerWeek: '2.5',
      newHoursPerWeek: '12.5',
      perWeek: '50.00',
      perYear: '2600.00',
    });
  });

  it('notes that a percentage fee would change too', () => {
    const result = budgetOf({
      ...oneLine('10', '20'),
      managementFee: { kind: 'percent', percent: '10' },
      change: { lineId: 'a', direction: 'fewer', unit: 'minutes-a-day', minutesPerDay: '30' },
    });
    expect(result.notes.map((note) => note.code)).toEqual(['fee-changes-with-hours']);
  });
});
