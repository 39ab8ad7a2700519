/*
 * Valid budget inputs for property tests (fast-check): 1 to 8 support lines, hours as decimals
 * or as hours and minutes, any weeks in the year from 1 to 53, a provider fee of each kind,
 * travel, other costs, the person's contribution and planned spending.
 */
import fc from 'fast-check';
import type { BudgetInputDraft } from '../../../src/lib/budget';

export type Frequency = 'week' | 'four-weeks' | 'month' | 'year' | 'once';

export interface Line {
  /** Hours in hundredths ("7.25" is 725), or whole minutes when `clock` is true ("7:20" is 440). */
  readonly amount: number;
  readonly clock: boolean;
  readonly ratePence: number;
}

export interface Item {
  readonly pence: number;
  readonly frequency: Frequency;
}

export interface Case {
  readonly lines: readonly Line[];
  readonly weeksHundredths: number;
  readonly fee:
    | { readonly kind: 'none' }
    | { readonly kind: 'percent'; readonly hundredths: number }
    | { readonly kind: 'week' | 'year'; readonly pence: number };
  readonly travel:
    { readonly kind: 'none' } | { readonly kind: 'week' | 'year'; readonly pence: number };
  readonly contributionPence: number;
  readonly otherCosts: readonly Item[];
  readonly spending: readonly Item[];
}

const lineArbitrary: fc.Arbitrary<Line> = fc.oneof(
  fc.record({
    amount: fc.integer({ min: 0, max: 4000 }),
    clock: fc.constant(false),
    ratePence: fc.integer({ min: 0, max: 100_000 }),
  }),
  fc.record({
    amount: fc.integer({ min: 0, max: 2400 }),
    clock: fc.constant(true),
    ratePence: fc.integer({ min: 0, max: 100_000 }),
  }),
);

const penceArbitrary = fc.integer({ min: 0, max: 5_000_000 });

export const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 8 }),
  weeksHundredths: fc.oneof(fc.constantFrom(5200, 5214, 5218), fc.integer({ min: 100, max: 5300 })),
  fee: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constant('percent' as const),
      hundredths: fc.integer({ min: 0, max: 10_000 }),
    }),
    fc.record({ kind: fc.constantFrom('week' as const, 'year' as const), pence: penceArbitrary }),
  ),
  travel: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constantFrom('week' as const, 'year' as const), pence: penceArbitrary }),
  ),
  contributionPence: fc.integer({ min: 0, max: 200_000 }),
  otherCosts: fc.array(
    fc.record({
      pence: penceArbitrary,
      frequency: fc.constantFrom<Frequency>('week', 'four-weeks', 'month', 'year'),
    }),
    { maxLength: 4 },
  ),
  spending: fc.array(
    fc.record({
      pence: penceArbitrary,
      frequency: fc.constantFrom<Frequency>('week', 'four-weeks', 'month', 'year', 'once'),
    }),
    { maxLength: 8 },
  ),
});

function decimal(value: number, places: number): string {
  const text = String(value).padStart(places + 1, '0');
  return `${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`;
}

function pounds(pence: number | bigint): string {
  return decimal(Number(pence), 2);
}

function hoursText(line: Line): string {
  return line.clock
    ? `${Math.floor(line.amount / 60)}:${String(line.amount % 60).padStart(2, '0')}`
    : decimal(line.amount, 2);
}

export function draftOf(test: Case): BudgetInputDraft {
  return {
    supportLines: test.lines.map((line, index) => ({
      id: `l${index}`,
      name: `Line ${index}`,
      hoursPerWeek: hoursText(line),
      hourlyRate: pounds(line.ratePence),
    })),
    weeksPerYear: decimal(test.weeksHundredths, 2),
    managementFee:
      test.fee.kind === 'none'
        ? { kind: 'none' }
        : test.fee.kind === 'percent'
          ? { kind: 'percent', percent: decimal(test.fee.hundredths, 2) }
          : { kind: test.fee.kind, amount: pounds(test.fee.pence) },
    travel:
      test.travel.kind === 'none'
        ? { kind: 'none' }
        : { kind: test.travel.kind, amount: pounds(test.travel.pence) },
    personContributionPerWeek: pounds(test.contributionPence),
    otherCosts: test.otherCosts.map((cost, index) => ({
      id: `o${index}`,
      name: `Cost ${index}`,
      amount: pounds(cost.pence),
      frequency: cost.frequency === 'once' ? 'year' : cost.frequency,
    })),
    spending: test.spending.map((item, index) => ({
      id: `s${index}`,
      name: `Item ${index}`,
      amount: pounds(item.pence),
      frequency: item.frequency,
    })),
  };
}
