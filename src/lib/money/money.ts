/**
 * Exact amounts of money and other exact numbers (hours, weeks, percentages) for the budget.
 * This is the only module that imports decimal.js. Rules: STYLE.md ("Money") and issue 3.
 *
 * THE ROUNDING RULE. Every amount is worked out exactly (80 significant digits, more than any
 * budget needs), and rounded only when the budget engine says so, half-up to the penny
 * (176.025 becomes 176.03, 1.005 becomes 1.01). Rounding happens in `roundToPenny` and nowhere
 * else. `toMoneyString` and the formatters refuse an amount that is not a whole number of
 * pence, so an unrounded figure can never reach a person by accident.
 */
import Decimal from 'decimal.js';

/** The one Decimal constructor for the project: half-up rounding, far more digits than needed. */
const ExactDecimal = Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -100,
  toExpPos: 100,
});

declare const moneyBrand: unique symbol;
declare const quantityBrand: unique symbol;
declare const moneyStringBrand: unique symbol;

/** An exact amount in pounds, which may have more than 2 decimal places until it is rounded. Opaque outside lib/money. */
export type Money = { readonly [moneyBrand]: 'Money' };

/** An exact number that is not money: hours, minutes, weeks, a percentage, a count. Opaque outside lib/money. */
export type Quantity = { readonly [quantityBrand]: 'Quantity' };

/** An amount as stored and exported: pounds with exactly 2 decimal places, never negative, like "176.03" or "12480.00". */
export type MoneyString = string & { readonly [moneyStringBrand]: 'MoneyString' };

/** The largest amount the site accepts anywhere: £999,999,999.99. */
export const MAX_MONEY_STRING = '999999999.99' as MoneyString;

const MONEY_STRING_PATTERN = /^(?:0|[1-9]\d{0,8})\.\d{2}$/;
const PLAIN_DECIMAL_PATTERN = /^\d+(?:\.\d+)?$/;

