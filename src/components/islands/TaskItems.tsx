/*
 * The items of a task list (GOV.UK "complete multiple tasks" pattern), for any tool that walks
 * a person through parts: each part's picture, its link, and "Not started", "In progress" or
 * "Done", as the person set it. The planner's parts and the assessment notes' areas use it.
 */
import type { PictureName } from '../../lib/pictures/registry';
import { FilePicture, type IslandPictures } from './FilePicture';

/** The 3 states of a part, as the person sets them. */
export type TaskStatus = 'not-started' | 'in-progress' | 'done';

/** Words for each state, as the task list shows them. */
export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

/** One part in the list. */
export interface TaskItem {
  /** The part's name in code: the status's id is built from it. */
  readonly id: string;
  readonly title: string;
  readonly href: string;
  readonly picture: PictureName;
  readonly status: TaskStatus;
}

export function TaskItems({
  items,
  pictures,
}: {
  items: readonly TaskItem[];
  pictures: IslandPictures;
}) {
  return (
    <ol className="task-list">
      {items.map((item) => (
        <li key={item.id} className="task-list__item">
          <FilePicture pictures={pictures} name={item.picture} className="plan-picture" />
          <a className="task-list__link" href={item.href} aria-describedby={`status-${item.id}`}>
            {item.title}
          </a>
          <strong id={`status-${item.id}`} className={`task-status task-status--${item.status}`}>
            {TASK_STATUS_LABELS[item.status]}
          </strong>
        </li>
      ))}
    </ol>
  );
}
