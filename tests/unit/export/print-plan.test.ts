import { describe, expect, it } from 'vitest';
import type {
  BudgetPicturesBlock,
  DocumentBlock,
  ExportDocument,
  PictureRowBlock,
  TableBlock,
} from '../../../src/lib/export/model';
import { NOT_WRITTEN } from '../../../src/lib/export/plan-document';
import { printedPlan } from '../../../src/lib/export/print-plan';
import type { MoneyString } from '../../../src/lib/money';
import { isPictureName } from '../../../src/lib/pictures/registry';
import { createEmptyPlan, PLAN_SECTIONS, type Plan } from '../../../src/lib/plan';
import { SECTION_GUIDES } from '../../../src/lib/plan/questions';
import { fullPlan, threePartPlan } from './support/plans';

const TODAY = '2026-11-24';

function blocksOf(document: ExportDocument): DocumentBlock[] {
  return [...document.intro, ...document.sections.flatMap((section) => section.blocks)];
}

/** Every string the printed plan shows, title and headings included. */
function textsOf(document: ExportDocument): string[] {
  return [
    document.title,
    ...document.sections.map((section) => section.title),
    ...blocksOf(document).flatMap((block) => {
      switch (block.kind) {
        case 'picture-row':
          return block.paragraphs;
        case 'table':
          return [block.caption, ...block.rows.flat(), ...block.totals.map((total) => total.label)];
        case 'paragraph':
        case 'subheading':
          return [block.text];
        case 'list':
          return block.items;
        case 'answer':
          return [block.label, ...block.paragraphs];
        case 'budget-pictures':
          return [
            ...block.clocks.flatMap((row) => [row.caption ?? '', row.clocks.hoursShown]),
            ...(block.split ? [block.split.caption, ...block.split.parts.map((p) => p.label)] : []),
          ];
      }
    }),
  ];
}

function timesShown(document: ExportDocument, words: string): number {
  return textsOf(document).join('\n').split(words).length - 1;
}

function rows(document: ExportDocument, sectionId: string): PictureRowBlock[] {
  const section = document.sections.find((entry) => entry.id === sectionId);
  if (section === undefined) throw new Error(`No part ${sectionId}`);
  return section.blocks.filter((block): block is PictureRowBlock => block.kind === 'picture-row');
}

