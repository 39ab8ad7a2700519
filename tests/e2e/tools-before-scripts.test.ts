/*
 * The calculator and the planner are drawn into the built HTML (issue 18). Until their
 * JavaScript has run, as on a slow phone, they show but take no input and say they are getting
 * ready, so nothing a person types is lost. Without JavaScript, the form is not shown at all.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, holdScripts, launchBrowser, listProblems, watchContext } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('before the JavaScript has run', () => {
  it('the calculator shows its form, takes no typing, then takes it once ready', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const problems = await watchContext(context);
    const release = await holdScripts(context);
    try {
      const page = await context.newPage();
      const loaded = page.goto(new URL('/budget/', baseUrl()).href, { waitUntil: 'load' });
      loaded.catch(() => undefined);
      const hours = page.getByLabel('Hours of support each week');
      await hours.waitFor();
      await page.getByText('The calculator is getting ready. Please wait.').waitFor();
      // A person types at once: the box does not take it, so nothing is silently lost.
      await hours.click({ force: true });
      await page.keyboard.type('10');
      expect(await hours.inputValue()).toBe('');
      // Disabled as well as inert, so browsers without inert refuse the typing too.
      expect(await hours.isDisabled()).toBe(true);

      release();
      await loaded;
      await page.getByText('The calculator is ready. Type your figures below.').waitFor();
      expect(await hours.isDisabled()).toBe(false);
      await hours.fill('10');
      await page.getByLabel('Cost of 1 hour (£)').fill('20');
      await page.locator('.budget-result').getByText('Your budget is £10,400 a year.').waitFor();
      expect(await hours.inputValue()).toBe('10');
      expect(listProblems(problems)).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });

  it('the calculator reads figures from a link once ready, without a hydration problem', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const problems = await watchContext(context);
    try {
      const page = await context.newPage();
      await page.goto(new URL('/budget/', baseUrl()).href);
      await page.getByText('The calculator is ready.').waitFor();
      await page.getByLabel('Hours of support each week').fill('10');
      await page.getByLabel('Cost of 1 hour (£)').fill('20');
      await page.waitForFunction(() => window.location.hash.length > 1);
      const link = page.url();
      await page.goto(new URL('/', baseUrl()).href);
      const other = await context.newPage();
      await other.goto(link);
      await other.getByText('The calculator is ready.').waitFor();
      expect(await other.getByLabel('Hours of support each week').inputValue()).toBe('10');
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the planner shows its plans list, with "Start a new plan" waiting until it can save', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const problems = await watchContext(context);
    const release = await holdScripts(context);
    try {
      const page = await context.newPage();
      const loaded = page.goto(new URL('/plan/', baseUrl()).href, { waitUntil: 'load' });
      loaded.catch(() => undefined);
      await page.getByRole('heading', { name: 'Plans on this device' }).waitFor();
      await page.getByText('Opening your plans').waitFor();
      const start = page.getByRole('button', { name: 'Start a new plan' });
      expect(await start.isDisabled()).toBe(true);

      release();
      await loaded;
      await page.getByText('There are no plans on this device yet.').waitFor();
      expect(await start.isEnabled()).toBe(true);
      expect(listProblems(problems)).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  });
});

describe('without JavaScript', () => {
  for (const [path, tool] of [
    ['/budget/', 'The calculator needs JavaScript'],
    ['/plan/', 'The planner needs JavaScript'],
  ] as const) {
    it(`${path} says the tool needs JavaScript and does not show a form that cannot work`, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(new URL(path, baseUrl()).href);
        expect(await page.locator('main').innerText()).toContain(tool);
        expect(await page.locator('.tool-island').isVisible()).toBe(false);
        expect(
          await page.getByRole('button', { name: /Work out my budget|Start a new plan/ }).count(),
        ).toBe(0);
        if (path === '/budget/') {
          await page.getByRole('heading', { name: 'How the sum works: an example' }).waitFor();
          await page.getByRole('table', { name: 'Work out your budget' }).waitFor();
        }
      } finally {
        await context.close();
      }
    });
  }
});

describe('when a part of a tool cannot load', () => {
  it('the planner says so in that part’s place, and the page stays', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      // The open plan's code never arrives, as when the connection drops.
      await context.route(/\/_astro\/PlanWorkspace\.[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(new URL('/plan/', baseUrl()).href);
      await page.getByRole('button', { name: 'Start a new plan' }).click();
      await page.getByRole('alert').getByText('This part of the page did not load.').waitFor();
      expect(await page.locator('.tool-island').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('the calculator keeps its result when the Word button cannot load', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await context.route(/\/_astro\/BudgetWordButton\.[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(new URL('/budget/', baseUrl()).href);
      await page.getByText('The calculator is ready.').waitFor();
      await page.getByLabel('Hours of support each week').fill('10');
      await page.getByLabel('Cost of 1 hour (£)').fill('20');
      await page.getByRole('button', { name: 'Work out my budget' }).click();
      await page.getByRole('alert').getByText('This part of the page did not load.').waitFor();
      await page.locator('.budget-result').getByText('Your budget is £10,400 a year.').waitFor();
      expect(await page.getByLabel('Hours of support each week').inputValue()).toBe('10');
    } finally {
      await context.close();
    }
  });
});
