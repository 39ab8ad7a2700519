import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialiseBackup } from '../../../src/lib/plan';
import { readBackupFile } from '../../../src/lib/plan/backup-read';
import { planArbitrary } from './arbitraries';

const exportedAt = fc.date({
  min: new Date('2000-01-01T00:00:00.000Z'),
  max: new Date('2100-01-01T00:00:00.000Z'),
  noInvalidDate: true,
});

describe('backup round trip (property)', () => {
  it('gives back the same plan after saving and opening a backup', () => {
    fc.assert(
      fc.property(planArbitrary, exportedAt, (plan, at) => {
        const result = readBackupFile(new TextEncoder().encode(serialiseBackup(plan, at)));
        expect(result.ok && result.plan).toEqual(plan);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes when the opened plan is saved again', () => {
    fc.assert(
      fc.property(planArbitrary, exportedAt, (plan, at) => {
        const first = serialiseBackup(plan, at);
        const result = readBackupFile(first);
        if (!result.ok) throw new Error(result.message);
        expect(serialiseBackup(result.plan, at)).toBe(first);
      }),
      { numRuns: 200 },
    );
  });
});
