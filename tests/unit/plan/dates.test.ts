import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  isIsoDateTime,
  isReviewDateInPast,
  suggestReviewDate,
  todayIsoDate,
} from '../../../src/lib/plan';

describe('plan dates', () => {
  it('accepts a real date', () => {
    expect(isIsoDate('2026-05-24')).toBe(true);
  });

  it('accepts 29 February in a leap year only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses dates that are not real or not written the ISO way', () => {
    for (const value of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-5-4', '24/05/2026', '']) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('accepts a moment as toISOString writes it, and refuses an impossible one', () => {
    expect(isIsoDateTime('2026-05-24T10:42:00.000Z')).toBe(true);
    expect(isIsoDateTime('2026-05-24T24:00:00.000Z')).toBe(false);
    expect(isIsoDateTime('2026-02-30T10:00:00.000Z')).toBe(false);
  });

  it('suggests a review 6 months from today', () => {
    expect(suggestReviewDate('2026-05-24')).toBe('2026-11-24');
  });

  it('suggests a review in the next year when 6 months crosses new year', () => {
    expect(suggestReviewDate('2026-09-15')).toBe('2027-03-15');
  });

  it('suggests the last day of a shorter month', () => {
    expect(suggestReviewDate('2026-08-31')).toBe('2027-02-28');
    expect(suggestReviewDate('2027-08-31')).toBe('2028-02-29');
  });

  it("takes today's date from the device's own calendar", () => {
    expect(todayIsoDate(new Date(2026, 4, 24, 23, 59))).toBe('2026-05-24');
  });

  it('notes a review date that has passed', () => {
    expect(isReviewDateInPast('2026-01-01', '2026-05-24')).toBe(true);
  });

  it('does not note a review date that is today, later, empty or unreal', () => {
    expect(isReviewDateInPast('2026-05-24', '2026-05-24')).toBe(false);
    expect(isReviewDateInPast('2027-01-01', '2026-05-24')).toBe(false);
    expect(isReviewDateInPast('', '2026-05-24')).toBe(false);
    expect(isReviewDateInPast('2026-02-30', '2026-05-24')).toBe(false);
  });
});
