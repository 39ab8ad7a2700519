/*
 * Notes for an assessment put into a plan ("Use my notes in my support plan"), as handover.ts puts the
 * calculator's figures in: the draft from lib/prepare/to-plan fills only the empty parts of a
 * plan. Words a person wrote in the plan are never changed, and the result says what was filled.
 */
import { DRAFTED_PARTS, type NotesDraft } from '../prepare/to-plan';
import { addGoal, setSectionStatus, updateGoal, updateSection } from './edit';
import { MAX_GOALS } from './limits';
import type { Goal, Plan } from './schema';

/** Which of the draft's parts went into the plan, and which were left as the person wrote them. */
export interface FillResult {
  /** The plan with its empty parts filled. */
  readonly plan: Plan;
  /** The parts filled, by their `DRAFTED_PARTS` names, in the planner's order. */
  readonly filled: readonly string[];
  /** The parts left alone because the person had already written in them. */
  readonly kept: readonly string[];
  /** Goals from the draft that were not added, because the plan holds `MAX_GOALS` at most. */
  readonly goalsNotAdded: readonly string[];
}

/**
 * Puts a draft into a plan, filling only what is empty: an "About me" box with no words, and
 * "What I want to achieve" when no goal has any words yet. The draft's goals fill the plan's
 * empty goals first, in order, then are added after them up to `MAX_GOALS`; any left over are
 * named in `goalsNotAdded`, never dropped silently. Words the person wrote in the plan are never
 * changed. A section that gets words and was "Not started" becomes "In progress".
 */
export function fillPlanFromDraft(plan: Plan, draft: NotesDraft, now: Date): FillResult {
  let next = plan;
  const filled: string[] = [];
  const kept: string[] = [];
  for (const field of ['mattersToMe', 'howToSupportMe'] as const) {
    const words = draft.aboutMe[field];
    if (words === '') continue;
    if (next.aboutMe[field].trim() !== '') {
      kept.push(DRAFTED_PARTS[field]);
      continue;
    }
    next = updateSection(
      next,
      'aboutMe',
      field === 'mattersToMe' ? { mattersToMe: words } : { howToSupportMe: words },
      now,
    );
    filled.push(DRAFTED_PARTS[field]);
  }
  if (filled.length > 0 && next.sectionStatus.aboutMe === 'not-started') {
    next = setSectionStatus(next, 'aboutMe', 'in-progress', now);
  }
  let goalsNotAdded: readonly string[] = [];
  if (draft.goals.length > 0) {
    if (next.goals.items.some((goal) => !isGoalEmpty(goal))) kept.push(DRAFTED_PARTS.goals);
    else {
      const placed = placeGoals(next, draft.goals, now);
      next = placed.plan;
      goalsNotAdded = placed.notAdded;
      if (placed.notAdded.length < draft.goals.length) {
        filled.push(DRAFTED_PARTS.goals);
        if (next.sectionStatus.goals === 'not-started') {
          next = setSectionStatus(next, 'goals', 'in-progress', now);
        }
      }
    }
  }
  return { plan: next, filled, kept, goalsNotAdded };
}

/**
 * Writes each goal's words in the plan's empty goals first, in their order, then in new goals
 * after them while the plan has room. Returns the goals that did not fit.
 */
function placeGoals(
  plan: Plan,
  goals: readonly string[],
  now: Date,
): { plan: Plan; notAdded: string[] } {
  let next = plan;
  const waiting = [...goals];
  for (const goal of plan.goals.items) {
    const words = waiting.shift();
    if (words === undefined) break;
    next = updateGoal(next, goal.id, { inMyWords: words }, now);
  }
  while (waiting.length > 0 && next.goals.items.length < MAX_GOALS) {
    const words = waiting.shift() ?? '';
    const before = next.goals.items.length;
    next = addGoal(next, now);
    const added = next.goals.items[before];
    if (added !== undefined) next = updateGoal(next, added.id, { inMyWords: words }, now);
  }
  return { plan: next, notAdded: waiting };
}

/** True when a goal has no words and no date. */
function isGoalEmpty(goal: Goal): boolean {
  return (
    goal.inMyWords.trim() === '' &&
    goal.whyItMatters.trim() === '' &&
    goal.howWeWillKnow.trim() === '' &&
    goal.byWhen === '' &&
    goal.byWhenAsTyped === null
  );
}
