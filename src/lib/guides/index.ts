/*
 * The guides as pages: their order, their addresses and the neighbours each page links
 * to. Pure: the pages pass in what the content collection gave them.
 */

/** The least a guide needs for the list and the next/previous links. */
export interface GuideSummary {
  readonly id: string;
  readonly data: { readonly title: string; readonly order: number; readonly summary: string };
}

/** The address of a guide's page, like "/guides/what-is-an-individual-service-fund/". */
export function guideHref(id: string): string {
  return `/guides/${id}/`;
}

/** Guides in reading order (by their `order`, then by id so the order is always the same). */
export function sortGuides<T extends GuideSummary>(guides: readonly T[]): T[] {
  return [...guides].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The guides before and after one guide, in reading order. */
export function neighbours<T extends GuideSummary>(
  sorted: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined; position: number } {
  const index = sorted.findIndex((guide) => guide.id === id);
  return { previous: sorted[index - 1], next: sorted[index + 1], position: index + 1 };
}
