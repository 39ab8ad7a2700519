/*
 * What the calculator needs to show a result: the budget engine, the sentences it shows, the
 * result panel and the summary's name box. Not part of the calculator's first load: it starts loading as soon as the form
 * is on screen, while the person types (issue 18).
 */
import { memo } from 'react';
import { BudgetResultPanel as PlainBudgetResultPanel } from './BudgetResultPanel';

export { calculateBudget } from '../../../lib/budget/calculate';
export { hoursSentences, leftSentences } from '../../../lib/budget/pays-for';
export { changeSentences, headlineSentences, stepsIn } from '../../../lib/calculator/summary';
/** Asked only once there is a result, as the summary it names is. */
export { SummaryNameField } from './SummaryNameField';

/** Drawn again only when its own props change, not on every change of the figures. */
export const BudgetResultPanel = memo(PlainBudgetResultPanel);
