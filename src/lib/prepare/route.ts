/*
 * Where the person is in "Get ready for your assessment", kept in the address after "#" so the
 * browser's Back button and a reload bring them back: the list of areas, or one area.
 */
import { isAreaId, type AreaId } from './areas';
import { CARER_PART_ID } from './carer';
import type { AboutMePartId } from './about-me';

/** The list of areas, one area's questions, or the carer's part. */
export type PrepareRoute =
  | { readonly kind: 'list' }
  | { readonly kind: 'area'; readonly area: AreaId }
  | { readonly kind: 'carer' }
  | { readonly kind: AboutMePartId };

const PARTS = [CARER_PART_ID, 'what-matters', 'questions'] as const;

/**
 * Reads the place from `location.hash`, like "#area=food" or "#part=carer". Anything else is
 * the list.
 */
export function readPrepareRoute(hash: string): PrepareRoute {
  const part = PARTS.find((id) => hash === `#part=${id}`);
  if (part !== undefined) return { kind: part };
  const match = /^#area=([a-z-]+)$/.exec(hash);
  return match?.[1] !== undefined && isAreaId(match[1])
    ? { kind: 'area', area: match[1] }
    : { kind: 'list' };
}

/** The "#..." for a place: "" for the list. */
export function writePrepareRoute(route: PrepareRoute): string {
  if (route.kind === 'list') return '';
  return route.kind === 'area' ? `#area=${route.area}` : `#part=${route.kind}`;
}
