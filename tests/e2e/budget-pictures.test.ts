/*
 * The budget as pictures (issue 21) in real Chromium: the calculator's stories show a clock for
 * each hour, and a split whose parts add up to the budget, on screen at 320 and 1280 pixels and in
 * the printed summary, with no accessibility problems and no sideways scrolling.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { davidStory, jamesStory, mayaStory, sarahStory } from '../../src/lib/budget/stories';
import { calculatorLink } from '../../src/lib/calculator/link';
import { moneyFromString, parseMoney, sumMoney, toMoneyString } from '../../src/lib/money';
import { launchBrowser } from './support/browser';
import { BudgetPage } from './pages/BudgetPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const hashOf = (link: string): string => link.slice(link.indexOf('#') + 1);

/** "£12,480" as stored: "12480.00". */
function stored(shown: string): string {
  const read = parseMoney(shown.replace('A year', '').trim());
  if (read.kind !== 'ok') throw new Error(`"${shown}" is not an amount`);
  return toMoneyString(moneyFromString(read.value));
}

/** What one row of clocks shows: how many clocks, how many are part clocks, and the words. */
async function clocksIn(row: Locator) {
  return {
    clocks: await row.locator('svg.clocks__clock').count(),
    partClocks: await row.locator('svg.clocks__clock path').count(),
    caption: (await row.locator('figcaption').innerText()).trim(),
    hours: (await row.locator('.clocks__hours').innerText()).trim(),
    counts: (await row.locator('.clocks__count').allInnerTexts()).map((text) => text.trim()),
    label: await row.getByRole('img').getAttribute('aria-label'),
  };
}

/** The split's parts and total, as shown in its table. */
async function splitIn(scope: Locator) {
  const table = scope.locator('.budget-split__table');
  const amounts = (await table.locator('tbody td').allInnerTexts()).map(stored);
  const total = stored(await table.locator('tfoot td').innerText());
  return { amounts, total, bars: await scope.locator('svg.budget-split__bar').count() };
}

const STORIES = [
  { name: 'Sarah', story: sarahStory, hours: 12, after: '2.8', budget: '12480.00' },
  { name: 'Maya', story: mayaStory, hours: 8, after: '0.7', budget: '8320.00' },
  { name: 'David', story: davidStory, hours: 15, after: null, budget: '15600.00' },
  { name: 'James', story: jamesStory, hours: 40, after: null, budget: '41600.00' },
] as const;

describe.each([320, 1280])('the budget as pictures, at %i pixels wide', (width) => {
  it.each(STORIES)(
    'shows a clock for each of the $hours hours of $name, and a split that adds up to the budget',
    async ({ story, hours, after, budget: budgetYear }) => {
      const budget = await BudgetPage.open(browser, hashOf(calculatorLink(story.input)), {
        width,
      });
      try {
        const pictures = budget.page.getByRole('region', { name: 'Your budget in pictures' });
        await pictures.waitFor();
        const rows = pictures.locator('figure.clocks');
        await expect.poll(() => rows.count()).toBe(after === null ? 1 : 2);

        const assessed = await clocksIn(rows.nth(0));
        expect(assessed.clocks).toBe(hours);
        expect(assessed.partClocks).toBe(0);
        expect(assessed.caption).toBe(`Your assessment: ${hours} hours a week.`);
        expect(assessed.hours).toBe(`${hours} hours`);
        expect(assessed.label).toBe(`${hours} clocks, 1 for each hour: ${hours} hours`);
        // More than 20 clocks come in groups of 5, with the count so far written under each.
        expect(assessed.counts).toEqual(
          hours > 20
            ? Array.from({ length: hours / 5 }, (_, index) => String(5 * (index + 1)))
            : [],
        );

        if (after !== null) {
          const rest = await clocksIn(rows.nth(1));
          // 2.8 hours: 2 whole clocks and a part clock; 0.7 hours: a part clock alone.
          expect(rest.clocks).toBe(Math.ceil(Number(after)));
          expect(rest.partClocks).toBe(1);
          expect(rest.caption).toBe(
            `After your plans, the rest pays for about ${after} hours a week.`,
          );
          expect(rest.hours).toBe(`${after} hours`);
          // The same sentence as the words below the spending, so they cannot disagree.
          expect(await budget.spendingTotals()).toContain(rest.caption);
        }

        const split = await splitIn(pictures);
        expect(split.bars).toBe(1);
        expect(split.total).toBe(budgetYear);
        expect(toMoneyString(sumMoney(split.amounts.map(moneyFromString)))).toBe(budgetYear);

        expect(await budget.site.axeViolations()).toEqual([]);
        expect(await budget.site.horizontalOverflow()).toBe(0);
        expect(budget.site.problemList()).toEqual([]);
      } finally {
        await budget.close();
      }
    },
  );

  it('draws a part clock for half an hour, and splits what is left when there is travel', async () => {
    const budget = await BudgetPage.open(
      browser,
      'l1n=Personal%20care&l1h=7.5&l1r=20&fee=percent:10&travel=week:15&s1n=Cooking%20classes&s1a=1500&s1f=year',
      { width },
    );
    try {
      const pictures = budget.page.getByRole('region', { name: 'Your budget in pictures' });
      await pictures.waitFor();
      const assessed = await clocksIn(pictures.locator('figure.clocks').nth(0));
      expect(assessed.clocks).toBe(8);
      expect(assessed.partClocks).toBe(1);
      expect(assessed.hours).toBe('7.5 hours');
      const labels = (await pictures.locator('.budget-split__table tbody th').allInnerTexts()).map(
        (text) => text.trim(),
      );
      expect(labels).toEqual([
        'Planned spending',
        'Provider fee',
        'Left for travel and other costs',
        'Left for hours of support',
      ]);
      const split = await splitIn(pictures);
      expect(toMoneyString(sumMoney(split.amounts.map(moneyFromString)))).toBe(split.total);
      expect(await budget.site.axeViolations()).toEqual([]);
      expect(await budget.site.horizontalOverflow()).toBe(0);
    } finally {
      await budget.close();
    }
  });
});

describe('the budget as pictures in print', () => {
  it.each(STORIES)(
    'prints the clocks and split of $name',
    async ({ story, hours, budget: year }) => {
      const budget = await BudgetPage.open(browser, hashOf(calculatorLink(story.input)));
      try {
        const printed = budget.page.locator('.print-summary');
        await printed.waitFor({ state: 'attached' });
        await budget.site.emulatePrint(true);
        const drawn = printed.locator('.budget-pictures__drawn');
        expect(await drawn.isVisible()).toBe(true);
        expect(
          await drawn.locator('figure.clocks').first().locator('svg.clocks__clock').count(),
        ).toBe(hours);
        const split = await splitIn(drawn);
        expect(split.bars).toBe(1);
        expect(toMoneyString(sumMoney(split.amounts.map(moneyFromString)))).toBe(year);
        expect(split.total).toBe(year);
        // The pictures on screen are not printed: only the summary is.
        expect(await budget.page.locator('.budget-result .budget-pictures').isVisible()).toBe(
          false,
        );
      } finally {
        await budget.close();
      }
    },
  );
});
