/*
 * Dates and times as people in the UK read them, written by hand: checked against the
 * en-GB formats they replace, on every day of four years.
 */
import { describe, expect, it } from 'vitest';
import {
  formatClockTime,
  formatDateOrMonth,
  formatLongDate,
  formatMonthYear,
  InvalidDateError,
  todayIsoDate,
} from '../../../src/lib/site/dates';

describe('formatLongDate', () => {
  it('writes a date as "24 November 2026"', () => {
    expect(formatLongDate('2026-11-24')).toBe('24 November 2026');
    expect(formatLongDate('2027-01-05')).toBe('5 January 2027');
    expect(formatLongDate('2028-02-29')).toBe('29 February 2028');
  });

  it('matches the en-GB long date on every day from 2025 to 2028', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (let day = Date.UTC(2025, 0, 1); day < Date.UTC(2029, 0, 1); day += 86_400_000) {
      const date = new Date(day);
      expect(formatLongDate(date.toISOString().slice(0, 10))).toBe(intl.format(date));
    }
  });

  it('refuses a date that is not real', () => {
    expect(() => formatLongDate('2027-02-29')).toThrow(InvalidDateError);
    expect(() => formatLongDate('24/11/2026')).toThrow(InvalidDateError);
  });
});

describe('formatClockTime', () => {
  it('writes the time on a 24-hour clock with 2 digits each', () => {
    expect(formatClockTime(new Date(2026, 10, 24, 9, 5))).toBe('09:05');
    expect(formatClockTime(new Date(2026, 10, 24, 22, 42))).toBe('22:42');
    expect(formatClockTime(new Date(2026, 10, 24, 0, 0))).toBe('00:00');
  });

  it('matches the en-GB clock time for every minute of a day', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
    for (let minute = 0; minute < 24 * 60; minute += 1) {
      const moment = new Date(2026, 10, 24, Math.floor(minute / 60), minute % 60);
      expect(formatClockTime(moment)).toBe(intl.format(moment));
    }
  });
});

describe('todayIsoDate', () => {
  it('gives the date on this device as 2026-11-24', () => {
    expect(todayIsoDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
  });
});

describe('a month of a year', () => {
  it('reads as the month and the year, and a date still reads as a date', () => {
    expect(formatMonthYear('2027-06')).toBe('June 2027');
    expect(formatDateOrMonth('2027-06')).toBe('June 2027');
    expect(formatDateOrMonth('2027-06-01')).toBe('1 June 2027');
  });

  it('refuses a month that is not real', () => {
    expect(() => formatMonthYear('2027-13')).toThrow(InvalidDateError);
    expect(() => formatMonthYear('2027-6')).toThrow(InvalidDateError);
  });
});
