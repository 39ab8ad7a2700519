/*
 * Pure helpers that make and change plans: each returns a new plan and never changes the one
 * it is given, so an island can keep plans in React state. "Nothing is required to save"
 * (issue 6): every helper accepts empty text.
 */
import { z } from 'zod';
import { MAX_PLAN_NAME_LENGTH } from './limits';
import {
  cleanText,
  PLAN_SCHEMA_VERSION,
  PLAN_SECTIONS,
  type CostedItem,
  type Goal,
  type Person,
  type Plan,
  type PlanSectionId,
  type SectionStatus,
} from './schema';
import { toIsoDateTime } from './dates';

/**
 * A new random id for a plan, goal, item or person (a UUID). Uses `crypto.randomUUID` where
 * it exists and `crypto.getRandomValues` where it does not (pages served without HTTPS).
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A new, empty plan started at `now`: every text empty, every section "Not started". */
export function createEmptyPlan(now: Date, id: string = newId()): Plan {
  const at = toIsoDateTime(now);
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    revision: 0,
    title: '',
    createdAt: at,
    updatedAt: at,
    lastBackupAt: null,
    sectionStatus: {
      aboutMe: 'not-started',
      goals: 'not-started',
      budget: 'not-started',
      spending: 'not-started',
      people: 'not-started',
      provider: 'not-started',
      safety: 'not-started',
      decisions: 'not-started',
      reviews: 'not-started',
    },
    aboutMe: {
      name: '',
      likedAbout: '',
      mattersToMe: '',
      healthAndSafety: '',
      howToSupportMe: '',
      howICommunicate: '',
    },
    goals: { items: [] },
    budget: {
      source: 'none',
      typedAmount: '',
      typedAmountAsTyped: '',
      typedPeriod: 'year',
      calculatorInputs: null,
      notes: '',
    },
    spending: { items: [], flexibility: '' },
    people: { items: [] },
    provider: {
      name: '',
      contact: '',
      moneyAccount: '',
      moneyReports: '',
      fee: '',
      savingAndMovingHours: '',
      otherAgreements: '',
      answers: [],
    },
    safety: { whatCouldGoWrong: '', whatWeWillDo: '', whoToCall: '', backupPlan: '' },
    decisions: { whatIDecide: '', whatIWantHelpWith: '', whoHelpsIfICannot: '' },
    reviews: { nextReviewDate: '', nextReviewDateAsTyped: null, whoChecks: '', moreForMyself: '' },
  };
}

/** The fields of a section that a form can change (lists have their own helpers). */
export type SectionPatch<K extends PlanSectionId> = Partial<Plan[K]>;

/** Changes some fields of one section, and records `now` as the time of the change. */
export function updateSection<K extends PlanSectionId>(
  plan: Plan,
  section: K,
  patch: SectionPatch<K>,
  now: Date,
): Plan {
  return { ...plan, [section]: { ...plan[section], ...patch }, updatedAt: toIsoDateTime(now) };
}

/** Renames the plan. */
export function setPlanTitle(plan: Plan, title: string, now: Date): Plan {
  return { ...plan, title, updatedAt: toIsoDateTime(now) };
}

/** Sets a section's status ("Done" only when the person says so). */
export function setSectionStatus(
  plan: Plan,
  section: PlanSectionId,
  status: SectionStatus,
  now: Date,
): Plan {
  return {
    ...plan,
    sectionStatus: { ...plan.sectionStatus, [section]: status },
    updatedAt: toIsoDateTime(now),
  };
}

/** How many sections the person has marked "Done". */
export function countDoneSections(plan: Plan): number {
  return PLAN_SECTIONS.filter((section) => plan.sectionStatus[section.id] === 'done').length;
}

/** The plan's own name (its title), else "NAME's plan" from "About me", else "". */
export function suggestedPlanName(plan: Plan): string {
  const title = plan.title.trim();
  if (title !== '') return title;
  const name = plan.aboutMe.name.trim();
  return name === '' ? '' : `${name}'s plan`;
}

/** The name to show for a plan in lists: its title, else "NAME's plan", else "Untitled plan". */
export function planDisplayName(plan: Plan): string {
  return suggestedPlanName(plan) || 'Untitled plan';
}

/**
 * The form that gives a plan its own name (GOV.UK: validate on submit, messages that say how to
 * fix it). Spaces at either end are dropped and broken characters mended.
 */
export const planNameFormSchema = z.object({
  planName: z
    .string()
    .transform((text) => cleanText(text.trim()))
    .superRefine((text, context) => {
      if (text === '') {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: 'Enter a name for the plan, like "Sam\'s plan 2027".',
        });
      } else if (text.length > MAX_PLAN_NAME_LENGTH) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          message: `Make the name shorter. It can have up to ${MAX_PLAN_NAME_LENGTH} characters. It has ${text.length} now.`,
        });
      }
    }),
});

/** What the plan name form holds as typed. */
export type PlanNameFormInput = z.input<typeof planNameFormSchema>;

/** The plan name form's answer, checked. */
export type PlanNameFormOutput = z.output<typeof planNameFormSchema>;

