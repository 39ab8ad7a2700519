/*
 * A support plan as a document model, for the Word document and the printed easy-read plan
 * (issue 7). The nine sections in the planner's order, each question in the person's own voice
 * ("What matters to me"), and every amount from the budget engine: nothing is added up here.
 */
import type { BudgetResult } from '../budget/calculate';
import { providerSentences, spendingSentences } from '../budget/pays-for';
import { BUDGET_SECTIONS, MONTH_SENTENCE, stepsIn } from '../calculator/summary';
import { leftTotal, periodTable, providerTotals } from './budget-tables';
import { formatMoney } from '../money';
import {
  HOW_OFTEN_LABELS,
  PLAN_SECTIONS,
  planDisplayName,
  type BudgetPeriod,
  type DateParts,
  type Plan,
  type PlanSectionId,
} from '../plan';
import { calculatePlanMoney } from '../plan/spending';
import { formatDateOrMonth, formatLongDate } from '../site/dates';
import {
  tableColumns,
  type AnswerBlock,
  type DocumentBlock,
  type DocumentSection,
  type ExportDocument,
  type TableBlock,
  type TableTotal,
} from './model';
import { fileNamePart, oneLine, paragraphsOf } from './text';

/** Said where an answer has not been written yet. */
export const NOT_WRITTEN = 'Not written yet.';

const PERIOD_WORDS: Readonly<Record<BudgetPeriod, string>> = {
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
};

function answer(label: string, text: string, level: 2 | 3 = 2): AnswerBlock {
  return { kind: 'answer', label, paragraphs: paragraphsOf(text), level };
}

function dateAnswer(label: string, isoDate: string, level: 2 | 3 = 2): AnswerBlock {
  return answer(label, isoDate === '' ? '' : formatLongDate(isoDate), level);
}

function paragraph(text: string, style?: 'strong' | 'note'): DocumentBlock {
  return style === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, style };
}

/**
 * A date or amount kept as typed because it could not be read yet (lib/plan/typed), said plainly
 * so the document never shows only the older figure: 'Still to check: I typed "45 quid". ...'.
 */
function stillToCheck(typed: string, what: 'a real date' | 'an amount'): string {
  return `Still to check: I typed "${oneLine(typed)}". It is not ${what} yet.`;
}

/** 'Still to check: I typed "31 2 2027". It is not a real date yet.', or null when none was typed. */
export function typedDateSentence(typed: DateParts | null): string | null {
  if (typed === null) return null;
  const words = [typed.day, typed.month, typed.year].map((part) => part.trim()).join(' ');
  return stillToCheck(words.trim(), 'a real date');
}

/** 'Still to check: I typed "45 quid". It is not an amount yet.' */
export function typedAmountSentence(typed: string): string {
  return stillToCheck(typed, 'an amount');
}

function typedDateNote(typed: DateParts | null): DocumentBlock[] {
  const sentence = typedDateSentence(typed);
  return sentence === null ? [] : [paragraph(sentence, 'note')];
}

/** The words for each question of "About me", in the planner's order. */
export const ABOUT_ME_LABELS: Readonly<Record<keyof Plan['aboutMe'], string>> = {
  name: 'My name',
  likedAbout: 'What people like about me',
  mattersToMe: 'What matters to me',
  healthAndSafety: 'What matters for my health and safety',
  howToSupportMe: 'How to support me well',
  howICommunicate: 'How I communicate',
};

/** The words for each question of a goal, in the planner's order. */
export const GOAL_LABELS = {
  inMyWords: 'My goal',
  whyItMatters: 'Why it matters to me',
  howWeWillKnow: 'How we will know it is working',
  byWhen: 'By when',
} as const;

/** The words for the questions about each person who helps. */
export const PERSON_LABELS = {
  name: 'Name',
  howIKnowThem: 'How I know them',
  whatTheyHelpWith: 'What they help with',
  contact: 'How to contact them',
} as const;

/** The words for each question of "My provider" (its guide's questions carry their own). */
export const PROVIDER_LABELS: Readonly<Record<Exclude<keyof Plan['provider'], 'answers'>, string>> =
  {
    name: 'My provider',
    contact: 'How to contact them',
    moneyAccount: 'How I can see my money',
    moneyReports: 'How often I get a money report',
    fee: 'Their fee',
    savingAndMovingHours: 'Saving and moving hours',
    otherAgreements: 'Other things we agreed',
  };

