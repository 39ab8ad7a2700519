/*
 * The parts "Listen to my budget" reads: the sentences of lib/calculator/listen, each marking
 * the sentence it comes from in the result panel while it is read. Loaded on the first press.
 */
import type { BudgetResult } from '../../../lib/budget/calculate';
import { budgetSpeech } from '../../../lib/calculator/listen';
import type { CalculatorPreset } from '../../../lib/calculator/presets';
import type { SpokenPart } from '../../../scripts/speaker';

const words = (element: HTMLElement): string => element.innerText.replace(/\s+/g, ' ').trim();

/** The result's sentences to read, each with the paragraph, heading or step that shows it. */
export function budgetParts(
  result: BudgetResult,
  preset: CalculatorPreset | undefined,
  button: HTMLElement,
): SpokenPart[] {
  const panel = button.closest('section');
  const shown = panel === null ? [] : [...panel.querySelectorAll<HTMLElement>('p, li, h3')];
  return budgetSpeech(result, preset).map((line) => ({
    text: line.said,
    element: shown.find((element) => words(element).includes(line.shown)),
  }));
}
