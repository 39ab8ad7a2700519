/**
 * Reads an amount of money that a person typed or pasted ("£20.50", "1,250", "£20.50 an hour"),
 * and the zod schemas built on it. Messages follow the GOV.UK Design System error message
 * pattern: say what went wrong and how to fix it, with an example.
 */
import { z } from 'zod';
import {
  MAX_MONEY_STRING,
  compareMoney,
  isMoneyString,
  moneyFromString,
  type Money,
  type MoneyString,
} from './money';
import { formatMoney } from './format';

/** How often an amount is paid, when a person types it after the amount ("£20 an hour"). */
export type MoneyUnit = 'hour' | 'day' | 'week' | 'four-weeks' | 'month' | 'year';

/** Why a piece of text is not an amount of money. */
export type MoneyErrorCode =
  'empty' | 'not-a-number' | 'negative' | 'too-many-decimal-places' | 'too-large' | 'wrong-unit';

/** The result of reading money: an amount, or a message saying how to fix the text. */
export type MoneyParseResult =
  | { readonly kind: 'ok'; readonly value: MoneyString; readonly money: Money }
  | { readonly kind: 'error'; readonly code: MoneyErrorCode; readonly message: string };

/** What the field is called and what it holds, so the message can name it. */
export interface MoneyFieldOptions {
  /** How the field is named inside a sentence, like "the cost of 1 hour". Default "the amount". */
  readonly field?: string;
  /** The unit this field is in. Text like "an hour" after the amount is accepted only if it matches. */
  readonly unit?: MoneyUnit;
  /** The largest amount allowed. Default MAX_MONEY_STRING. */
  readonly max?: MoneyString;
  /** The example in messages. Default "20.50". */
  readonly example?: string;
}

const UNIT_WORDS: Readonly<Record<string, MoneyUnit>> = {
  hour: 'hour',
  hours: 'hour',
  hr: 'hour',
  hrs: 'hour',
  h: 'hour',
  day: 'day',
  week: 'week',
  wk: 'week',
  '4 weeks': 'four-weeks',
  'four weeks': 'four-weeks',
  month: 'month',
  year: 'year',
  yr: 'year',
  annum: 'year',
};

const UNIT_PHRASES: Readonly<Record<MoneyUnit, string>> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
};

/** "£20.50 per hour", "£20.50 an hour", "20.50/hr", "£100 every 4 weeks", "£500 a year". */
const UNIT_SUFFIX =
  /^(.*?)\s*(?:(?:per|an?|each|every)\s+(4 weeks|four weeks|hours?|hrs?|day|week|wk|month|year|yr|annum)|\/\s*(hour|hr|h|day|week|wk|month|year|yr))$/;
const GROUPED_DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const PLAIN_AMOUNT = /^(\d*)(?:\.(\d*))?$/;
const PENCE_ONLY = /^(\d{1,2})p$/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function failure(code: MoneyErrorCode, message: string): MoneyParseResult {
  return { kind: 'error', code, message };
}

/**
 * Reads money typed or pasted by a person and returns the stored form ("20.50"), or an error
 * with a message that says how to fix it. Never throws. Accepts "£20.50", " 20.5 ", "1,250",
 * "50p", and "£20.50 an hour" when `unit` is "hour". Rejects negative amounts, "NaN",
 * "Infinity", "0x10", "1e5", more than 2 decimal places, and anything that is not a number.
 * Nothing is rounded: "1.005" is an error, not £1.01.
 */
export function parseMoney(text: string, options: MoneyFieldOptions = {}): MoneyParseResult {
  const field = options.field ?? 'the amount';
  const example = options.example ?? '20.50';
  const howTo = `Enter ${field} as an amount of money, like ${example}`;
  let rest = text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  if (rest === '') return failure('empty', howTo);

  const suffix = UNIT_SUFFIX.exec(rest);
  if (suffix !== null) {
    const word = suffix[2] ?? suffix[3] ?? '';
    const unit = UNIT_WORDS[word];
    if (options.unit === undefined || unit === undefined) {
      return failure('wrong-unit', `Enter ${field} without words after it, like ${example}`);
    }
    if (unit !== options.unit) {
      return failure(
        'wrong-unit',
        `${capitalise(field)} is an amount ${UNIT_PHRASES[options.unit]}, not ${UNIT_PHRASES[unit]}. Enter just the amount, like ${example}`,
      );
    }
    rest = suffix[1] ?? '';
  }

  if (/^[-−–(]|^£\s*[-−–]/.test(rest)) {
    return failure(
      'negative',
      `${capitalise(field)} cannot be less than 0. Enter an amount without a minus sign, like ${example}`,
    );
  }

  const pence = PENCE_ONLY.exec(rest);
  if (pence !== null) rest = `0.${(pence[1] ?? '').padStart(2, '0')}`;
  rest = rest.replace(/^£\s*/, '').replace(/\s*(?:gbp|pounds?)$/, '');

  if (rest.includes(',')) {
    if (!GROUPED_DIGITS.test(rest)) {
      return failure(
        'not-a-number',
        `${howTo}. Use a full stop before the pence, and commas only between thousands, like 1,250.50`,
      );
    }
    rest = rest.replace(/,/g, '');
  }

  const match = PLAIN_AMOUNT.exec(rest);
  const whole = match?.[1] ?? '';
  const fraction = match?.[2] ?? '';
  if (match === null || (whole === '' && fraction === '')) return failure('not-a-number', howTo);
  if (fraction.length > 2) {
    return failure(
      'too-many-decimal-places',
      `Enter ${field} in pounds and pence, with no more than 2 numbers after the point, like ${example}`,
    );
  }

  const pounds = whole.replace(/^0+(?=\d)/, '') || '0';
  const max = options.max ?? MAX_MONEY_STRING;
  const tooLarge = failure(
    'too-large',
    `${capitalise(field)} must be ${formatMoney(max)} or less. Check the amount`,
  );
  if (pounds.length > 9) return tooLarge;
  const value = `${pounds}.${fraction.padEnd(2, '0')}`;
  if (!isMoneyString(value)) return failure('not-a-number', howTo);
  const money = moneyFromString(value);
  if (compareMoney(money, moneyFromString(max)) > 0) return tooLarge;
  return { kind: 'ok', value, money };
}

/**
 * A zod schema for money typed by a person: any text `parseMoney` accepts, turned into the
 * stored form ("20.50"). Its error messages are `parseMoney`'s.
 */
export function moneyInputSchema(
  options: MoneyFieldOptions = {},
): z.ZodType<MoneyString, z.ZodTypeDef, string> {
  const required = parseMoney('', options);
  const requiredMessage = required.kind === 'error' ? required.message : 'Enter an amount';
  return z
    .string({ required_error: requiredMessage, invalid_type_error: requiredMessage })
    .transform((text, context) => {
      const result = parseMoney(text, options);
      if (result.kind === 'ok') return result.value;
      context.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
      return z.NEVER;
    });
}

const STORED_MONEY = /^(?:0|[1-9]\d{0,8})(?:\.\d{1,2})?$/;

/**
 * A zod schema for an amount already stored by the site: "123.45", "123.4" or "123", never
 * with "£" or commas. Turns it into the canonical 2-decimal form ("123.00").
 */
export const moneyStringSchema: z.ZodType<MoneyString, z.ZodTypeDef, string> = z
  .string()
  .regex(STORED_MONEY, 'Expected an amount like 123.45')
  .transform((text) => {
    const [pounds = '0', pence = ''] = text.split('.');
    return `${pounds}.${pence.padEnd(2, '0')}` as MoneyString;
  });