/** The words for each question of "Staying safe". */
export const SAFETY_LABELS: Readonly<Record<keyof Plan['safety'], string>> = {
  whatCouldGoWrong: 'What could go wrong',
  whatWeWillDo: 'What we will do about it',
  whoToCall: 'Who to call',
  backupPlan: 'My back-up plan if support does not come',
};

/** The words for each question of "Decisions". */
export const DECISIONS_LABELS: Readonly<Record<keyof Plan['decisions'], string>> = {
  whatIDecide: 'What I decide for myself',
  whatIWantHelpWith: 'What I want help to decide',
  whoHelpsIfICannot: 'Who helps me decide if I cannot',
};

/** The words for each question of "Checking and reviews". */
export const REVIEWS_LABELS = {
  nextReviewDate: 'My next review date',
  whoChecks: 'Who checks how it is going',
  moreForMyself: 'What I want to do more for myself',
} as const;

/** The words for the notes of "My budget" and "How I will use my budget". */
export const BUDGET_NOTES_LABEL = 'Anything else about my budget';
export const FLEXIBILITY_LABEL = 'Using my budget in a flexible way';

/** A part's answers in the order of its labels: each field with its label and its text. */
export function labelledAnswers<K extends string>(
  labels: Readonly<Record<K, string>>,
  part: Readonly<Record<K, string>>,
): { field: K; label: string; text: string }[] {
  return (Object.keys(labels) as K[]).map((field) => ({
    field,
    label: labels[field],
    text: part[field],
  }));
}

/** "goal 2" for the second goal, or null when the id is not one of the plan's goals. */
function goalName(plan: Plan, goalId: string): string | null {
  const index = plan.goals.items.findIndex((goal) => goal.id === goalId);
  if (index < 0) return null;
  return `goal ${index + 1}`;
}

function aboutMe(plan: Plan): DocumentBlock[] {
  return labelledAnswers(ABOUT_ME_LABELS, plan.aboutMe).map((entry) =>
    answer(entry.label, entry.text),
  );
}

function goals(plan: Plan): DocumentBlock[] {
  const items = plan.goals.items;
  if (items.length === 0) return [paragraph('No goals have been written yet.')];
  const blocks: DocumentBlock[] = [
    {
      kind: 'list',
      ordered: true,
      items: items.map((goal) => oneLine(goal.inMyWords) || NOT_WRITTEN),
    },
  ];
  items.forEach((goal, index) => {
    blocks.push({ kind: 'subheading', text: `Goal ${index + 1}` });
    blocks.push(answer(GOAL_LABELS.inMyWords, goal.inMyWords, 3));
    blocks.push(answer(GOAL_LABELS.whyItMatters, goal.whyItMatters, 3));
    blocks.push(answer(GOAL_LABELS.howWeWillKnow, goal.howWeWillKnow, 3));
    blocks.push(
      answer(GOAL_LABELS.byWhen, goal.byWhen === '' ? '' : formatDateOrMonth(goal.byWhen), 3),
      ...typedDateNote(goal.byWhenAsTyped),
    );
  });
  return blocks;
}

/** Said in "My budget" when it has no figure yet. */
export const NO_BUDGET = 'No budget has been added to this plan yet.';

/** Said under the budget: the council decides it. */
export const BUDGET_ESTIMATE = 'This is an estimate. My council decides my budget.';

/** The heading of the budget's working. */
export const BUDGET_WORKING = 'How my budget was worked out';

/** Where the plan's budget figure came from, in one sentence. */
export function budgetSourceSentence(plan: Plan): string {
  const section = plan.budget;
  if (section.source === 'typed' && section.typedAmount !== '') {
    return `I was told my budget is ${formatMoney(section.typedAmount)} ${PERIOD_WORDS[section.typedPeriod]}.`;
  }
  return 'It was worked out with the Open ISF budget calculator.';
}

