/*
 * Turns zod's findings about a plan into plain English that says where the problem is and how
 * to fix it, in the GOV.UK Design System's voice for error messages ("Enter ...", no jargon).
 */
import type { z } from 'zod';
import { formatWholeNumber } from '../money';
import { MAX_PROBLEMS_FOUND, MAX_TEXT_LENGTH } from './limits';
import { PLAN_SECTIONS } from './schema';

/** One thing wrong in a plan, with where it is. */
export interface PlanProblem {
  /** Where in the plan, as zod reports it, like ["goals", "items", 1, "byWhen"]. */
  readonly path: readonly (string | number)[];
  /** A plain-English sentence naming the field and how to fix it. */
  readonly message: string;
}

const SECTION_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  PLAN_SECTIONS.map((section) => [section.id, section.title]),
);

const FIELD_LABELS: Readonly<Record<string, string>> = {
  schemaVersion: 'the format number',
  id: 'the id',
  revision: 'the save count',
  title: "the plan's name",
  createdAt: 'the date it was started',
  updatedAt: 'the date it was last changed',
  lastBackupAt: 'the date of the last backup',
  sectionStatus: 'the section progress',
  name: 'Name',
  likedAbout: 'What people like about me',
  mattersToMe: 'What matters to me',
  healthAndSafety: 'What matters for my health and safety',
  howToSupportMe: 'How to support me well',
  howICommunicate: 'How I communicate',
  inMyWords: 'My goal, in my words',
  whyItMatters: 'Why it matters',
  howWeWillKnow: 'How we will know it is working',
  byWhen: 'By when',
  byWhenAsTyped: 'By when, as typed',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  source: 'Where the budget comes from',
  typedAmount: 'My budget',
  typedAmountAsTyped: 'My budget, as typed',
  typedPeriod: 'How often the budget is paid',
  notes: 'Notes',
  what: 'What',
  whoProvides: 'Who provides it',
  howOften: 'How often',
  cost: 'Cost',
  costAsTyped: 'Cost, as typed',
  goalIds: 'Goals it helps with',
  flexibility: 'Flexibility',
  howIKnowThem: 'How I know them',
  whatTheyHelpWith: 'What they help with',
  contact: 'Contact',
  moneyAccount: 'The account of my money I can see',
  moneyReports: 'How often I get money reports',
  fee: 'Their fee',
  savingAndMovingHours: 'Saving and moving hours',
  otherAgreements: 'Other things we agreed',
  questionId: 'the question id',
  question: 'Question',
  answer: 'Answer',
  whatCouldGoWrong: 'What could go wrong',
  whatWeWillDo: 'What we will do',
  whoToCall: 'Who to call',
  backupPlan: 'The back-up plan',
  whatIDecide: 'What I decide',
  whatIWantHelpWith: 'What I want help with',
  whoHelpsIfICannot: 'Who helps me decide if I cannot',
  nextReviewDate: 'Next review date',
  nextReviewDateAsTyped: 'Next review date, as typed',
  whoChecks: 'Who checks how it is going',
  moreForMyself: 'What I want to do more for myself',
};

const LIST_ITEM_NAMES: Readonly<Record<string, string>> = {
  'goals.items': 'goal',
  'spending.items': 'costed item',
  'people.items': 'person',
  'provider.answers': 'question',
  goalIds: 'goal link',
};

