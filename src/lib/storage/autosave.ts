/*
 * Autosave for the planner island: the record autosave (record-autosave.ts) for plans, in the
 * planner's words ("plan", "storedPlan"), holding back any box with a broken character.
 */
import { holdBackBrokenText, type Plan, type PlanProblem } from '../plan';
import type { SavePlanResult } from './plans';
import {
  createRecordAutosave,
  type RecordAutosave,
  type RecordAutosaveStatus,
} from './record-autosave';
import type { SaveRecordResult } from './records';

export { AUTOSAVE_DELAY_MS } from './record-autosave';

/**
 * What the planner's status line shows: the record autosave's status, with another tab's newer
 * plan as `storedPlan`. Autosave has then stopped; show the newer plan (or offer to keep this
 * one) and call `adopt` with the plan to go on from.
 */
export type AutosaveStatus =
  | Exclude<RecordAutosaveStatus<Plan, PlanProblem>, { readonly state: 'conflict' }>
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
export type Autosave = RecordAutosave<Plan>;

/**
 * Creates an autosaver for a plan. The plan passed to `change` may carry any revision: autosave
 * replaces it with the revision it last saved, so the island does not have to track revisions.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  return createRecordAutosave<Plan, PlanProblem>({
    save: async (plan) => asRecordResult(await options.save(plan)),
    onStatus: (status) =>
      options.onStatus(
        status.state === 'conflict'
          ? { state: 'conflict', storedPlan: status.storedRecord, message: status.message }
          : status,
      ),
    revision: options.revision,
    saved: options.saved ?? null,
    holdBack: (plan, lastSaved) => {
      const held = holdBackBrokenText(plan, lastSaved);
      return { record: held.plan, heldBack: held.heldBack };
    },
    ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
  });
}

function asRecordResult(result: SavePlanResult): SaveRecordResult<Plan, PlanProblem> {
  if (result.ok) {
    return {
      ok: true,
      record: result.plan,
      revision: result.revision,
      savedAt: result.savedAt,
      recreated: result.recreated,
    };
  }
  if (result.kind === 'conflict') {
    return {
      ok: false,
      kind: 'conflict',
      message: result.message,
      storedRecord: result.storedPlan,
    };
  }
  return result;
}
