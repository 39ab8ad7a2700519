import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as docx from 'docx';
import {
  MEASURES,
  figureTwips,
  packWordDocument,
  tableColumnWidths,
  type WordDocumentOptions,
} from '../../../src/lib/export/docx';
import type { ExportDocument, TableBlock } from '../../../src/lib/export/model';
import { printedPlan } from '../../../src/lib/export/print-plan';
import { planDocument } from '../../../src/lib/export/plan-document';
import { budgetSummaryDocument } from '../../../src/lib/export/budget-document';
import { calculateBudget } from '../../../src/lib/budget/calculate';
import { budgetInputSchema } from '../../../src/lib/budget/schema';
import { planArbitrary } from '../plan/arbitraries';
import { unzip } from './support/unzip';
import {
  findAll,
  paragraphStyle,
  parseXml,
  rawWordText,
  wordText,
  type XmlElement,
} from './support/xml';
import { fullPlan, hostilePlan, HOSTILE_TEXTS } from './support/plans';

const TODAY = '2026-11-24';
const NOW = new Date('2026-11-24T10:42:00.000Z');
const STANDARD: WordDocumentOptions = { style: 'standard', now: NOW };

interface Opened {
  readonly files: Map<string, Buffer>;
  readonly body: XmlElement;
  readonly paragraphs: XmlElement[];
}

async function open(model: ExportDocument, options = STANDARD): Promise<Opened> {
  const bytes = await packWordDocument(model, docx, options);
  const files = unzip(bytes);
  // Every XML part must be well-formed, not only the document.
  for (const [path, content] of files) {
    if (path.endsWith('.xml') || path.endsWith('.rels')) parseXml(content.toString('utf8'));
  }
  const document = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
  const body = findAll(document, 'w:body')[0];
  if (body === undefined) throw new Error('No body');
  return { files, body, paragraphs: findAll(body, 'w:p') };
}

function withStyle(opened: Opened, style: string): string[] {
  return opened.paragraphs.filter((p) => paragraphStyle(p) === style).map(wordText);
}

