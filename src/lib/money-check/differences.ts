/*
 * Where a statement is not what the plan says, each with a question the person can ask the
 * provider, in easy read (issue 20): "You charged 14 hours of Personal care from 1 March 2027
 * to 7 March 2027. My plan says 12 hours." A question is asked only where the statement really
 * differs from the plan:
 * - Support with no hours on the statement asks how many hours it was, not why 0 hours cost £288.
 * - Support costs hours × the cost of 1 hour, worked out for the whole period or line by line
 *   (providers round either way), so a 1p rounding difference is not a question.
 * - A planned thing is compared within a statement only when every such statement holds the
 *   same number of its payments (a monthly thing on a monthly statement, a weekly one on a
 *   4-week statement). Any other is compared over all the statements so far, with its cost a
 *   year: a £20 monthly thing on a weekly statement is not more than planned, nor 5 weekly
 *   payments in a long month.
 * Spending less than planned on other things is not a question: that money stays in the budget,
 * and the warning about money not spent covers it.
 */
import {
  ZERO_MONEY,
  compareMoney,
  compareQuantity,
  divideQuantity,
  formatMoney,
  moneyFromString,
  multiplyMoney,
  quantityFromInteger,
  quantityFromString,
  roundToPenny,
  subtractMoney,
  subtractQuantity,
  sumMoney,
  type Money,
  type Quantity,
} from '../money';
import { checkStatement } from './check';
import { PERIOD_WORDS, periodInWords, weeksInPeriod } from './periods';
import type { PlannedBudget, PlannedItem } from './planned';
import type { Statement, StatementLine } from './statement';
import { minutesFromHoursString, type HoursString } from '../budget/hours';
import { formatMinutesAsHours } from './words';

/** What kind of difference was found. */
export type DifferenceKind =
  'hours' | 'hours-missing' | 'cost-of-support' | 'item' | 'fee' | 'not-in-plan';

/** A difference between a statement and the plan, with the question to ask about it. */
export interface Difference {
  /** The statement it is about, or null for one about all the statements so far. */
  readonly statementId: string | null;
  readonly kind: DifferenceKind;
  /** What was found and the question, in short sentences, ready to show or read out. */
  readonly sentences: readonly string[];
}

/** The longest part of a provider's words quoted in a question. */
export const MOST_WORDS_QUOTED = 60;

const SIXTY = quantityFromInteger(60);

function quoted(words: string): string {
  const tidy = words.replace(/\s+/g, ' ').trim();
  const short = tidy.length > MOST_WORDS_QUOTED ? `${tidy.slice(0, MOST_WORDS_QUOTED - 1)}…` : tidy;
  return tidy === '' ? 'a line with no words' : `"${short}"`;
}

function signed(line: StatementLine): Money {
  const amount = moneyFromString(line.amount);
  return line.credit ? subtractMoney(ZERO_MONEY, amount) : amount;
}

/**
 * An item's cost a year, as the calculator counts it (calculate.ts, yearFromFrequency), to the
 * penny: a week × weeks a year, 4 weeks × weeks a year ÷ 4, a month × 12; a thing paid once
 * costs its amount in the year.
 */
export function itemCostAYear(item: PlannedItem, weeksPerYear: string): Money {
  const amount = moneyFromString(item.amount);
  const perYear = quantityFromString(weeksPerYear);
  if (item.frequency === 'week') return roundToPenny(multiplyMoney(amount, perYear));
  if (item.frequency === 'four-weeks') {
    return roundToPenny(multiplyMoney(amount, divideQuantity(perYear, quantityFromInteger(4))));
  }
  if (item.frequency === 'month') return multiplyMoney(amount, quantityFromInteger(12));
  return amount;
}

/**
 * True when every statement of this period holds the same number of an item's payments, so
 * each statement can be compared with the plan: a thing paid each week, 4 weeks or month on a
 * statement of the same period, or a weekly thing on a 4-week statement (4 payments). A month
 * holds 4 or 5 weekly payments, and 1 or 2 four-weekly ones, so those are compared over the year.
 */
export function comparedInEachStatement(item: PlannedItem, period: Statement['period']): boolean {
  return item.frequency === period || (item.frequency === 'week' && period === 'four-weeks');
}

/**
 * What the plan says an item costs over a statement's period, to the penny: its amount when it
 * is paid once a period, or else its cost a year × the weeks in the period ÷ the weeks in a year
 * (a weekly £10 on a 4-week statement: £520 × 4 ÷ 52 = £40).
 */
export function plannedItemForPeriod(
  item: PlannedItem,
  period: Statement['period'],
  weeksPerYear: string,
): Money {
  if (item.frequency === period) return moneyFromString(item.amount);
  const perYear = quantityFromString(weeksPerYear);
  const weeks = weeksInPeriod(period, weeksPerYear);
  return roundToPenny(
    multiplyMoney(itemCostAYear(item, weeksPerYear), divideQuantity(weeks, perYear)),
  );
}

function chargedForItem(statement: Statement, item: PlannedItem): Money {
  return sumMoney(
    statement.lines
      .filter((line) => line.for.kind === 'item' && line.for.id === item.id)
      .map(signed),
  );
}

