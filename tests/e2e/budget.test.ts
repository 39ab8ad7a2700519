/*
 * The budget calculator in real Chromium: the source documents' figures, errors a person
 * can fix by keyboard, figures kept in the link, the printed summary, and no accessibility
 * problems in the empty, error and result states.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { davidStory, jamesStory, mayaStory, sarahStory } from '../../src/lib/budget/stories';
import { calculatorLink } from '../../src/lib/calculator/link';
import { calculatorLink as guideCalculatorLink } from '../../src/lib/guides/figures';
import { baseUrl, launchBrowser } from './support/browser';
import { BudgetPage } from './pages/BudgetPage';
import { SitePage } from './pages/SitePage';

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
    ['Sarah', sarahStory, 'Your budget is £12,480 a year.', '£2,980 a year is left.'],
    ['Maya', mayaStory, 'Your budget is £8,320 a year.', '£820 a year is left.'],
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
        .toContain(
          'Your assessment: 12 hours a week. After your plans, the rest pays for about 2.8 hours a week. That is about 149 hours a year, at £20 an hour.',
        );
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
      // The link is written a moment after typing stops: wait for the cost of 1 hour too.
      await expect.poll(() => budget.page.url()).toContain('l1r=20');
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
      // The printed address is one a person can type, without the figures after "#".
      const page = new URL(budget.page.url());
      expect(await budget.page.locator('.site-footer__printed').innerText()).toContain(
        `Open ISF: ${page.origin}/budget/.`,
      );
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
    // Once in three full runs, at 1280 pixels, Chromium never found the "Work out my budget"
    // button stable for 30 seconds, straight after an axe scan: not reproduced since. This scan
    // is not about timing or saving, so one more try is allowed; the cause is still to find.
    { retry: 1 },
  );
});

/** 12 hours at £20 and 6 hours at £18.50 a week, and £3,000 a year of spending ideas (issue 13). */
const ISSUE_13 = [
  'l1n=Day%20support&l1h=12&l1r=20',
  'l2n=Evening%20support&l2h=6&l2r=18.50',
  's1n=Cooking%20classes&s1a=1500&s1f=year',
  's2n=Travel%20training&s2a=1500&s2f=year',
].join('&');

/** The words of a part of the page, on one line. */
async function textOf(budget: BudgetPage, selector: string): Promise<string> {
  return (await budget.page.locator(selector).first().innerText()).replace(/\s+/g, ' ').trim();
}

