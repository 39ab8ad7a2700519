/*
 * Whether a planned spending item is already in the calculator's list, by its name as a person
 * means it. Apart from the spending ideas, so the page's JavaScript never carries the stories
 * they come from (they are worked out when the page is built).
 */

/** A name as a person means it: no spaces at the ends or twice, any mix of capitals. */
function sameName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/**
 * Where an item with this name already is in the list (0 for the first), or -1 when it is
 * not there. "Cooking classes" and " cooking  CLASSES" are the same item.
 */
export function findSameItem(items: readonly { name: string }[], name: string): number {
  const wanted = sameName(name);
  return items.findIndex((item) => sameName(item.name) === wanted);
}
