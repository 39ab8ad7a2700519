/*
 * Putting two tabs' changes to one plan together (a three-way merge), so "two tabs never lose an
 * edit" (issue 6) even when both changed the plan at once. Each field, and each goal, item or
 * person by its id, takes whichever side changed it; when both sides changed the same field in
 * different ways there is no safe answer, and the person is asked instead.
 */
import type { Plan } from './schema';

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
    };

type Path = readonly (string | number)[];

/**
 * Merges this tab's plan (`ours`) with newer work saved by another tab (`theirs`), given the plan
 * this tab last loaded or saved (`base`). Never changes its arguments.
 */
export function mergePlans(base: Plan, ours: Plan, theirs: Plan): MergeResult {
  const clashes: Path[] = [];
  const bookkeeping = {
    revision: theirs.revision,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    lastBackupAt: theirs.lastBackupAt,
  };
  const merged = mergeValue(
    { ...base, ...bookkeeping },
    { ...ours, ...bookkeeping },
    { ...theirs, ...bookkeeping },
    [],
    clashes,
  ) as Plan;
  if (clashes.length > 0) return { ok: false, clashes };
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

function mergeValue(base: unknown, ours: unknown, theirs: unknown, path: Path, clashes: Path[]) {
  if (same(ours, base)) return theirs;
  if (same(theirs, base) || same(ours, theirs)) return ours;
  if (isRecord(base) && isRecord(ours) && isRecord(theirs)) {
    const result: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
      result[key] = mergeValue(base[key], ours[key], theirs[key], [...path, key], clashes);
    }
    return result;
  }
  if (isItemList(base) && isItemList(ours) && isItemList(theirs)) {
    return mergeItems(base, ours, theirs, path, clashes);
  }
  clashes.push(path);
  return ours;
}

function mergeItems(
  base: readonly Item[],
  ours: readonly Item[],
  theirs: readonly Item[],
  path: Path,
  clashes: Path[],
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
    if (mine !== undefined && other !== undefined) {
      result.push(mergeValue(original, mine, other, [...path, index], clashes) as Item);
    } else if (mine !== undefined) {
      // Only in ours: added here, or removed there. Removed there and changed here is a clash.
      if (original === undefined) result.push(mine);
      else if (!same(mine, original)) clashes.push([...path, index]);
    } else if (other !== undefined) {
      if (original === undefined) result.push(other);
      else if (!same(other, original)) clashes.push([...path, index]);
    }
  });
  return result;
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