function budget(plan: Plan, result: BudgetResult | null, hasBudget: boolean): DocumentBlock[] {
  const section = plan.budget;
  const blocks: DocumentBlock[] = [];
  if (section.source === 'typed' && section.typedAmountAsTyped !== '') {
    blocks.push(paragraph(typedAmountSentence(section.typedAmountAsTyped), 'note'));
  }
  if (!hasBudget || result === null) {
    blocks.push(paragraph(NO_BUDGET));
  } else {
    blocks.push(
      paragraph(`My budget is ${formatMoney(result.budget.perYear)} a year.`, 'strong'),
      paragraph(`That is ${formatMoney(result.budget.perWeek)} a week.`),
    );
    blocks.push(paragraph(budgetSourceSentence(plan)));
    blocks.push(paragraph(BUDGET_ESTIMATE, 'note'));
    blocks.push(periodTable(result));
    blocks.push(paragraph(MONTH_SENTENCE));
    const steps = stepsIn(result, BUDGET_SECTIONS);
    if (steps.length > 0) {
      blocks.push({ kind: 'subheading', text: BUDGET_WORKING });
      blocks.push({ kind: 'list', ordered: true, items: steps.map((step) => step.sentence) });
    }
  }
  blocks.push(answer(BUDGET_NOTES_LABEL, section.notes));
  return blocks;
}

/** The costed items as a table, with the totals and what is left from the budget engine. */
export function spendingTable(
  plan: Plan,
  result: BudgetResult | null,
  hasBudget: boolean,
): TableBlock {
  const perYear = new Map(result?.spendingItems.map((item) => [item.id, item.perYear]) ?? []);
  const totals: TableTotal[] = [];
  if (result !== null) {
    totals.push({
      label: 'Planned spending a year',
      amount: formatMoney(result.spending.perYear),
    });
    if (hasBudget) {
      totals.push({ label: 'My budget a year', amount: formatMoney(result.budget.perYear) });
      totals.push(...providerTotals(result), leftTotal(result));
    }
  }
  return {
    kind: 'table',
    caption: 'What I will spend my budget on',
    columns: tableColumns(
      ['What it is', 'Who provides it', 'How often'],
      ['Cost each time', 'Cost a year'],
    ),
    rows: plan.spending.items.map((item) => {
      const helps = item.goalIds
        .map((goalId) => goalName(plan, goalId))
        .filter((name) => name !== null);
      const what = oneLine(item.what) || 'An item with no name yet';
      const year = perYear.get(item.id);
      return [
        helps.length > 0 ? `${what}\nHelps with ${helps.join(', ')}` : what,
        oneLine(item.whoProvides),
        HOW_OFTEN_LABELS[item.howOften],
        [
          item.cost === '' ? 'No cost yet' : formatMoney(item.cost),
          item.costAsTyped === '' ? '' : typedAmountSentence(item.costAsTyped),
        ]
          .filter(Boolean)
          .join('\n'),
        year === undefined ? '' : formatMoney(year),
      ];
    }),
    totals,
  };
}

/** Said when the engine gives no totals: they come to £1,000,000,000 a year or more. */
export const TOTALS_TOO_LARGE =
  'The totals could not be worked out. Check each cost is right: they add up to more than £1,000,000,000.';

/** "1 item has no cost yet, so it is not counted.", or null when every item has a cost. */
export function notCountedSentence(itemsWithoutCost: number): string | null {
  if (itemsWithoutCost === 0) return null;
  return itemsWithoutCost === 1
    ? '1 item has no cost yet, so it is not counted.'
    : `${itemsWithoutCost} items have no cost yet, so they are not counted.`;
}

function spending(
  plan: Plan,
  result: BudgetResult | null,
  hasBudget: boolean,
  itemsWithoutCost: number,
): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  if (plan.spending.items.length === 0) {
    blocks.push(paragraph('No costed items have been added yet.'));
  } else {
    blocks.push(spendingTable(plan, result, hasBudget));
    if (result === null) blocks.push(paragraph(TOTALS_TOO_LARGE));
    const notCounted = notCountedSentence(itemsWithoutCost);
    if (notCounted !== null) blocks.push(paragraph(notCounted));
    if (result !== null && hasBudget) {
      for (const text of [...providerSentences(result, 'I'), ...spendingSentences(result, 'I')]) {
        blocks.push(paragraph(text));
      }
    }
  }
  blocks.push(answer(FLEXIBILITY_LABEL, plan.spending.flexibility));
  return blocks;
}

