/*
 * The support plan drafter in real Chromium: the plans list (start, open, delete with undo),
 * each part's help and checks, figures from the calculator, pages without JavaScript, the
 * Privacy page's "Delete everything", and no accessibility problems in any state.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sarahStory } from '../../src/lib/budget/stories';
import { draftFromBudgetInput, writeLink } from '../../src/lib/calculator/link';
import { PLAN_SECTIONS } from '../../src/lib/plan';
import { launchBrowser } from './support/browser';
import { BudgetPage } from './pages/BudgetPage';
import { PlanPage } from './pages/PlanPage';
import { SitePage } from './pages/SitePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const sarahLink = writeLink(draftFromBudgetInput(sarahStory.input));

describe('the plans list', () => {
  it('starts empty, with no accessibility problems', async () => {
    const { site, plan } = await PlanPage.open(browser);
    try {
      expect(await plan.heading().innerText()).toBe('Plans on this device');
      await site.page.getByText('There are no plans on this device yet.').waitFor();
      expect(await site.axeViolations()).toEqual([]);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('keeps more than 1 plan, and deletes one only after asking, with undo', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      for (const name of ['Sam', 'Ali']) {
        await plan.goto('plans');
        await plan.startPlan();
        await plan.openSection('About me');
        await plan.field('Your name, or the name you like').fill(name);
        await plan.waitForSaved();
      }
      await plan.goto('plans');
      const cards = page.locator('.plan-card h3');
      await expect.poll(() => cards.allInnerTexts()).toEqual(["Ali's plan", "Sam's plan"]);
      expect(await site.axeViolations()).toEqual([]);

      await page.getByRole('button', { name: "Delete Sam's plan" }).click();
      const yes = page.getByRole('button', { name: 'Yes, delete it' });
      await expect
        .poll(() => yes.evaluate((button) => button === document.activeElement))
        .toBe(true);
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('button', { name: 'No, keep it' }).click();
      expect(await cards.count()).toBe(2);

      await page.getByRole('button', { name: "Delete Sam's plan" }).click();
      await yes.click();
      await page.getByText("Sam's plan was deleted from this device.").waitFor();
      await expect.poll(() => cards.allInnerTexts()).toEqual(["Ali's plan"]);
      expect(await site.axeViolations()).toEqual([]);

      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => cards.allInnerTexts()).toEqual(["Ali's plan", "Sam's plan"]);
      await page.reload();
      await plan.ready();
      await expect.poll(() => cards.allInnerTexts()).toEqual(["Ali's plan", "Sam's plan"]);
    } finally {
      await site.close();
    }
  });

  it('gives a plan its own name, by keyboard, and shows it in the list and the plan', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('About me');
      await plan.field('Your name, or the name you like').fill('Sam');
      await plan.waitForSaved();
      await page.getByRole('link', { name: 'Back to the list of parts' }).click();
      await expect.poll(() => plan.heading().innerText()).toBe("Sam's plan");

      const change = page.getByRole('link', { name: "Change the plan's name" });
      await change.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => plan.heading().innerText()).toBe("Change the plan's name");
      await expect
        .poll(() => plan.heading().evaluate((heading) => heading === document.activeElement))
        .toBe(true);
      const name = plan.field("The plan's name");
      expect(await name.inputValue()).toBe("Sam's plan");
      expect(await site.axeViolations()).toEqual([]);

      // Cancel leaves the name as it was.
      await name.fill('Not this one');
      await page.getByRole('link', { name: 'Cancel' }).click();
      await expect.poll(() => plan.heading().innerText()).toBe("Sam's plan");

      // An empty name, then a name that is too long, get a kind message.
      await change.click();
      await name.fill('   ');
      await page.getByRole('button', { name: 'Save' }).press('Enter');
      const summary = plan.errorSummary();
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.innerText()).toContain(
        'Enter a name for the plan, like "Sam\'s plan 2027".',
      );
      await expect
        .poll(() => page.title())
        .toBe("Error: Change the plan's name - Sam's plan - Support plan - Open ISF");
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await site.axeViolations()).toEqual([]);
      await name.fill('x'.repeat(101));
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(() => summary.innerText())
        .toContain('Make the name shorter. It can have up to 100 characters. It has 101 now.');

      await name.fill('Sam at home, 2027');
      await page.keyboard.press('Enter');
      await expect.poll(() => plan.heading().innerText()).toBe('Sam at home, 2027');
      await expect.poll(() => page.title()).toBe('Sam at home, 2027 - Support plan - Open ISF');
      await plan.waitForSaved();
      await plan.goto('plans');
      await expect
        .poll(() => page.locator('.plan-card h3').allInnerTexts())
        .toEqual(['Sam at home, 2027']);
      await page.getByRole('link', { name: 'Open Sam at home, 2027' }).click();
      await expect.poll(() => plan.heading().innerText()).toBe('Sam at home, 2027');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('says kindly when a plan is no longer on this device', async () => {
    const { site, plan } = await PlanPage.open(browser, 'plan=not-here-any-more');
    try {
      expect(await plan.heading().innerText()).toBe('This plan is not on this device');
      expect(await site.page.getByRole('alert').innerText()).toContain('backup file');
      expect(await site.axeViolations()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('the parts of a plan', () => {
  it('opens each part with help, an example and a picture, and no accessibility problems', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      expect(await site.axeViolations()).toEqual([]);
      for (const section of PLAN_SECTIONS) {
        expect(await plan.sectionStatus(section.title)).toBe('Not started');
        await plan.openSection(section.title);
        await expect
          .poll(() => page.title())
          .toBe(`${section.title} - Untitled plan - Support plan - Open ISF`);
        expect(await page.locator('.section-view img.plan-picture').count()).toBeGreaterThan(0);
        expect(await page.locator('.plan-question:not(:has(img.plan-picture))').count()).toBe(0);
        for (const width of [1280, 320]) {
          await site.setWidth(width);
          expect(await site.axeViolations(), `${section.title} at ${width}px`).toEqual([]);
          expect(await site.horizontalOverflow()).toBe(0);
        }
        await site.setWidth(1280);
        await page.goBack();
        await page.getByRole('link', { name: 'About me' }).waitFor();
      }
      // Back and forward work, and a reload opens the same part.
      await page.goForward();
      await page.locator('#planner-heading', { hasText: 'Checking and reviews' }).waitFor();
      await page.reload();
      await page.locator('#planner-heading', { hasText: 'Checking and reviews' }).waitFor();
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('shows an example and a visible count of characters left', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      expect(await plan.statusLine().innerText()).toContain('Nothing is written in it yet.');
      await plan.openSection('About me');
      const field = plan.field('What matters to you');
      const question = page.locator('.plan-question', { has: field });
      expect(await question.innerText()).toContain('For example:');
      expect(await question.innerText()).toContain('You have 5,000 characters left');
      await field.fill('Football');
      expect(await question.innerText()).toContain('You have 4,992 characters left');
      await plan.waitForSaved();
      expect(await plan.statusLine().innerText()).not.toContain('Nothing is written');
      await field.fill('x'.repeat(6000));
      expect((await field.inputValue()).length).toBe(5000);
      expect(await question.innerText()).toContain('You have no characters left');

      // A name box counts only when it gets close to its limit.
      const name = plan.field('Your name, or the name you like');
      const nameQuestion = page.locator('.plan-question', { has: name });
      expect(await nameQuestion.innerText()).not.toContain('characters left');
      await name.fill('x'.repeat(4600));
      expect(await nameQuestion.innerText()).toContain('You have 400 characters left');
    } finally {
      await site.close();
    }
  });

  it('checks money when the person presses the button, with an error summary that takes focus', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('How I will use my budget');
      await page.getByRole('button', { name: 'Add something your budget pays for' }).click();
      await plan.field('What it is').fill('Cooking classes');
      await plan.field('What it costs each time').fill('lots');
      await expect
        .poll(() => plan.statusLine().innerText())
        .toContain('1 date or amount needs checking. We kept what you typed.');
      await plan.finishSection(true);
      const summary = plan.errorSummary();
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.innerText()).toContain(
        'Enter the cost of item 1 as an amount of money, like 45.50',
      );
      await expect.poll(() => page.title()).toMatch(/^Error: How I will use my budget/);
      expect(await site.axeViolations()).toEqual([]);

      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const cost = plan.field('What it costs each time');
      await expect
        .poll(() => cost.evaluate((input) => input === document.activeElement))
        .toBe(true);
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('£1,500');
      await expect.poll(() => summary.count()).toBe(0);
      await expect.poll(() => page.title()).not.toMatch(/^Error/);
      await page.getByRole('button', { name: 'Save and go back to the list' }).click();
      await page.getByRole('link', { name: 'About me' }).waitFor();
      expect(await plan.sectionStatus('How I will use my budget')).toBe('Done');
    } finally {
      await site.close();
    }
  });

  it('adds up spending against the budget with the budget engine, and ties items to goals', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('What I want to achieve');
      await page.getByRole('button', { name: 'Add a goal' }).click();
      await plan.field('Your goal, in your words').fill('Cook my own tea');
      await plan.finishSection(false);
      await plan.openSection('My budget');
      await page.getByLabel('I will type it in').check();
      await plan.field('Your budget').fill('12,480');
      await plan.finishSection(true);
      await plan.openSection('How I will use my budget');
      await page.getByRole('button', { name: 'Add something your budget pays for' }).click();
      await plan.field('What it is').fill('Cooking classes');
      await plan.field('What it costs each time').fill('1500');
      await page.getByLabel('Goal 1: Cook my own tea').check();
      await page.getByRole('button', { name: 'Add another item' }).click();
      await page.getByLabel('What it is').nth(1).fill('Personal assistant');
      await page.getByLabel('What it costs each time').nth(1).fill('£8,000');
      const totals = page.locator('.spending-totals');
      await expect.poll(() => totals.innerText()).toContain('£2,980 a year is left.');
      expect(await totals.innerText()).toContain('You plan to spend £9,500 a year.');

      await page.getByRole('button', { name: 'Remove item 2' }).click();
      await expect.poll(() => totals.innerText()).toContain('£10,980 a year is left.');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => totals.innerText()).toContain('£2,980 a year is left.');
      expect(await site.axeViolations()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('says kindly when the amounts are too large to add up, and goes on working', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('How I will use my budget');
      await page.getByRole('button', { name: 'Add something your budget pays for' }).click();
      await plan.field('What it is').fill('A slip of the keyboard');
      await plan.field('How often you pay').selectOption({ label: 'Every week' });
      await plan.field('What it costs each time').fill('999,999,999');
      const totals = page.locator('.spending-totals');
      await expect.poll(() => totals.innerText()).toContain('We cannot add up these amounts.');
      expect(await totals.innerText()).toContain('They come to £1,000,000,000 a year or more.');
      expect(await site.axeViolations()).toEqual([]);

      await plan.field('What it costs each time').fill('999');
      await expect.poll(() => totals.innerText()).toContain('You plan to spend £51,948 a year.');
      await plan.waitForSaved();
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('suggests a review date 6 months from today, and notes a date that has passed', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('Checking and reviews');
      await page.getByRole('button', { name: /^Use \d+ \w+ \d{4}$/ }).click();
      await expect.poll(() => plan.dateText('Next review date')).toMatch(/^\d+ \d+ \d{4}$/);
      expect(await page.getByText('This date has passed.').count()).toBe(0);
      await plan.fillDate('Next review date', '1', '1', '2020');
      await page.getByText('This date has passed. You may want to choose a new date.').waitFor();
      expect(await site.axeViolations()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('figures from the calculator', () => {
  it('shows the figures and puts them in a new plan with their spending', async () => {
    const { site, plan } = await PlanPage.open(
      browser,
      `from-calculator=${encodeURIComponent(sarahLink)}`,
    );
    const { page } = site;
    try {
      expect(await page.locator('.budget-figures').innerText()).toContain(
        'Your budget is £12,480 a year.',
      );
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('button', { name: 'Put the figures in the plan' }).click();
      await page.locator('#planner-heading', { hasText: 'My budget' }).waitFor();
      expect(await page.locator('.budget-figures').innerText()).toContain('£12,480 a year');
      expect(await page.getByLabel('From the budget calculator').isChecked()).toBe(true);
      // The address now names the plan, so a reload does not hand the figures over again.
      await page.reload();
      await page.locator('#planner-heading', { hasText: 'My budget' }).waitFor();
      await plan.goto('plans');
      await page.locator('.plan-card').getByRole('link', { name: /^Open/ }).click();
      await plan.openSection('How I will use my budget');
      const totals = (await page.locator('.spending-totals').innerText()).replace(/\s+/g, ' ');
      expect(totals).toContain('£2,980 a year is left.');
      // What is left says what it pays for, beside the assessed hours (issue 13).
      expect(totals).toContain(
        'Your assessment: 12 hours a week. After your plans, the rest pays for about 2.8 hours a week.',
      );
    } finally {
      await site.close();
    }
  });

  it('asks which plan, and puts the figures in a plan already on this device', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('About me');
      await plan.field('Your name, or the name you like').fill('Sam');
      await plan.waitForSaved();
      await plan.goto(`from-calculator=${encodeURIComponent(sarahLink)}`);
      await page.getByRole('button', { name: 'Put the figures in the plan' }).click();
      const summary = plan.errorSummary();
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      await expect.poll(() => page.title()).toMatch(/^Error: /);
      expect(await site.axeViolations()).toEqual([]);
      await page.getByLabel("Put them in Sam's plan").check();
      await page.getByLabel('Also add the 2 things you planned to spend it on').uncheck();
      await page.getByRole('button', { name: 'Put the figures in the plan' }).click();
      await page.locator('#planner-heading', { hasText: 'My budget' }).waitFor();
      await expect
        .poll(() => page.title())
        .toBe("My budget - Sam's plan - Support plan - Open ISF");
      expect(await page.locator('.budget-figures').innerText()).toContain('£12,480 a year');
    } finally {
      await site.close();
    }
  });

  it('says kindly when the figures are broken', async () => {
    const { site } = await PlanPage.open(
      browser,
      `from-calculator=${encodeURIComponent('fee=javascript:alert(1)')}`,
    );
    try {
      expect(await site.page.getByRole('alert').innerText()).toContain(
        'could not read the figures',
      );
      expect(await site.axeViolations()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

/** 12 hours at £20 and 6 hours at £18.50 a week, a 10% provider fee, £3,000 planned (issue 13). */
const ISSUE_13 = [
  'l1n=Day%20support&l1h=12&l1r=20',
  'l2n=Evening%20support&l2h=6&l2r=18.50',
  'fee=percent:10',
  's1n=Cooking%20classes&s1a=1500&s1f=year',
  's2n=Travel%20training&s2a=1500&s2f=year',
].join('&');

