/*
 * The budget calculator in real Chromium: the source documents' figures, errors a person
 * can fix by keyboard, figures kept in the link, the printed summary, and no accessibility
 * problems in the empty, error and result states.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { davidStory, jamesStory, mayaStory, sarahStory } from '../../src/lib/budget/stories';
import { calculatorLink } from '../../src/lib/calculator/link';
import { baseUrl, launchBrowser } from './support/browser';
import { BudgetPage } from './pages/BudgetPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const hashOf = (link: string): string => link.slice(link.indexOf('#') + 1);

describe('the budget calculator', () => {
  it('shows £12,480 a year and £240 a week for 12 hours at £20', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      await budget.fillLine(0, '12', '20');
      await expect
        .poll(() => budget.headline())
        .toBe('Your budget is £12,480 a year. That is £240 a week.');
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it('understands hours written as 7:30 or 7 hours 30 minutes', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      await budget.fillLine(0, '7:30', '23.47');
      await expect.poll(() => budget.headline()).toContain('That is £176.03 a week.');
      await budget.hoursField(0).fill('7 hours 30 minutes');
      await expect.poll(() => budget.headline()).toContain('That is £176.03 a week.');
    } finally {
      await budget.close();
    }
  });

  it.each([
    ['Sarah', sarahStory, 'Your budget is £12,480 a year.', '£2,980 left is about 149 hours'],
    ['Maya', mayaStory, 'Your budget is £8,320 a year.', '£820 left is about 41 hours'],
    ['David', davidStory, 'Your budget is £15,600 a year.', 'That uses all of your budget.'],
    ['James', jamesStory, 'Your budget is £41,600 a year.', 'That uses all of your budget.'],
  ])("gives %s's figures and what is left", async (_name, story, headline, left) => {
    const budget = await BudgetPage.open(browser, hashOf(calculatorLink(story.input)));
    try {
      await expect.poll(() => budget.headline()).toContain(headline);
      expect(await budget.spendingTotals()).toContain(left);
    } finally {
      await budget.close();
    }
  });

  it('says what is left in hours of support', async () => {
    const budget = await BudgetPage.open(browser, hashOf(calculatorLink(sarahStory.input)));
    try {
      await expect
        .poll(() => budget.spendingTotals())
        .toContain('£2,980 left is about 149 hours of support at £20 an hour.');
    } finally {
      await budget.close();
    }
  });

  it('shows the difference fewer hours would make (the story of K)', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      const { page } = budget;
      await budget.fillLine(0, '10', '22.29');
      await page.getByText('What if your hours changed?').click();
      await page.getByLabel('Minutes a day', { exact: true }).fill('45');
      const panel = page.locator('.what-if .panel');
      await expect.poll(() => panel.innerText()).toContain('That is £117.02 a week less.');
      expect(await panel.innerText()).toContain('That is £6,085.04 a year less.');
    } finally {
      await budget.close();
    }
  });

  it('adds and removes a kind of support, and can undo a removal', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      const { page } = budget;
      await budget.fillLine(0, '10', '20');
      await page.getByRole('button', { name: 'Add another kind of support' }).click();
      await budget.nameField(1).fill('Going out');
      await budget.fillLine(1, '5', '24');
      await expect.poll(() => budget.headline()).toContain('That is £320 a week.');
      await page.getByRole('button', { name: 'Remove Going out' }).click();
      await expect.poll(() => budget.headline()).toContain('That is £200 a week.');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => budget.headline()).toContain('That is £320 a week.');
    } finally {
      await budget.close();
    }
  });
});

describe('mistakes in the calculator', () => {
  it('shows an error summary that takes focus, and a title that starts with "Error:"', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      const { page } = budget;
      await budget.fillLine(0, 'lots', '£20 an hour');
      await budget.submit();
      const summary = budget.errorSummary();
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.innerText()).toContain('There is a problem');
      expect(await page.title()).toMatch(/^Error: Work out a budget/);
      expect(await budget.headline()).toBeNull();
      const message = await budget.hoursField(0).getAttribute('aria-describedby');
      expect(message).toContain('error');
    } finally {
      await budget.close();
    }
  });

  it('shows the error for what was typed last, even when Enter comes straight after', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      const { page } = budget;
      await budget.fillLine(0, '12', '20');
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      await budget.hoursField(0).click();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('lots');
      await page.keyboard.press('Enter');
      const summary = budget.errorSummary();
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.innerText()).toContain('Enter the hours');
      await expect.poll(() => budget.headline()).toBeNull();
    } finally {
      await budget.close();
    }
  });

  it('can be fixed with the keyboard alone', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      const { page } = budget;
      await budget.fillLine(0, 'lots', '20');
      await budget.submit();
      await expect
        .poll(() => budget.errorSummary().evaluate((box) => box === document.activeElement))
        .toBe(true);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => budget.hoursField(0).evaluate((field) => field === document.activeElement))
        .toBe(true);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('12');
      await expect.poll(() => budget.headline()).toContain('£12,480 a year');
      await expect.poll(() => budget.errorSummary().count()).toBe(0);
      expect(await page.title()).toBe('Work out a budget - Open ISF');
    } finally {
      await budget.close();
    }
  });

  it('opens a broken or hostile link with a kind message and empty figures', async () => {
    const dialogs: string[] = [];
    const budget = await BudgetPage.open(
      browser,
      `l1n=${encodeURIComponent('<img src=x onerror=alert(1)>')}&fee=javascript:alert(1)`,
    );
    try {
      budget.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      expect(await budget.page.getByRole('alert').innerText()).toContain('could not be read');
      expect(await budget.hoursField(0).inputValue()).toBe('');
      expect(await budget.page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      expect(budget.site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });
});

describe('keeping and printing the figures', () => {
  it('keeps the figures in the link, which opens them again in a new tab', async () => {
    const budget = await BudgetPage.open(browser);
    try {
      await budget.fillLine(0, '12', '20');
      await expect.poll(() => budget.page.url()).toContain('l1h=12');
      const copy = await budget.site.context.newPage();
      await copy.goto(budget.page.url());
      await copy.locator('.budget-result__headline').waitFor();
      expect(await copy.locator('.budget-result__headline').innerText()).toContain(
        '£12,480 a year',
      );
      expect(new URL(budget.page.url()).origin).toBe(new URL(baseUrl()).origin);
    } finally {
      await budget.close();
    }
  });

  it('starts again with empty figures', async () => {
    const budget = await BudgetPage.open(browser, hashOf(calculatorLink(sarahStory.input)));
    try {
      await expect.poll(() => budget.headline()).toContain('£12,480');
      await budget.page.getByRole('button', { name: 'Start again' }).click();
      expect(await budget.hoursField(0).inputValue()).toBe('');
      await expect.poll(() => budget.page.url()).not.toContain('#');
    } finally {
      await budget.close();
    }
  });

  it("prints Sarah's summary on 1 A4 page", async () => {
    const budget = await BudgetPage.open(browser, hashOf(calculatorLink(sarahStory.input)));
    try {
      await expect.poll(() => budget.headline()).toContain('£12,480');
      await budget.page.emulateMedia({ media: 'print' });
      const summary = budget.page.locator('.print-summary');
      expect(await summary.isVisible()).toBe(true);
      expect(await budget.page.locator('form.calculator').isVisible()).toBe(false);
      expect(await summary.innerText()).toContain(
        'This is an estimate. Your council decides your budget.',
      );
      expect(await budget.printedPages()).toBe(1);
    } finally {
      await budget.close();
    }
  });
});

const THREE_LINES_SIX_ITEMS = [
  'l1n=Personal%20care&l1h=10&l1r=20',
  'l2n=Going%20out&l2h=7:30&l2r=23.47',
  'l3n=Overnight%20support&l3h=14&l3r=18.50',
  's1n=Cooking%20classes&s1a=1500&s1f=year',
  's2n=Personal%20assistant&s2a=8000&s2f=year',
  's3n=Travel%20training&s3a=1500&s3f=year',
  's4n=Gym&s4a=30&s4f=month',
  's5n=Planner%20device&s5a=1400&s5f=once',
  's6n=Day%20trips&s6a=40&s6f=four-weeks',
].join('&');

describe('the printed summary for bigger budgets', () => {
  it('fits 3 kinds of support and 6 spending items on 1 page', async () => {
    const budget = await BudgetPage.open(browser, THREE_LINES_SIX_ITEMS);
    try {
      await expect.poll(() => budget.headline()).toContain('£33,021.56 a year');
      expect(await budget.printedPages()).toBe(1);
    } finally {
      await budget.close();
    }
  });

  it('never takes more than 2 pages, even with a fee, travel and a contribution', async () => {
    const budget = await BudgetPage.open(
      browser,
      `${THREE_LINES_SIX_ITEMS}&fee=percent:10&travel=week:15&c=25&o1n=Equipment%20hire&o1a=120&o1f=month`,
    );
    try {
      await expect.poll(() => budget.headline()).toContain('a year');
      expect(await budget.printedPages()).toBeLessThanOrEqual(2);
    } finally {
      await budget.close();
    }
  });
});

describe('accessibility of the calculator', () => {
  it.each([320, 1280])(
    'has no problems when empty, with errors, or with a result, at %i pixels wide',
    async (width) => {
      const budget = await BudgetPage.open(browser, '', { width });
      try {
        const found: Record<string, unknown> = {};
        found['empty'] = await budget.site.axeViolations();
        await budget.fillLine(0, 'lots', 'free');
        await budget.submit();
        await budget.errorSummary().waitFor();
        found['errors'] = await budget.site.axeViolations();
        await budget.fillLine(0, '12', '20');
        await budget.page.getByText('Add extra costs and your own contribution').click();
        await budget.page.getByText('What if your hours changed?').click();
        await budget.page.getByRole('button', { name: /^Add cooking classes/ }).click();
        await budget.headline();
        found['result'] = await budget.site.axeViolations();
        expect(await budget.site.horizontalOverflow()).toBe(0);
        expect(found).toEqual({ empty: [], errors: [], result: [] });
      } finally {
        await budget.close();
      }
    },
  );
});
