import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatMoneyWithPence,
  formatQuantity,
  formatWholeNumber,
  moneyFromString,
  parseMoney,
  quantityFromString,
  type MoneyString,
} from '../../../src/lib/money';

describe('showing money to people', () => {
  it.each([
    ['12480.00', '£12,480'],
    ['176.03', '£176.03'],
    ['0.00', '£0'],
    ['0.50', '£0.50'],
    ['1000000.10', '£1,000,000.10'],
    ['999.00', '£999'],
  ])('shows %s as %s', (stored, shown) => {
    expect(formatMoney(stored as MoneyString)).toBe(shown);
  });

  it('can always show pence, for tables', () => {
    expect(formatMoneyWithPence(moneyFromString('12480.00'))).toBe('£12,480.00');
  });

  it('shows numbers with commas and without trailing zeros', () => {
    expect(formatQuantity(quantityFromString('52.14'))).toBe('52.14');
    expect(formatQuantity(quantityFromString('1234.50'))).toBe('1,234.5');
    expect(formatQuantity('149')).toBe('149');
  });

  it('gives the same amount back when the shown amount is read again', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 99_999_999_999n }),
        fc.constantFrom<'when-needed' | 'always'>('when-needed', 'always'),
        (pence, display) => {
          const stored = `${pence / 100n}.${String(pence % 100n).padStart(2, '0')}` as MoneyString;
          const parsed = parseMoney(formatMoney(stored, display));
          expect(parsed.kind === 'ok' ? parsed.value : parsed.message).toBe(stored);
        },
      ),
    );
  });
});

describe('formatWholeNumber', () => {
  it('puts commas between groups of 3 digits', () => {
    expect(formatWholeNumber(0)).toBe('0');
    expect(formatWholeNumber(999)).toBe('999');
    expect(formatWholeNumber(5000)).toBe('5,000');
    expect(formatWholeNumber(1234567)).toBe('1,234,567');
    expect(formatWholeNumber(-12)).toBe('-12');
    expect(formatWholeNumber(-1500)).toBe('-1,500');
  });

  it('matches the en-GB number format for whole numbers', () => {
    const intl = new Intl.NumberFormat('en-GB');
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (value) => {
        expect(formatWholeNumber(value)).toBe(intl.format(value));
      }),
    );
  });
});
