/*
 * A plan's task list (GOV.UK "complete multiple tasks" pattern): the 9 sections, each with
 * "Not started", "In progress" or "Done", as the person set them.
 */
import {
  countDoneSections,
  PLAN_SECTIONS,
  planDisplayName,
  SECTION_STATUS_LABELS,
  type Plan,
} from '../../../lib/plan';
import { SECTION_PICTURES } from '../../../lib/plan/section-pictures';
import { writePlannerRoute } from '../../../lib/plan/route';
import { Picture, type PlannerPictures } from './Picture';

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
      <ol className="task-list">
        {PLAN_SECTIONS.map((section) => {
          const status = plan.sectionStatus[section.id];
          return (
            <li key={section.id} className="task-list__item">
              <Picture pictures={pictures} name={SECTION_PICTURES[section.id]} />
              <a
                className="task-list__link"
                href={writePlannerRoute({ kind: 'plan', planId: plan.id, section: section.id })}
                aria-describedby={`status-${section.id}`}
              >
                {section.title}
              </a>
              <strong id={`status-${section.id}`} className={`task-status task-status--${status}`}>
                {SECTION_STATUS_LABELS[status]}
              </strong>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