/** Each difference between one statement and the plan, in the order of the plan. */
export function findDifferences(planned: PlannedBudget, statement: Statement): Difference[] {
  const differences: Difference[] = [];
  const add = (kind: DifferenceKind, sentences: string[]): void => {
    differences.push({ statementId: statement.id, kind, sentences });
  };
  const when = periodInWords(statement.start, statement.period);
  const check = checkStatement(planned, statement);

  for (const hours of check.hours) {
    const name = hours.support.name;
    const own = statement.lines.filter(
      (line) => line.for.kind === 'support' && line.for.id === hours.support.id,
    );
    if (own.some((line) => line.hours === undefined)) {
      add('hours-missing', [
        `You charged ${formatMoney(hours.charged)} for ${name} from ${when}.`,
        'The statement does not say how many hours that was.',
        'How many hours was it?',
      ]);
      continue;
    }
    const planText = formatMinutesAsHours(hours.planned);
    const compared = compareQuantity(hours.delivered, hours.planned);
    if (compared !== 0) {
      const gap = formatMinutesAsHours(subtractQuantity(hours.planned, hours.delivered));
      add(
        'hours',
        own.length === 0
          ? [
              `The statement has no hours of ${name} from ${when}.`,
              `My plan says ${planText}.`,
              `Are the ${planText} banked for me to use later?`,
            ]
          : [
              `You charged ${formatMinutesAsHours(hours.delivered)} of ${name} from ${when}.`,
              `My plan says ${planText}.`,
              compared > 0
                ? `Were the extra ${gap} taken from my banked hours?`
                : `Are the other ${gap} banked for me to use later?`,
            ],
      );
    }
    const cost = moneyFromString(hours.support.costOfAnHour);
    const costOf = (minutes: Quantity): Money =>
      roundToPenny(multiplyMoney(cost, divideQuantity(minutes, SIXTY)));
    const expected = costOf(hours.delivered);
    const lineByLine = sumMoney(
      own.map((line) => {
        const each = costOf(minutesFromHoursString(line.hours ?? ('0' as HoursString)));
        return line.credit ? subtractMoney(ZERO_MONEY, each) : each;
      }),
    );
    if (
      compareMoney(hours.charged, expected) !== 0 &&
      compareMoney(hours.charged, lineByLine) !== 0
    ) {
      add('cost-of-support', [
        `You charged ${formatMoney(hours.charged)} for ${formatMinutesAsHours(hours.delivered)} of ${name}.`,
        `My plan says 1 hour costs ${formatMoney(hours.support.costOfAnHour)}.`,
        `So ${formatMinutesAsHours(hours.delivered)} should cost ${formatMoney(expected)}.`,
        'Why is it different?',
      ]);
    }
  }

  for (const item of planned.items) {
    if (!comparedInEachStatement(item, statement.period)) continue;
    const charged = chargedForItem(statement, item);
    const allowed = plannedItemForPeriod(item, statement.period, planned.weeksPerYear);
    if (compareMoney(charged, allowed) > 0) {
      add('item', [
        `You charged ${formatMoney(charged)} for ${item.name} from ${when}.`,
        `My plan says ${formatMoney(allowed)} for ${PERIOD_WORDS[statement.period]}.`,
        'Why is it more?',
      ]);
    }
  }

  const weeks = weeksInPeriod(statement.period, planned.weeksPerYear);
  const plannedFee = roundToPenny(multiplyMoney(moneyFromString(planned.providerFeeAWeek), weeks));
  if (compareMoney(check.fees, plannedFee) !== 0) {
    add('fee', [
      `Your fee from ${when} was ${formatMoney(check.fees)}.`,
      `My plan says ${formatMoney(plannedFee)} for ${PERIOD_WORDS[statement.period]}.`,
      'Why is it different?',
    ]);
  }

  for (const line of statement.lines) {
    if (line.for.kind !== 'other' || line.credit) continue;
    add('not-in-plan', [
      `What is ${quoted(line.words)}, for ${formatMoney(line.amount)}?`,
      'It is not in my plan.',
    ]);
  }
  return differences;
}

/**
 * The differences over all the statements so far: each planned thing paid less often than some
 * statement comes, or once, charged more in all than its cost a year (once: its amount).
 */
export function findDifferencesSoFar(
  planned: PlannedBudget,
  statements: readonly Statement[],
): Difference[] {
  const differences: Difference[] = [];
  for (const item of planned.items) {
    const later = statements.filter(
      (statement) => !comparedInEachStatement(item, statement.period),
    );
    if (later.length === 0) continue;
    const charged = sumMoney(statements.map((statement) => chargedForItem(statement, item)));
    const allowed = itemCostAYear(item, planned.weeksPerYear);
    if (compareMoney(charged, allowed) > 0) {
      differences.push({
        statementId: null,
        kind: 'item',
        sentences: [
          `You charged ${formatMoney(charged)} for ${item.name} so far.`,
          item.frequency === 'once'
            ? `My plan says ${formatMoney(allowed)}, once.`
            : `My plan says ${formatMoney(allowed)} a year.`,
          'Why is it more?',
        ],
      });
    }
  }
  return differences;
}
