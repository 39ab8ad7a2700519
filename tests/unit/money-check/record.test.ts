import { describe, expect, it } from 'vitest';
import {
  MONEY_CHECK_LIMITS,
  MONEY_CHECK_SCHEMA_VERSION,
  createEmptyMoneyCheck,
  migrateMoneyCheck,
} from '../../../src/lib/money-check/record';

const now = new Date('2026-12-02T10:42:00.000Z');

describe('a money check as saved', () => {
  it('starts empty: no plan said yet, no statements, no layouts kept', () => {
    const record = createEmptyMoneyCheck(now, 'money-1');
    expect(record).toMatchObject({
      schemaVersion: MONEY_CHECK_SCHEMA_VERSION,
      planned: null,
      statements: [],
      matchings: {},
      revision: 0,
    });
    expect(migrateMoneyCheck(record)).toEqual({ ok: true, record, migratedFrom: null });
  });

  it('refuses what is not a money check, a newer format, and figures that are not figures', () => {
    const kindOf = (raw: unknown): string => {
      const read = migrateMoneyCheck(raw);
      return read.ok ? 'ok' : read.kind;
    };
    expect(kindOf('hello')).toBe('not-this-kind');
    expect(kindOf({ id: 'x' })).toBe('not-this-kind');
    expect(kindOf({ schemaVersion: MONEY_CHECK_SCHEMA_VERSION + 1, id: 'x' })).toBe(
      'newer-version',
    );
    const empty = createEmptyMoneyCheck(now, 'money-1');
    const statement = (hours: string, amount: string) => ({
      ...empty,
      statements: [
        {
          id: 's1',
          period: 'week',
          start: '2027-03-01',
          lines: [{ for: { kind: 'fee' }, words: '', hours, amount, credit: false }],
        },
      ],
    });
    expect(kindOf(statement('12', '30.00'))).toBe('ok');
    expect(kindOf(statement('twelve', '30.00'))).toBe('invalid');
    expect(kindOf(statement('12', '-30.00'))).toBe('invalid');
    expect(
      kindOf({
        ...statement('12', '30.00'),
        statements: [],
        matchings: Object.fromEntries(
          Array.from({ length: MONEY_CHECK_LIMITS.matchings + 1 }, (_, index) => [
            `layout ${index}`,
            {},
          ]),
        ),
      }),
    ).toBe('invalid');
  });
});
