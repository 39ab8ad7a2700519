/*
 * Which parts of a plan have something written in them, and which are still to write. The
 * printed plan shows the parts that are written and lists the others once (issue 17). A part
 * counts as written when the person has put anything in it, whatever its status in the task
 * list says: the status is the person's own mark of being finished.
 */
import type { DateParts } from './dates';
import { PLAN_SECTIONS, type Plan, type PlanSectionId } from './schema';

/** True when text has more than spaces and new lines in it. */
function hasText(text: string): boolean {
  return text.trim() !== '';
}

function anyText(...texts: readonly string[]): boolean {
  return texts.some(hasText);
}

/** True when a date was typed that could not be read yet (at least one box has text). */
function hasTypedDate(typed: DateParts | null): boolean {
  return typed !== null && anyText(typed.day, typed.month, typed.year);
}

const IS_WRITTEN: Readonly<Record<PlanSectionId, (plan: Plan) => boolean>> = {
  aboutMe: ({ aboutMe: part }) =>
    anyText(
      part.name,
      part.likedAbout,
      part.mattersToMe,
      part.healthAndSafety,
      part.howToSupportMe,
      part.howICommunicate,
    ),
  goals: ({ goals }) =>
    goals.items.some(
      (goal) =>
        anyText(goal.inMyWords, goal.whyItMatters, goal.howWeWillKnow, goal.byWhen) ||
        hasTypedDate(goal.byWhenAsTyped),
    ),
  budget: ({ budget }) =>
    (budget.source === 'calculator' && budget.calculatorInputs !== null) ||
    (budget.source === 'typed' && anyText(budget.typedAmount, budget.typedAmountAsTyped)) ||
    hasText(budget.notes),
  spending: ({ spending }) =>
    hasText(spending.flexibility) ||
    spending.items.some((item) =>
      anyText(item.what, item.whoProvides, item.cost, item.costAsTyped),
    ),
  people: ({ people }) =>
    people.items.some((person) =>
      anyText(person.name, person.howIKnowThem, person.whatTheyHelpWith, person.contact),
    ),
  provider: ({ provider: part }) =>
    anyText(
      part.name,
      part.contact,
      part.moneyAccount,
      part.moneyReports,
      part.fee,
      part.savingAndMovingHours,
      part.otherAgreements,
    ) || part.answers.some((entry) => hasText(entry.answer)),
  safety: ({ safety: part }) =>
    anyText(part.whatCouldGoWrong, part.whatWeWillDo, part.whoToCall, part.backupPlan),
  decisions: ({ decisions: part }) =>
    anyText(part.whatIDecide, part.whatIWantHelpWith, part.whoHelpsIfICannot),
  reviews: ({ reviews: part }) =>
    anyText(part.nextReviewDate, part.whoChecks, part.moreForMyself) ||
    hasTypedDate(part.nextReviewDateAsTyped),
};

/** True when the person has written anything in this part of the plan. */
export function isPartWritten(plan: Plan, part: PlanSectionId): boolean {
  return IS_WRITTEN[part](plan);
}

/** The parts with something written in them, in the planner's order. */
export function writtenParts(plan: Plan): PlanSectionId[] {
  return PLAN_SECTIONS.map((section) => section.id).filter((id) => isPartWritten(plan, id));
}

/** The parts with nothing written in them yet, in the planner's order. */
export function partsStillToWrite(plan: Plan): PlanSectionId[] {
  return PLAN_SECTIONS.map((section) => section.id).filter((id) => !isPartWritten(plan, id));
}
