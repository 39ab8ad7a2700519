/**
 * Reads hours and minutes that people type ("7.5", "7:30", "7 hours 30 minutes", "45 minutes")
 * into exact numbers. A week has 168 hours, so one support line can have at most 168.
 * Messages follow the GOV.UK Design System error message pattern.
 */
import { z } from 'zod';
import {
  addQuantity,
  compareQuantity,
  divideQuantity,
  formatQuantity,
  isWholeQuantity,
  multiplyQuantity,
  quantityDecimalPlaces,
  quantityFromInteger,
  quantityFromString,
  quantityToInteger,
  quantityToString,
  type Quantity,
} from '../money';

declare const hoursStringBrand: unique symbol;
declare const minutesStringBrand: unique symbol;

/**
 * Hours as stored: a decimal with up to 2 places ("7.5", "10", "0.75"), or hours and minutes
 * ("7:20") when the minutes cannot be written exactly in 2 decimal places (20 minutes is 0.333… hours).
 */
export type HoursString = string & { readonly [hoursStringBrand]: 'HoursString' };

/** Minutes as stored: a whole number, like "45". */
export type MinutesString = string & { readonly [minutesStringBrand]: 'MinutesString' };

/** The hours in a week: 7 × 24. */
export const HOURS_IN_A_WEEK = 168;

/** The minutes in a day: 24 × 60. */
export const MINUTES_IN_A_DAY = 1440;

/** Why a piece of text is not a length of time. */
export type HoursErrorCode =
  'empty' | 'not-a-number' | 'negative' | 'too-many-decimal-places' | 'too-many-hours';

/** The result of reading hours: the stored form and exact minutes, or a message saying how to fix the text. */
export type HoursParseResult =
  | { readonly kind: 'ok'; readonly value: HoursString; readonly minutes: Quantity }
  | { readonly kind: 'error'; readonly code: HoursErrorCode; readonly message: string };

/** The result of reading minutes. */
export type MinutesParseResult =
  | { readonly kind: 'ok'; readonly value: MinutesString; readonly minutes: Quantity }
  | { readonly kind: 'error'; readonly code: HoursErrorCode; readonly message: string };

/** What the field is called and its largest value. */
export interface HoursFieldOptions {
  /** How the field is named inside a sentence, like "the hours a week". Default "the hours". */
  readonly field?: string;
  /** The most hours allowed. Default 168 (a week). */
  readonly maxHours?: number;
}

/** What the field is called and its largest value. */
export interface MinutesFieldOptions {
  /** How the field is named inside a sentence. Default "the minutes a day". */
  readonly field?: string;
  /** The most minutes allowed. Default 1,440 (a day). */
  readonly maxMinutes?: number;
}

const SIXTY = quantityFromInteger(60);
const NUMBER = String.raw`(\d+(?:\.\d*)?|\.\d+)`;
const DECIMAL_ONLY = new RegExp(`^${NUMBER}$`);
const CLOCK = /^(\d+):([0-5]\d)$/;
const WORDS = new RegExp(
  `^(?:${NUMBER}\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:and\\s*)?(?:${NUMBER}\\s*(?:m|min|mins|minute|minutes))?$`,
);
const PERIOD_SUFFIX = {
  week: /\s*(?:a|per|each|every)\s+week$/,
  day: /\s*(?:a|per|each|every)\s+day$/,
};

type Reading =
  | { readonly kind: 'ok'; readonly minutes: Quantity }
  | { readonly kind: 'error'; readonly code: 'empty' | 'not-a-number' | 'negative' };

function decimalQuantity(text: string): Quantity {
  return quantityFromString(text.startsWith('.') ? `0${text}` : text.replace(/\.$/, ''));
}

/**
 * Reads text as a length of time in minutes. A bare number means hours or minutes, as asked.
 * Only the field's own period may follow ("10 hours a week" in a box for hours a week):
 * "45 minutes a day" in a box for hours a week is not read as 45 minutes.
 */
