/*
 * The budget as pictures in the planner (issue 21), in real Chromium: "How I will use my budget"
 * shows a clock for each assessed hour and a split whose parts add up to the budget, beside the
 * figures, at 320 and 1280 pixels, with no accessibility problems and no sideways scrolling.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jamesStory, sarahStory } from '../../src/lib/budget/stories';
import { draftFromBudgetInput, writeLink } from '../../src/lib/calculator/link';
import { moneyFromString, parseMoney, sumMoney, toMoneyString } from '../../src/lib/money';
import { launchBrowser } from './support/browser';
import { PlanPage } from './pages/PlanPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** "£12,480" as stored: "12480.00". */
function stored(shown: string): string {
  const read = parseMoney(shown.replace('A year', '').trim());
  if (read.kind !== 'ok') throw new Error(`"${shown}" is not an amount`);
  return toMoneyString(moneyFromString(read.value));
}

async function amountsIn(table: Locator): Promise<string[]> {
  return (await table.locator('tbody td').allInnerTexts()).map(stored);
}

const STORIES = [
  { name: 'Sarah', story: sarahStory, hours: 12, rows: 2, budget: '12480.00' },
  { name: 'James', story: jamesStory, hours: 40, rows: 1, budget: '41600.00' },
] as const;

describe.each([320, 1280])("the plan's budget as pictures, at %i pixels wide", (width) => {
  it.each(STORIES)(
    "shows $name's $hours clocks and a split that adds up to the budget",
    async ({ story, hours, rows, budget }) => {
      const link = writeLink(draftFromBudgetInput(story.input));
      const { site, plan } = await PlanPage.open(
        browser,
        `from-calculator=${encodeURIComponent(link)}`,
        { width },
      );
      const { page } = site;
      try {
        await page.getByRole('button', { name: 'Put the figures in the plan' }).click();
        await page.locator('#planner-heading', { hasText: 'My budget' }).waitFor();
        await plan.goto('plans');
        await page.locator('.plan-card').getByRole('link', { name: /^Open/ }).click();
        await plan.openSection('How I will use my budget');
        const pictures = page.getByRole('region', { name: 'Your budget in pictures' });
        await pictures.waitFor();
        // Beside the figures, never instead of them.
        expect(await page.locator('.spending-totals').count()).toBe(1);
        const clocks = pictures.locator('figure.clocks');
        await expect.poll(() => clocks.count()).toBe(rows);
        expect(await clocks.nth(0).locator('svg.clocks__clock').count()).toBe(hours);
        expect((await clocks.nth(0).locator('figcaption').innerText()).trim()).toBe(
          `Your assessment: ${hours} hours a week.`,
        );
        const table = pictures.locator('.budget-split__table');
        expect(await pictures.locator('svg.budget-split__bar').count()).toBe(1);
        expect(stored(await table.locator('tfoot td').innerText())).toBe(budget);
        const amounts = await amountsIn(table);
        expect(toMoneyString(sumMoney(amounts.map(moneyFromString)))).toBe(budget);
        expect(await site.axeViolations()).toEqual([]);
        expect(await site.horizontalOverflow()).toBe(0);
      } finally {
        await site.close();
      }
    },
  );
});