/** Adds an empty goal at the end. */
export function addGoal(plan: Plan, now: Date, id: string = newId()): Plan {
  const goal: Goal = {
    id,
    inMyWords: '',
    whyItMatters: '',
    howWeWillKnow: '',
    byWhen: '',
    byWhenAsTyped: null,
  };
  return { ...plan, goals: { items: [...plan.goals.items, goal] }, updatedAt: toIsoDateTime(now) };
}

/** Changes some fields of one goal. An unknown id changes nothing. */
export function updateGoal(
  plan: Plan,
  goalId: string,
  patch: Partial<Omit<Goal, 'id'>>,
  now: Date,
): Plan {
  return {
    ...plan,
    goals: { items: patchItem(plan.goals.items, goalId, patch) },
    updatedAt: toIsoDateTime(now),
  };
}

/** Removes a goal, and its link from every costed item that pointed at it. */
export function removeGoal(plan: Plan, goalId: string, now: Date): Plan {
  return {
    ...plan,
    goals: { items: plan.goals.items.filter((goal) => goal.id !== goalId) },
    spending: {
      ...plan.spending,
      items: plan.spending.items.map((item) =>
        item.goalIds.includes(goalId)
          ? { ...item, goalIds: item.goalIds.filter((id) => id !== goalId) }
          : item,
      ),
    },
    updatedAt: toIsoDateTime(now),
  };
}

/** Adds an empty costed item at the end (paid yearly until the person chooses). */
export function addCostedItem(plan: Plan, now: Date, id: string = newId()): Plan {
  const item: CostedItem = {
    id,
    what: '',
    whoProvides: '',
    howOften: 'year',
    cost: '',
    costAsTyped: '',
    goalIds: [],
  };
  return {
    ...plan,
    spending: { ...plan.spending, items: [...plan.spending.items, item] },
    updatedAt: toIsoDateTime(now),
  };
}

/** Changes some fields of one costed item. `cost` must already be a money string or "". */
export function updateCostedItem(
  plan: Plan,
  itemId: string,
  patch: Partial<Omit<CostedItem, 'id'>>,
  now: Date,
): Plan {
  return {
    ...plan,
    spending: { ...plan.spending, items: patchItem(plan.spending.items, itemId, patch) },
    updatedAt: toIsoDateTime(now),
  };
}

/** Removes one costed item. */
export function removeCostedItem(plan: Plan, itemId: string, now: Date): Plan {
  return {
    ...plan,
    spending: { ...plan.spending, items: plan.spending.items.filter((item) => item.id !== itemId) },
    updatedAt: toIsoDateTime(now),
  };
}

/** Adds an empty person at the end. */
export function addPerson(plan: Plan, now: Date, id: string = newId()): Plan {
  const person: Person = { id, name: '', howIKnowThem: '', whatTheyHelpWith: '', contact: '' };
  return {
    ...plan,
    people: { items: [...plan.people.items, person] },
    updatedAt: toIsoDateTime(now),
  };
}

/** Changes some fields of one person. */
export function updatePerson(
  plan: Plan,
  personId: string,
  patch: Partial<Omit<Person, 'id'>>,
  now: Date,
): Plan {
  return {
    ...plan,
    people: { items: patchItem(plan.people.items, personId, patch) },
    updatedAt: toIsoDateTime(now),
  };
}

/** Removes one person. */
export function removePerson(plan: Plan, personId: string, now: Date): Plan {
  return {
    ...plan,
    people: { items: plan.people.items.filter((person) => person.id !== personId) },
    updatedAt: toIsoDateTime(now),
  };
}

/**
 * Records the person's answer to a question from the "Choosing a provider" guide, adding it
 * the first time and replacing the answer after that.
 */
export function setProviderAnswer(
  plan: Plan,
  questionId: string,
  question: string,
  answer: string,
  now: Date,
): Plan {
  const answers = plan.provider.answers.some((entry) => entry.questionId === questionId)
    ? plan.provider.answers.map((entry) =>
        entry.questionId === questionId ? { questionId, question, answer } : entry,
      )
    : [...plan.provider.answers, { questionId, question, answer }];
  return { ...plan, provider: { ...plan.provider, answers }, updatedAt: toIsoDateTime(now) };
}

/**
 * Records that a backup file was saved at `at`. Does not change `updatedAt`: saving a backup
 * is not an edit, so the backup reminder stops until the person changes the plan again.
 */
export function markBackedUp(plan: Plan, at: Date): Plan {
  return { ...plan, lastBackupAt: toIsoDateTime(at) };
}

/**
 * Makes an imported plan into a new plan on this device: a new id and revision 0, so it never
 * overwrites a plan already here. Its words and dates are kept.
 */
export function asNewPlan(plan: Plan, id: string = newId()): Plan {
  return { ...plan, id, revision: 0 };
}

/**
 * Makes an imported plan ready to replace `existing` (after the person has said yes): it takes
 * the existing plan's id and revision, so saving it goes through the usual two-tab check.
 */
export function asReplacementFor(imported: Plan, existing: Plan): Plan {
  return { ...imported, id: existing.id, revision: existing.revision };
}

function patchItem<T extends { readonly id: string }>(
  items: readonly T[],
  id: string,
  patch: Partial<Omit<T, 'id'>>,
): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch, id: item.id } : item));
}
