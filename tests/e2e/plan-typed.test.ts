/*
 * Nothing a person types is lost: a half-typed or impossible date, and an amount that is not
 * written as money, are kept as typed on this device, the date saved before is never wiped,
 * and the message saying how to fix it shows again when the person comes back.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { PlanPage } from './pages/PlanPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const REVIEW = 'Next review date';

describe('a date that is not finished yet', () => {
  it('keeps the half-typed date and the date saved before, and says how to fix it', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      const planId = decodeURIComponent((await plan.startPlan()).replace('#plan=', ''));
      await plan.openSection('Checking and reviews');
      await plan.fillDate(REVIEW, '24', '5', '2027');
      await plan.waitForSaved();
      await plan.dateBox(REVIEW, 'Year').fill('');
      await expect
        .poll(() => plan.statusLine().innerText())
        .toContain('1 date or amount needs checking. We kept what you typed.');
      await plan.waitForSaved();
      expect((await plan.storedRecord(planId))?.['reviews']).toMatchObject({
        nextReviewDate: '2027-05-24',
        nextReviewDateAsTyped: { day: '24', month: '5', year: '' },
      });

      // Leaving by the back link and coming back: the words and the message are still there.
      await page.getByRole('link', { name: 'Back to the list of parts' }).click();
      await page.getByRole('link', { name: 'About me' }).waitFor();
      await plan.openSection('Checking and reviews');
      expect(await plan.dateText(REVIEW)).toBe('24 5 ');
      const summary = plan.errorSummary();
      await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
      expect(await summary.innerText()).toContain(
        'Add the year to the next review date, like 24 5 2027.',
      );
      const group = page.getByRole('group', { name: REVIEW });
      expect(await group.innerText()).toContain('Add the year to the next review date');
      expect(await plan.dateBox(REVIEW, 'Year').getAttribute('aria-invalid')).toBe('true');
      expect(await plan.dateBox(REVIEW, 'Day').getAttribute('aria-invalid')).toBeNull();
      await expect.poll(() => page.title()).toMatch(/^Error: Checking and reviews/);
      expect(await site.axeViolations()).toEqual([]);

      // The summary's link goes to the box to fix.
      await summary.getByRole('link').click();
      await expect
        .poll(() => plan.dateBox(REVIEW, 'Year').evaluate((box) => box === document.activeElement))
        .toBe(true);

      // An impossible date is kept too, with a kind message once the person presses the button.
      await plan.dateBox(REVIEW, 'Day').fill('31');
      await plan.dateBox(REVIEW, 'Month').fill('02');
      await plan.dateBox(REVIEW, 'Year').fill('2027');
      await expect
        .poll(() => summary.innerText())
        .toContain('Check the day of the next review date. February 2027 has 28 days.');
      await plan.waitForSaved();
      await page.reload();
      await plan.ready();
      expect(await plan.dateText(REVIEW)).toBe('31 02 2027');
      expect(await plan.errorSummary().innerText()).toContain('February 2027 has 28 days.');

      // Mending it saves the new date and clears the message.
      await plan.dateBox(REVIEW, 'Day').fill('28');
      await expect.poll(() => plan.errorSummary().count()).toBe(0);
      await plan.waitForSaved();
      expect((await plan.storedRecord(planId))?.['reviews']).toMatchObject({
        nextReviewDate: '2027-02-28',
        nextReviewDateAsTyped: null,
      });
      await plan.finishSection(true);
      await page.getByRole('link', { name: 'About me' }).waitFor();
      expect(await plan.sectionStatus('Checking and reviews')).toBe('Done');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('a goal set by a month', () => {
  it('needs no day, and says which part is missing from a half date', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      const planId = decodeURIComponent((await plan.startPlan()).replace('#plan=', ''));
      await plan.openSection('What I want to achieve');
      await page.getByRole('button', { name: 'Add a goal' }).click();
      await plan.fillDate('By when', '', '6', '2027');
      await plan.waitForSaved();
      expect(await plan.errorSummary().count()).toBe(0);
      const goals = (): Promise<unknown> =>
        plan.storedRecord(planId).then((record) => record?.['goals']);
      expect(await goals()).toMatchObject({
        items: [{ byWhen: '2027-06', byWhenAsTyped: null }],
      });

      await plan.dateBox('By when', 'Month').fill('');
      await plan.finishSection(false);
      const group = page.getByRole('group', { name: 'By when' });
      await expect
        .poll(() => group.innerText())
        .toContain('Add the month to the date for goal 1, like 6 2027. The day can stay empty.');
      expect(await plan.dateBox('By when', 'Month').getAttribute('aria-invalid')).toBe('true');
      expect(await plan.dateBox('By when', 'Day').getAttribute('aria-invalid')).toBeNull();
      expect(await site.axeViolations()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('an amount that is not written as money', () => {
  it('keeps "45 quid" when the person leaves by the back link, and shows the message again', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    try {
      const planId = decodeURIComponent((await plan.startPlan()).replace('#plan=', ''));
      await plan.openSection('How I will use my budget');
      await page.getByRole('button', { name: 'Add something your budget pays for' }).click();
      await plan.field('What it is').fill('Swimming');
      await plan.field('What it costs each time').fill('45 quid');
      await plan.waitForSaved();
      await page.getByRole('link', { name: 'Back to the list of parts' }).click();
      await page.getByRole('link', { name: 'About me' }).waitFor();
      expect(await plan.statusLine().innerText()).toContain('1 date or amount needs checking.');
      const stored = (await plan.storedRecord(planId))?.['spending'] as {
        items: { cost: string; costAsTyped: string }[];
      };
      expect(stored.items[0]).toMatchObject({ cost: '', costAsTyped: '45 quid' });

      await page.reload();
      await plan.ready();
      await plan.openSection('How I will use my budget');
      const cost = plan.field('What it costs each time');
      expect(await cost.inputValue()).toBe('45 quid');
      expect(await plan.errorSummary().innerText()).toContain(
        'Enter the cost of item 1 as an amount of money, like 45.50',
      );
      expect(await cost.getAttribute('aria-invalid')).toBe('true');
      expect(await site.axeViolations()).toEqual([]);

      await cost.fill('45');
      await expect.poll(() => plan.errorSummary().count()).toBe(0);
      await plan.waitForSaved();
      const mended = (await plan.storedRecord(planId))?.['spending'] as {
        items: { cost: string; costAsTyped: string }[];
      };
      expect(mended.items[0]).toMatchObject({ cost: '45.00', costAsTyped: '' });
    } finally {
      await site.close();
    }
  });
});