function people(plan: Plan): DocumentBlock[] {
  const items = plan.people.items;
  if (items.length === 0) return [paragraph('No people have been added yet.')];
  return [
    {
      kind: 'table',
      caption: 'People who help me',
      columns: [
        { label: PERSON_LABELS.name, align: 'left' },
        { label: PERSON_LABELS.howIKnowThem, align: 'left' },
        { label: PERSON_LABELS.whatTheyHelpWith, align: 'left' },
        { label: PERSON_LABELS.contact, align: 'left' },
      ],
      rows: items.map((person) => [
        oneLine(person.name) || 'No name yet',
        paragraphsOf(person.howIKnowThem).join('\n'),
        paragraphsOf(person.whatTheyHelpWith).join('\n'),
        paragraphsOf(person.contact).join('\n'),
      ]),
      totals: [],
    },
  ];
}

/** A question from the provider guide kept in the plan: its words, or "A question". */
export function providerQuestionLabel(question: string): string {
  return oneLine(question) || 'A question';
}

function provider(plan: Plan): DocumentBlock[] {
  return [
    ...labelledAnswers(PROVIDER_LABELS, plan.provider).map((entry) =>
      answer(entry.label, entry.text),
    ),
    ...plan.provider.answers.map((entry) =>
      answer(providerQuestionLabel(entry.question), entry.answer),
    ),
  ];
}

function safety(plan: Plan): DocumentBlock[] {
  return labelledAnswers(SAFETY_LABELS, plan.safety).map((entry) =>
    answer(entry.label, entry.text),
  );
}

function decisions(plan: Plan): DocumentBlock[] {
  return labelledAnswers(DECISIONS_LABELS, plan.decisions).map((entry) =>
    answer(entry.label, entry.text),
  );
}

function reviews(plan: Plan): DocumentBlock[] {
  const section = plan.reviews;
  return [
    dateAnswer(REVIEWS_LABELS.nextReviewDate, section.nextReviewDate),
    ...typedDateNote(section.nextReviewDateAsTyped),
    answer(REVIEWS_LABELS.whoChecks, section.whoChecks),
    answer(REVIEWS_LABELS.moreForMyself, section.moreForMyself),
  ];
}

/** The plan's title for documents: its name in the plans list, cleaned to one line. */
export function planDocumentTitle(plan: Plan): string {
  return oneLine(planDisplayName(plan)) || 'Untitled plan';
}

/**
 * A plan as a document model: a title, the date, and its nine sections in the planner's order.
 * `today` is the date it is made, like "2026-11-24" (local time on the person's device).
 */
export function planDocument(plan: Plan, today: string): ExportDocument {
  // Totals of £1,000,000,000 a year or more give no result: the document says so, not fails.
  const money = calculatePlanMoney(plan);
  const builders: Readonly<Record<PlanSectionId, () => DocumentBlock[]>> = {
    aboutMe: () => aboutMe(plan),
    goals: () => goals(plan),
    budget: () => budget(plan, money.result, money.hasBudget),
    spending: () => spending(plan, money.result, money.hasBudget, money.itemsWithoutCost),
    people: () => people(plan),
    provider: () => provider(plan),
    safety: () => safety(plan),
    decisions: () => decisions(plan),
    reviews: () => reviews(plan),
  };
  const sections: DocumentSection[] = PLAN_SECTIONS.map((section) => ({
    id: section.id,
    title: section.title,
    blocks: builders[section.id](),
  }));
  return planDocumentOf(plan, today, sections, (dateText) => [
    paragraph(`This is my support plan. It was made with Open ISF on ${dateText}.`),
  ]);
}

/**
 * A document of a plan: its title, the person's name and the date (`today`, like 2026-11-24),
 * with the opening that `intro` writes from the date, then `sections`.
 */
export function planDocumentOf(
  plan: Plan,
  today: string,
  sections: DocumentSection[],
  intro: (dateText: string) => DocumentBlock[],
): ExportDocument {
  const dateText = formatLongDate(today);
  return {
    title: planDocumentTitle(plan),
    subject: 'Support plan',
    personName: oneLine(plan.aboutMe.name),
    dateText,
    isoDate: today,
    intro: intro(dateText),
    sections,
  };
}

/**
 * The Word document's file name: "Support plan - NAME - 2026-11-24.docx", where NAME is the
 * person's name (or the plan's title), with characters file systems refuse removed.
 */
export function planWordFileName(plan: Plan, today: string): string {
  const name = fileNamePart(plan.aboutMe.name) || fileNamePart(plan.title) || 'Untitled plan';
  return `Support plan - ${name} - ${today}.docx`;
}
