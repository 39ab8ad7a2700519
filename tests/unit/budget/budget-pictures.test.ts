import { describe, expect, it } from 'vitest';
import {
  budgetPictures,
  budgetSplit,
  clocksPicture,
  type BudgetSplit,
} from '../../../src/lib/budget/budget-pictures';
import { calculateBudget } from '../../../src/lib/budget/calculate';
import { hoursSentences } from '../../../src/lib/budget/pays-for';
import { budgetInputSchema, type BudgetInputDraft } from '../../../src/lib/budget/schema';
import {
  davidStory,
  jamesStory,
  kStory,
  mayaStory,
  sarahStory,
  tenHoursStory,
} from '../../../src/lib/budget/stories';
import { moneyFromString, sumMoney, toMoneyString } from '../../../src/lib/money';

const resultOf = (draft: BudgetInputDraft) => calculateBudget(budgetInputSchema.parse(draft));

/** The parts of a split added up with decimal.js, as stored ("12480.00"). */
const partsAddedUp = (split: BudgetSplit): string =>
  toMoneyString(sumMoney(split.parts.map((part) => moneyFromString(part.perYear))));

const clocksOf = (hours: string) => clocksPicture(hours)?.groups.flatMap((group) => group.clocks);

describe('hours as clocks', () => {
  it('draws one whole clock for each hour of the stories', () => {
    expect(clocksOf('12')).toEqual(Array.from({ length: 12 }, () => '1'));
    expect(clocksOf('8')).toHaveLength(8);
    expect(clocksOf('15')).toHaveLength(15);
    expect(clocksOf('40')).toHaveLength(40);
  });

  it('draws a part clock for part of an hour, and says so', () => {
    const picture = clocksPicture('7.5');
    expect(clocksOf('7.5')).toEqual([...Array.from({ length: 7 }, () => '1'), '0.5']);
    expect(picture?.hoursShown).toBe('7.5 hours');
    expect(picture?.alt).toBe('7 clocks, 1 for each hour, and a part clock for 0.5 of an hour');
    expect(clocksPicture('0.7')?.alt).toBe('A part clock for 0.7 of an hour');
    expect(clocksPicture('1')?.alt).toBe('1 clock for 1 hour');
    expect(clocksPicture('1')?.hoursShown).toBe('1 hour');
  });

  it('keeps 20 clocks in one row, and puts more in groups of 5 with the count under each', () => {
    const twenty = clocksPicture('20');
    expect(twenty?.grouped).toBe(false);
    expect(twenty?.groups).toHaveLength(1);
    const forty = clocksPicture('40');
    expect(forty?.grouped).toBe(true);
    expect(forty?.groups.map((group) => group.countSoFar)).toEqual([
      '5',
      '10',
      '15',
      '20',
      '25',
      '30',
      '35',
      '40',
    ]);
    const odd = clocksPicture('22.25');
    expect(odd?.groups.map((group) => group.countSoFar)).toEqual(['5', '10', '15', '20', '22.25']);
    expect(odd?.groups.at(-1)?.clocks).toEqual(['1', '1', '0.25']);
  });

  it('draws nothing for 0 hours or more than the 168 hours in a week', () => {
    expect(clocksPicture('0')).toBeNull();
    expect(clocksPicture('168')?.groups).toHaveLength(34);
    expect(clocksPicture('168.5')).toBeNull();
  });
});

describe('the clocks of a budget', () => {
  it('shows the assessed hours with the sentence the page writes', () => {
    const result = calculateBudget(tenHoursStory.input);
    const pictures = budgetPictures(result);
    expect(pictures.clocks.map((row) => row.sentence)).toEqual([
      'Your assessment: 10 hours a week.',
    ]);
    expect(hoursSentences(result)).toContain(pictures.clocks[0]?.sentence);
  });

  it('adds the hours that what is left pays for, in the words the page uses', () => {
    const result = calculateBudget(sarahStory.input);
    const rows = budgetPictures(result).clocks;
    expect(rows.map((row) => [row.id, row.clocks.hours])).toEqual([
      ['assessed', '12'],
      ['after-plans', '2.8'],
    ]);
    const sentences = hoursSentences(result).join(' ');
    for (const row of rows) expect(sentences).toContain(row.sentence);
    expect(budgetPictures(calculateBudget(mayaStory.input)).clocks[1]?.clocks.hours).toBe('0.7');
  });

  it('has no second row when the plans use it all', () => {
    for (const story of [davidStory, jamesStory]) {
      const rows = budgetPictures(calculateBudget(story.input)).clocks;
      expect(rows.map((row) => row.id)).toEqual(['assessed']);
    }
    expect(budgetPictures(calculateBudget(jamesStory.input)).clocks[0]?.clocks.grouped).toBe(true);
  });

  it('speaks as the person in a plan', () => {
    const rows = budgetPictures(calculateBudget(sarahStory.input), 'I').clocks;
    expect(rows.map((row) => row.sentence)).toEqual([
      'My assessment: 12 hours a week.',
      'After my plans, the rest pays for about 2.8 hours a week.',
    ]);
    expect(hoursSentences(calculateBudget(sarahStory.input), 'I').join(' ')).toContain(
      rows[1]?.sentence,
    );
  });
});

