/*
 * A plan's task list (GOV.UK "complete multiple tasks" pattern): the 9 sections, each with
 * "Not started", "In progress" or "Done", as the person set them (the shared TaskItems).
 */
import { countDoneSections, PLAN_SECTIONS, planDisplayName, type Plan } from '../../../lib/plan';
import { SECTION_PICTURES } from '../../../lib/plan/section-pictures';
import { writePlannerRoute } from '../../../lib/plan/route';
import type { PlannerPictures } from './Picture';
import { TaskItems } from '../TaskItems';

export function TaskList({ plan, pictures }: { plan: Plan; pictures: PlannerPictures }) {
  const done = countDoneSections(plan);
  return (
    <section aria-labelledby="planner-heading" className="task-list-view">
      <p>
        <a href="#plans">Back to all plans</a>
      </p>
      <h2 id="planner-heading" tabIndex={-1}>
        {planDisplayName(plan)}
      </h2>
      <p>
        <a href={writePlannerRoute({ kind: 'plan-name', planId: plan.id })}>
          Change the plan&apos;s name
        </a>
      </p>
      <p>
        You have finished {done} of {PLAN_SECTIONS.length} parts. You can do them in any order.
      </p>
      <TaskItems
        pictures={pictures}
        items={PLAN_SECTIONS.map((section) => ({
          id: section.id,
          title: section.title,
          href: writePlannerRoute({ kind: 'plan', planId: plan.id, section: section.id }),
          picture: SECTION_PICTURES[section.id],
          status: plan.sectionStatus[section.id],
        }))}
      />
    </section>
  );
}
