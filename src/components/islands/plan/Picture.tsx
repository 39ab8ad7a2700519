/* The planner's pictures: the shared island picture, 96 pixels (the page's style makes it 64 on a phone). */
import type { PictureName } from '../../../lib/pictures/registry';
import { FilePicture, type IslandPictures } from '../FilePicture';

/** The address and words of each picture the planner shows, from the page. */
export type PlannerPictures = IslandPictures;

export function Picture({ pictures, name }: { pictures: PlannerPictures; name: PictureName }) {
  return <FilePicture pictures={pictures} name={name} className="plan-picture" />;
}