describe('how the budget is split', () => {
  it.each([
    [
      'Sarah',
      sarahStory,
      [
        ['Planned spending', '£9,500'],
        ['Left', '£2,980'],
      ],
      '£12,480',
    ],
    [
      'Maya',
      mayaStory,
      [
        ['Planned spending', '£7,500'],
        ['Left', '£820'],
      ],
      '£8,320',
    ],
    [
      'David',
      davidStory,
      [
        ['Planned spending', '£15,600'],
        ['Left', '£0'],
      ],
      '£15,600',
    ],
    [
      'James',
      jamesStory,
      [
        ['Planned spending', '£41,600'],
        ['Left', '£0'],
      ],
      '£41,600',
    ],
    [
      'K',
      kStory,
      [
        ['Planned spending', '£1,400'],
        ['Left', '£4,685.04'],
      ],
      '£6,085.04',
    ],
  ])("splits %s's budget into parts that add up to it", (_name, story, parts, total) => {
    const split = budgetSplit(calculateBudget(story.input));
    expect(split?.parts.map((part) => [part.label, part.shown])).toEqual(parts);
    expect(split?.total.shown).toBe(total);
    expect(split && partsAddedUp(split)).toBe(split?.total.perYear);
  });

  it('shows what the budget is made of before any plans, and nothing for support alone', () => {
    expect(budgetSplit(calculateBudget(tenHoursStory.input))).toBeNull();
    const split = budgetSplit(
      resultOf({
        supportLines: [
          { id: 'a', name: 'Day support', hoursPerWeek: '12', hourlyRate: '20' },
          { id: 'b', name: 'Evening support', hoursPerWeek: '6', hourlyRate: '18.50' },
        ],
        managementFee: { kind: 'percent', percent: '10' },
        travel: { kind: 'week', amount: '15' },
      }),
    );
    expect(split?.caption).toBe('How your budget is split, a year');
    expect(split?.parts.map((part) => [part.id, part.shown])).toEqual([
      ['support', '£18,252'],
      ['provider-fee', '£1,825.20'],
      ['travel', '£780'],
    ]);
    expect(split && partsAddedUp(split)).toBe(split?.total.perYear);
  });

  it('splits what is left into travel and other costs, then hours of support', () => {
    const result = resultOf({
      supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '12', hourlyRate: '20' }],
      managementFee: { kind: 'percent', percent: '10' },
      travel: { kind: 'week', amount: '15' },
      otherCosts: [{ id: 'o', name: 'Equipment hire', amount: '120', frequency: 'month' }],
      spending: [{ id: 's', name: 'Cooking classes', amount: '1500', frequency: 'year' }],
    });
    const split = budgetSplit(result);
    expect(split?.caption).toBe('What your budget pays for, a year');
    expect(split?.parts.map((part) => [part.label, part.shown])).toEqual([
      ['Planned spending', '£1,500'],
      ['Provider fee', '£1,248'],
      ['Left for travel and other costs', '£2,220'],
      ['Left for hours of support', '£10,980'],
    ]);
    // A pocket calculator check from the page: the money for hours is a figure it writes.
    expect(result.hoursAfterPlans?.forSupportPerYear).toBe('10980.00');
    expect(split && partsAddedUp(split)).toBe(result.budget.perYear);
  });

  it('says what the budget is made of when the plans cost more than it', () => {
    const split = budgetSplit(
      resultOf({
        supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '10', hourlyRate: '20' }],
        managementFee: { kind: 'year', amount: '1000' },
        spending: [{ id: 's', name: 'A team of carers', amount: '20000', frequency: 'year' }],
      }),
    );
    expect(split?.parts.map((part) => part.label)).toEqual(['Support', 'Provider fee']);
    expect(split && partsAddedUp(split)).toBe(split?.total.perYear);
  });

  it('gives each part its share of the budget, for how wide it is drawn', () => {
    const split = budgetSplit(calculateBudget(sarahStory.input));
    const shares = split?.parts.map((part) => Number(part.share)) ?? [];
    expect(shares[0]).toBeCloseTo(9500 / 12480, 10);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 10);
  });
});
