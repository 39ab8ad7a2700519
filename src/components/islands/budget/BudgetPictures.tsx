/*
 * "Your budget in pictures" in the calculator's result (issue 21): the clocks for the assessed
 * hours and for the hours what is left pays for, and how the budget is split. Loaded after the
 * first result is on screen, so the calculator's first load does not grow.
 */
import { useContext, useMemo } from 'react';
import { budgetPictures } from '../../../lib/budget/budget-pictures';
import type { BudgetResult } from '../../../lib/budget/calculate';
import { IslandPicturesContext } from '../FilePicture';
import { BudgetPicturesView } from './BudgetDrawings';

export default function BudgetPictures({
  result,
  wholeBudget,
}: {
  result: BudgetResult;
  /** False for figures that are not a whole budget (K's saving): no split of "your budget". */
  wholeBudget: boolean;
}) {
  const pictures = useContext(IslandPicturesContext);
  const drawn = useMemo(() => budgetPictures(result), [result]);
  const split = wholeBudget ? drawn.split : null;
  if (drawn.clocks.length === 0 && split === null) return null;
  return (
    <section className="budget-pictures" aria-labelledby="budget-pictures-title">
      <h3 id="budget-pictures-title">Your budget in pictures</h3>
      <BudgetPicturesView
        clocks={drawn.clocks.map((row) => ({ caption: row.sentence, clocks: row.clocks }))}
        split={split}
        pictureOf={(name) => pictures[name]}
      />
    </section>
  );
}
