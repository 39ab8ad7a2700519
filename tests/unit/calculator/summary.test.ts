import { describe, expect, it } from 'vitest';
import { budgetInputFrom, calculateBudget, sarahStory } from '../../../src/lib/budget';
import {
  MONTH_SENTENCE,
  budgetPaysForSentences,
  headlineSentences,
  partRows,
  periodRows,
  spendingSentences,
  changeSentences,
  whoPaysRows,
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

  it('has no table of parts when support is the only part: it would say one figure twice', () => {
    expect(partRows(sarah)).toEqual([]);
  });

  it('lists only the parts a budget has, then the total, each figure in its own column', () => {
    const withFee = calculateBudget(
      budgetInputFrom({
        supportLines: [{ id: 'a', name: 'Care', hoursPerWeek: '12', hourlyRate: '20' }],
        managementFee: { kind: 'year', amount: '1000' },
      }),
    );
    expect(partRows(withFee)).toEqual([
      { label: 'Support', perWeek: '£240', perYear: '£12,480' },
      { label: 'Provider fee', perWeek: '£19.23', perYear: '£1,000' },
      { label: 'Budget', perWeek: '£259.23', perYear: '£13,480' },
    ]);
  });

  it('says why a month is more than every 4 weeks', () => {
    expect(MONTH_SENTENCE).toBe(
      'A month costs more than 4 weeks, because most months are longer than 4 weeks.',
    );
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

  it('says what is left as hours of support, beside the assessed hours', () => {
    expect(spendingSentences(sarah)).toEqual([
      'You plan to spend £9,500 a year.',
      '£2,980 a year is left.',
      'Your assessment: 12 hours a week.',
      'After your plans, the rest pays for about 2.8 hours a week.',
      'That is about 149 hours a year, at £20 an hour.',
    ]);
  });

  it('says the whole budget pays for the hours when nothing is planned', () => {
    const noPlans = calculateBudget(
      budgetInputFrom({
        supportLines: [{ id: 'a', name: 'Care', hoursPerWeek: '12', hourlyRate: '20' }],
      }),
    );
    expect(spendingSentences(noPlans)).toEqual([]);
    expect(budgetPaysForSentences(noPlans)).toEqual([
      'Your assessment: 12 hours a week.',
      'Your budget pays for all of these hours.',
    ]);
  });

  it('keeps the provider’s part apart, and never counts it as hours (issue 13)', () => {
    const result = calculateBudget(
      budgetInputFrom({
        supportLines: [
          { id: 'a', name: 'Day support', hoursPerWeek: '12', hourlyRate: '20' },
          { id: 'b', name: 'Evening support', hoursPerWeek: '6', hourlyRate: '18.50' },
        ],
        managementFee: { kind: 'percent', percent: '10' },
        spending: [{ id: 's', name: 'Classes', amount: '3000', frequency: 'year' }],
      }),
    );
    expect(budgetPaysForSentences(result)).toEqual([
      'Your provider keeps £1,825.20 a year for looking after your Individual Service Fund.',
      'This money cannot pay for support or for your plans.',
    ]);
    expect(spendingSentences(result)).toEqual([
      'You plan to spend £3,000 a year.',
      '£15,252 a year is left.',
      'Your assessment: 18 hours a week.',
      'After your plans, the rest pays for about 14.6 hours a week.',
      'That is about 762 hours a year, at £20 an hour.',
    ]);
    expect(spendingSentences(result, 'I')[3]).toBe(
      'After my plans, the rest pays for about 14.6 hours a week.',
    );
  });

  it('says when the plans cost more than the budget', () => {
    const over = calculateBudget(
      budgetInputFrom({
        supportLines: [{ id: 'a', name: 'Care', hoursPerWeek: '1', hourlyRate: '20' }],
        spending: [{ id: 's', name: 'Holiday', amount: '2000', frequency: 'once' }],
      }),
    );
    expect(spendingSentences(over)[1]).toBe('That is £960 a year more than your budget.');
  });

  it('writes the name of the support in lower case inside a sentence', () => {
    const change = calculateBudget(
      budgetInputFrom({
        supportLines: [{ id: 'a', name: 'Support', hoursPerWeek: '10', hourlyRate: '20' }],
        change: { lineId: 'a', direction: 'fewer', unit: 'hours-a-week', hoursPerWeek: '2' },
      }),
    );
    expect(changeSentences(change)[0]).toBe('Fewer hours of support: 2 hours a week.');
  });
});