function readDuration(
  text: string,
  bareNumberIn: 'hours' | 'minutes',
  per: 'week' | 'day',
): Reading {
  const rest = text
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(PERIOD_SUFFIX[per], '');
  if (rest === '') return { kind: 'error', code: 'empty' };
  if (/^[-−–]/.test(rest)) return { kind: 'error', code: 'negative' };

  if (DECIMAL_ONLY.test(rest)) {
    const value = decimalQuantity(rest);
    return {
      kind: 'ok',
      minutes: bareNumberIn === 'hours' ? multiplyQuantity(value, SIXTY) : value,
    };
  }
  const clock = CLOCK.exec(rest);
  if (clock !== null) {
    const minutes = Number(clock[1]) * 60 + Number(clock[2]);
    if (!Number.isSafeInteger(minutes)) return { kind: 'error', code: 'not-a-number' };
    return { kind: 'ok', minutes: quantityFromInteger(minutes) };
  }
  const words = WORDS.exec(rest);
  if (words !== null && (words[1] !== undefined || words[2] !== undefined)) {
    const hours = words[1] === undefined ? quantityFromInteger(0) : decimalQuantity(words[1]);
    const minutes = words[2] === undefined ? quantityFromInteger(0) : decimalQuantity(words[2]);
    return { kind: 'ok', minutes: addQuantity(multiplyQuantity(hours, SIXTY), minutes) };
  }
  return { kind: 'error', code: 'not-a-number' };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The stored form of a number of minutes as hours, or undefined if it needs more than 2 decimal places. */
function hoursStringFromMinutes(minutes: Quantity): HoursString | undefined {
  const hours = divideQuantity(minutes, SIXTY);
  if (quantityDecimalPlaces(hours) <= 2) return quantityToString(hours) as HoursString;
  if (!isWholeQuantity(minutes)) return undefined;
  const total = quantityToInteger(minutes);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}` as HoursString;
}

/**
 * Reads hours typed by a person: "7.5", "7:30", "7 hours 30 minutes", "7h 30m", "45 minutes",
 * "10 hours a week". Returns the stored form ("7.5", or "7:20" when the minutes do not fit in
 * 2 decimal places) and the exact number of minutes, or an error with a message. Never throws.
 * More than `maxHours` (168 by default: the hours in a week) is an error.
 */
export function parseHours(text: string, options: HoursFieldOptions = {}): HoursParseResult {
  const field = options.field ?? 'the hours';
  const maxHours = options.maxHours ?? HOURS_IN_A_WEEK;
  const howTo = `Enter ${field} as a number, like 7.5, or in hours and minutes, like 7:30`;
  const reading = readDuration(text, 'hours', 'week');
  if (reading.kind === 'error') {
    const message =
      reading.code === 'negative'
        ? `${capitalise(field)} cannot be less than 0. Enter a number without a minus sign, like 7.5`
        : howTo;
    return { kind: 'error', code: reading.code, message };
  }
  if (compareQuantity(reading.minutes, quantityFromInteger(maxHours * 60)) > 0) {
    const message =
      maxHours === HOURS_IN_A_WEEK
        ? `${capitalise(field)} must be ${HOURS_IN_A_WEEK} or less, because a week has ${HOURS_IN_A_WEEK} hours. If 2 people give support at the same time, add a line for each`
        : `${capitalise(field)} must be ${formatQuantity(String(maxHours))} or less`;
    return { kind: 'error', code: 'too-many-hours', message };
  }
  const value = hoursStringFromMinutes(reading.minutes);
  if (value === undefined) {
    return {
      kind: 'error',
      code: 'too-many-decimal-places',
      message: `Enter ${field} with no more than 2 numbers after the point, like 7.25, or in hours and minutes, like 7:20`,
    };
  }
  return { kind: 'ok', value, minutes: reading.minutes };
}

/**
 * Reads minutes typed by a person: "45", "45 minutes", "1 hour 15 minutes", "1:15". Returns the
 * stored form (a whole number of minutes) or an error with a message. Never throws.
 */
export function parseMinutes(text: string, options: MinutesFieldOptions = {}): MinutesParseResult {
  const field = options.field ?? 'the minutes a day';
  const maxMinutes = options.maxMinutes ?? MINUTES_IN_A_DAY;
  const reading = readDuration(text, 'minutes', 'day');
  if (reading.kind === 'error') {
    const message =
      reading.code === 'negative'
        ? `${capitalise(field)} cannot be less than 0. Enter a number without a minus sign, like 45`
        : `Enter ${field} as a number of minutes, like 45`;
    return { kind: 'error', code: reading.code, message };
  }
  if (compareQuantity(reading.minutes, quantityFromInteger(maxMinutes)) > 0) {
    const why = maxMinutes === MINUTES_IN_A_DAY ? ', because a day has 1,440 minutes' : '';
    return {
      kind: 'error',
      code: 'too-many-hours',
      message: `${capitalise(field)} must be ${formatQuantity(String(maxMinutes))} minutes or less${why}`,
    };
  }
  if (!isWholeQuantity(reading.minutes)) {
    return {
      kind: 'error',
      code: 'too-many-decimal-places',
      message: `Enter ${field} as a whole number of minutes, like 45`,
    };
  }
  return {
    kind: 'ok',
    value: quantityToString(reading.minutes) as MinutesString,
    minutes: reading.minutes,
  };
}

/** The exact number of minutes in stored hours: "7.5" → 450, "7:20" → 440. */
export function minutesFromHoursString(value: HoursString): Quantity {
  const clock = CLOCK.exec(value);
  if (clock !== null) return quantityFromInteger(Number(clock[1]) * 60 + Number(clock[2]));
  return multiplyQuantity(quantityFromString(value), SIXTY);
}

/** The stored form of an exact number of minutes as hours, or undefined when it has none (like 0.6 minutes + 20 minutes). */
export function hoursStringFromExactMinutes(minutes: Quantity): HoursString | undefined {
  return hoursStringFromMinutes(minutes);
}

function plural(count: string, one: string, many: string): string {
  return `${count} ${count === '1' ? one : many}`;
}

/**
 * Hours for people to read: "7.5 hours", "1 hour", "7 hours 20 minutes", "20 minutes".
 * Hours that fit in 2 decimal places are shown as a decimal, so they can be typed into a calculator.
 */
export function formatHours(value: HoursString): string {
  const clock = CLOCK.exec(value);
  if (clock === null) return plural(formatQuantity(value), 'hour', 'hours');
  const hours = String(Number(clock[1]));
  const minutes = String(Number(clock[2]));
  if (hours === '0') return plural(minutes, 'minute', 'minutes');
  return `${plural(formatQuantity(hours), 'hour', 'hours')} ${plural(minutes, 'minute', 'minutes')}`;
}

/** Minutes for people to read: "45 minutes", "1 minute". */
export function formatMinutes(value: MinutesString): string {
  return plural(formatQuantity(value), 'minute', 'minutes');
}

function schemaFrom<T extends string>(
  parse: (text: string) => { kind: 'ok'; value: T } | { kind: 'error'; message: string },
): z.ZodType<T, z.ZodTypeDef, string> {
  const empty = parse('');
  const required = empty.kind === 'error' ? empty.message : 'Enter a value';
  return z
    .string({ required_error: required, invalid_type_error: required })
    .transform((text, context) => {
      const result = parse(text);
      if (result.kind === 'ok') return result.value;
      context.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
      return z.NEVER;
    });
}

/** A zod schema for hours typed by a person (anything `parseHours` accepts), giving the stored form. */
export function hoursInputSchema(
  options: HoursFieldOptions = {},
): z.ZodType<HoursString, z.ZodTypeDef, string> {
  return schemaFrom((text) => parseHours(text, options));
}

/** A zod schema for minutes typed by a person (anything `parseMinutes` accepts), giving the stored form. */
export function minutesInputSchema(
  options: MinutesFieldOptions = {},
): z.ZodType<MinutesString, z.ZodTypeDef, string> {
  return schemaFrom((text) => parseMinutes(text, options));
}