describe('the Word document of a plan', () => {
  it("has a title in Word's Title style, then the date", async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    expect(withStyle(opened, 'Title')).toEqual(["Sarah's plan 2026"]);
    expect(wordText(opened.paragraphs[1] as XmlElement)).toBe('24 November 2026');
  });

  it('uses Heading 1 for each section and Heading 2 for its questions', async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    expect(withStyle(opened, 'Heading1')).toEqual([
      'About me',
      'What I want to achieve',
      'My budget',
      'How I will use my budget',
      'People who help me',
      'My provider',
      'Staying safe',
      'Decisions',
      'Checking and reviews',
    ]);
    expect(withStyle(opened, 'Heading2')).toContain('What matters to me');
    expect(withStyle(opened, 'Heading2')).toContain('Goal 1');
    expect(withStyle(opened, 'Heading3')).toContain('Why it matters to me');
  });

  it('lets headings take bold from their style, never switching it off', async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    const switchedOff = findAll(opened.body, 'w:b').filter((bold) =>
      ['false', '0'].includes(bold.attributes['w:val'] ?? ''),
    );
    expect(switchedOff).toEqual([]);
    const styles = parseXml(opened.files.get('word/styles.xml')?.toString('utf8') ?? '');
    const heading1 = findAll(styles, 'w:style').find(
      (style) => style.attributes['w:styleId'] === 'Heading1',
    );
    expect(findAll(heading1 as XmlElement, 'w:b')).toHaveLength(1);
  });

  it('writes the goals and the working as numbered lists', async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    const listed = opened.paragraphs.filter((p) => findAll(p, 'w:numPr').length > 0).map(wordText);
    expect(listed).toContain('I want to cook my own tea three nights a week.');
    expect(listed).toContain('See my friends more.');
    expect(listed.some((text) => text.includes('£240 a week'))).toBe(true);
    // Each list is numbered from 1: the goals and the working use different list instances.
    const numIds = new Set(
      opened.paragraphs.flatMap((p) => findAll(p, 'w:numId').map((id) => id.attributes['w:val'])),
    );
    expect(numIds.size).toBeGreaterThanOrEqual(2);
  });

  it('shows the costed items as a table with a heading row, totals and what is left', async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    const tables = findAll(opened.body, 'w:tbl');
    const spending = tables.find((table) => wordText(table).includes('Cooking classes'));
    if (spending === undefined) throw new Error('No spending table');
    const rows = findAll(spending, 'w:tr').map((row) =>
      findAll(row, 'w:tc').map((cell) => findAll(cell, 'w:p').map(wordText).join('\n')),
    );
    expect(rows[0]).toEqual([
      'What it is',
      'Who provides it',
      'How often',
      'Cost each time',
      'Cost a year',
    ]);
    expect(findAll(findAll(spending, 'w:tr')[0] as XmlElement, 'w:tblHeader')).toHaveLength(1);
    expect(rows[1]).toEqual([
      'Cooking classes\nHelps with goal 1',
      'Community college',
      'Every year',
      '£1,500',
      '£1,500',
    ]);
    expect(rows.slice(-3)).toEqual([
      ['Planned spending a year', '£10,220'],
      ['My budget a year', '£12,480'],
      ['Left a year', '£2,260'],
    ]);
  });

  it('shows people and their contacts as a table', async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    const people = findAll(opened.body, 'w:tbl').find((table) =>
      wordText(table).includes('How I know them'),
    );
    expect(people && wordText(people)).toContain('07700 900123');
  });

  it("sets the title and the language en-GB in the file's properties and styles", async () => {
    const opened = await open(planDocument(fullPlan(), TODAY));
    const core = parseXml(opened.files.get('docProps/core.xml')?.toString('utf8') ?? '');
    expect(wordTextOf(core, 'dc:title')).toBe("Sarah's plan 2026");
    expect(wordTextOf(core, 'dc:language')).toBe('en-GB');
    expect(wordTextOf(core, 'dcterms:created')).toBe('2026-11-24T10:42:00.000Z');
    const styles = parseXml(opened.files.get('word/styles.xml')?.toString('utf8') ?? '');
    expect(findAll(styles, 'w:lang')[0]?.attributes['w:val']).toBe('en-GB');
  });

  it('says what kind of document it is in its subject property', async () => {
    const subjectOf = async (model: ExportDocument): Promise<string> => {
      const opened = await open(model);
      const core = parseXml(opened.files.get('docProps/core.xml')?.toString('utf8') ?? '');
      return wordTextOf(core, 'dc:subject');
    };
    const input = budgetInputSchema.parse({
      supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '12', hourlyRate: '20' }],
    });
    expect(await subjectOf(planDocument(fullPlan(), TODAY))).toBe('Support plan');
    expect(await subjectOf(budgetSummaryDocument(calculateBudget(input), TODAY))).toBe(
      'Budget summary',
    );
  });

  it('uses a sans-serif font at 14pt, or 16pt with shorter lines for easy read', async () => {
    const standard = await open(planDocument(fullPlan(), TODAY));
    const easy = await open(planDocument(fullPlan(), TODAY), { style: 'easy-read', now: NOW });
    const defaults = (opened: Opened) => {
      const styles = parseXml(opened.files.get('word/styles.xml')?.toString('utf8') ?? '');
      const rPr = findAll(findAll(styles, 'w:docDefaults')[0] as XmlElement, 'w:rPr')[0];
      return {
        font: findAll(rPr as XmlElement, 'w:rFonts')[0]?.attributes['w:ascii'],
        size: findAll(rPr as XmlElement, 'w:sz')[0]?.attributes['w:val'],
      };
    };
    expect(defaults(standard)).toEqual({ font: 'Arial', size: '28' });
    expect(defaults(easy)).toEqual({ font: 'Arial', size: '32' });
    const margin = (opened: Opened) =>
      Number(findAll(opened.body, 'w:pgMar')[0]?.attributes['w:left']);
    expect(margin(easy)).toBeGreaterThan(margin(standard));
    expect(MEASURES['easy-read'].body).toBe(32);
  });

  it('keeps hostile text as plain text and the XML well-formed', async () => {
    const opened = await open(planDocument(hostilePlan(), TODAY));
    const text = opened.paragraphs.map(wordText).join('\n');
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain(']]><w:p><w:r><w:t>injected</w:t></w:r></w:p>');
    expect(text).toContain('&amp; &lt; &#0; &#x1; <?xml?> <!-- comment --> <![CDATA[ x ]]>');
    expect(text).toContain('Bell , null , escape , form feed , and');
    expect(text).toContain('Half an emoji \uFFFD here, and another \uFFFD there');
    expect(text).toContain(`${'A'.repeat(4980)}<b>]]>&</b>`);
    // Nothing typed became a paragraph of its own.
    expect(opened.paragraphs.map(wordText)).not.toContain('injected');
    expect(HOSTILE_TEXTS).toHaveLength(6);
  });

  it('is well-formed for any valid plan', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (plan) => {
        await open(planDocument(plan, TODAY));
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('the Word document of the calculator summary', () => {
  it('has the budget, its parts, the spending table and the working', async () => {
    const input = budgetInputSchema.parse({
      supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '10', hourlyRate: '20.00' }],
      weeksPerYear: '52',
      spending: [{ id: 's', name: 'Swimming <club>', amount: '10.00', frequency: 'week' }],
    });
    const opened = await open(budgetSummaryDocument(calculateBudget(input), TODAY));
    expect(withStyle(opened, 'Title')).toEqual(['Your budget summary']);
    expect(withStyle(opened, 'Heading1')).toEqual([
      'What you would like to spend it on',
      'How it was worked out',
    ]);
    const text = opened.paragraphs.map(wordText).join('\n');
    expect(text).toContain('Your budget is £10,400 a year.');
    expect(text).toContain('Swimming <club>');
    expect(text).toContain('£9,880 a year is left.');
    // A figure never breaks from its unit across lines in Word: no-break spaces join them.
    const raw = opened.paragraphs.map(rawWordText).join('\n');
    expect(raw).toContain('Your budget is £10,400\u00a0a\u00a0year.');
    expect(raw).toContain('£20\u00a0an\u00a0hour');
  });

  it('puts each figure of the Budget row in its own column of the "made of" table', async () => {
    const input = budgetInputSchema.parse({
      supportLines: [{ id: 'a', name: 'Personal care', hoursPerWeek: '12', hourlyRate: '20.00' }],
      managementFee: { kind: 'year', amount: '1000' },
      spending: [{ id: 's', name: 'Classes', amount: '3000', frequency: 'year' }],
    });
    const opened = await open(budgetSummaryDocument(calculateBudget(input), TODAY));
    const rows = findAll(opened.body, 'w:tr').map((row) =>
      findAll(row, 'w:tc').map((cell) => findAll(cell, 'w:p').map(wordText).join(' ')),
    );
    expect(rows).toContainEqual(['Budget', '£259.23', '£13,480']);
    expect(rows.flat()).not.toContain('£259.23 a week, £13,480 a year');
    expect(rows).toContainEqual(['Planned spending a year', '£3,000']);
    // The provider's part is its own point, and what is left never counts it.
    const text = opened.paragraphs.map(wordText).join('\n');
    expect(text).toContain(
      'Your provider keeps £1,000 a year for looking after your Individual Service Fund.',
    );
    expect(text).toContain('£9,480 a year is left.');
    expect(text).toContain('After your plans, the rest pays for about 9.1 hours a week.');
  });
});

