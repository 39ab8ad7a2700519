/*
 * The list of areas (the shared task list): each area's picture, its link and how far the
 * person has got. On the server, and until the notes are open, every area shows "Not started"
 * and the list is inert, so nothing pretends to work before it does.
 */
import { useEffect, useRef } from 'react';
import { AREAS } from '../../../lib/prepare/areas';
import { CARER_PART, CARER_PART_ID } from '../../../lib/prepare/carer';
import { QUESTIONS_PART, WHAT_MATTERS_PART } from '../../../lib/prepare/about-me';
import type { PreparationNotes } from '../../../lib/prepare/notes';
import { writePrepareRoute } from '../../../lib/prepare/route';
import type { IslandPictures } from '../FilePicture';
import { TaskItems } from '../TaskItems';

interface AreaListProps {
  /** The notes, or null while they open. */
  notes: PreparationNotes | null;
  pictures: IslandPictures;
  /** True once the person has moved around the tool: the heading then takes focus. */
  moved: boolean;
}

export function AreaList({ notes, pictures, moved }: AreaListProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!moved) return;
    document.title = 'Get ready for your assessment - Open ISF';
    heading.current?.focus();
  }, [moved]);
  const done =
    notes === null ? 0 : AREAS.filter((area) => notes.areas[area.id].status === 'done').length;
  return (
    <section aria-labelledby="prepare-heading" className="task-list-view">
      <h2 id="prepare-heading" tabIndex={-1} ref={heading}>
        Your notes
      </h2>
      <p role={notes === null ? 'status' : undefined}>
        {notes === null
          ? 'Opening your notes. Please wait.'
          : `You have finished ${done} of ${AREAS.length} areas. You can do them in any order. You can leave out any you do not need.`}
      </p>
      <div inert={notes === null} className={notes === null ? 'prepare-waiting' : undefined}>
        <h3 className="prepare-group">The areas of your life</h3>
        <TaskItems
          pictures={pictures}
          items={AREAS.map((area) => ({
            id: area.id,
            title: area.title,
            href: writePrepareRoute({ kind: 'area', area: area.id }),
            picture: area.picture,
            status: notes?.areas[area.id].status ?? 'not-started',
          }))}
        />
        <h3 className="prepare-group">About you and the people who help you</h3>
        <TaskItems
          pictures={pictures}
          items={[
            {
              id: CARER_PART_ID,
              title: CARER_PART.title,
              href: writePrepareRoute({ kind: 'carer' }),
              picture: CARER_PART.picture,
              status: notes?.carer.status ?? 'not-started',
            },
            {
              id: WHAT_MATTERS_PART.id,
              title: WHAT_MATTERS_PART.title,
              href: writePrepareRoute({ kind: WHAT_MATTERS_PART.id }),
              picture: WHAT_MATTERS_PART.picture,
              status: notes?.whatMatters.status ?? 'not-started',
            },
            {
              id: QUESTIONS_PART.id,
              title: QUESTIONS_PART.title,
              href: writePrepareRoute({ kind: QUESTIONS_PART.id }),
              picture: QUESTIONS_PART.picture,
              status: notes?.questions.status ?? 'not-started',
            },
          ]}
        />
      </div>
    </section>
  );
}
