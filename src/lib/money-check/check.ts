/*
 * The money check's sums (issue 20): for one statement and for the year so far, what was
 * planned, what was delivered or spent, and what is left. Every sum is exact (decimal.js through
 * lib/money) and rounded only where a rule says so, so these always hold to the penny and the
 * minute:
 *   hours delivered + hours banked = hours planned
 *   left + spent + fees = budget
 * Hours banked below 0 are hours used from the bank: more were delivered than planned.
 */
import { minutesFromHoursString } from '../budget/hours';
import {
  ZERO_MONEY,
  addMoney,
  addQuantity,
  moneyFromString,
  multiplyMoney,
  multiplyQuantity,
  quantityFromInteger,
  roundQuantity,
  roundToPenny,
  subtractMoney,
  subtractQuantity,
  sumMoney,
  type Money,
  type Quantity,
} from '../money';
import { weeksInPeriod, weeksOfSupport } from './periods';
import type { PlannedBudget, PlannedSupport } from './planned';
import type { LineFor, Statement, StatementLine } from './statement';

/** The hours of one kind of support in a period, in minutes. */
export interface SupportHours {
  readonly support: PlannedSupport;
  /** Hours a week × weeks of support in the period (periods.ts), rounded to the nearest minute. */
  readonly planned: Quantity;
  /** The hours on the statement's lines for this support. */
  readonly delivered: Quantity;
  /** Planned less delivered: below 0 when hours were used from the bank. */
  readonly banked: Quantity;
  /** The money charged for this support, credits taken off. */
  readonly charged: Money;
}

/** The sums for one statement, or for several added together. */
export interface MoneyCheck {
  /** The budget for the time the statements cover: budget a week × weeks, to the penny. */
  readonly budget: Money;
  readonly hours: readonly SupportHours[];
  /** Money charged for support, for the plan's other things, and for things not in the plan. */
  readonly spentOnSupport: Money;
  readonly spentOnItems: Money;
  readonly spentOnOther: Money;
  /** Support, the plan's other things and things not in the plan together. */
  readonly spent: Money;
  /** The provider's fee charged, credits taken off. */
  readonly fees: Money;
  /** Budget less spent less fees: below 0 when more was spent than the budget. */
  readonly left: Money;
}

const ZERO = quantityFromInteger(0);

function sameFor(a: LineFor, b: LineFor): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'support' || a.kind === 'item') return a.id === (b as typeof a).id;
  return true;
}

function signed(line: StatementLine): Money {
  const amount = moneyFromString(line.amount);
  return line.credit ? subtractMoney(ZERO_MONEY, amount) : amount;
}

function signedMinutes(line: StatementLine): Quantity {
  if (line.hours === undefined) return ZERO;
  const minutes = minutesFromHoursString(line.hours);
  return line.credit ? subtractQuantity(ZERO, minutes) : minutes;
}

function chargedFor(lines: readonly StatementLine[], kind: LineFor['kind']): Money {
  return sumMoney(lines.filter((line) => line.for.kind === kind).map(signed));
}

/** The budget for one statement's period: budget a week × weeks in the period, to the penny. */
export function periodBudget(planned: PlannedBudget, statement: Statement): Money {
  const weeks = weeksInPeriod(statement.period, planned.weeksPerYear);
  return roundToPenny(multiplyMoney(moneyFromString(planned.budgetAWeek), weeks));
}

/** The hours a week of one kind of support over a period, rounded to the nearest minute. */
export function plannedMinutes(support: PlannedSupport, weeks: Quantity): Quantity {
  return roundQuantity(multiplyQuantity(minutesFromHoursString(support.hoursAWeek), weeks), 0);
}

/** The sums for one statement. */
export function checkStatement(planned: PlannedBudget, statement: Statement): MoneyCheck {
  const weeks = weeksOfSupport(statement.start, statement.period);
  const hours = planned.support.map((support): SupportHours => {
    const own = statement.lines.filter((line) =>
      sameFor(line.for, { kind: 'support', id: support.id }),
    );
    const plannedHere = plannedMinutes(support, weeks);
    const delivered = own.map(signedMinutes).reduce(addQuantity, ZERO);
    return {
      support,
      planned: plannedHere,
      delivered,
      banked: subtractQuantity(plannedHere, delivered),
      charged: sumMoney(own.map(signed)),
    };
  });
  const spentOnSupport = chargedFor(statement.lines, 'support');
  const spentOnItems = chargedFor(statement.lines, 'item');
  const spentOnOther = chargedFor(statement.lines, 'other');
  const spent = sumMoney([spentOnSupport, spentOnItems, spentOnOther]);
  const fees = chargedFor(statement.lines, 'fee');
  const budget = periodBudget(planned, statement);
  return {
    budget,
    hours,
    spentOnSupport,
    spentOnItems,
    spentOnOther,
    spent,
    fees,
    left: subtractMoney(subtractMoney(budget, spent), fees),
  };
}

/** The sums of several statements added together: the year so far. */
export function checkAll(planned: PlannedBudget, statements: readonly Statement[]): MoneyCheck {
  const checks = statements.map((statement) => checkStatement(planned, statement));
  const add = (pick: (check: MoneyCheck) => Money): Money =>
    checks.map(pick).reduce(addMoney, ZERO_MONEY);
  const hours = planned.support.map((support, index): SupportHours => {
    const each = checks.map((check) => check.hours[index]);
    const total = (pick: (hours: SupportHours) => Quantity): Quantity =>
      each.map((one) => (one === undefined ? ZERO : pick(one))).reduce(addQuantity, ZERO);
    return {
      support,
      planned: total((one) => one.planned),
      delivered: total((one) => one.delivered),
      banked: total((one) => one.banked),
      charged: each.map((one) => one?.charged ?? ZERO_MONEY).reduce(addMoney, ZERO_MONEY),
    };
  });
  return {
    budget: add((check) => check.budget),
    hours,
    spentOnSupport: add((check) => check.spentOnSupport),
    spentOnItems: add((check) => check.spentOnItems),
    spentOnOther: add((check) => check.spentOnOther),
    spent: add((check) => check.spent),
    fees: add((check) => check.fees),
    left: add((check) => check.left),
  };
}
