/*
 * Autosave for the planner island: saves within half a second of the last change, at once when
 * asked (on `pagehide` or when the page is hidden), one save at a time, carrying each new
 * revision into the next save. Issue 6: "It never says Saved when it was not".
 */
import { holdBackBrokenText, type Plan, type PlanProblem } from '../plan';
import type { SavePlanResult } from './plans';
import type { StorageFailure } from './errors';

/** How long after the last change autosave waits before saving. */
export const AUTOSAVE_DELAY_MS = 500;

/** What the status line shows. */
export type AutosaveStatus =
  /** Nothing changed since the plan was opened. */
  | { readonly state: 'idle' }
  /** Changes are waiting for the next save. */
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  /**
   * Saved ("Saved on this device at 10:42"), except the boxes in `heldBack`: each has a broken
   * character, so it keeps its last saved words until the person mends it.
   */
  | {
      readonly state: 'saved';
      readonly savedAt: string;
      readonly revision: number;
      readonly heldBack: readonly PlanProblem[];
    }
  /** The last save failed; the previous saved version is intact. Retried on the next change. */
  | {
      readonly state: 'failed';
      readonly failure: StorageFailure | { readonly kind: 'invalid'; readonly message: string };
    }
  /**
   * Another tab saved newer work. Autosave has stopped; show the newer plan (or offer to keep
   * this one) and call `adopt` with the plan to go on from.
   */
  | { readonly state: 'conflict'; readonly storedPlan: Plan; readonly message: string };

/** Options for `createAutosave`. */
export interface AutosaveOptions {
  /** Saves one plan: usually `(plan) => savePlan(storage, plan)`. */
  readonly save: (plan: Plan) => Promise<SavePlanResult>;
  /** Called whenever the status changes. */
  readonly onStatus: (status: AutosaveStatus) => void;
  /** The revision of the plan as loaded (0 for a new plan). */
  readonly revision: number;
  /** The plan as loaded, whose words a box with a broken character keeps; null for a new plan. */
  readonly saved?: Plan | null;
  /** Wait after the last change, in milliseconds. Default 500. */
  readonly delayMs?: number;
}

/** An autosaver for one plan. */
export interface Autosave {
  /** Call on every change with the whole latest plan; it is saved after a short pause. */
  change(plan: Plan): void;
  /** Saves any waiting change now (use on `pagehide` and when the page becomes hidden). */
  flush(): Promise<void>;
  /** Goes on from `plan` after a conflict (or a replace): its revision becomes the base. */
  adopt(plan: Plan): void;
  /** The revision the next save will check against. */
  revision(): number;
  /** Stops the timer. Waiting changes are not saved: call `flush` first. */
  dispose(): void;
}

/**
 * Creates an autosaver. The plan passed to `change` may carry any revision: autosave replaces
 * it with the revision it last saved, so the island does not have to track revisions.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let baseRevision = options.revision;
  let lastSaved = options.saved ?? null;
  let waiting: Plan | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let inConflict = false;
  let disposed = false;

  const clearTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const run = async (): Promise<void> => {
    while (waiting !== null && !inConflict && !disposed) {
      const plan: Plan = { ...waiting, revision: baseRevision };
      waiting = null;
      options.onStatus({ state: 'saving' });
      // A box with a broken character blocks only itself: the rest of the plan is saved.
      const { plan: toSave, heldBack } = holdBackBrokenText(plan, lastSaved);
      let result: SavePlanResult;
      try {
        result = await options.save(toSave);
      } catch (error) {
        result = { ok: false, kind: 'failed', message: String(error), cause: error };
      }
      if (result.ok) {
        baseRevision = result.revision;
        lastSaved = result.plan;
        options.onStatus(
          waiting === null
            ? { state: 'saved', savedAt: result.savedAt, revision: result.revision, heldBack }
            : { state: 'pending' },
        );
      } else if (result.kind === 'conflict') {
        inConflict = true;
        waiting = null;
        options.onStatus({
          state: 'conflict',
          storedPlan: result.storedPlan,
          message: result.message,
        });
      } else {
        // Keep the unsaved plan so the next change or flush tries again with the newest words.
        waiting ??= plan;
        options.onStatus({ state: 'failed', failure: result });
        return;
      }
    }
  };

  const flush = (): Promise<void> => {
    clearTimer();
    if (running !== null) {
      // The loop picks up the waiting plan when the save in flight finishes.
      return running.then(() => (waiting !== null && !inConflict ? flush() : undefined));
    }
    if (waiting === null || inConflict || disposed) return Promise.resolve();
    running = run().finally(() => {
      running = null;
    });
    return running;
  };

  return {
    change(plan) {
      if (disposed || inConflict) return;
      waiting = plan;
      options.onStatus({ state: 'pending' });
      clearTimer();
      timer = setTimeout(() => {
        timer = null;
        void flush();
      }, delayMs);
    },
    flush,
    adopt(plan) {
      baseRevision = plan.revision;
      lastSaved = plan;
      inConflict = false;
      waiting = null;
      clearTimer();
    },
    revision: () => baseRevision,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
