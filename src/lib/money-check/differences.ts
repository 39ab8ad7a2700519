/*
 * Where a statement is not what the plan says, each with a question the person can ask the
 * provider, in easy read (issue 20): "You charged 14 hours of Personal care from 1 March 2027
 * to 7 March 2027. My plan says 12 hours." Spending less than planned on other things is not a
 * question here: that money stays in the budget, and the warning about money not spent covers it.
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
import { formatMinutesAsHours } from './words';

/** What kind of difference was found. */
export type DifferenceKind = 'hours' | 'cost-of-support' | 'item' | 'fee' | 'not-in-plan';

/** A difference between a statement and the plan, with the question to ask about it. */
export interface Difference {
  readonly statementId: string;
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

/** An item's cost a year, exact: a week × weeks a year, 4 weeks × weeks a year ÷ 4, a month × 12. */
function itemCostAYear(item: PlannedItem, weeksPerYear: Quantity): Money {
  const amount = moneyFromString(item.amount);
  if (item.frequency === 'week') return multiplyMoney(amount, weeksPerYear);
  if (item.frequency === 'four-weeks') {
    return multiplyMoney(amount, divideQuantity(weeksPerYear, quantityFromInteger(4)));
  }
  if (item.frequency === 'month') return multiplyMoney(amount, quantityFromInteger(12));
  return amount;
}

/**
 * What the plan says an item costs over a statement's period, to the penny: its cost a year ×
 * the weeks in the period ÷ the weeks in a year. A thing bought once may cost all of its amount
 * in any one period.
 */
export function plannedItemForPeriod(
  item: PlannedItem,
  weeks: Quantity,
  weeksPerYear: string,
): Money {
  if (item.frequency === 'once') return moneyFromString(item.amount);
  const perYear = quantityFromString(weeksPerYear);
  return roundToPenny(multiplyMoney(itemCostAYear(item, perYear), divideQuantity(weeks, perYear)));
}

/** Each difference between one statement and the plan, in the order of the plan. */
export function findDifferences(planned: PlannedBudget, statement: Statement): Difference[] {
  const differences: Difference[] = [];
  const add = (kind: DifferenceKind, sentences: string[]): void => {
    differences.push({ statementId: statement.id, kind, sentences });
  };
  const when = periodInWords(statement.start, statement.period);
  const weeks = weeksInPeriod(statement.period, planned.weeksPerYear);
  const check = checkStatement(planned, statement);

  for (const hours of check.hours) {
    const name = hours.support.name;
    const planText = formatMinutesAsHours(hours.planned);
    const compared = compareQuantity(hours.delivered, hours.planned);
    if (compared !== 0) {
      const gap = formatMinutesAsHours(subtractQuantity(hours.planned, hours.delivered));
      add('hours', [
        `You charged ${formatMinutesAsHours(hours.delivered)} of ${name} from ${when}.`,
        `My plan says ${planText}.`,
        compared > 0
          ? `Were the extra ${gap} taken from my banked hours?`
          : `Are the other ${gap} banked for me to use later?`,
      ]);
    }
    const deliveredHours = divideQuantity(hours.delivered, SIXTY);
    const expected = roundToPenny(
      multiplyMoney(moneyFromString(hours.support.costOfAnHour), deliveredHours),
    );
    if (compareMoney(hours.charged, expected) !== 0) {
      add('cost-of-support', [
        `You charged ${formatMoney(hours.charged)} for ${formatMinutesAsHours(hours.delivered)} of ${name}.`,
        `My plan says 1 hour costs ${formatMoney(hours.support.costOfAnHour)}.`,
        `So ${formatMinutesAsHours(hours.delivered)} should cost ${formatMoney(expected)}.`,
        'Why is it different?',
      ]);
    }
  }

  for (const item of planned.items) {
    const charged = sumMoney(
      statement.lines
        .filter((line) => line.for.kind === 'item' && line.for.id === item.id)
        .map(signed),
    );
    const allowed = plannedItemForPeriod(item, weeks, planned.weeksPerYear);
    if (compareMoney(charged, allowed) > 0) {
      add('item', [
        `You charged ${formatMoney(charged)} for ${item.name} from ${when}.`,
        item.frequency === 'once'
          ? `My plan says ${formatMoney(item.amount)}, once.`
          : `My plan says ${formatMoney(allowed)} for ${PERIOD_WORDS[statement.period]}.`,
        'Why is it more?',
      ]);
    }
  }

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