describe('the printed easy-read plan', () => {
  it('shows only the parts that are written, in the order of the task list', () => {
    expect(printedPlan(threePartPlan(), TODAY).sections.map((section) => section.title)).toEqual([
      'About me',
      'What I want to achieve',
      'My budget',
    ]);
    expect(printedPlan(fullPlan(), TODAY).sections.map((section) => section.title)).toEqual(
      PLAN_SECTIONS.map((section) => section.title),
    );
  });

  it('lists the parts still to write once, at the start', () => {
    const document = printedPlan(threePartPlan(), TODAY);
    expect(document.intro).toContainEqual({
      kind: 'picture-row',
      picture: 'write-it-down',
      paragraphs: [
        'Still to write:',
        'How I will use my budget',
        'People who help me',
        'My provider',
        'Staying safe',
        'Decisions',
        'Checking and reviews',
      ],
      strongFirst: true,
    });
    expect(timesShown(document, 'Still to write')).toBe(1);
  });

  it('has no list of parts still to write when every part is written', () => {
    expect(timesShown(printedPlan(fullPlan(), TODAY), 'Still to write')).toBe(0);
  });

  it('says so when nothing is written yet, and still lists every part', () => {
    const plan = createEmptyPlan(new Date('2026-11-24T10:00:00Z'), 'p1');
    const document = printedPlan(plan, TODAY);
    expect(document.sections).toEqual([]);
    expect(textsOf(document)).toContain('Nothing is written in this plan yet.');
    expect(timesShown(document, 'Still to write')).toBe(0);
  });

  it('gives the date once and the goal once, and never says "Not written yet"', () => {
    for (const plan of [threePartPlan(), fullPlan()]) {
      const document = printedPlan(plan, TODAY);
      expect(timesShown(document, '24 November 2026')).toBe(1);
      expect(timesShown(document, 'I want to cook my own tea three nights a week.')).toBe(1);
      expect(timesShown(document, NOT_WRITTEN)).toBe(0);
    }
  });

  it("gives the person's name once, beside the question it answers", () => {
    const plan: Plan = { ...fullPlan(), title: 'My plan for 2026' };
    const document = printedPlan(plan, TODAY);
    expect(timesShown(document, 'Sarah')).toBe(1);
    expect(rows(document, 'aboutMe')[0]).toEqual({
      kind: 'picture-row',
      picture: 'you',
      paragraphs: ['My name', 'Sarah'],
      strongFirst: true,
    });
  });

  it('shows every point as a row with a picture from the pictures registry', () => {
    const document = printedPlan(fullPlan(), TODAY);
    const blocks = blocksOf(document);
    const points = blocks.filter((block) => block.kind === 'picture-row');
    expect(points.length).toBeGreaterThan(30);
    for (const point of points) expect(isPictureName(point.picture)).toBe(true);
    // Besides the points, only the spending table and the budget as pictures.
    expect(blocks.filter((block) => block.kind !== 'picture-row')).toEqual([
      expect.objectContaining<Partial<TableBlock>>({ caption: 'What I will spend my budget on' }),
      expect.objectContaining<Partial<BudgetPicturesBlock>>({ kind: 'budget-pictures' }),
    ]);
  });

  it('shows beside each answer the picture the planner shows beside its question', () => {
    const printed = printedPlan(fullPlan(), TODAY);
    const about = rows(printed, 'aboutMe');
    expect(about.map((row) => row.picture)).toEqual(
      SECTION_GUIDES.aboutMe.questions.map((question) => question.picture),
    );
    expect(rows(printed, 'reviews').map((row) => row.picture)).toEqual(
      SECTION_GUIDES.reviews.questions.map((question) => question.picture),
    );
  });

  it('leaves out the questions that are not answered yet', () => {
    const document = printedPlan(fullPlan(), TODAY);
    expect(rows(document, 'goals')[1]).toEqual({
      kind: 'picture-row',
      picture: 'goal',
      paragraphs: [
        'Goal 2',
        'See my friends more.',
        'Why it matters to me: I get lonely at weekends.',
      ],
      strongFirst: true,
    });
    expect(rows(document, 'reviews').map((row) => row.paragraphs[0])).toEqual([
      'My next review date',
      'Who checks how it is going',
      'What I want to do more for myself',
    ]);
    const plan = fullPlan();
    plan.reviews.whoChecks = ' ';
    expect(timesShown(printedPlan(plan, TODAY), 'Who checks how it is going')).toBe(0);
  });

  it('keeps every figure of the budget and the spending from the budget engine', () => {
    const document = printedPlan(fullPlan(), TODAY);
    const texts = textsOf(document);
    expect(texts).toContain('My budget is £12,480 a year.');
    expect(texts).toContain('A month: £1,040');
    expect(texts).toContain('£2,260 a year is left.');
    expect(texts).toContain('1 item has no cost yet, so it is not counted.');
  });

  it('says what was typed but is not a date or an amount yet', () => {
    const plan = fullPlan();
    plan.goals.items[1] = {
      ...plan.goals.items[1]!,
      byWhenAsTyped: { day: '31', month: '2', year: '2027' },
    };
    plan.budget = {
      ...plan.budget,
      source: 'typed',
      typedAmount: '',
      typedAmountAsTyped: '45 quid',
    };
    const texts = textsOf(printedPlan(plan, TODAY));
    expect(texts).toContain('Still to check: I typed "31 2 2027". It is not a real date yet.');
    expect(texts).toContain('Still to check: I typed "45 quid". It is not an amount yet.');
  });
});

describe('a goal set for a month', () => {
  it('prints the month and the year', () => {
    const plan = fullPlan();
    const [first, ...rest] = plan.goals.items;
    if (first === undefined) throw new Error('The full plan has a goal.');
    const monthly: Plan = {
      ...plan,
      goals: { ...plan.goals, items: [{ ...first, byWhen: '2027-06' }, ...rest] },
    };
    expect(textsOf(printedPlan(monthly, TODAY))).toContain('By when: June 2027.');
  });
});

/** The budget as pictures in a printed plan's parts, with the part each is in. */
function picturesIn(document: ExportDocument): { section: string; block: BudgetPicturesBlock }[] {
  return document.sections.flatMap((section) =>
    section.blocks
      .filter((block): block is BudgetPicturesBlock => block.kind === 'budget-pictures')
      .map((block) => ({ section: section.id, block })),
  );
}

