/*
 * Where the person is in "Get ready for your assessment", kept in the address after "#" so the
 * browser's Back button and a reload bring them back: the list of areas, or one area.
 */
import { isAreaId, type AreaId } from './areas';

/** The list of areas, or one area's questions. */
export type PrepareRoute =
  { readonly kind: 'list' } | { readonly kind: 'area'; readonly area: AreaId };

/** Reads the place from `location.hash`, like "#area=food". Anything else is the list. */
export function readPrepareRoute(hash: string): PrepareRoute {
  const match = /^#area=([a-z-]+)$/.exec(hash);
  return match?.[1] !== undefined && isAreaId(match[1])
    ? { kind: 'area', area: match[1] }
    : { kind: 'list' };
}

/** The "#..." for a place: "" for the list. */
export function writePrepareRoute(route: PrepareRoute): string {
  return route.kind === 'area' ? `#area=${route.area}` : '';
}
