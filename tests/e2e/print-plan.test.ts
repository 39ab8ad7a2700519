/*
 * The printed easy-read plan on A4 (issue 17): only the parts that are written, so a plan part
 * written prints on a few pages; nothing cut off at the edge of the paper; a picture beside
 * every point. Each plan is opened from a backup file and printed once, in one browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serialiseBackup, type Plan } from '../../src/lib/plan';
import { fullPlan, threePartPlan } from '../unit/export/support/plans';
import { launchBrowser } from './support/browser';
import { countPdfPages } from './support/pdf';
import { printedLook, type PrintedLook } from './support/printed';
import { PlanPage } from './pages/PlanPage';

/** The width the printed plan has on A4: 210mm less the page's margins (15mm each side), in CSS pixels. */
const PRINTED_WIDTH = Math.floor(((210 - 2 * 15) * 96) / 25.4);

interface Printed extends PrintedLook {
  /** How many A4 pages the plan printed on. */
  pages: number;
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
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    return { ...found, pages: countPdfPages(pdf), problems: site.problemList() };
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

  it.each(['3 parts', 'full'])('prints a picture beside every point (%s)', (name) => {
    expect(result(name).points).toBeGreaterThan(10);
    expect(result(name).missingPictures).toEqual([]);
    expect(result(name).problems).toEqual([]);
  });
});