/** The one budget-pictures block of a printed plan. */
function onlyPictures(document: ExportDocument): BudgetPicturesBlock {
  const found = picturesIn(document);
  if (found.length !== 1 || found[0] === undefined) {
    throw new Error(`Expected 1 block of pictures, found ${found.length}`);
  }
  return found[0].block;
}

/** How many clocks a row draws, whole and part. */
function clockCount(row: BudgetPicturesBlock['clocks'][number]): number {
  return row.clocks.groups.reduce((count, group) => count + group.clocks.length, 0);
}

describe('the budget as pictures in the printed plan (issue 21)', () => {
  it('shows the clocks and the split in "How I will use my budget", after the words that say them', () => {
    const document = printedPlan(fullPlan(), TODAY);
    const found = picturesIn(document);
    expect(found.map((entry) => entry.section)).toEqual(['spending']);
    const block = onlyPictures(document);
    // 12 assessed hours are 12 clocks; the 2.1 hours the rest pays for are 2 clocks and a part clock.
    expect(
      block.clocks.map((row) => [row.caption, row.clocks.hoursShown, clockCount(row)]),
    ).toEqual([
      ['My assessment', '12 hours', 12],
      ['After my plans', '2.1 hours', 3],
    ]);
    // The words just above say each row's sentence, so the clocks carry only its name.
    const spending = document.sections.find((section) => section.id === 'spending');
    const kinds = spending?.blocks.map((entry) =>
      entry.kind === 'picture-row' ? entry.picture : entry.kind,
    );
    expect(kinds).toEqual(['table', 'money-left', 'budget-pictures', 'ways']);
    expect(textsOf(document)).toContain('My assessment: 12 hours a week.');
    expect(textsOf(document)).toContain(
      'After my plans, the rest pays for about 2.1 hours a week.',
    );
  });

  it('splits the budget into the same figures the spending table totals, to the penny', () => {
    const document = printedPlan(fullPlan(), TODAY);
    const block = onlyPictures(document);
    expect(block.split?.caption).toBe('What my budget pays for, a year');
    expect(block.split?.parts.map((part) => [part.label, part.shown])).toEqual([
      ['Planned spending', '£10,220'],
      ['Left', '£2,260'],
    ]);
    expect(block.split?.total.shown).toBe('£12,480');
    const table = document.sections
      .flatMap((section) => section.blocks)
      .find((entry): entry is TableBlock => entry.kind === 'table');
    expect(table?.totals).toContainEqual({ label: 'Planned spending a year', amount: '£10,220' });
    expect(table?.totals).toContainEqual({ label: 'Left a year', amount: '£2,260' });
  });

  it('gives each row of clocks its sentence when no words above say it', () => {
    // Only the flexible use is written: no items, so no words about the hours above the clocks.
    const plan = fullPlan();
    plan.spending = { ...plan.spending, items: [] };
    const block = onlyPictures(printedPlan(plan, TODAY));
    expect(block.clocks.map((row) => row.caption)).toEqual(['My assessment: 12 hours a week.']);
    // With no planned spending and no fee, the budget is all support: no split to draw.
    expect(block.split).toBeNull();
  });

  it('draws no pictures when the plan has no budget figures', () => {
    const plan = fullPlan();
    plan.budget = { ...plan.budget, source: 'none', calculatorInputs: null };
    const document = printedPlan(plan, TODAY);
    expect(document.sections.map((section) => section.id)).toContain('spending');
    expect(picturesIn(document)).toEqual([]);
  });

  it('draws no pictures for a typed budget with nothing planned yet: there is nothing to draw', () => {
    const plan = fullPlan();
    plan.budget = {
      ...plan.budget,
      source: 'typed',
      typedAmount: '12480.00' as MoneyString,
      typedPeriod: 'year',
    };
    plan.spending = { ...plan.spending, items: [] };
    expect(picturesIn(printedPlan(plan, TODAY))).toEqual([]);
  });

  it('draws no pictures when the spending part is not written', () => {
    expect(picturesIn(printedPlan(threePartPlan(), TODAY))).toEqual([]);
  });
});
