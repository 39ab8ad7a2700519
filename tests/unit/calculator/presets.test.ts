import { describe, expect, it } from 'vitest';
import { budgetInputFrom, calculateBudget, kStory } from '../../../src/lib/budget';
import { calculatorPresets } from '../../../src/lib/calculator/preset-list';
import { activePreset, presetAddress } from '../../../src/lib/calculator/presets';
import { readLink } from '../../../src/lib/calculator/link';
import { headlineSentences } from '../../../src/lib/calculator/summary';
import { calculatorLink } from '../../../src/lib/guides/figures';

describe('K’s saving in the calculator', () => {
  const link = calculatorLink('k');
  const [, search = '', hash = ''] = /^[^?#]*(\?[^#]*)?#?(.*)$/.exec(link.href) ?? [];

  it('is named for what it is: a saving, not a budget', () => {
    expect(link.label).toBe('Open K’s saving in the calculator');
    expect(search).toBe('?about=k');
  });

  it('says what the figures are while they are still K’s', () => {
    const draft = readLink(hash).draft;
    const preset = activePreset(calculatorPresets, search, draft);
    expect(preset?.heading).toBe('The support K’s planner replaced');
    const result = calculateBudget(kStory.input);
    expect(headlineSentences(result, preset).year).toBe('That support cost £6,085.04 a year.');
  });

  it('goes back to "your budget" once the figures are changed', () => {
    const draft = readLink(hash).draft;
    const [line] = draft.supportLines;
    if (line === undefined) throw new Error('K’s link has a support line');
    line.hoursPerWeek = '6';
    expect(activePreset(calculatorPresets, search, draft)).toBeUndefined();
    const result = calculateBudget(budgetInputFrom({ supportLines: [] }));
    expect(headlineSentences(result).year).toBe('Your budget is £0 a year.');
  });

  it('puts the preset before the figures in an address', () => {
    expect(presetAddress('/budget/#l1n=A', 'k')).toBe('/budget/?about=k#l1n=A');
  });
});