function wordTextOf(element: XmlElement, name: string): string {
  return (findAll(element, name)[0]?.children ?? []).filter((c) => typeof c === 'string').join('');
}

describe("a table's columns in Word", () => {
  const A4_WIDTH = 11906;
  const widthOf = (style: 'standard' | 'easy-read') => A4_WIDTH - 2 * MEASURES[style].sideMargin;
  const spendingOf = (model: ExportDocument): TableBlock => {
    const found = model.sections
      .flatMap((section) => section.blocks)
      .find(
        (block): block is TableBlock =>
          block.kind === 'table' && block.caption === 'What I will spend my budget on',
      );
    if (found === undefined) throw new Error('No spending table');
    return found;
  };

  it('gives each figure column room for its longest amount in the narrow easy-read page', () => {
    const table = spendingOf(printedPlan(fullPlan(), TODAY));
    const body = MEASURES['easy-read'].body;
    const widths = tableColumnWidths(table, widthOf('easy-read'), body);
    // Each column's longest amount at 16pt, with the cell's margins: "£8,000" each time, and
    // "£10,220", the longest total, a year. Neither breaks inside itself.
    expect(widths[3]).toBeGreaterThanOrEqual(figureTwips('£8,000', body) + 200);
    const needed = figureTwips('£10,220', body) + 200;
    expect(widths[4]).toBeGreaterThanOrEqual(needed);
    // The shares alone (2 of 13 for a figure column) would break it inside itself.
    expect(Math.floor((widthOf('easy-read') * 2) / 13)).toBeLessThan(needed);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBeLessThanOrEqual(widthOf('easy-read'));
    // The words columns share the rest equally.
    expect(new Set(widths.slice(0, 3)).size).toBe(1);
  });

  it('keeps the shares (3 for words, 2 for figures) where the figures fit', () => {
    const table = spendingOf(planDocument(fullPlan(), TODAY));
    const width = widthOf('standard');
    expect(tableColumnWidths(table, width, MEASURES.standard.body)).toEqual(
      [3, 3, 3, 2, 2].map((share) => Math.floor((width * share) / 13)),
    );
  });

  it('allows more room for a longer figure', () => {
    expect(figureTwips('£1,000,000', 32)).toBeGreaterThan(figureTwips('£10,220', 32));
    expect(figureTwips('£10,220', 32)).toBeGreaterThan(figureTwips('£10,220', 28));
  });
});
