import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../src/lib/calculator/check';
import { emptyDraft, type CalculatorDraft } from '../../../src/lib/calculator/link';

function draftWith(hourlyRate: string, hoursPerWeek = '12'): CalculatorDraft {
  const draft = emptyDraft();
  const [line] = draft.supportLines;
  if (line === undefined) throw new Error('An empty draft has one support line');
  draft.supportLines = [{ ...line, name: 'Support', hoursPerWeek, hourlyRate }];
  return draft;
}

describe('checking the calculator’s figures', () => {
  it('asks kindly for a cost of 1 hour that is more than £0', () => {
    for (const rate of ['0', '0.00', '£0']) {
      expect(checkDraft(draftWith(rate))).toEqual({
        ok: false,
        problems: [
          {
            field: 'supportLines.0.hourlyRate',
            message:
              'The cost of 1 hour must be more than £0. Enter what 1 hour of support costs, like 20',
          },
        ],
      });
    }
  });

  it('lists the problems in page order, hours before the cost of 1 hour', () => {
    const check = checkDraft(draftWith('0', 'lots'));
    expect(check.ok ? [] : check.problems.map((problem) => problem.field)).toEqual([
      'supportLines.0.hoursPerWeek',
      'supportLines.0.hourlyRate',
    ]);
  });

  it('takes any cost of 1 hour above £0', () => {
    expect(checkDraft(draftWith('0.01')).ok).toBe(true);
  });
});
