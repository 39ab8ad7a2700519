/*
 * A broken character (a lone surrogate) blocks only its own box (issue 14, finding 7). The
 * schema refuses such text, so a plan holding it could never be saved, and every later change
 * in any box was refused too. Instead that one box keeps its last saved words until mended.
 */
import { describePlanPath, type PlanProblem } from './messages';
import { isWellFormedText, type Plan } from './schema';

/** Said beside a box whose words hold a broken character. */
export const BROKEN_BOX_MESSAGE =
  'We cannot save this box. It has a broken character, often left by copying part of an emoji. Delete the odd character, then type it again.';

/** A plan ready to save, and the boxes held back from it. */
export interface HeldBackPlan {
  /** The plan with each broken box as it was last saved ("" if it never was). */
  readonly plan: Plan;
  /** One problem for each box held back, saying where it is. */
  readonly heldBack: readonly PlanProblem[];
}

/**
 * Holds back every box with a broken character: it keeps its words from `saved` (the plan as
 * last saved, matched by path and, in lists, by id), or "" when it has none. Every other box is
 * as in `plan`. Returns `plan` itself when nothing is broken.
 */
export function holdBackBrokenText(plan: Plan, saved: Plan | null): HeldBackPlan {
  const heldBack: PlanProblem[] = [];
  const walk = (value: unknown, before: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      if (isWellFormedText(value)) return value;
      heldBack.push({
        path,
        message: `${describePlanPath(path)} is not saved. It has a broken character.`,
      });
      return typeof before === 'string' && isWellFormedText(before) ? before : '';
    }
    if (Array.isArray(value)) {
      const earlier: unknown[] = Array.isArray(before) ? before : [];
      let changed = false;
      const items = value.map((item: unknown, index) => {
        const next = walk(item, sameItem(item, earlier, index), [...path, index]);
        changed ||= next !== item;
        return next;
      });
      return changed ? items : value;
    }
    if (typeof value === 'object' && value !== null) {
      const earlier = (typeof before === 'object' && before !== null ? before : {}) as Record<
        string,
        unknown
      >;
      let changed = false;
      const entries = Object.entries(value).map(([key, item]) => {
        const next = walk(item, earlier[key], [...path, key]);
        changed ||= next !== item;
        return [key, next] as const;
      });
      return changed ? Object.fromEntries(entries) : value;
    }
    return value;
  };
  const held = walk(plan, saved, []) as Plan;
  return { plan: held, heldBack };
}

/** The entry of an earlier list that `item` is: the one with its id, or else the same place. */
function sameItem(item: unknown, earlier: readonly unknown[], index: number): unknown {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  if (typeof id !== 'string') return earlier[index];
  return earlier.find(
    (entry) => typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === id,
  );
}
