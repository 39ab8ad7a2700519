/*
 * Property tests (fast-check) for the rounding rule: every shown total is the sum of the shown
 * figures it totals; the order of lines changes nothing; and every figure matches a separate
 * calculation in whole pence with integers (BigInt), which shares no code with the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetInputFrom,
  calculateBudget,
  type BudgetInputDraft,
  type BudgetResult,
} from '../../../src/lib/budget';
import { caseArbitrary, draftOf, type Case, type Item } from './arbitraries';

/** n ÷ d rounded half-up, for n ≥ 0 and d > 0. */
function divide(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

function minimum(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** The whole budget in pence, worked out with integers only. */
function expectedPence(test: Case): Record<string, bigint> {
  const weeks = BigInt(test.weeksHundredths); // weeks × 100
  const yearFromWeek = (week: bigint): bigint => divide(week * weeks, 100n);
  const weekFromYear = (year: bigint): bigint => divide(year * 100n, weeks);
  const lines = test.lines.map((line) =>
    line.clock
      ? divide(BigInt(line.amount) * BigInt(line.ratePence), 60n)
      : divide(BigInt(line.amount) * BigInt(line.ratePence), 100n),
  );
  const supportWeek = lines.reduce((sum, line) => sum + line, 0n);
  const supportYear = yearFromWeek(supportWeek);
  let feeWeek = 0n;
  let feeYear = 0n;
  if (test.fee.kind === 'percent') {
    feeWeek = divide(supportWeek * BigInt(test.fee.hundredths), 10_000n);
    feeYear = yearFromWeek(feeWeek);
  } else if (test.fee.kind === 'week') {
    feeWeek = BigInt(test.fee.pence);
    feeYear = yearFromWeek(feeWeek);
  } else if (test.fee.kind === 'year') {
    feeYear = BigInt(test.fee.pence);
    feeWeek = weekFromYear(feeYear);
  }
  let travelWeek = 0n;
  let travelYear = 0n;
  if (test.travel.kind === 'week') {
    travelWeek = BigInt(test.travel.pence);
    travelYear = yearFromWeek(travelWeek);
  } else if (test.travel.kind === 'year') {
    travelYear = BigInt(test.travel.pence);
    travelWeek = weekFromYear(travelYear);
  }
  const toYear = ({ pence, frequency }: Item): bigint => {
    const amount = BigInt(pence);
    if (frequency === 'week') return yearFromWeek(amount);
    if (frequency === 'four-weeks') return divide(amount * weeks, 400n);
    if (frequency === 'month') return amount * 12n;
    return amount;
  };
  const others = test.otherCosts.map((cost) => {
    const year = toYear(cost);
    return { year, week: cost.frequency === 'week' ? BigInt(cost.pence) : weekFromYear(year) };
  });
  const otherWeek = others.reduce((sum, cost) => sum + cost.week, 0n);
  const otherYear = others.reduce((sum, cost) => sum + cost.year, 0n);
  const budgetWeek = supportWeek + feeWeek + travelWeek + otherWeek;
  const budgetYear = supportYear + feeYear + travelYear + otherYear;
  const contribution = BigInt(test.contributionPence);
  const personWeek = minimum(contribution, budgetWeek);
  const personYear = contribution === 0n ? 0n : minimum(yearFromWeek(personWeek), budgetYear);
  const items = test.spending.map(toYear);
  const spendingYear = items.reduce((sum, item) => sum + item, 0n);
  return {
    ...Object.fromEntries(lines.map((line, index) => [`line${index}`, line])),
    ...Object.fromEntries(items.map((item, index) => [`item${index}`, item])),
    supportWeek,
    supportYear,
    feeWeek,
    feeYear,
    travelWeek,
    travelYear,
    otherWeek,
    otherYear,
    budgetWeek,
    budgetYear,
    budgetFourWeeks: budgetWeek * 4n,
    budgetMonth: divide(budgetYear, 12n),
    personWeek,
    personYear,
    councilWeek: budgetWeek - personWeek,
    councilYear: budgetYear - personYear,
    spendingYear,
    spendingWeek: weekFromYear(spendingYear),
    // What can be planned with never includes the provider's part (issue 13).
    left: budgetYear - feeYear >= spendingYear ? budgetYear - feeYear - spendingYear : 0n,
    overspent: spendingYear > budgetYear - feeYear ? spendingYear - (budgetYear - feeYear) : 0n,
  };
}

function shownPence(result: BudgetResult): Record<string, bigint> {
  const pence = (value: string): bigint => BigInt(value.replace('.', ''));
  return {
    ...Object.fromEntries(
      result.supportLines.map((line, index) => [`line${index}`, pence(line.perWeek)]),
    ),
    ...Object.fromEntries(
      result.spendingItems.map((item, index) => [`item${index}`, pence(item.perYear)]),
    ),
    supportWeek: pence(result.support.perWeek),
    supportYear: pence(result.support.perYear),
    feeWeek: pence(result.managementFee.perWeek),
    feeYear: pence(result.managementFee.perYear),
    travelWeek: pence(result.travel.perWeek),
    travelYear: pence(result.travel.perYear),
    otherWeek: pence(result.otherCosts.perWeek),
    otherYear: pence(result.otherCosts.perYear),
    budgetWeek: pence(result.budget.perWeek),
    budgetYear: pence(result.budget.perYear),
    budgetFourWeeks: pence(result.budget.perFourWeeks),
    budgetMonth: pence(result.budget.perMonth),
    personWeek: pence(result.personPart.perWeek),
    personYear: pence(result.personPart.perYear),
    councilWeek: pence(result.councilPart.perWeek),
    councilYear: pence(result.councilPart.perYear),
    spendingYear: pence(result.spending.perYear),
    spendingWeek: pence(result.spending.perWeek),
    left: pence(result.leftPerYear),
    overspent: pence(result.overspentPerYear),
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

describe('the rounding rule, for any budget', () => {
  it('matches a separate calculation in whole pence', () => {
    fc.assert(
      fc.property(caseArbitrary, (test) => {
        const result = calculateBudget(budgetInputFrom(draftOf(test)));
        expect(shownPence(result)).toEqual(expectedPence(test));
      }),
      { numRuns: 300 },
    );
  });

  it('shows totals that are the sum of the shown figures they total', () => {
    fc.assert(
      fc.property(caseArbitrary, (test) => {
        const shown = shownPence(calculateBudget(budgetInputFrom(draftOf(test))));
        const sum = (prefix: string): bigint =>
          Object.entries(shown)
            .filter(([key]) => key.startsWith(prefix))
            .reduce((total, [, value]) => total + value, 0n);
        expect(shown.supportWeek).toBe(sum('line'));
        expect(shown.spendingYear).toBe(sum('item'));
        const parts = ['support', 'fee', 'travel', 'other'];
        expect(shown.budgetWeek).toBe(
          parts.reduce((total, part) => total + (shown[`${part}Week`] ?? 0n), 0n),
        );
        expect(shown.budgetYear).toBe(
          parts.reduce((total, part) => total + (shown[`${part}Year`] ?? 0n), 0n),
        );
        expect(shown.budgetFourWeeks).toBe((shown.budgetWeek ?? 0n) * 4n);
        expect((shown.personWeek ?? 0n) + (shown.councilWeek ?? 0n)).toBe(shown.budgetWeek);
        expect((shown.personYear ?? 0n) + (shown.councilYear ?? 0n)).toBe(shown.budgetYear);
      }),
      { numRuns: 200 },
    );
  });

  it('adds what is left, the planned spending and the provider’s part up to the budget, to the penny', () => {
    fc.assert(
      fc.property(caseArbitrary, (test) => {
        const shown = shownPence(calculateBudget(budgetInputFrom(draftOf(test))));
        const left = shown.left ?? 0n;
        const overspent = shown.overspent ?? 0n;
        // Overspent plans spend more than can be planned with: that part is not in the budget.
        expect(left + (shown.spendingYear ?? 0n) - overspent + (shown.feeYear ?? 0n)).toBe(
          shown.budgetYear,
        );
        expect(left === 0n || overspent === 0n).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('buys hours only with what is left after travel and other costs, rounded down', () => {
    fc.assert(
      fc.property(caseArbitrary, (test) => {
        const result = calculateBudget(budgetInputFrom(draftOf(test)));
        const hours = result.hoursAfterPlans;
        if (hours === null) return;
        const pence = (value: string): bigint => BigInt(value.replace('.', ''));
        const forSupport = pence(hours.forSupportPerYear);
        expect(forSupport).toBeLessThanOrEqual(pence(result.leftPerYear));
        const rate = pence(hours.hourlyRate);
        // At least the hours shown can be paid for, and not one hour more.
        expect(BigInt(hours.hoursPerYear) * rate).toBeLessThanOrEqual(forSupport);
        expect((BigInt(hours.hoursPerYear) + 1n) * rate).toBeGreaterThan(forSupport);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same totals whatever order the lines and spending are in', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 1, max: 1_000_000 }), (test, seed) => {
        const draft = draftOf(test);
        const reordered: BudgetInputDraft = {
          ...draft,
          supportLines: shuffled(draft.supportLines, seed),
          spending: shuffled(draft.spending ?? [], seed + 1),
        };
        const before = calculateBudget(budgetInputFrom(draft));
        const after = calculateBudget(budgetInputFrom(reordered));
        for (const key of [
          'support',
          'managementFee',
          'travel',
          'budget',
          'personPart',
          'councilPart',
          'spending',
        ] as const) {
          expect(after[key]).toEqual(before[key]);
        }
        expect(after.leftPerYear).toBe(before.leftPerYear);
        expect(after.overspentPerYear).toBe(before.overspentPerYear);
      }),
      { numRuns: 200 },
    );
  });
});
