import { describe, expect, it } from 'vitest';
import {
  formatHours,
  hoursInputSchema,
  minutesFromHoursString,
  parseHours,
  parseMinutes,
  type HoursErrorCode,
  type HoursString,
} from '../../../src/lib/budget';
import { quantityToString } from '../../../src/lib/money';

function hoursOf(text: string): string {
  const result = parseHours(text);
  return result.kind === 'ok' ? result.value : `error: ${result.code}`;
}

describe('reading hours that people type', () => {
  it.each([
    ['7.5', '7.5'],
    [' 7.50 ', '7.5'],
    ['7:30', '7.5'],
    ['7 hours 30 minutes', '7.5'],
    ['7 hours and 30 minutes', '7.5'],
    ['7h 30m', '7.5'],
    ['7h30m', '7.5'],
    ['45 minutes', '0.75'],
    ['90 mins', '1.5'],
    ['1 hour', '1'],
    ['10 hours a week', '10'],
    ['0', '0'],
    ['168', '168'],
    ['.25', '0.25'],
    ['7:20', '7:20'], // 7 hours 20 minutes is 7.333… hours: kept as hours and minutes, never cut short
    ['7 hours 20 minutes', '7:20'],
    ['7:21', '7.35'], // 21 minutes is exactly 0.35 hours
    ['20 minutes', '0:20'],
  ])('reads %j as %s', (text, stored) => {
    expect(hoursOf(text)).toBe(stored);
  });

  it.each<[string, HoursErrorCode]>([
    ['', 'empty'],
    ['-1', 'negative'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['seven', 'not-a-number'],
    ['7:75', 'not-a-number'], // 75 minutes past the hour is not a time
    ['45 minutes a day', 'not-a-number'], // a box for hours a week must not read this as 45 minutes
    ['7.333', 'too-many-decimal-places'],
    ['168.01', 'too-many-hours'],
    ['169', 'too-many-hours'],
    ['168:01', 'too-many-hours'],
  ])('rejects %j (%s)', (text, code) => {
    expect(hoursOf(text)).toBe(`error: ${code}`);
  });

  it('says how to fix text that is not a number', () => {
    expect(parseHours('lots')).toMatchObject({
      message: 'Enter the hours as a number, like 7.5, or in hours and minutes, like 7:30',
    });
  });

  it('explains why one line cannot have more than 168 hours', () => {
    const result = parseHours('200', { field: 'the hours a week' });
    expect(result.kind === 'error' ? result.message : '').toBe(
      'The hours a week must be 168 or less, because a week has 168 hours. If 2 people give support at the same time, add a line for each',
    );
  });

  it('gives exact minutes', () => {
    expect(minutesFromHoursString('7:20' as HoursString)).toEqual(
      minutesFromHoursString(hoursInputSchema().parse('7 hours 20 minutes')),
    );
    expect(quantityToString(minutesFromHoursString('5.25' as HoursString))).toBe('315');
  });
});

describe('reading minutes a day', () => {
  it.each([
    ['45', '45'],
    ['45 minutes', '45'],
    ['45 minutes a day', '45'],
    ['1 hour 15 minutes', '75'],
    ['1:15', '75'],
  ])('reads %j as %s minutes', (text, minutes) => {
    const result = parseMinutes(text);
    expect(result.kind === 'ok' ? result.value : result.message).toBe(minutes);
  });

  it('rejects part of a minute', () => {
    expect(parseMinutes('7.5')).toMatchObject({ code: 'too-many-decimal-places' });
  });

  it('rejects more minutes than a day has', () => {
    expect(parseMinutes('1441')).toMatchObject({ code: 'too-many-hours' });
  });
});

describe('showing hours to people', () => {
  it.each([
    ['7.5', '7.5 hours'],
    ['1', '1 hour'],
    ['0', '0 hours'],
    ['7:20', '7 hours 20 minutes'],
    ['1:01', '1 hour 1 minute'],
    ['0:20', '20 minutes'],
  ])('shows %s as %s', (stored, shown) => {
    expect(formatHours(stored as HoursString)).toBe(shown);
  });
});
