/*
 * Putting two tabs' changes to one plan together (a three-way merge), so "two tabs never lose an
 * edit" (issue 6) even when both changed the plan at once. Each field, and each goal, item or
 * person by its id, takes whichever side changed it; when both sides changed the same field in
 * different ways there is no safe answer, and the person is asked instead.
 */
import { describePlanPath } from './messages';
import type { Plan } from './schema';

/** Words this tab wrote where the other tab wrote something else: kept for the person to copy. */
export interface ClashingWords {
  /** Where they were, like 'In "About me", "Name"'. */
  readonly where: string;
  /** This tab's words there (the text of each answer, one to a line, for a whole item). */
  readonly words: string;
}

/** The outcome of `mergePlans`. */
export type MergeResult =
  | {
      readonly ok: true;
      /** Both sides' changes together, carrying the stored plan's revision, ready to save. */
      readonly plan: Plan;
    }
  | {
      readonly ok: false;
      /** Where both sides changed the same thing, like ["aboutMe", "name"]. */
      readonly clashes: readonly (readonly (string | number)[])[];
      /** This tab's words at each clash, so they are not lost if the other version is kept. */
      readonly ours: readonly ClashingWords[];
    };

type Path = readonly (string | number)[];

/** Where the merge is: its path in the merged plan, and the same place in this tab's plan. */
interface At {
  readonly path: Path;
  readonly oursPath: Path;
}

interface Clashes {
  readonly paths: Path[];
  readonly ours: ClashingWords[];
}

/**
 * Merges this tab's plan (`ours`) with newer work saved by another tab (`theirs`), given the plan
 * this tab last loaded or saved (`base`). Never changes its arguments.
 */
export function mergePlans(base: Plan, ours: Plan, theirs: Plan): MergeResult {
  const clashes: Clashes = { paths: [], ours: [] };
  const bookkeeping = {
    revision: theirs.revision,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    lastBackupAt: theirs.lastBackupAt,
  };
  const merged = mergeValue(
    { ...base, ...bookkeeping },
    { ...ours, ...bookkeeping },
    { ...theirs, ...bookkeeping },
    { path: [], oursPath: [] },
    clashes,
  ) as Plan;
  if (clashes.paths.length > 0) return { ok: false, clashes: clashes.paths, ours: clashes.ours };
  const goalIds = new Set(merged.goals.items.map((goal) => goal.id));
  const plan: Plan = {
    ...merged,
    spending: {
      ...merged.spending,
      items: merged.spending.items.map((item) =>
        item.goalIds.every((id) => goalIds.has(id))
          ? item
          : { ...item, goalIds: item.goalIds.filter((id) => goalIds.has(id)) },
      ),
    },
  };
  return { ok: true, plan };
}

function mergeValue(base: unknown, ours: unknown, theirs: unknown, at: At, clashes: Clashes) {
  if (same(ours, base)) return theirs;
  if (same(theirs, base) || same(ours, theirs)) return ours;
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) {
    const result: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
      result[key] = mergeValue(base[key], ours[key], theirs[key], within(at, key, key), clashes);
    }
    return result;
  }
  if (isItemList(base) && isItemList(ours) && isItemList(theirs)) {
    return mergeItems(base, ours, theirs, at, clashes);
  }
  clash(at, ours, clashes);
  return ours;
}

function mergeItems(
  base: readonly Item[],
  ours: readonly Item[],
  theirs: readonly Item[],
  at: At,
  clashes: Clashes,
): Item[] {
  const byId = (items: readonly Item[]) => new Map(items.map((item) => [item.id, item]));
  const baseItems = byId(base);
  const ourItems = byId(ours);
  const theirItems = byId(theirs);
  const order = [
    ...theirs.map((item) => item.id),
    ...ours.filter((item) => !theirItems.has(item.id)).map((item) => item.id),
  ];
  const result: Item[] = [];
  order.forEach((id, index) => {
    const mine = ourItems.get(id);
    const other = theirItems.get(id);
    const original = baseItems.get(id);
    const here = within(
      at,
      index,
      ours.findIndex((item) => item.id === id),
    );
    if (mine !== undefined && other !== undefined) {
      result.push(mergeValue(original, mine, other, here, clashes) as Item);
    } else if (mine !== undefined) {
      // Only in ours: added here, or removed there. Removed there and changed here is a clash.
      if (original === undefined) result.push(mine);
      else if (!same(mine, original)) clash(here, mine, clashes);
    } else if (other !== undefined) {
      if (original === undefined) result.push(other);
      else if (!same(other, original)) clash(here, undefined, clashes);
    }
  });
  return result;
}

function within(at: At, part: string | number, oursPart: string | number): At {
  return { path: [...at.path, part], oursPath: [...at.oursPath, oursPart] };
}

/** Records a clash, with this tab's words there when it has any. */
function clash(at: At, ours: unknown, clashes: Clashes): void {
  clashes.paths.push(at.path);
  const words = wordsIn(ours);
  if (words !== '') clashes.ours.push({ where: describePlanPath(at.oursPath), words });
}

/** The words in a value: a text as it is, or the texts of a goal, item or date, one a line. */
function wordsIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!isRecord(value)) return '';
  return Object.entries(value)
    .filter(([key]) => key !== 'id')
    .map(([, entry]) => wordsIn(entry))
    .filter((words) => words.trim() !== '')
    .join('\n');
}

interface Item {
  readonly id: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isItemList(value: unknown): value is readonly Item[] {
  return (
    Array.isArray(value) &&
    value.every((entry) => isRecord(entry) && typeof entry['id'] === 'string')
  );
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((entry, index) => same(entry, b[index]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]))
    );
  }
  return false;
}

/** Parts of a plan that hold no typed words. */
const NOT_WORDS = new Set([
  'schemaVersion',
  'id',
  'revision',
  'createdAt',
  'updatedAt',
  'lastBackupAt',
  'sectionStatus',
]);

/**
 * The words in `ours` that `theirs` does not have: each answer, goal, item or person that is
 * different there or missing. Used when there is no common version to merge from (words kept in
 * the journal after the plan was saved again), so that nothing is replaced unseen.
 */
export function differingWords(ours: Plan, theirs: Plan): ClashingWords[] {
  const found: ClashingWords[] = [];
  for (const key of Object.keys(ours)) {
    if (NOT_WORDS.has(key)) continue;
    collectDiffering(
      (ours as Record<string, unknown>)[key],
      (theirs as Record<string, unknown>)[key],
      [key],
      found,
    );
  }
  return found;
}

function collectDiffering(ours: unknown, theirs: unknown, path: Path, found: ClashingWords[]) {
  if (same(ours, theirs)) return;
  if (isRecord(ours) && isRecord(theirs)) {
    for (const key of Object.keys(ours)) {
      collectDiffering(ours[key], theirs[key], [...path, key], found);
    }
    return;
  }
  if (isItemList(ours) && isItemList(theirs)) {
    ours.forEach((item, index) => {
      const other = theirs.find((entry) => entry.id === item.id);
      collectDiffering(item, other, [...path, index], found);
    });
    return;
  }
  const words = wordsIn(ours);
  if (words.trim() !== '') found.push({ where: describePlanPath(path), words });
}
