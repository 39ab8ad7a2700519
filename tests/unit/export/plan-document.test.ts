import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  picturesIn,
  type AnswerBlock,
  type DocumentSection,
  type ListBlock,
  type TableBlock,
} from '../../../src/lib/export/model';
import { NOT_WRITTEN, planDocument, planWordFileName } from '../../../src/lib/export/plan-document';
import type { MoneyString } from '../../../src/lib/money';
import { createEmptyPlan, migrate, PLAN_SECTIONS, type Plan } from '../../../src/lib/plan';
import { fullPlan } from './support/plans';

const TODAY = '2026-11-24';

function section(plan: Plan, id: string): DocumentSection {
  const found = planDocument(plan, TODAY).sections.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No section ${id}`);
  return found;
}

function tableIn(found: DocumentSection): TableBlock {
  const table = found.blocks.find((block): block is TableBlock => block.kind === 'table');
  if (table === undefined) throw new Error(`No table in ${found.id}`);
  return table;
}

describe('a plan as a document', () => {
  it('has the title, the date and the nine sections in the planner order', () => {
    const document = planDocument(fullPlan(), TODAY);
    expect(document.title).toBe("Sarah's plan 2026");
    expect(document.personName).toBe('Sarah');
    expect(document.dateText).toBe('24 November 2026');
    expect(document.sections.map((entry) => entry.title)).toEqual(
      PLAN_SECTIONS.map((entry) => entry.title),
    );
  });

  it("writes each question in the person's own voice, with their answer", () => {
    const aboutMe = section(fullPlan(), 'aboutMe');
    expect(aboutMe.blocks[2]).toEqual({
      kind: 'answer',
      label: 'What matters to me',
      paragraphs: ['My cat, Biscuit. Seeing my sister on Sundays.'],
      level: 2,
    });
  });

  it('lists the goals in order, then each goal with its questions', () => {
    const goals = section(fullPlan(), 'goals');
    const list = goals.blocks[0] as ListBlock;
    expect(list).toEqual({
      kind: 'list',
      ordered: true,
      items: ['I want to cook my own tea three nights a week.', 'See my friends more.'],
    });
    expect(goals.blocks).toContainEqual({ kind: 'subheading', text: 'Goal 2' });
    expect(goals.blocks).toContainEqual({
      kind: 'answer',
      label: 'By when',
      paragraphs: ['30 September 2026'],
      level: 3,
    });
  });

  it('shows the costed items as a table with totals and what is left from the budget engine', () => {
    const table = tableIn(section(fullPlan(), 'spending'));
    expect(table.columns.map((column) => column.label)).toEqual([
      'What it is',
      'Who provides it',
      'How often',
      'Cost each time',
      'Cost a year',
    ]);
    expect(table.rows).toEqual([
      ['Cooking classes\nHelps with goal 1', 'Community college', 'Every year', '£1,500', '£1,500'],
      [
        'A personal assistant\nHelps with goal 1, goal 2',
        'Chosen with my provider',
        'Every year',
        '£8,000',
        '£8,000',
      ],
      ['Gym membership\nHelps with goal 2', 'Leisure centre', 'Every month', '£60', '£720'],
      ['A trip to the seaside', '', 'Once', 'No cost yet', ''],
    ]);
    // 12 hours × £20 × 52 weeks = £12,480; £1,500 + £8,000 + £720 = £10,220; £2,260 left.
    expect(table.totals).toEqual([
      { label: 'Planned spending a year', amount: '£10,220' },
      { label: 'My budget a year', amount: '£12,480' },
      { label: 'Left a year', amount: '£2,260' },
    ]);
  });

  it('says how many items are not counted because they have no cost', () => {
    const spending = section(fullPlan(), 'spending');
    expect(spending.blocks).toContainEqual({
      kind: 'paragraph',
      text: '1 item has no cost yet, so it is not counted.',
    });
  });

  it('says how much the plan is over its budget', () => {
    const plan = fullPlan();
    const over: Plan = {
      ...plan,
      spending: {
        ...plan.spending,
        items: plan.spending.items.map((item) =>
          item.id === 'item-pa' ? { ...item, cost: '12000.00' as MoneyString } : item,
        ),
      },
    };
    const spending = section(over, 'spending');
    expect(tableIn(spending).totals.at(-1)).toEqual({
      label: 'Over my budget a year',
      amount: '£1,740',
    });
    expect(spending.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'That is £1,740 a year more than my budget.',
    });
  });

  it('shows the budget, each period and the working as numbered steps', () => {
    const budget = section(fullPlan(), 'budget');
    expect(budget.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'My budget is £12,480 a year.',
      style: 'strong',
    });
    expect(tableIn(budget).rows).toEqual([
      ['A week', '£240'],
      ['Every 4 weeks', '£960'],
      ['A month', '£1,040'],
      ['A year', '£12,480'],
    ]);
    const steps = budget.blocks.find(
      (block): block is ListBlock => block.kind === 'list' && block.ordered,
    );
    expect(steps?.items.join(' ')).toContain('£240 a week');
    expect(steps?.items.join(' ')).toContain('£12,480');
  });

  it('shows a budget typed in by the person', () => {
    const plan = fullPlan();
    const typed: Plan = {
      ...plan,
      budget: {
        ...plan.budget,
        source: 'typed',
        typedAmount: '960.00' as MoneyString,
        typedPeriod: 'four-weeks',
      },
    };
    expect(section(typed, 'budget').blocks).toContainEqual({
      kind: 'paragraph',
      text: 'I was told my budget is £960 every 4 weeks.',
    });
  });

  it('shows people and contacts as a table', () => {
    const table = tableIn(section(fullPlan(), 'people'));
    expect(table.rows).toEqual([
      ['Jo', 'My sister', 'Money and letters', '07700 900123'],
      ['Ali', 'My support worker', 'Cooking and the bus', 'Through the provider: 0161 496 0000'],
    ]);
  });

  it('keeps the provider questions with their answers', () => {
    expect(section(fullPlan(), 'provider').blocks).toContainEqual({
      kind: 'answer',
      label: 'How often will I see how my money is spent?',
      paragraphs: ['Every month, they said.'],
      level: 2,
    });
  });

  it('keeps answers typed over several lines as separate paragraphs', () => {
    const backup = section(fullPlan(), 'safety').blocks[3] as AnswerBlock;
    expect(backup.paragraphs).toEqual([
      'Jo comes round.',
      'If Jo is away, the office sends someone.',
    ]);
  });

  it('makes a document of an empty plan, saying what is not written yet', () => {
    const document = planDocument(createEmptyPlan(new Date('2026-11-24T10:00:00Z'), 'p1'), TODAY);
    expect(document.title).toBe('Untitled plan');
    expect(document.sections).toHaveLength(9);
    expect(document.sections[1]?.blocks).toEqual([
      { kind: 'paragraph', text: 'No goals have been written yet.' },
    ]);
    expect(document.sections[2]?.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'No budget has been added to this plan yet.',
    });
    expect((document.sections[0]?.blocks[0] as AnswerBlock).paragraphs).toEqual([]);
    expect(NOT_WRITTEN).toBe('Not written yet.');
  });

  it('stays words and tables: the budget as pictures is only in the easy-read plan', () => {
    const blocks = planDocument(fullPlan(), TODAY).sections.flatMap((entry) => entry.blocks);
    expect(blocks.filter((block) => block.kind === 'budget-pictures')).toEqual([]);
    expect(picturesIn(planDocument(fullPlan(), TODAY))).toEqual([]);
  });
});

describe('the Word document file name', () => {
  it('is "Support plan - NAME - DATE.docx"', () => {
    expect(planWordFileName(fullPlan(), TODAY)).toBe('Support plan - Sarah - 2026-11-24.docx');
  });

  it('removes characters file systems refuse from the name', () => {
    const plan = fullPlan();
    const odd = { ...plan, aboutMe: { ...plan.aboutMe, name: 'Sam: "A/B" <C>?' } };
    expect(planWordFileName(odd, TODAY)).toBe('Support plan - Sam AB C - 2026-11-24.docx');
  });

  it('uses the plan title, then "Untitled plan", when there is no name', () => {
    const plan = fullPlan();
    expect(planWordFileName({ ...plan, aboutMe: { ...plan.aboutMe, name: '' } }, TODAY)).toBe(
      "Support plan - Sarah's plan 2026 - 2026-11-24.docx",
    );
    const empty = createEmptyPlan(new Date('2026-11-24T10:00:00Z'), 'p1');
    expect(planWordFileName(empty, TODAY)).toBe('Support plan - Untitled plan - 2026-11-24.docx');
  });
});

describe('a plan whose amounts are too large for the budget engine', () => {
  it('still makes a document, saying the totals could not be worked out', () => {
    const plan = fullPlan();
    const huge: Plan = {
      ...plan,
      spending: {
        ...plan.spending,
        items: plan.spending.items.map((item) => ({
          ...item,
          cost: '600000000.00' as MoneyString,
        })),
      },
    };
    const spending = section(huge, 'spending');
    expect(tableIn(spending).totals).toEqual([]);
    expect(spending.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'The totals could not be worked out. Check each cost is right: they add up to more than £1,000,000,000.',
    });
  });
});

describe('dates and amounts kept as typed', () => {
  const v2 = migrate(
    JSON.parse(readFileSync(new URL('../../fixtures/plans/v2.json', import.meta.url), 'utf8')),
  );
  const plan = (() => {
    if (!v2.ok) throw new Error(v2.message);
    return v2.plan;
  })();

  it('says what was typed beside a date that is not a real date yet', () => {
    expect(section(plan, 'goals').blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Still to check: I typed "31 2 2027". It is not a real date yet.',
      style: 'note',
    });
    expect(section(plan, 'reviews').blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Still to check: I typed "12 7". It is not a real date yet.',
      style: 'note',
    });
  });

  it('gives a goal set for a month as the month and the year', () => {
    const v3 = migrate(
      JSON.parse(readFileSync(new URL('../../fixtures/plans/v3.json', import.meta.url), 'utf8')),
    );
    if (!v3.ok) throw new Error(v3.message);
    const texts = JSON.stringify(section(v3.plan, 'goals').blocks);
    expect(texts).toContain('June 2027');
    expect(texts).not.toContain('2027-06');
  });

  it('says what was typed beside a cost that is not an amount yet', () => {
    const costs = tableIn(section(plan, 'spending')).rows.map((row) => row[3]);
    expect(costs).toEqual([
      '£1,500',
      '£8,000\nStill to check: I typed "45 quid". It is not an amount yet.',
    ]);
  });

  it('says what was typed for a budget that is not an amount yet', () => {
    const typed: Plan = {
      ...plan,
      budget: { ...plan.budget, source: 'typed', typedAmountAsTyped: 'about 12 grand' },
    };
    expect(section(typed, 'budget').blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Still to check: I typed "about 12 grand". It is not an amount yet.',
      style: 'note',
    });
  });
});
