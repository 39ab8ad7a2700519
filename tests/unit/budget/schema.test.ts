import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBudgetInput, type BudgetInputDraft } from '../../../src/lib/budget';

function oneLine(
  line: Partial<{ hoursPerWeek: string; hourlyRate: string; name: string }>,
): BudgetInputDraft {
  return {
    supportLines: [
      { id: 'a', name: 'Personal care', hoursPerWeek: '10', hourlyRate: '20', ...line },
    ],
  };
}

function problemsOf(draft: unknown): readonly { path: string; message: string }[] {
  const result = parseBudgetInput(draft);
  return result.kind === 'ok' ? [] : result.problems;
}

describe('checking budget inputs', () => {
  it('fills in 52 weeks, no fee, no travel, no other costs, no contribution and no spending', () => {
    const result = parseBudgetInput(oneLine({}));
    expect(result.kind === 'ok' ? result.input : result.problems).toEqual({
      supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '10', hourlyRate: '20.00' }],
      weeksPerYear: '52',
      managementFee: { kind: 'none' },
      travel: { kind: 'none' },
      otherCosts: [],
      personContributionPerWeek: '0.00',
      spending: [],
    });
  });

  it.each([
    ['£20.50', '20.50'],
    [' 20.5 ', '20.50'],
    ['£20.50 an hour', '20.50'],
    ['1,000', '1000.00'],
  ])('accepts the cost of 1 hour written as %j', (text, stored) => {
    const result = parseBudgetInput(oneLine({ hourlyRate: text }));
    expect(result.kind === 'ok' ? result.input.supportLines[0]?.hourlyRate : result.problems).toBe(
      stored,
    );
  });

  it.each([
    [
      '-20',
      'The cost of 1 hour cannot be less than 0. Enter an amount without a minus sign, like 20.50',
    ],
    ['NaN', 'Enter the cost of 1 hour as an amount of money, like 20.50'],
    ['Infinity', 'Enter the cost of 1 hour as an amount of money, like 20.50'],
    ['0x10', 'Enter the cost of 1 hour as an amount of money, like 20.50'],
    ['1e5', 'Enter the cost of 1 hour as an amount of money, like 20.50'],
    [
      '20.505',
      'Enter the cost of 1 hour in pounds and pence, with no more than 2 numbers after the point, like 20.50',
    ],
    ['1,000.01', 'The cost of 1 hour must be £1,000 or less. Check the amount'],
    ['', 'Enter the cost of 1 hour as an amount of money, like 20.50'],
  ])('rejects the cost of 1 hour written as %j', (text, message) => {
    expect(problemsOf(oneLine({ hourlyRate: text }))).toEqual([
      { path: 'supportLines.0.hourlyRate', message },
    ]);
  });

  it.each([
    ['-1', 'The hours a week cannot be less than 0. Enter a number without a minus sign, like 7.5'],
    ['ten', 'Enter the hours a week as a number, like 7.5, or in hours and minutes, like 7:30'],
    [
      '168.5',
      'The hours a week must be 168 or less, because a week has 168 hours. If 2 people give support at the same time, add a line for each',
    ],
  ])('rejects hours a week written as %j', (text, message) => {
    expect(problemsOf(oneLine({ hoursPerWeek: text }))).toEqual([
      { path: 'supportLines.0.hoursPerWeek', message },
    ]);
  });

  it('asks for a name for each kind of support', () => {
    expect(problemsOf(oneLine({ name: '  ' }))).toEqual([
      { path: 'supportLines.0.name', message: 'Enter a name, like Personal care' },
    ]);
  });

  it.each(['0', '0.99', '53.01', '54', 'fifty-two', '-52', '52.123'])(
    'rejects %j weeks in a year',
    (weeks) => {
      expect(problemsOf({ ...oneLine({}), weeksPerYear: weeks })).toEqual([
        {
          path: 'weeksPerYear',
          message: 'Enter the weeks in a year as a number from 1 to 53, like 52',
        },
      ]);
    },
  );

  it.each(['1', '52', '52.14', '52.18', '53'])('accepts %j weeks in a year', (weeks) => {
    expect(problemsOf({ ...oneLine({}), weeksPerYear: weeks })).toEqual([]);
  });

  it.each(['-1', '100.01', '101', 'ten', '1e1'])('rejects a fee of %j percent', (percent) => {
    expect(problemsOf({ ...oneLine({}), managementFee: { kind: 'percent', percent } })).toEqual([
      {
        path: 'managementFee.percent',
        message: 'Enter the fee as a percentage from 0 to 100, like 10',
      },
    ]);
  });

  it.each([
    ['0', '0'],
    ['10%', '10'],
    ['12.50', '12.5'],
    ['100', '100'],
  ])('accepts a fee of %j percent', (percent, stored) => {
    const result = parseBudgetInput({
      ...oneLine({}),
      managementFee: { kind: 'percent', percent },
    });
    expect(result.kind === 'ok' ? result.input.managementFee : result.problems).toEqual({
      kind: 'percent',
      percent: stored,
    });
  });

  it('does not treat more than 168 hours across all lines as an error', () => {
    const draft: BudgetInputDraft = {
      supportLines: [
        { id: 'a', name: 'Day support', hoursPerWeek: '100', hourlyRate: '20' },
        { id: 'b', name: 'Second person', hoursPerWeek: '100', hourlyRate: '20' },
      ],
    };
    expect(problemsOf(draft)).toEqual([]);
  });

  it('needs each line to have its own id', () => {
    const draft: BudgetInputDraft = {
      supportLines: [
        { id: 'a', name: 'Day support', hoursPerWeek: '1', hourlyRate: '20' },
        { id: 'a', name: 'Night support', hoursPerWeek: '1', hourlyRate: '20' },
      ],
    };
    expect(problemsOf(draft)).toEqual([
      { path: 'supportLines.1.id', message: 'Each support line needs its own id' },
    ]);
  });

  it('rejects a change to a line that is not there', () => {
    const draft: BudgetInputDraft = {
      ...oneLine({}),
      change: { lineId: 'x', direction: 'fewer', unit: 'hours-a-week', hoursPerWeek: '1' },
    };
    expect(problemsOf(draft)).toEqual([
      { path: 'change.lineId', message: 'Choose the support that would change' },
    ]);
  });

  it('rejects taking away more hours than the line has', () => {
    const draft: BudgetInputDraft = {
      ...oneLine({ hoursPerWeek: '3' }),
      change: { lineId: 'a', direction: 'fewer', unit: 'minutes-a-day', minutesPerDay: '45' },
    };
    expect(problemsOf(draft)).toEqual([
      {
        path: 'change.minutesPerDay',
        message: 'The change is more than the hours of Personal care. Enter a smaller change',
      },
    ]);
  });

  it('rejects adding hours that take a line past 168 a week', () => {
    const draft: BudgetInputDraft = {
      ...oneLine({ hoursPerWeek: '160' }),
      change: { lineId: 'a', direction: 'more', unit: 'hours-a-week', hoursPerWeek: '8.5' },
    };
    expect(problemsOf(draft)).toEqual([
      {
        path: 'change.hoursPerWeek',
        message:
          'With the change, Personal care would be more than 168 hours a week. Enter a smaller change',
      },
    ]);
  });

  it('reports every field that is wrong, not only the first', () => {
    const draft = {
      supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: 'x', hourlyRate: 'y' }],
      weeksPerYear: '60',
      personContributionPerWeek: '-1',
      spending: [{ id: 's', name: 'Gym', amount: '1.001', frequency: 'year' }],
      change: { lineId: 'a', direction: 'fewer', unit: 'minutes-a-day', minutesPerDay: '45' },
    };
    expect(problemsOf(draft).map((problem) => problem.path)).toEqual([
      'supportLines.0.hoursPerWeek',
      'supportLines.0.hourlyRate',
      'weeksPerYear',
      'personContributionPerWeek',
      'spending.0.amount',
    ]);
  });

  it('rejects something that is not a budget at all', () => {
    expect(parseBudgetInput('hello').kind).toBe('error');
    expect(
      parseBudgetInput({ supportLines: [{ id: 'a', hoursPerWeek: 10, hourlyRate: 20 }] }).kind,
    ).toBe('error');
  });

  it('never throws, whatever it is given', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('10', '-1', 'NaN', '7:30', '£20', '1e5'));
    const line = fc.record({
      id: fc.oneof(fc.constant('a'), fc.string()),
      name: text,
      hoursPerWeek: text,
      hourlyRate: text,
    });
    const draft = fc.record(
      {
        supportLines: fc.oneof(fc.array(line, { maxLength: 3 }), fc.anything()),
        weeksPerYear: text,
        managementFee: fc.oneof(
          fc.record({
            kind: fc.constantFrom('none', 'percent', 'week', 'year'),
            percent: text,
            amount: text,
          }),
          fc.anything(),
        ),
        personContributionPerWeek: text,
        change: fc.oneof(
          fc.record({
            lineId: fc.constantFrom('a', 'b'),
            direction: fc.constantFrom('fewer', 'more'),
            unit: fc.constantFrom('minutes-a-day', 'hours-a-week'),
            minutesPerDay: text,
            hoursPerWeek: text,
          }),
          fc.anything(),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(draft, fc.anything()), (raw) => {
        expect(() => parseBudgetInput(raw)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
