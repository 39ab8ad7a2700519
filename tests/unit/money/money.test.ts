import { describe, expect, it } from 'vitest';
import {
  InvalidMoneyStringError,
  MoneyRangeError,
  UnroundedMoneyError,
  moneyFromString,
  multiplyMoney,
  quantityFromString,
  roundToPenny,
  scaleMoney,
  quantityFromInteger,
  subtractMoney,
  sumMoney,
  toMoneyString,
} from '../../../src/lib/money';

function roundedString(amount: string, factor: string): string {
  return toMoneyString(
    roundToPenny(multiplyMoney(moneyFromString(amount), quantityFromString(factor))),
  );
}

describe('rounding to the penny (half-up)', () => {
  // Each row: amount × factor, then rounded. Comments mark the rows where the rule decides.
  const rows: readonly (readonly [string, string, string])[] = [
    ['23.47', '7.5', '176.03'], // 176.025 is exactly half a penny: half-up gives 176.03, not 176.02
    ['1.00', '1.005', '1.01'], // £1.005 is exactly half a penny: rounds up to £1.01
    ['1.00', '1.004', '1.00'], // below half a penny: rounds down
    ['1.00', '1.0049999', '1.00'], // just below half: rounds down, no double rounding
    ['20.00', '12', '240.00'],
    ['22.29', '5.25', '117.02'], // 117.0225: rounds down to 117.02
    ['0.00', '168', '0.00'],
    ['999.99', '168', '167998.32'],
  ];
  it.each(rows)('%s × %s rounds to %s', (amount, factor, expected) => {
    expect(roundedString(amount, factor)).toBe(expected);
  });

  it('finds exact half pennies when hours come from minutes', () => {
    // 2 minutes at £0.15 an hour is exactly 0.5p. Dividing 2 by 60 first would give 0.4999…p.
    const amount = scaleMoney(
      moneyFromString('0.15'),
      quantityFromInteger(2),
      quantityFromInteger(60),
    );
    expect(toMoneyString(roundToPenny(amount))).toBe('0.01');
  });
});

describe('the stored form of money', () => {
  it('always has 2 decimal places', () => {
    expect(toMoneyString(sumMoney([moneyFromString('12000.00'), moneyFromString('480.00')]))).toBe(
      '12480.00',
    );
  });

  it('refuses an amount that has not been rounded', () => {
    const unrounded = multiplyMoney(moneyFromString('23.47'), quantityFromString('7.5'));
    expect(() => toMoneyString(unrounded)).toThrow(UnroundedMoneyError);
  });

  it('refuses a negative amount', () => {
    const negative = subtractMoney(moneyFromString('1.00'), moneyFromString('2.00'));
    expect(() => toMoneyString(negative)).toThrow(MoneyRangeError);
  });

  it('refuses text that is not already in the stored form', () => {
    for (const text of ['20.5', '£20.50', '1,250.00', '-1.00', 'NaN', '1e5']) {
      expect(() => moneyFromString(text)).toThrow(InvalidMoneyStringError);
    }
  });

  it('gives errors names that end in Error', () => {
    expect(new UnroundedMoneyError('1.005').name).toBe('UnroundedMoneyError');
  });
});
