import { describe, expect, it } from 'vitest';
import {
  moneyInputSchema,
  moneyStringSchema,
  parseMoney,
  type MoneyErrorCode,
} from '../../../src/lib/money';

function valueOf(text: string, unit?: 'hour' | 'week'): string {
  const result = parseMoney(text, unit === undefined ? {} : { unit });
  return result.kind === 'ok' ? result.value : `error: ${result.code}`;
}

describe('reading money that people type', () => {
  it.each([
    ['20', '20.00'],
    ['£20.50', '20.50'],
    [' 20.5 ', '20.50'],
    ['1,250', '1250.00'],
    ['£1,250.75', '1250.75'],
    ['£ 20', '20.00'],
    ['0', '0.00'],
    ['007.10', '7.10'],
    ['.5', '0.50'],
    ['50p', '0.50'],
    ['20 pounds', '20.00'],
    ['１２', '12.00'], // full-width digits pasted from another program
  ])('reads %j as %s', (text, stored) => {
    expect(valueOf(text)).toBe(stored);
  });

  it.each([
    ['£20.50 per hour', 'hour', '20.50'],
    ['£20.50 an hour', 'hour', '20.50'],
    ['20.50/hr', 'hour', '20.50'],
    ['£100 a week', 'week', '100.00'],
  ] as const)('reads %j in a box for an amount a %s', (text, unit, stored) => {
    expect(valueOf(text, unit)).toBe(stored);
  });

  it.each<[string, MoneyErrorCode]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-5', 'negative'],
    ['−5', 'negative'], // a true minus sign pasted from a document
    ['£-5', 'negative'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['twenty', 'not-a-number'],
    ['20,50', 'not-a-number'], // a decimal comma: we cannot tell if it means 20.50 or 2,050
    ['1,25', 'not-a-number'],
    ['1 250', 'not-a-number'],
    ['.', 'not-a-number'],
    ['1.005', 'too-many-decimal-places'], // never rounded silently
    ['20.500', 'too-many-decimal-places'],
    ['1000000000', 'too-large'],
    ['£20 a month', 'wrong-unit'], // no unit is expected in this box
  ])('rejects %j (%s)', (text, code) => {
    expect(valueOf(text)).toBe(`error: ${code}`);
  });

  it('rejects an amount a week in a box for the cost of 1 hour', () => {
    const result = parseMoney('£20 a week', { unit: 'hour', field: 'the cost of 1 hour' });
    expect(result).toMatchObject({
      kind: 'error',
      code: 'wrong-unit',
      message:
        'The cost of 1 hour is an amount an hour, not a week. Enter just the amount, like 20.50',
    });
  });

  it('says how to fix text that is not a number', () => {
    expect(parseMoney('abc', { field: 'the cost' })).toEqual({
      kind: 'error',
      code: 'not-a-number',
      message: 'Enter the cost as an amount of money, like 20.50',
    });
  });

  it('names the limit when the amount is too large', () => {
    const result = parseMoney('1000.01', {
      field: 'the cost of 1 hour',
      max: moneyStringSchema.parse('1000'),
    });
    expect(result.kind === 'error' ? result.message : '').toBe(
      'The cost of 1 hour must be £1,000 or less. Check the amount',
    );
  });
});

describe('money schemas', () => {
  it('turns typed money into the stored form', () => {
    expect(moneyInputSchema().parse('£1,250')).toBe('1250.00');
  });

  it('uses the same message for a missing value as for an empty one', () => {
    const result = moneyInputSchema({ field: 'the travel cost' }).safeParse(undefined);
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'Enter the travel cost as an amount of money, like 20.50',
    );
  });

  it('accepts stored amounts with 0, 1 or 2 decimal places and gives back 2', () => {
    expect(moneyStringSchema.parse('123')).toBe('123.00');
    expect(moneyStringSchema.parse('123.4')).toBe('123.40');
    expect(moneyStringSchema.parse('123.45')).toBe('123.45');
  });

  it('rejects stored amounts with £, commas or a sign', () => {
    for (const text of ['£1', '1,000', '-1', '+1', '1.234', '01']) {
      expect(moneyStringSchema.safeParse(text).success).toBe(false);
    }
  });
});