const PROVIDER_PART = [
  'Your provider keeps £1,825.20 a year for looking after your Individual Service Fund.',
  'This money cannot pay for support or for your plans.',
];

const LEFT_PAYS_FOR_HOURS = [
  'You plan to spend £3,000 a year.',
  '£15,252 a year is left.',
  'Your assessment: 18 hours a week.',
  'After your plans, the rest pays for about 14.6 hours a week.',
  'That is about 762 hours a year, at £20 an hour.',
];

describe.each([320, 1280])("the planner's budget parts, at %i pixels wide", (width) => {
  it("use the calculator's words for the provider's part and what is left", async () => {
    const budget = await BudgetPage.open(browser, ISSUE_13, { width });
    const { site, page } = budget;
    const plan = new PlanPage(page);
    const paragraphs = (selector: string): Promise<string[]> =>
      page.locator(`${selector} p`).allInnerTexts();
    try {
      await expect.poll(() => budget.headline()).toContain('£20,077.20 a year');
      const calculator = {
        provider: (await paragraphs('.budget-result')).filter((p) => PROVIDER_PART.includes(p)),
        left: await paragraphs('.spending-total'),
      };
      expect(calculator).toEqual({ provider: PROVIDER_PART, left: LEFT_PAYS_FOR_HOURS });

      await page.getByRole('link', { name: 'Use these figures in my support plan' }).click();
      await plan.ready();
      await page.getByRole('button', { name: 'Put the figures in the plan' }).click();
      await page.locator('#planner-heading', { hasText: 'My budget' }).waitFor();
      const myBudget = await paragraphs('.budget-figures');
      expect(myBudget.join(' ')).toContain(calculator.provider.join(' '));
      expect(await site.axeViolations()).toEqual([]);

      await plan.goto('plans');
      await page.locator('.plan-card').getByRole('link', { name: /^Open/ }).click();
      await plan.openSection('How I will use my budget');
      const totals = (await paragraphs('.spending-totals')).join(' ');
      // The same sentences, in the same order: the provider's part, then what is left.
      expect(totals).toContain([...calculator.provider, ...calculator.left].join(' '));
      expect(await site.axeViolations()).toEqual([]);
      expect(await site.horizontalOverflow()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('without JavaScript', () => {
  it('says the planner needs JavaScript and that nothing is sent anywhere', async () => {
    const site = await SitePage.open(browser, '/plan/', { javaScript: false });
    try {
      const text = await site.page.locator('main').innerText();
      expect(text).toContain('The planner needs JavaScript');
      expect(text).toContain('Nothing you type here is sent anywhere');
    } finally {
      await site.close();
    }
  });
});

describe('the Privacy page', () => {
  it('deletes everything saved on this device after asking', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await site.goto('/guides/');
      await page.evaluate(() => navigator.serviceWorker.ready);
      await site.goto('/privacy/');
      await page.getByRole('button', { name: 'Delete everything saved on this device' }).click();
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await page.getByText('Everything saved on this device has been deleted.').waitFor();
      const left = await page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((database) => database.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        choices: localStorage.length,
      }));
      expect(left).toEqual({ databases: [], caches: [], workers: 0, choices: 0 });
      await plan.goto('plans');
      await page.getByText('There are no plans on this device yet.').waitFor();
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('never says "Saved" in another tab once everything is deleted, and keeps its words', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    const other = await site.context.newPage();
    try {
      await plan.startPlan();
      await plan.openSection('About me');
      const name = plan.field('Your name, or the name you like');
      await name.fill('Sam Jones');
      await plan.waitForSaved();

      await other.goto(new URL('/privacy/', page.url()).href);
      await other.getByRole('button', { name: 'Delete everything saved on this device' }).click();
      await other.getByRole('button', { name: 'Yes, delete everything' }).click();
      await other.getByText('Everything saved on this device has been deleted.').waitFor();

      await expect.poll(() => plan.statusLine().innerText()).toContain('Not saved.');
      expect(await plan.statusLine().innerText()).not.toContain('Saved on this device');
      expect(await page.getByRole('alert').first().innerText()).toContain('deleted in another tab');
      // Reloading would lose the words on screen, so it is not offered; a backup is.
      expect(await page.getByRole('button', { name: 'Reload this page' }).count()).toBe(0);
      expect(await name.inputValue()).toBe('Sam Jones');
      expect(await site.axeViolations()).toEqual([]);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download a backup' }).first().click();
      expect((await download).suggestedFilename()).toContain('Sam');

      // The person may also choose to keep it on this device after all.
      await name.fill('Sam Jones-Ali');
      await saveAgainAndReload(site, plan);
      expect(await plan.field('Your name, or the name you like').inputValue()).toBe(
        'Sam Jones-Ali',
      );
    } finally {
      await other.close();
      await site.close();
    }
  });

  it('says so when the browser clears saved data, and saves the words on screen again', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      await plan.startPlan();
      await plan.openSection('About me');
      const name = plan.field('Your name, or the name you like');
      await name.fill('Sam Jones');
      await plan.waitForSaved();

      // As when the person clears this site's data in the browser's settings.
      const devtools = await site.context.newCDPSession(page);
      await devtools.send('Storage.clearDataForOrigin', {
        origin: new URL(page.url()).origin,
        storageTypes: 'indexeddb',
      });
      await name.fill('Sam Jones-Ali');
      await expect.poll(() => plan.statusLine().innerText()).toContain('Not saved.');
      expect(await page.getByRole('alert').first().innerText()).toContain('closed');
      expect(await site.axeViolations()).toEqual([]);

      await saveAgainAndReload(site, plan);
      expect(await plan.field('Your name, or the name you like').inputValue()).toBe(
        'Sam Jones-Ali',
      );
    } finally {
      await site.close();
    }
  });
});

/** Presses "Save on this device again", checks it is true, and reloads the plan. */
async function saveAgainAndReload(site: SitePage, plan: PlanPage): Promise<void> {
  const { page } = site;
  await page.getByRole('button', { name: 'Save on this device again' }).click();
  await page.getByText('Open ISF is saving on this device again.').waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
    'saving on this device again',
  );
  await expect.poll(() => plan.statusLine().innerText()).not.toContain('Not saved');
  expect(await site.axeViolations()).toEqual([]);
  await page.reload();
  await plan.field('Your name, or the name you like').waitFor();
}