/** Says where `path` is in words: 'In "What I want to achieve", goal 2, "By when"'. */
export function describePlanPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'The plan';
  const parts: string[] = [];
  path.forEach((part, index) => {
    if (typeof part === 'number') {
      const listKey = path.slice(Math.max(0, index - 2), index).join('.');
      const previous = String(path[index - 1] ?? '');
      const itemName = LIST_ITEM_NAMES[listKey] ?? LIST_ITEM_NAMES[previous] ?? 'entry';
      parts.push(`${itemName} ${part + 1}`);
      return;
    }
    if (index === 0 && SECTION_TITLES[part] !== undefined) {
      parts.push(`In "${SECTION_TITLES[part]}"`);
      return;
    }
    if (part === 'items' || part === 'answers') return;
    if (index === 1 && path[0] === 'sectionStatus') {
      parts.push(`the progress of "${SECTION_TITLES[part] ?? part}"`);
      return;
    }
    const label = FIELD_LABELS[part];
    parts.push(label === undefined ? `"${part}"` : label.startsWith('the ') ? label : `"${label}"`);
  });
  const [first = '', ...rest] = parts;
  const opening = first.startsWith('In ') ? first : capitalise(first);
  return [opening, ...rest].join(', ');
}

/**
 * Turns zod's issues about a plan into sentences, the first `MAX_PROBLEMS_FOUND` of them (no
 * more are shown). `input` is the data that was checked, so a message can say how long a text
 * really is.
 */
export function describePlanIssues(error: z.ZodError, input: unknown): PlanProblem[] {
  return error.issues.slice(0, MAX_PROBLEMS_FOUND).map((issue) => ({
    path: issue.path,
    message: `${describePlanPath(issue.path)} ${describeIssue(issue, input)}`,
  }));
}

/**
 * One sentence for a list of problems: the first one, and how many more there are. Checking
 * stops at `MAX_PROBLEMS_FOUND` problems, so a full list says "at least".
 */
export function summariseProblems(problems: readonly PlanProblem[]): string {
  const [first] = problems;
  if (first === undefined) return '';
  const more = problems.length - 1;
  if (more === 0) return first.message;
  if (problems.length >= MAX_PROBLEMS_FOUND) {
    return `${first.message} There are at least ${more} more problems.`;
  }
  return `${first.message} There ${more === 1 ? 'is 1 more problem' : `are ${more} more problems`}.`;
}

function describeIssue(issue: z.ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.received === 'undefined') return 'is missing.';
      if (issue.message !== 'Required' && !issue.message.startsWith('Expected')) {
        return `${issue.message}, not ${typeWords(issue.received)}.`;
      }
      return `should be ${typeWords(issue.expected)} but is ${typeWords(issue.received)}.`;
    case 'too_big':
      if (issue.type === 'string') {
        const value = valueAt(input, issue.path);
        const length = typeof value === 'string' ? value.length : undefined;
        return `is too long${length === undefined ? '' : `: it has ${formatWholeNumber(length)} characters`}. Shorten it to ${formatWholeNumber(MAX_TEXT_LENGTH)} characters or fewer.`;
      }
      if (issue.type === 'array') {
        return `has too many entries. The most it can hold is ${formatWholeNumber(Number(issue.maximum))}.`;
      }
      return 'is too large.';
    case 'too_small':
      return issue.type === 'string' ? 'is empty.' : 'is too small.';
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'a part' : 'parts'} that Open ISF does not know: ${issue.keys
        .slice(0, 5)
        .map((key) => `"${key.slice(0, 40)}"`)
        .join(', ')}. The file may have been changed by hand or by another program.`;
    case 'invalid_enum_value':
      return `is "${String(issue.received).slice(0, 40)}", which is not one of the choices (${issue.options
        .map((option) => `"${String(option)}"`)
        .join(', ')}).`;
    case 'invalid_literal':
      return `should be ${JSON.stringify(issue.expected)}.`;
    default:
      return asSentence(issue.message);
  }
}

function typeWords(type: string): string {
  switch (type) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'object':
      return 'a group of answers';
    case 'array':
      return 'a list';
    case 'null':
      return 'empty (null)';
    case 'boolean':
      return 'true or false';
    default:
      return type;
  }
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) {
      return undefined;
    }
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** Ends a message with one full stop, whether or not it had one. */
function asSentence(message: string): string {
  return /[.?!]$/.test(message) ? message : `${message}.`;
}

function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
