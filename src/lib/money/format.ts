/**
 * Money and numbers written for people: "£12,480", "£176.03", "52.14".
 * Easy-read rule from the project's guides: whole pounds are shown without ".00".
 */
import {
  InvalidMoneyStringError,
  isMoneyString,
  moneyParts,
  quantityToString,
  type Money,
  type MoneyString,
  type Quantity,
} from './money';

/** Whether pence are always shown ("£12,480.00", for tables) or only when there are some ("£12,480"). */
export type PenceDisplay = 'when-needed' | 'always';

/** Puts a comma between each group of 3 digits: "12480" → "12,480". */
function groupThousands(digits: string): string {
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = grouped === '' ? digits.slice(start, end) : `${digits.slice(start, end)},${grouped}`;
  }
  return grouped === '' ? '0' : grouped;
}

/** A whole number for people, with commas: 5000 → "5,000", -12 → "-12". */
export function formatWholeNumber(value: number): string {
  const digits = String(Math.trunc(Math.abs(value)));
  return `${value < 0 ? '-' : ''}${groupThousands(digits)}`;
}

/**
 * An amount for display: "£12,480" when it is whole pounds, "£176.03" when it has pence,
 * "-£20" below zero. The amount must be a whole number of pence (UnroundedMoneyError
 * otherwise); nothing is rounded here.
 */
export function formatMoney(
  amount: Money | MoneyString,
  pence: PenceDisplay = 'when-needed',
): string {
  let negative = false;
  let pounds: string;
  let pennies: string;
  if (typeof amount === 'string') {
    // The stored form needs no arithmetic: split the text (much faster for long lists).
    if (!isMoneyString(amount)) throw new InvalidMoneyStringError(amount);
    pounds = amount.slice(0, -3);
    pennies = amount.slice(-2);
  } else {
    const parts = moneyParts(amount);
    negative = parts.negative;
    pounds = parts.pounds;
    pennies = parts.pence;
  }
  const showPence = pence === 'always' || pennies !== '00';
  return `${negative ? '-' : ''}£${groupThousands(pounds)}${showPence ? `.${pennies}` : ''}`;
}

/** An amount with pence always shown, for tables where figures line up: "£12,480.00". */
export function formatMoneyWithPence(amount: Money | MoneyString): string {
  return formatMoney(amount, 'always');
}

/** A plain number for display, with commas and without trailing zeros: "52.14", "1,234.5". */
export function formatQuantity(value: Quantity | string): string {
  const text = typeof value === 'string' ? value : quantityToString(value);
  const negative = text.startsWith('-');
  const [whole = '0', fraction] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}${groupThousands(whole)}${fraction === undefined ? '' : `.${fraction}`}`;
}
