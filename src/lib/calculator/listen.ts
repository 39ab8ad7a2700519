/*
 * "Listen to my budget": the calculator's result in whole sentences for the site's voice. Each
 * line is a sentence the result panel shows (from summary.ts and pays-for.ts, the functions the
 * panel draws), with the words the voice says for it (lib/speech), so the two never disagree.
 */
import type { BudgetResult } from '../budget/calculate';
import { hoursSentences, providerSentences } from '../budget/pays-for';
import { spokenText } from '../speech/spoken';
import type { CalculatorPreset } from './presets';
import { headlineSentences, workingSteps } from './summary';

/** One thing the voice says: the words as shown on the page, and as said. */
export interface SpokenLine {
  /** The sentence exactly as the page shows it, to find and mark it while it is read. */
  readonly shown: string;
  /** The same sentence in words the voice reads well. */
  readonly said: string;
}

/** The title of the working, as the result panel shows it. */
export const WORKING_TITLE = 'How we worked this out';

/** The result panel's last words. */
export const ESTIMATE_SENTENCE = 'This is an estimate. Your council decides your budget.';

function line(shown: string): SpokenLine {
  return { shown, said: spokenText(shown) };
}

/**
 * What "Listen to my budget" reads, in the order the result panel shows it: the budget a year
 * and a week, what the provider keeps and the hours it pays for (when shown), the notes, then
 * the working step by step, and that it is an estimate. The tables are left out: they repeat
 * the working's figures, and a voice reads a table badly.
 */
export function budgetSpeech(
  result: BudgetResult,
  preset?: Pick<CalculatorPreset, 'subject'>,
): SpokenLine[] {
  const headline = headlineSentences(result, preset);
  const points = [
    ...providerSentences(result),
    ...(result.spendingItems.length === 0 ? hoursSentences(result) : []),
  ];
  return [
    line(headline.year),
    line(headline.week),
    ...points.map(line),
    ...result.notes.map((note) => line(note.message)),
    line(WORKING_TITLE),
    ...workingSteps(result).map((step) => line(step.sentence)),
    line(ESTIMATE_SENTENCE),
  ];
}
