/*
 * Money not spent so far, and the council's limit (issue 20). Some councils take back money
 * not spent over a few weeks of the budget. The person sets their council's limit in weeks
 * ("8"), and the check warns before the money not spent reaches it:
 *   limit = weeks × budget a week
 *   close = money not spent is three quarters of the limit or more
 */
import {
  compareMoney,
  moneyFromString,
  multiplyMoney,
  quantityFromInteger,
  quantityFromString,
  roundToPenny,
  type Money,
} from '../money';
import type { PlannedBudget } from './planned';

/** The most weeks a person can set as their council's limit: a year and a bit. */
export const MOST_LIMIT_WEEKS = 60;

/** How money not spent compares with the council's limit. */
export type UnspentLevel = 'no-limit' | 'under' | 'close' | 'over';

/** Money not spent so far, beside the council's limit. */
export interface UnspentMoney {
  readonly notSpent: Money;
  /** Weeks × budget a week, to the penny; undefined when the person has not set a limit. */
  readonly limit: Money | undefined;
  readonly level: UnspentLevel;
}

/** The limit in weeks as a whole number from 1 to MOST_LIMIT_WEEKS, or undefined. */
export function limitWeeks(planned: PlannedBudget): number | undefined {
  const text = planned.councilLimitWeeks.trim();
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const weeks = Number(text);
  return weeks >= 1 && weeks <= MOST_LIMIT_WEEKS ? weeks : undefined;
}

/** Money not spent so far compared with the council's limit. */
export function unspentMoney(planned: PlannedBudget, notSpent: Money): UnspentMoney {
  const weeks = limitWeeks(planned);
  if (weeks === undefined) return { notSpent, limit: undefined, level: 'no-limit' };
  const limit = roundToPenny(
    multiplyMoney(moneyFromString(planned.budgetAWeek), quantityFromInteger(weeks)),
  );
  const close = roundToPenny(multiplyMoney(limit, quantityFromString('0.75')));
  const level =
    compareMoney(notSpent, limit) > 0
      ? 'over'
      : compareMoney(notSpent, close) >= 0
        ? 'close'
        : 'under';
  return { notSpent, limit, level };
}
