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
import type {
  AnswerBlock,
  DocumentBlock,
  DocumentSection,
  ExportDocument,
  TableTotal,
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

function typedDateNote(typed: DateParts | null): DocumentBlock[] {
  if (typed === null) return [];
  const words = [typed.day, typed.month, typed.year].map((part) => part.trim()).join(' ');
  return [paragraph(stillToCheck(words.trim(), 'a real date'), 'note')];
}

/** "goal 2" for the second goal, or null when the id is not one of the plan's goals. */
function goalName(plan: Plan, goalId: string): string | null {
  const index = plan.goals.items.findIndex((goal) => goal.id === goalId);
  if (index < 0) return null;
  return `goal ${index + 1}`;
}

function aboutMe(plan: Plan): DocumentBlock[] {
  const section = plan.aboutMe;
  return [
    answer('My name', section.name),
    answer('What people like about me', section.likedAbout),
    answer('What matters to me', section.mattersToMe),
    answer('What matters for my health and safety', section.healthAndSafety),
    answer('How to support me well', section.howToSupportMe),
    answer('How I communicate', section.howICommunicate),
  ];
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
    blocks.push(answer('My goal', goal.inMyWords, 3));
    blocks.push(answer('Why it matters to me', goal.whyItMatters, 3));
    blocks.push(answer('How we will know it is working', goal.howWeWillKnow, 3));
    blocks.push(
      answer('By when', goal.byWhen === '' ? '' : formatDateOrMonth(goal.byWhen), 3),
      ...typedDateNote(goal.byWhenAsTyped),
    );
  });
  return blocks;
}

function budget(plan: Plan, result: BudgetResult | null, hasBudget: boolean): DocumentBlock[] {
  const section = plan.budget;
  const blocks: DocumentBlock[] = [];
  if (section.source === 'typed' && section.typedAmountAsTyped !== '') {
    blocks.push(paragraph(stillToCheck(section.typedAmountAsTyped, 'an amount'), 'note'));
  }
  if (!hasBudget || result === null) {
    blocks.push(paragraph('No budget has been added to this plan yet.'));
  } else {
    blocks.push(
      paragraph(`My budget is ${formatMoney(result.budget.perYear)} a year.`, 'strong'),
      paragraph(`That is ${formatMoney(result.budget.perWeek)} a week.`),
    );
    if (section.source === 'typed' && section.typedAmount !== '') {
      blocks.push(
        paragraph(
          `I was told my budget is ${formatMoney(section.typedAmount)} ${PERIOD_WORDS[section.typedPeriod]}.`,
        ),
      );
    } else {
      blocks.push(paragraph('It was worked out with the Open ISF budget calculator.'));
    }
    blocks.push(paragraph('This is an estimate. My council decides my budget.', 'note'));
    blocks.push(periodTable(result));
    blocks.push(paragraph(MONTH_SENTENCE));
    const steps = stepsIn(result, BUDGET_SECTIONS);
    if (steps.length > 0) {
      blocks.push({ kind: 'subheading', text: 'How my budget was worked out' });
      blocks.push({ kind: 'list', ordered: true, items: steps.map((step) => step.sentence) });
    }
  }
  blocks.push(answer('Anything else about my budget', section.notes));
  return blocks;
}

function spending(
  plan: Plan,
  result: BudgetResult | null,
  hasBudget: boolean,
  itemsWithoutCost: number,
): DocumentBlock[] {
  const items = plan.spending.items;
  const blocks: DocumentBlock[] = [];
  if (items.length === 0) {
    blocks.push(paragraph('No costed items have been added yet.'));
  } else {
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
    blocks.push({
      kind: 'table',
      caption: 'What I will spend my budget on',
      columns: [
        { label: 'What it is', align: 'left' },
        { label: 'Who provides it', align: 'left' },
        { label: 'How often', align: 'left' },
        { label: 'Cost each time', align: 'right' },
        { label: 'Cost a year', align: 'right' },
      ],
      rows: items.map((item) => {
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
            item.costAsTyped === '' ? '' : stillToCheck(item.costAsTyped, 'an amount'),
          ]
            .filter(Boolean)
            .join('\n'),
          year === undefined ? '' : formatMoney(year),
        ];
      }),
      totals,
    });
    if (result === null) {
      blocks.push(
        paragraph(
          'The totals could not be worked out. Check each cost is right: they add up to more than £1,000,000,000.',
        ),
      );
    }
    if (itemsWithoutCost > 0) {
      blocks.push(
        paragraph(
          itemsWithoutCost === 1
            ? '1 item has no cost yet, so it is not counted.'
            : `${itemsWithoutCost} items have no cost yet, so they are not counted.`,
        ),
      );
    }
    if (result !== null && hasBudget) {
      for (const text of [...providerSentences(result, 'I'), ...spendingSentences(result, 'I')]) {
        blocks.push(paragraph(text));
      }
    }
  }
  blocks.push(answer('Using my budget in a flexible way', plan.spending.flexibility));
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
        { label: 'Name', align: 'left' },
        { label: 'How I know them', align: 'left' },
        { label: 'What they help with', align: 'left' },
        { label: 'How to contact them', align: 'left' },
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

function provider(plan: Plan): DocumentBlock[] {
  const section = plan.provider;
  return [
    answer('My provider', section.name),
    answer('How to contact them', section.contact),
    answer('How I can see my money', section.moneyAccount),
    answer('How often I get a money report', section.moneyReports),
    answer('Their fee', section.fee),
    answer('Saving and moving hours', section.savingAndMovingHours),
    answer('Other things we agreed', section.otherAgreements),
    ...section.answers.map((entry) =>
      answer(oneLine(entry.question) || 'A question', entry.answer),
    ),
  ];
}

function safety(plan: Plan): DocumentBlock[] {
  const section = plan.safety;
  return [
    answer('What could go wrong', section.whatCouldGoWrong),
    answer('What we will do about it', section.whatWeWillDo),
    answer('Who to call', section.whoToCall),
    answer('My back-up plan if support does not come', section.backupPlan),
  ];
}

function decisions(plan: Plan): DocumentBlock[] {
  const section = plan.decisions;
  return [
    answer('What I decide for myself', section.whatIDecide),
    answer('What I want help to decide', section.whatIWantHelpWith),
    answer('Who helps me decide if I cannot', section.whoHelpsIfICannot),
  ];
}

function reviews(plan: Plan): DocumentBlock[] {
  const section = plan.reviews;
  return [
    dateAnswer('My next review date', section.nextReviewDate),
    ...typedDateNote(section.nextReviewDateAsTyped),
    answer('Who checks how it is going', section.whoChecks),
    answer('What I want to do more for myself', section.moreForMyself),
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
  const dateText = formatLongDate(today);
  return {
    title: planDocumentTitle(plan),
    personName: oneLine(plan.aboutMe.name),
    dateText,
    isoDate: today,
    intro: [paragraph(`This is my support plan. It was made with Open ISF on ${dateText}.`)],
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
