/*
 * The printed easy-read plan as a document model (issue 17): only the parts that are written,
 * in the planner's order; each answer an easy-read point, its picture from the pictures registry
 * on the left and the question and answer on the right (EASY_READ.md); the parts still to write
 * listed once, at the start. The Word document (plan-document.ts) keeps every part and question.
 */
import { providerSentences, spendingSentences } from '../budget/pays-for';
import { BUDGET_SECTIONS, MONTH_SENTENCE, periodRows, stepsIn } from '../calculator/summary';
import type { PictureName } from '../pictures/registry';
import {
  PLAN_SECTIONS,
  partsStillToWrite,
  writtenParts,
  type Plan,
  type PlanSectionId,
} from '../plan';
import { PROVIDER_QUESTION_PICTURE, questionFor } from '../plan/questions';
import { planBudgetPictures } from '../plan/budget-pictures';
import { calculatePlanMoney, type PlanMoney } from '../plan/spending';
import { formatMoney } from '../money';
import { formatDateOrMonth, formatLongDate } from '../site/dates';
import {
  budgetPicturesBlocks,
  type DocumentBlock,
  type DocumentSection,
  type ExportDocument,
  type PictureRowBlock,
} from './model';
import {
  ABOUT_ME_LABELS,
  BUDGET_ESTIMATE,
  BUDGET_NOTES_LABEL,
  BUDGET_WORKING,
  DECISIONS_LABELS,
  FLEXIBILITY_LABEL,
  GOAL_LABELS,
  NO_BUDGET,
  PERSON_LABELS,
  PROVIDER_LABELS,
  REVIEWS_LABELS,
  SAFETY_LABELS,
  TOTALS_TOO_LARGE,
  budgetSourceSentence,
  labelledAnswers,
  notCountedSentence,
  planDocumentOf,
  providerQuestionLabel,
  spendingTable,
  typedAmountSentence,
  typedDateSentence,
} from './plan-document';
import { oneLine, paragraphsOf } from './text';

/** The picture the planner shows beside a question, so the printed plan shows the same one. */
function pictureOf(section: PlanSectionId, field: string): PictureName {
  return questionFor(section, field).picture;
}

/** One easy-read point: the question in bold, then the answer's paragraphs and any notes. */
function row(picture: PictureName, label: string, paragraphs: readonly string[]): PictureRowBlock {
  return { kind: 'picture-row', picture, paragraphs: [label, ...paragraphs], strongFirst: true };
}

/** A question and its answer as a point, or nothing when the answer is not written. */
function answerRow(picture: PictureName, label: string, text: string): PictureRowBlock[] {
  const paragraphs = paragraphsOf(text);
  return paragraphs.length === 0 ? [] : [row(picture, label, paragraphs)];
}

/** "Why it matters to me: So I can choose." with the answer's later paragraphs after it. */
function labelledParagraphs(label: string, text: string): string[] {
  const [first, ...rest] = paragraphsOf(text);
  return first === undefined ? [] : [`${label}: ${first}`, ...rest];
}

function aboutMe(plan: Plan): DocumentBlock[] {
  return labelledAnswers(ABOUT_ME_LABELS, plan.aboutMe).flatMap((entry) =>
    answerRow(pictureOf('aboutMe', entry.field), entry.label, entry.text),
  );
}

/** One point a goal, numbered as in the planner (so "Helps with goal 2" finds it). */
function goals(plan: Plan): DocumentBlock[] {
  return plan.goals.items.flatMap((goal, index) => {
    const typed = typedDateSentence(goal.byWhenAsTyped);
    const paragraphs = [
      ...paragraphsOf(goal.inMyWords),
      ...labelledParagraphs(GOAL_LABELS.whyItMatters, goal.whyItMatters),
      ...labelledParagraphs(GOAL_LABELS.howWeWillKnow, goal.howWeWillKnow),
      ...(goal.byWhen === '' ? [] : [`${GOAL_LABELS.byWhen}: ${formatDateOrMonth(goal.byWhen)}.`]),
      ...(typed === null ? [] : [typed]),
    ];
    return paragraphs.length === 0 ? [] : [row('goal', `Goal ${index + 1}`, paragraphs)];
  });
}

function budget(plan: Plan, { result, hasBudget }: PlanMoney): DocumentBlock[] {
  const section = plan.budget;
  const typed = section.source === 'typed' && section.typedAmountAsTyped !== '';
  const blocks: DocumentBlock[] = [];
  const still = typed ? [typedAmountSentence(section.typedAmountAsTyped)] : [];
  if (!hasBudget || result === null) {
    blocks.push(row('budget', NO_BUDGET, still));
  } else {
    blocks.push(
      row('budget', `My budget is ${formatMoney(result.budget.perYear)} a year.`, [
        `That is ${formatMoney(result.budget.perWeek)} a week.`,
        budgetSourceSentence(plan),
        ...still,
      ]),
      { kind: 'picture-row', picture: 'council', paragraphs: [BUDGET_ESTIMATE] },
      row('month', 'My budget in each period', [
        ...periodRows(result).map((period) => `${period.label}: ${period.amount}`),
        MONTH_SENTENCE,
      ]),
    );
    const steps = stepsIn(result, BUDGET_SECTIONS);
    if (steps.length > 0) {
      blocks.push(
        row(
          'calculator',
          BUDGET_WORKING,
          steps.map((step) => step.sentence),
        ),
      );
    }
  }
  blocks.push(...answerRow(pictureOf('budget', 'notes'), BUDGET_NOTES_LABEL, section.notes));
  return blocks;
}

/**
 * "How I will use my budget": the costed items, what is left and what the provider keeps, then
 * the budget as pictures (issue 21) from the same engine result as those words, as the planner
 * shows them in this part; then the flexible use of the budget.
 */
