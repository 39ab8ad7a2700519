/*
 * "Your budget in pictures" in the planner's "How I will use my budget" (issue 21): the
 * calculator's clocks and split, from the plan's own engine result (lib/plan/budget-pictures), so
 * a picture and the figures beside it can never disagree. Loaded only when the part is opened.
 */
import { useMemo } from 'react';
import { planBudgetPictures } from '../../../lib/plan/budget-pictures';
import type { Plan } from '../../../lib/plan/schema';
import type { PlanMoney } from '../../../lib/plan/spending';
import { BudgetPicturesView } from '../budget/BudgetDrawings';
import type { PlannerPictures } from './Picture';

export default function PlanBudgetPictures({
  plan,
  money,
  pictures,
}: {
  plan: Plan;
  money: PlanMoney;
  pictures: PlannerPictures;
}) {
  const drawn = useMemo(() => planBudgetPictures(plan, money, 'you'), [plan, money]);
  if (drawn.clocks.length === 0 && drawn.split === null) return null;
  return (
    <section className="budget-pictures" aria-labelledby="plan-budget-pictures-title">
      <h3 id="plan-budget-pictures-title">Your budget in pictures</h3>
      <BudgetPicturesView
        clocks={drawn.clocks.map((row) => ({ caption: row.sentence, clocks: row.clocks }))}
        split={drawn.split}
        pictureOf={(name) => pictures[name]}
      />
    </section>
  );
}
