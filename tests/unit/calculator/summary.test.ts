import { describe, expect, it } from 'vitest';
import { budgetInputFrom, calculateBudget, sarahStory } from '../../../src/lib/budget';
import {
  BUDGET_SECTIONS,
  headlineSentences,
  partRows,
  periodRows,
  spendingSentences,
  stepsIn,
  whoPaysRows,
  withoutRepeats,
} from '../../../src/lib/calculator/summary';

const sarah = calculateBudget(sarahStory.input);

describe('the calculator summary', () => {
  it('says the budget a year and a week in plain words', () => {
    expect(headlineSentences(sarah)).toEqual({
      year: 'Your budget is £12,480 a year.',
      week: 'That is £240 a week.',
    });
  });

  it('gives the budget a week, every 4 weeks, a month and a year', () => {
    expect(periodRows(sarah)).toEqual([
      { label: 'A week', amount: '£240' },
      { label: 'Every 4 weeks', amount: '£960' },
      { label: 'A month', amount: '£1,040' },
      { label: 'A year', amount: '£12,480' },
    ]);
  });

  it('lists only the parts a budget has, then the total', () => {
    expect(partRows(sarah).map((row) => row.label)).toEqual(['Support', 'Budget']);
  });

  it('shows who pays only when the person pays a part', () => {
    expect(whoPaysRows(sarah)).toEqual([]);
    const withContribution = calculateBudget(
      budgetInputFrom({
        supportLines: [{ id: 'a', name: 'Care', hoursPerWeek: '10', hourlyRate: '20' }],
        personContributionPerWeek: '25',
      }),
    );
    expect(whoPaysRows(withContribution)).toEqual([
      { label: 'The council pays', perWeek: '£175', perYear: '£9,100' },
      { label: 'You pay', perWeek: '£25', perYear: '£1,300' },
    ]);
  });

  it('says what is left, in pounds and in hours', () => {
    expect(spendingSentences(sarah)).toEqual([
      'You plan to spend £9,500 a year.',
      '£2,980 left is about 149 hours of support at £20 an hour.',
    ]);
  });

  it('says when the plans cost more than the budget', () => {
    const over = calculateBudget(
      budgetInputFrom({
        supportLines: [{ id: 'a', name: 'Care', hoursPerWeek: '1', hourlyRate: '20' }],
        spending: [{ id: 's', name: 'Holiday', amount: '2000', frequency: 'once' }],
      }),
    );
    expect(spendingSentences(over)[1]).toMatch(/^That is £960 more than your budget\./);
  });

  it('leaves out steps that only repeat the one before, and nothing else', () => {
    const steps = stepsIn(sarah, BUDGET_SECTIONS);
    const kept = withoutRepeats(steps);
    expect(steps.length - kept.length).toBe(3);
    expect(kept.map((step) => step.sentence)).not.toContain('Support a week: £240 a week.');
    expect(kept.map((step) => step.sentence)).toContain(
      'Support a year: £240 a week × 52 weeks = £12,480 a year.',
    );
  });
});
