import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetInputFrom,
  calculateBudget,
  parseBudgetInput,
  type BudgetInput,
  type BudgetResult,
} from '../../../src/lib/budget';
import {
  calculatorLink,
  draftToBudgetInput,
  linkFigures,
  linkFor,
  MAX_LINK_LENGTH,
  MAX_LINK_ROWS,
  readLink,
  writeLink,
  type CalculatorDraft,
} from '../../../src/lib/calculator/link';
import { caseArbitrary, draftOf } from '../budget/arbitraries';

/** Names a person might type: any script, signs that mean something in a link, or nothing. */
const nameText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.constantFrom(
    '',
    ' ',
    'Support',
    'योग की कक्षा',
    'طبخ مع صديق',
    '料理教室',
    'Кулинария',
    'a&b=c+d#e%20',
    'Line\nbreak',
  ),
);

/** Amounts and hours as typed, including edge amounts and text the form will refuse. */
const figureText = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '0.01',
    '9999999.99',
    '1,500',
    '£22.50',
    '7:30',
    '7 hours 30 minutes',
    ' 12 ',
    '-5',
    '1e3',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const recurring = fc.constantFrom('week', 'four-weeks', 'month', 'year');
const spendingFrequency = fc.constantFrom('week', 'four-weeks', 'month', 'year', 'once');

/** Row ids as the form makes them: unique, but with gaps after a row is removed. */
function rows<T>(prefix: string, row: fc.Arbitrary<T>, minLength: number, maxLength: number) {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength, maxLength })
    .chain((numbers) =>
      fc.tuple(
        ...numbers.map((number) => row.map((values) => ({ id: `${prefix}${number}`, ...values }))),
      ),
    );
}

const draftArbitrary: fc.Arbitrary<CalculatorDraft> = fc
  .record({
    supportLines: rows(
      'l',
      fc.record({ name: nameText, hoursPerWeek: figureText, hourlyRate: figureText }),
      1,
      6,
    ),
    weeksPerYear: fc.constantFrom('52', '52.14', '52.18'),
    feeKind: fc.constantFrom('none', 'percent', 'week', 'year'),
    feeAmount: figureText,
    travelKind: fc.constantFrom('none', 'week', 'year'),
    travelAmount: figureText,
    otherCosts: rows(
      'o',
      fc.record({ name: nameText, amount: figureText, frequency: recurring }),
      0,
      4,
    ),
    personContributionPerWeek: figureText,
    spending: rows(
      's',
      fc.record({ name: nameText, amount: figureText, frequency: spendingFrequency }),
      0,
      8,
    ),
    changeDirection: fc.constantFrom('fewer', 'more'),
    changeUnit: fc.constantFrom('minutes-a-day', 'hours-a-week'),
    changeAmount: figureText,
    lineChoice: fc.nat(),
    leftChoice: fc.nat(),
  })
  .map(({ lineChoice, leftChoice, ...draft }) => {
    // Choose a line that is there, or now and then one that was removed.
    const pick = (choice: number): string =>
      draft.supportLines[choice % (draft.supportLines.length + 1)]?.id ?? 'l999999';
    return { ...draft, changeLineId: pick(lineChoice), leftInHoursLineId: pick(leftChoice) };
  }) as fc.Arbitrary<CalculatorDraft>;

describe('calculator links (property)', () => {
  it('always read back to the same figures, or are not written', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const link = linkFor(draft);
        if (!link.ok) {
          // Refused only when it truly could not be read back.
          expect(writeLink(draft).length).toBeGreaterThan(MAX_LINK_LENGTH);
          return;
        }
        expect(link.text.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(readLink(`#${link.text}`)).toEqual({ draft: linkFigures(draft) });
      }),
      { numRuns: 500 },
    );
  });

  it('read back 100 rows of each kind with names in other scripts and edge amounts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('योग', 'طبخ', '料理', 'Кино', 'Gym'), {
          minLength: MAX_LINK_ROWS,
          maxLength: MAX_LINK_ROWS,
        }),
        fc.constantFrom('0.01', '9999999.99', '0', ''),
        (names, amount) => {
          const draft = linkFigures({
            ...linkFigures(blankDraft()),
            supportLines: names.map((name, index) => ({
              id: `l${index + 1}`,
              name,
              hoursPerWeek: '1',
              hourlyRate: amount,
            })),
            spending: names.map((name, index) => ({
              id: `s${index + 1}`,
              name,
              amount,
              frequency: 'once',
            })),
          });
          const link = linkFor(draft);
          expect(link.ok).toBe(true);
          if (link.ok) expect(readLink(link.text)).toEqual({ draft });
        },
      ),
      { numRuns: 20 },
    );
  });
});

/** A valid budget with, now and then, a change to think about and a line for "left in hours". */
const budgetArbitrary: fc.Arbitrary<BudgetInput> = fc
  .record({
    test: caseArbitrary,
    leftChoice: fc.option(fc.nat()),
    change: fc.option(
      fc.record({
        lineChoice: fc.nat(),
        direction: fc.constantFrom('fewer' as const, 'more' as const),
        minutesPerDay: fc.integer({ min: 1, max: 120 }),
      }),
    ),
  })
  .map(({ test, leftChoice, change }) => {
    const draft = draftOf(test);
    const ids = draft.supportLines.map((line) => line.id);
    const pick = (choice: number): string => ids[choice % ids.length] ?? 'l0';
    const parsed = parseBudgetInput({
      ...draft,
      ...(leftChoice === null ? {} : { leftInHoursLineId: pick(leftChoice) }),
      ...(change === null
        ? {}
        : {
            change: {
              lineId: pick(change.lineChoice),
              direction: change.direction,
              unit: 'minutes-a-day',
              minutesPerDay: String(change.minutesPerDay),
            },
          }),
    });
    // A change bigger than its line's hours is refused by the form: keep the budget without it.
    return parsed.kind === 'ok' ? parsed.input : budgetInputFrom(draft);
  });

/** Every figure and sentence of a result, without the row ids (a link numbers rows from 1). */
function figuresOf(result: BudgetResult): unknown {
  const { supportLines, otherCostItems, spendingItems, hoursAfterPlans, change, working } = result;
  return {
    ...result,
    supportLines: supportLines.map(({ id: _id, ...line }) => line),
    otherCostItems: otherCostItems.map(({ id: _id, ...cost }) => cost),
    spendingItems: spendingItems.map(({ id: _id, ...item }) => item),
    hoursAfterPlans: hoursAfterPlans && { ...hoursAfterPlans, lineId: undefined },
    change: change && { ...change, lineId: undefined },
    working: working.map(({ id: _id, ...step }) => step),
  };
}

describe('links written from a budget (property)', () => {
  it('read back to the same figures, for any valid budget', () => {
    fc.assert(
      fc.property(budgetArbitrary, (input) => {
        const link = calculatorLink(input);
        const read = readLink(link.slice(link.indexOf('#')));
        expect(read.problem).toBeUndefined();
        expect(read.leftOut).toBeUndefined();
        const again = calculateBudget(budgetInputFrom(draftToBudgetInput(read.draft)));
        expect(figuresOf(again)).toEqual(figuresOf(calculateBudget(input)));
      }),
      { numRuns: 300 },
    );
  });
});

function blankDraft(): CalculatorDraft {
  return readLink('').draft;
}
