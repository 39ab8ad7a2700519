import { describe, expect, it } from 'vitest';
import { budgetInputFrom, calculateBudget, sarahStory } from '../../../src/lib/budget';

describe('the working', () => {
  it('explains Sarah’s budget step by step, in order', () => {
    expect(calculateBudget(sarahStory.input).working.map((step) => step.sentence)).toEqual([
      'Support at home: 12 hours a week × £20 an hour = £240 a week.',
      'Budget a year: £240 a week × 52 weeks = £12,480 a year.',
      'Budget every 4 weeks: £240 a week × 4 = £960.',
      'Budget a month: £12,480 a year ÷ 12 = £1,040.',
      'Planned spending a year: £1,500 + £8,000 = £9,500 a year.',
      'Left: £12,480 budget − £9,500 planned = £2,980 a year.',
      'Hours: £2,980 ÷ £20 an hour = 149 a year (about 149); ÷ 52 weeks = 2.86 and a bit, so about 2.8 a week.',
    ]);
  });

  it('has at most 5 steps for one support line and nothing else, none saying a figure twice', () => {
    for (const weeksPerYear of ['52', '52.14', '52.18']) {
      const working = calculateBudget(
        budgetInputFrom({
          weeksPerYear,
          supportLines: [{ id: 'a', name: 'Support', hoursPerWeek: '12', hourlyRate: '20' }],
        }),
      ).working;
      expect(working.length).toBeLessThanOrEqual(5);
      const results = working.map((step) => step.result.shown);
      expect(new Set(results).size).toBe(results.length);
    }
  });

  it('gives each step its inputs, operation and result', () => {
    const step = calculateBudget(sarahStory.input).working[0];
    expect(step).toEqual({
      id: 'line:support-at-home:week',
      section: 'support',
      operation: 'multiply',
      inputs: [
        { label: 'hours a week', value: '12', shown: '12 hours a week' },
        { label: 'cost of 1 hour', value: '20.00', shown: '£20 an hour' },
      ],
      result: { label: 'Support at home a week', value: '240.00', shown: '£240 a week' },
      rounded: false,
      sentence: 'Support at home: 12 hours a week × £20 an hour = £240 a week.',
    });
  });

  it('says when a figure was rounded', () => {
    const result = calculateBudget(
      budgetInputFrom({
        supportLines: [
          { id: 'a', name: 'Personal care', hoursPerWeek: '7.5', hourlyRate: '23.47' },
        ],
      }),
    );
    const step = result.working.find((candidate) => candidate.id === 'line:a:week');
    expect(step?.rounded).toBe(true);
    expect(step?.sentence).toBe(
      'Personal care: 7.5 hours a week × £23.47 an hour = £176.03 a week (rounded to the nearest penny).',
    );
  });

  it('shows every part of the budget and the weeks chosen', () => {
    const result = calculateBudget(
      budgetInputFrom({
        weeksPerYear: '52.18',
        supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '10', hourlyRate: '20' }],
        managementFee: { kind: 'percent', percent: '10' },
        travel: { kind: 'week', amount: '15' },
        otherCosts: [{ id: 'o', name: 'Equipment hire', amount: '10', frequency: 'week' }],
        personContributionPerWeek: '25',
      }),
    );
    const sentences = result.working.map((step) => step.sentence);
    expect(sentences).toEqual(
      expect.arrayContaining([
        'We count 52.18 weeks in a year (365.25 days ÷ 7, which allows for leap years).',
        'Provider fee: 10% of £200 a week = £20 a week.',
        'Provider fee a year: £20 a week × 52.18 weeks = £1,043.60 a year.',
        'Travel: £15 a week.',
        'Budget a week: £200 support + £20 provider fee + £15 travel + £10 other costs = £245 a week.',
        'Your part: £25 a week, from your financial assessment.',
        "The council's part: £245 − £25 = £220 a week.",
      ]),
    );
  });

  it('uses only rounded amounts in sentences, never a part of a penny', () => {
    const result = calculateBudget(
      budgetInputFrom({
        weeksPerYear: '52.14',
        supportLines: [{ id: 'a', name: 'Support', hoursPerWeek: '7:20', hourlyRate: '23.47' }],
        travel: { kind: 'year', amount: '1000' },
        spending: [{ id: 's', name: 'Club', amount: '33.33', frequency: 'four-weeks' }],
      }),
    );
    for (const step of result.working) {
      expect(step.sentence).not.toMatch(/£[\d,]+\.\d{3}/);
    }
  });
});
