/*
 * The planner's pictures: an idea's picture from the pictures registry, as the same cached file
 * the pages use. The page passes each picture's address and words (pictureFiles), so the
 * planner's code stays small. Width and height are set, so nothing moves when a picture loads.
 */
import type { PictureName } from '../../../lib/pictures/registry';
import type { PictureFile } from '../../picture-urls';

/** The address and words of each picture the planner shows, from the page. */
export type PlannerPictures = Readonly<Partial<Record<PictureName, PictureFile>>>;

interface PictureProps {
  readonly pictures: PlannerPictures;
  readonly name: PictureName;
  readonly className?: string;
}

/** An idea's picture, 96 pixels square (the page's style makes it smaller on a phone). */
export function Picture({ pictures, name, className = 'plan-picture' }: PictureProps) {
  const file = pictures[name];
  if (file === undefined) return null;
  return (
    <img
      className={className}
      src={file.src}
      alt={file.alt}
      width={96}
      height={96}
      decoding="async"
      data-picture={name}
    />
  );
}