describe.each([320, 1280])(
  'figures a person can take to the council, at %i pixels wide',
  (width) => {
    it.each([
      ['a 10% provider fee', 'fee=percent:10', '£1,825.20'],
      ['a fixed £1,000 provider fee', 'fee=year:1000', '£1,000'],
    ])('never counts %s as money to spend or as hours', async (_name, fee, kept) => {
      const budget = await BudgetPage.open(browser, `${ISSUE_13}&${fee}`, { width });
      try {
        await expect.poll(() => budget.headline()).toContain('a year');
        expect(await textOf(budget, '.budget-result')).toContain(
          `Your provider keeps ${kept} a year for looking after your Individual Service Fund.`,
        );
        const totals = await budget.spendingTotals();
        expect(totals).toContain('£15,252 a year is left.');
        expect(totals).toContain(
          'Your assessment: 18 hours a week. After your plans, the rest pays for about 14.6 hours a week. That is about 762 hours a year, at £20 an hour.',
        );
        expect(await textOf(budget, '.budget-result')).toContain(`You can plan with: `);
        await budget.site.emulatePrint(true);
        const printed = await textOf(budget, '.print-summary');
        expect(printed).toContain(`Your provider keeps ${kept} a year`);
        expect(printed).toContain('After your plans, the rest pays for about 14.6 hours a week.');
        await budget.site.emulatePrint(false);
        expect(await budget.site.axeViolations()).toEqual([]);
        expect(await budget.site.horizontalOverflow()).toBe(0);
      } finally {
        await budget.close();
      }
    });

    it('says the whole budget pays for the assessed hours when nothing is planned', async () => {
      const budget = await BudgetPage.open(browser, '', { width });
      try {
        await budget.fillLine(0, '12', '20');
        await expect.poll(() => budget.headline()).toContain('£12,480 a year');
        expect(await textOf(budget, '.budget-result')).toContain(
          'Your assessment: 12 hours a week. Your budget pays for all of these hours.',
        );
        expect(await budget.site.axeViolations()).toEqual([]);
      } finally {
        await budget.close();
      }
    });

    it('shows the working for one kind of support in 4 steps, the same on screen and in print', async () => {
      const budget = await BudgetPage.open(browser, '', { width });
      try {
        await budget.fillLine(0, '12', '20');
        await expect.poll(() => budget.headline()).toContain('£12,480 a year');
        const onScreen = await budget.page.locator('.budget-result .working li').allInnerTexts();
        expect(onScreen).toEqual([
          'Support: 12 hours a week × £20 an hour = £240 a week.',
          'Budget a year: £240 a week × 52 weeks = £12,480 a year.',
          'Budget every 4 weeks: £240 a week × 4 = £960.',
          'Budget a month: £12,480 a year ÷ 12 = £1,040.',
        ]);
        const result = await textOf(budget, '.budget-result');
        expect(result).toContain(
          'A month costs more than 4 weeks, because most months are longer than 4 weeks.',
        );
        // Support alone is the budget: no table that says £240 twice.
        expect(
          await budget.page.getByRole('table', { name: 'What your budget is made of' }).count(),
        ).toBe(0);
        await budget.site.emulatePrint(true);
        expect(
          await budget.page.locator('.print-summary__part--working li').allInnerTexts(),
        ).toEqual(onScreen);
        await budget.site.emulatePrint(false);
      } finally {
        await budget.close();
      }
    });

    it('keeps weeks in the year under More choices, set to 52', async () => {
      const budget = await BudgetPage.open(browser, '', { width });
      try {
        const weeks = budget.page.locator('#weeks-52');
        expect(await weeks.isChecked()).toBe(true);
        expect(await weeks.isVisible()).toBe(false);
        expect(await budget.page.getByText('Most councils use this').count()).toBe(0);
        await budget.page.getByText('More choices').click();
        expect(await weeks.isVisible()).toBe(true);
        expect(await textOf(budget, '.more-choices')).toContain(
          'Change this only if your council tells you it counts a different number of weeks.',
        );
        expect(await budget.site.axeViolations()).toEqual([]);
      } finally {
        await budget.close();
      }
    });

    it('fits amounts up to £9,999,999.99 without scrolling sideways', async () => {
      const budget = await BudgetPage.open(browser, 'l1h=168&l1r=1000&fee=year:1263999.99&c=100', {
        width,
      });
      try {
        await expect.poll(() => budget.headline()).toContain('£9,999,999.99 a year');
        const table = budget.page.getByRole('table', { name: 'What your budget is made of' });
        expect(await table.innerText()).toContain('£9,999,999.99');
        expect(await budget.site.horizontalOverflow()).toBe(0);
        const box = await budget.page.locator('.budget-result').boundingBox();
        const cells = await table
          .locator('td, th')
          .evaluateAll((all) => all.map((cell) => cell.getBoundingClientRect().right));
        expect(Math.max(...cells)).toBeLessThanOrEqual((box?.x ?? 0) + (box?.width ?? 0));
        expect(await budget.site.axeViolations()).toEqual([]);
      } finally {
        await budget.close();
      }
    });

    it('asks kindly for a cost of 1 hour above £0, and writes "support" in lower case', async () => {
      const budget = await BudgetPage.open(browser, '', { width });
      try {
        await budget.fillLine(0, '12', '0');
        await budget.submit();
        await budget.errorSummary().waitFor();
        expect(await budget.errorSummary().innerText()).toContain(
          'The cost of 1 hour must be more than £0. Enter what 1 hour of support costs, like 20',
        );
        expect(await budget.site.axeViolations()).toEqual([]);
        await budget.rateField(0).fill('20');
        await expect.poll(() => budget.headline()).toContain('£12,480 a year');
        await budget.page.getByText('What if your hours changed?').click();
        await budget.page.getByLabel('Minutes a day', { exact: true }).fill('45');
        await expect
          .poll(() => textOf(budget, '.what-if .panel'))
          .toContain('Fewer hours of support:');
      } finally {
        await budget.close();
      }
    });

    it('opens K’s saving named for what it is, never as "Your budget"', async () => {
      const link = guideCalculatorLink('k');
      expect(link.label).toBe('Open K’s saving in the calculator');
      const site = await SitePage.open(browser, link.href, { width });
      try {
        const heading = site.page.getByRole('heading', {
          level: 2,
          name: 'The support K’s planner replaced',
        });
        await heading.waitFor();
        const result = (await site.page.locator('.budget-result').innerText()).replace(/\s+/g, ' ');
        expect(result).toContain('That support cost £6,085.04 a year.');
        expect(result).not.toContain('Your budget');
        expect(await site.axeViolations()).toEqual([]);
        expect(await site.horizontalOverflow()).toBe(0);
      } finally {
        await site.close();
      }
    });

    it('tells K’s story with the source’s own figures', async () => {
      const site = await SitePage.open(browser, '/guides/stories/', { width });
      try {
        const text = (await site.page.locator('main').innerText()).replace(/\s+/g, ' ');
        expect(text).toContain('That saved about £117 a week.');
        expect(text).toContain('That is about £6,084 a year.');
        expect(text).toContain('We worked it out from the source’s own figures');
        expect(await site.axeViolations()).toEqual([]);
      } finally {
        await site.close();
      }
    });
  },
);
