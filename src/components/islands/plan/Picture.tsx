/* The planner's pictures: the shared inline picture, in the planner's style. */
import { InlinePicture, type InlinePictures } from '../InlinePicture';

/** Inline SVG markup for each picture the planner shows, keyed by Tabler icon name. */
export type PlannerPictures = InlinePictures;

export function Picture({ svg, size = 48 }: { svg: string | undefined; size?: number }) {
  return <InlinePicture svg={svg} size={size} className="plan-picture" />;
}
