/*
 * A statement from the provider, as the money check keeps it: the period it covers and its
 * lines. Each line says what it was for (a kind of support in the plan, another thing in the
 * plan, the provider's fee, or something the plan does not name), its words as the provider
 * wrote them, the hours for support, and the amount. A credit (money given back, written
 * "(45.00)" or "-45.00" on many statements) is kept as a positive amount marked as a credit, so
 * every amount stays a plain number of pounds and pence.
 */
import type { HoursString } from '../budget/hours';
import type { MoneyString } from '../money';
import type { IsoDate } from '../plan/dates';
import type { StatementPeriod } from './periods';

/** What a statement line was for. */
export type LineFor =
  | { readonly kind: 'support'; readonly id: string }
  | { readonly kind: 'item'; readonly id: string }
  | { readonly kind: 'fee' }
  | { readonly kind: 'other' };

/** One line of a statement. */
export interface StatementLine {
  readonly for: LineFor;
  /** The provider's words for the line, kept as written, like "PC visits wk 3". */
  readonly words: string;
  /** The day of the line, when the statement gives one. */
  readonly date?: IsoDate;
  /** The hours of support, for a line for support. */
  readonly hours?: HoursString;
  /** The amount, always 0 or more. */
  readonly amount: MoneyString;
  /** True when the amount was given back to the budget, not taken from it. */
  readonly credit: boolean;
}

/** A statement: the period and its lines. */
export interface Statement {
  readonly id: string;
  readonly period: StatementPeriod;
  /** The first day the statement covers. */
  readonly start: IsoDate;
  readonly lines: readonly StatementLine[];
}
