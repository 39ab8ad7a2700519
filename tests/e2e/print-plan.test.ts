/*
 * The printed easy-read plan on A4 (issue 17): only the parts that are written, so a plan part
 * written prints on a few pages; nothing cut off at the edge of the paper; no amount split from
 * its unit; a picture beside every point; and the budget as pictures in "How I will use my
 * budget" (issue 21). Each plan is opened from a backup file and printed once, in one browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBackup, type Plan } from '../../src/lib/plan';
import { fullPlan, threePartPlan } from '../unit/export/support/plans';
import { launchBrowser } from './support/browser';
import { countPdfPages, pdfLines, splitFigures } from './support/pdf';
import { printedLook, type PrintedLook } from './support/printed';
import { PlanPage } from './pages/PlanPage';

/** The width the printed plan has on A4: 210mm less the page's margins (15mm each side), in CSS pixels. */
const PRINTED_WIDTH = Math.floor(((210 - 2 * 15) * 96) / 25.4);

interface Printed extends PrintedLook {
  /** How many A4 pages the plan printed on. */
  pages: number;
  /** The PDF's text, one string a line, as pdftotext lays it out. */
  lines: string[];
  /** The budget as pictures: how many clocks each row draws, and the split's parts and total. */
  clockRows: number[];
  splitBars: number;
  splitRows: string[];
  /** What went wrong on the page (console errors, requests to other hosts…). */
  problems: string[];
}

let browser: Browser;
const printed = new Map<string, Printed>();

/** Opens the plan from a backup file, then prints it to A4 as "Print my plan" would. */
async function printPlan(plan: Plan): Promise<Printed> {
  const { site, plan: planner } = await PlanPage.open(browser, 'plans');
  const { page } = site;
  try {
    await planner.openBackupAsNewPlan(serialiseBackup(plan, new Date('2026-11-20T10:00:00.000Z')));
    await page.locator('.print-plan').waitFor({ state: 'attached' });
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('.print-plan img')).every(
        (picture) => (picture as HTMLImageElement).complete,
      ),
    );
    await site.emulatePrint(true);
    await page.setViewportSize({ width: PRINTED_WIDTH, height: 1100 });
    const found = await printedLook(page, '.print-plan', PRINTED_WIDTH);
    const drawn = page.locator('.print-plan .budget-pictures__drawn');
    const clockRows = await drawn
      .locator('figure.clocks')
      .evaluateAll((rows) => rows.map((row) => row.querySelectorAll('svg.clocks__clock').length));
    const splitRows = await drawn
      .locator('.budget-split__table tr')
      .evaluateAll((rows) =>
        rows.map((row) => (row as HTMLElement).innerText.replace(/\s+/g, ' ').trim()),
      );
    const splitBars = await drawn.locator('svg.budget-split__bar').count();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return {
      ...found,
      pages: countPdfPages(pdf),
      lines: pdfLines(pdf),
      clockRows,
      splitBars,
      splitRows,
      problems: site.problemList(),
    };
  } finally {
    await site.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  printed.set('3 parts', await printPlan(threePartPlan()));
  printed.set('full', await printPlan(fullPlan()));
});

afterAll(async () => {
  await browser?.close();
});

function result(name: string): Printed {
  const found = printed.get(name);
  if (found === undefined) throw new Error(`The ${name} plan was not printed`);
  return found;
}

describe('the printed plan on A4', () => {
  it('prints a plan with 3 of its 9 parts written on 4 pages or fewer', () => {
    expect(result('3 parts').pages).toBeGreaterThan(0);
    expect(result('3 parts').pages).toBeLessThanOrEqual(4);
  });

  it('prints a plan with every part written on 12 pages or fewer', () => {
    expect(result('full').pages).toBeGreaterThan(0);
    expect(result('full').pages).toBeLessThanOrEqual(12);
  });

  it.each(['3 parts', 'full'])('cuts nothing off at the edge of the paper (%s)', (name) => {
    expect(result(name).cut).toEqual([]);
  });

  it.each(['3 parts', 'full'])(
    'never splits an amount from its unit across 2 lines (%s)',
    (name) => {
      expect(result(name).lines.join('\n')).toContain('My budget');
      expect(splitFigures(result(name).lines)).toEqual([]);
    },
  );

  it('prints the budget as pictures in "How I will use my budget", from the same figures', () => {
    // 12 clocks for the 12 hours assessed, and 3 (2 and a part clock) for the 2.1 hours the rest
    // pays for; a bar and the parts of the budget, which add up to it.
    expect(result('full').clockRows).toEqual([12, 3]);
    expect(result('full').splitBars).toBe(1);
    expect(result('full').splitRows).toEqual([
      'What it pays for A year',
      'Planned spending £10,220',
      'Left £2,260',
      'Budget £12,480',
    ]);
    const text = result('full').lines.join('\n');
    expect(text).toContain('What my budget pays for, a year');
    expect(text).toContain('£2,260 a year is left.');
  });

  it('prints no budget pictures when the part about spending is not written', () => {
    expect(result('3 parts').clockRows).toEqual([]);
    expect(result('3 parts').splitBars).toBe(0);
  });

  it.each(['3 parts', 'full'])('prints a picture beside every point (%s)', (name) => {
    expect(result(name).points).toBeGreaterThan(10);
    expect(result(name).missingPictures).toEqual([]);
    expect(result(name).problems).toEqual([]);
  });
});