function spending(plan: Plan, money: PlanMoney): DocumentBlock[] {
  const { result, hasBudget, itemsWithoutCost } = money;
  const blocks: DocumentBlock[] = [];
  let wordsAbove: string[] = [];
  if (plan.spending.items.length > 0) {
    blocks.push(spendingTable(plan, result, hasBudget));
    if (result === null) blocks.push({ kind: 'paragraph', text: TOTALS_TOO_LARGE, style: 'note' });
    const notCounted = notCountedSentence(itemsWithoutCost);
    const left = result !== null && hasBudget ? spendingSentences(result, 'I') : [];
    const leftWords = [...left, ...(notCounted === null ? [] : [notCounted])];
    if (leftWords.length > 0)
      blocks.push({ kind: 'picture-row', picture: 'money-left', paragraphs: leftWords });
    const fee = result !== null && hasBudget ? providerSentences(result, 'I') : [];
    if (fee.length > 0)
      blocks.push({ kind: 'picture-row', picture: 'provider-fee', paragraphs: fee });
    wordsAbove = [...leftWords, ...fee];
  }
  blocks.push(...budgetPicturesBlocks(planBudgetPictures(plan, money, 'I'), wordsAbove));
  blocks.push(
    ...answerRow(
      pictureOf('spending', 'flexibility'),
      FLEXIBILITY_LABEL,
      plan.spending.flexibility,
    ),
  );
  return blocks;
}

function people(plan: Plan): DocumentBlock[] {
  return plan.people.items.flatMap((person) => {
    const paragraphs = [
      ...paragraphsOf(person.howIKnowThem),
      ...labelledParagraphs(PERSON_LABELS.whatTheyHelpWith, person.whatTheyHelpWith),
      ...labelledParagraphs(PERSON_LABELS.contact, person.contact),
    ];
    const name = oneLine(person.name);
    if (name === '' && paragraphs.length === 0) return [];
    return [row('help', name || 'No name yet', paragraphs)];
  });
}

function provider(plan: Plan): DocumentBlock[] {
  return [
    ...labelledAnswers(PROVIDER_LABELS, plan.provider).flatMap((entry) =>
      answerRow(pictureOf('provider', entry.field), entry.label, entry.text),
    ),
    ...plan.provider.answers.flatMap((entry) =>
      answerRow(PROVIDER_QUESTION_PICTURE, providerQuestionLabel(entry.question), entry.answer),
    ),
  ];
}

function safety(plan: Plan): DocumentBlock[] {
  return labelledAnswers(SAFETY_LABELS, plan.safety).flatMap((entry) =>
    answerRow(pictureOf('safety', entry.field), entry.label, entry.text),
  );
}

function decisions(plan: Plan): DocumentBlock[] {
  return labelledAnswers(DECISIONS_LABELS, plan.decisions).flatMap((entry) =>
    answerRow(pictureOf('decisions', entry.field), entry.label, entry.text),
  );
}

function reviews(plan: Plan): DocumentBlock[] {
  const section = plan.reviews;
  const typed = typedDateSentence(section.nextReviewDateAsTyped);
  const date = [
    ...(section.nextReviewDate === '' ? [] : [`${formatLongDate(section.nextReviewDate)}.`]),
    ...(typed === null ? [] : [typed]),
  ];
  return [
    ...(date.length === 0
      ? []
      : [row(pictureOf('reviews', 'nextReviewDate'), REVIEWS_LABELS.nextReviewDate, date)]),
    ...answerRow(pictureOf('reviews', 'whoChecks'), REVIEWS_LABELS.whoChecks, section.whoChecks),
    ...answerRow(
      pictureOf('reviews', 'moreForMyself'),
      REVIEWS_LABELS.moreForMyself,
      section.moreForMyself,
    ),
  ];
}

const TITLES: Readonly<Record<PlanSectionId, string>> = Object.fromEntries(
  PLAN_SECTIONS.map((section) => [section.id, section.title]),
) as Record<PlanSectionId, string>;

/** The opening points: what this is and when it was printed, and the parts still to write. */
function opening(plan: Plan, dateText: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    {
      kind: 'picture-row',
      picture: 'support-plan',
      paragraphs: ['This is my support plan.', `Printed on ${dateText}.`],
    },
  ];
  const toWrite = partsStillToWrite(plan);
  if (toWrite.length === PLAN_SECTIONS.length) {
    blocks.push({
      kind: 'picture-row',
      picture: 'write-it-down',
      paragraphs: ['Nothing is written in this plan yet.'],
    });
  } else if (toWrite.length > 0) {
    blocks.push(
      row(
        'write-it-down',
        'Still to write:',
        toWrite.map((id) => TITLES[id]),
      ),
    );
  }
  return blocks;
}

/**
 * The printed easy-read plan: its title, the date it was printed (once), the parts still to
 * write (once), then each written part's points in the planner's order. `today` is the date it
 * is printed, like "2026-11-24" (local time on the person's device).
 */
export function printedPlan(plan: Plan, today: string): ExportDocument {
  const money = calculatePlanMoney(plan);
  const builders: Readonly<Record<PlanSectionId, () => DocumentBlock[]>> = {
    aboutMe: () => aboutMe(plan),
    goals: () => goals(plan),
    budget: () => budget(plan, money),
    spending: () => spending(plan, money),
    people: () => people(plan),
    provider: () => provider(plan),
    safety: () => safety(plan),
    decisions: () => decisions(plan),
    reviews: () => reviews(plan),
  };
  const sections: DocumentSection[] = writtenParts(plan).map((id) => ({
    id,
    title: TITLES[id],
    blocks: builders[id](),
  }));
  return planDocumentOf(plan, today, sections, (dateText) => opening(plan, dateText));
}