/** Thrown when code (not a person) passes a string that is not a canonical money string. */
export class InvalidMoneyStringError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a money string like "176.03"`);
    this.name = 'InvalidMoneyStringError';
  }
}

/** Thrown when code passes a string that is not a plain, non-negative decimal like "7.5". */
export class InvalidQuantityError extends Error {
  constructor(value: string) {
    super(`"${value}" is not a plain decimal number like "7.5"`);
    this.name = 'InvalidQuantityError';
  }
}

/** Thrown when an amount that has not been rounded to the penny is about to be stored or shown. */
export class UnroundedMoneyError extends Error {
  constructor(value: string) {
    super(`${value} is not a whole number of pence: round it with roundToPenny first`);
    this.name = 'UnroundedMoneyError';
  }
}

/** Thrown when an amount is negative or too large to be stored as a MoneyString. */
export class MoneyRangeError extends Error {
  constructor(value: string) {
    super(`${value} is outside 0 to ${MAX_MONEY_STRING}`);
    this.name = 'MoneyRangeError';
  }
}

/** Thrown when a calculation would divide by zero. */
export class DivisionByZeroError extends Error {
  constructor() {
    super('Cannot divide by zero');
    this.name = 'DivisionByZeroError';
  }
}

function moneyOf(value: Decimal): Money {
  return value as unknown as Money;
}

function quantityOf(value: Decimal): Quantity {
  return value as unknown as Quantity;
}

function decimalOf(value: Money | Quantity): Decimal {
  return value as unknown as Decimal;
}

/** True when `value` is a canonical money string: digits, a point, 2 digits ("176.03", "0.00"). */
export function isMoneyString(value: string): value is MoneyString {
  return MONEY_STRING_PATTERN.test(value);
}

/** Reads a canonical money string. Throws InvalidMoneyStringError for anything else. */
export function moneyFromString(value: string): Money {
  if (!isMoneyString(value)) throw new InvalidMoneyStringError(value);
  return moneyOf(new ExactDecimal(value));
}

/** Reads a plain non-negative decimal ("7.5", "52.14", "0"). Throws InvalidQuantityError for anything else. */
export function quantityFromString(value: string): Quantity {
  if (!PLAIN_DECIMAL_PATTERN.test(value)) throw new InvalidQuantityError(value);
  return quantityOf(new ExactDecimal(value));
}

/** Makes a quantity from a safe whole number such as 7, 12 or 60. */
export function quantityFromInteger(value: number): Quantity {
  if (!Number.isSafeInteger(value)) throw new InvalidQuantityError(String(value));
  return quantityOf(new ExactDecimal(value));
}

/** £0. */
export const ZERO_MONEY: Money = moneyOf(new ExactDecimal(0));

/** a + b, exactly. */
export function addMoney(a: Money, b: Money): Money {
  return moneyOf(decimalOf(a).plus(decimalOf(b)));
}

/** The exact sum of the amounts, in any order (£0 for none). */
export function sumMoney(values: readonly Money[]): Money {
  let total = decimalOf(ZERO_MONEY);
  for (const value of values) total = total.plus(decimalOf(value));
  return moneyOf(total);
}

/** a − b, exactly. The result may be negative. */
export function subtractMoney(a: Money, b: Money): Money {
  return moneyOf(decimalOf(a).minus(decimalOf(b)));
}

/** amount × factor, exactly (not rounded). */
export function multiplyMoney(amount: Money, factor: Quantity): Money {
  return moneyOf(decimalOf(amount).times(decimalOf(factor)));
}

/**
 * amount × numerator ÷ denominator, multiplying first so that a result that is a whole
 * number of half-pence is found exactly (20 minutes at £0.15 is 0.05, not 0.0499…).
 */
export function scaleMoney(amount: Money, numerator: Quantity, denominator: Quantity): Money {
  if (decimalOf(denominator).isZero()) throw new DivisionByZeroError();
  return moneyOf(decimalOf(amount).times(decimalOf(numerator)).dividedBy(decimalOf(denominator)));
}

/** amount ÷ divisor, to 80 significant digits (not rounded to the penny). */
export function divideMoney(amount: Money, divisor: Quantity): Money {
  if (decimalOf(divisor).isZero()) throw new DivisionByZeroError();
  return moneyOf(decimalOf(amount).dividedBy(decimalOf(divisor)));
}

/** How many times `divisor` goes into `amount` (for example £2,980 ÷ £20 = 149), to 80 digits. */
export function moneyRatio(amount: Money, divisor: Money): Quantity {
  if (decimalOf(divisor).isZero()) throw new DivisionByZeroError();
  return quantityOf(decimalOf(amount).dividedBy(decimalOf(divisor)));
}

/** Rounds half-up to the penny: 176.025 → 176.03, 1.005 → 1.01, −1.005 → −1.01 (away from zero). */
export function roundToPenny(amount: Money): Money {
  return moneyOf(decimalOf(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}

/** True when the amount is a whole number of pence. */
export function isWholePence(amount: Money): boolean {
  return decimalOf(amount).decimalPlaces() <= 2;
}

/** −1, 0 or 1 as a is less than, equal to or more than b. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  const order = decimalOf(a).comparedTo(decimalOf(b));
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/** True for £0. */
export function isZeroMoney(amount: Money): boolean {
  return decimalOf(amount).isZero();
}

/** True when the amount is below £0. */
export function isNegativeMoney(amount: Money): boolean {
  return decimalOf(amount).isNegative() && !decimalOf(amount).isZero();
}

/** The amount without its sign. */
export function absMoney(amount: Money): Money {
  return moneyOf(decimalOf(amount).abs());
}

/** The smaller of two amounts. */
export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

/**
 * A whole-pence value with exactly 2 decimal places. Faster than `toFixed(2)`, which rounds
 * again; callers have already checked there are at most 2 places.
 */
function twoPlaces(value: Decimal): string {
  const plain = value.toFixed();
  const point = plain.indexOf('.');
  if (point === -1) return `${plain}.00`;
  return point === plain.length - 2 ? `${plain}0` : plain;
}

/**
 * The stored form of an amount: "176.03". The amount must already be a whole number of pence
 * (UnroundedMoneyError otherwise) and from £0 to MAX_MONEY_STRING (MoneyRangeError otherwise).
 */
export function toMoneyString(amount: Money): MoneyString {
  const value = decimalOf(amount);
  if (value.decimalPlaces() > 2) throw new UnroundedMoneyError(value.toFixed());
  if (value.isZero()) return '0.00' as MoneyString;
  const text = twoPlaces(value);
  // Not negative, and at most 9 digits of pounds (MAX_MONEY_STRING).
  if (value.isNegative() || text.length > MAX_MONEY_STRING.length) throw new MoneyRangeError(text);
  return text as MoneyString;
}

/** Sign, whole pounds and pence of a whole-pence amount, for the formatters. */
export function moneyParts(amount: Money | MoneyString): {
  readonly negative: boolean;
  readonly pounds: string;
  readonly pence: string;
} {
  const value = typeof amount === 'string' ? decimalOf(moneyFromString(amount)) : decimalOf(amount);
  if (value.decimalPlaces() > 2) throw new UnroundedMoneyError(value.toFixed());
  const [pounds = '0', pence = '00'] = twoPlaces(value.abs()).split('.');
  return { negative: value.isNegative() && !value.isZero(), pounds, pence };
}

/** a + b. */
export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return quantityOf(decimalOf(a).plus(decimalOf(b)));
}

/** a − b (may be negative). */
export function subtractQuantity(a: Quantity, b: Quantity): Quantity {
  return quantityOf(decimalOf(a).minus(decimalOf(b)));
}

/** a × b. */
export function multiplyQuantity(a: Quantity, b: Quantity): Quantity {
  return quantityOf(decimalOf(a).times(decimalOf(b)));
}

/** a ÷ b, to 80 significant digits. */
export function divideQuantity(a: Quantity, b: Quantity): Quantity {
  if (decimalOf(b).isZero()) throw new DivisionByZeroError();
  return quantityOf(decimalOf(a).dividedBy(decimalOf(b)));
}

/** −1, 0 or 1 as a is less than, equal to or more than b. */
export function compareQuantity(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const order = decimalOf(a).comparedTo(decimalOf(b));
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/** The whole part, rounded down (149.9 → 149). */
export function floorQuantity(value: Quantity): Quantity {
  return quantityOf(decimalOf(value).floor());
}

/** Rounds half-up to `places` decimal places. */
export function roundQuantity(value: Quantity, places: number): Quantity {
  return quantityOf(decimalOf(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP));
}

/** How many digits the exact value has after the point (0 for whole numbers). */
export function quantityDecimalPlaces(value: Quantity): number {
  return decimalOf(value).decimalPlaces();
}

/** True for a whole number. */
export function isWholeQuantity(value: Quantity): boolean {
  return decimalOf(value).isInteger();
}

/** True for 0. */
export function isZeroQuantity(value: Quantity): boolean {
  return decimalOf(value).isZero();
}

/** The value as a plain decimal without trailing zeros ("7.5", "52.14", "149"). */
export function quantityToString(value: Quantity): string {
  return decimalOf(value).toFixed();
}

/** A whole quantity as a JavaScript number, for counts. Throws InvalidQuantityError if not a safe integer. */
export function quantityToInteger(value: Quantity): number {
  const number = decimalOf(value).toNumber();
  if (!Number.isSafeInteger(number)) throw new InvalidQuantityError(decimalOf(value).toFixed());
  return number;
}
