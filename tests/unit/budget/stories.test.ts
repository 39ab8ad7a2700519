/*
 * The source documents' worked figures, reproduced exactly (issue 3).
 * Seed 000: the first example, Sarah, Maya, David, James. Seed 002: K.
 */
import { describe, expect, it } from 'vitest';
import {
  budgetStories,
  calculateBudget,
  davidStory,
  jamesStory,
  kStory,
  mayaStory,
  sarahStory,
  tenHoursStory,
} from '../../../src/lib/budget';
import { formatMoney } from '../../../src/lib/money';

describe('the source documents’ figures', () => {
  it('10 hours a week at £20 an hour is £200 a week and £10,400 a year', () => {
    const result = calculateBudget(tenHoursStory.input);
    expect(formatMoney(result.budget.perWeek)).toBe('£200');
    expect(formatMoney(result.budget.perYear)).toBe('£10,400');
    expect(result.working.map((step) => step.sentence)).toContain(
      'Personal care: 10 hours a week × £20 an hour = £200 a week.',
    );
  });

  it('Sarah: £12,480 a year, with £2,980 left after cooking classes and a personal assistant', () => {
    const result = calculateBudget(sarahStory.input);
    expect(result.budget.perYear).toBe('12480.00');
    expect(result.spendingItems.map((item) => [item.name, item.perYear])).toEqual([
      ['Cooking classes', '1500.00'],
      ['Personal assistant', '8000.00'],
    ]);
    expect(result.leftPerYear).toBe('2980.00');
    // £2,980 ÷ £20 = 149 hours a year; 149 ÷ 52 = 2.86…, so about 2.8 hours a week.
    expect(result.hoursAfterPlans).toMatchObject({ hoursPerYear: '149', hoursPerWeek: '2.8' });
  });

  it('Maya: £8,320 a year, with £820 left', () => {
    const result = calculateBudget(mayaStory.input);
    expect(result.budget.perYear).toBe('8320.00');
    expect(result.spending.perYear).toBe('7500.00');
    expect(result.leftPerYear).toBe('820.00');
  });

  it('David: £15,600 a year, all of it planned', () => {
    const result = calculateBudget(davidStory.input);
    expect(result.budget.perYear).toBe('15600.00');
    expect(result.spending.perYear).toBe('15600.00');
    expect(result.leftPerYear).toBe('0.00');
    expect(result.overspentPerYear).toBe('0.00');
    expect(result.hoursAfterPlans).toBeNull();
  });

  it('James: £41,600 a year, all of it planned', () => {
    const result = calculateBudget(jamesStory.input);
    expect(result.budget.perYear).toBe('41600.00');
    expect(result.spending.perYear).toBe('41600.00');
    expect(result.leftPerYear).toBe('0.00');
  });

  it('K: 45 minutes a day less at £22.29 an hour saves £117.02 a week and £6,085.04 a year', () => {
    // The document says "around £117 per week or £6084 per year": it multiplied £117 (the week
    // rounded to whole pounds) by 52. We keep the pence: 5.25 × £22.29 = £117.0225 → £117.02,
    // and £117.02 × 52 = £6,085.04.
    const result = calculateBudget(kStory.input);
    expect(result.change).toEqual({
      lineId: 'routine-prompts',
      direction: 'fewer',
      hoursPerWeek: '5.25',
      newHoursPerWeek: '0',
      perWeek: '117.02',
      perYear: '6085.04',
    });
    expect(
      result.working.filter((step) => step.section === 'change').map((s) => s.sentence),
    ).toEqual([
      'Reminders for daily routines: 45 minutes a day × 7 days = 315 minutes a week, which is 5.25 hours a week.',
      'Reminders for daily routines: 5.25 hours a week fewer × £22.29 an hour = £117.02 a week saved (rounded to the nearest penny).',
      '£117.02 a week × 52 weeks = £6,085.04 a year saved.',
    ]);
  });

  it('has every story, each worked out without error', () => {
    expect(budgetStories.map((story) => story.id)).toEqual([
      'ten-hours',
      'sarah',
      'maya',
      'david',
      'james',
      'k',
    ]);
    for (const story of budgetStories) expect(() => calculateBudget(story.input)).not.toThrow();
  });
});
