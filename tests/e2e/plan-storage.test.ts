/*
 * The planner keeps a plan safe in real Chromium with real IndexedDB: after a reload, after the
 * browser is closed and opened again with the same profile, when the tab is closed straight after
 * typing, with 2 tabs open, and when the disk is full.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  launchBrowser,
  launchProfile,
  listProblems,
  watchContext,
} from './support/browser';
import { findAxeViolations } from './support/axe';
import { PlanPage } from './pages/PlanPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/**
 * Where the browser keeps nothing: starts a plan, writes "Sam" as the name, and downloads a
 * backup, which must be named for Sam. The status line never says "Saved".
 */
async function writeSamAndDownload(plan: PlanPage, page: Page): Promise<void> {
  await plan.startPlan();
  await plan.openSection('About me');
  await plan.field('Your name, or the name you like').fill('Sam');
  expect(await plan.statusLine().innerText()).toContain('Not saved.');
  expect(await findAxeViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  expect((await download).suggestedFilename()).toContain('Sam');
}

describe('saving a plan on this device', () => {
  it('keeps what was written after a reload', async () => {
    const { site, plan } = await PlanPage.open(browser);
    try {
      await plan.startPlan();
      await plan.openSection('About me');
      await plan.field('Your name, or the name you like').fill('Sam');
      await plan.field('What matters to you').fill('Seeing my sister <b>every</b> week.');
      await plan.waitForSaved();
      expect(await plan.statusLine().innerText()).toMatch(/Saved on this device at \d\d:\d\d/);
      await site.page.reload();
      await plan.ready();
      expect(await plan.field('Your name, or the name you like').inputValue()).toBe('Sam');
      expect(await plan.field('What matters to you').inputValue()).toBe(
        'Seeing my sister <b>every</b> week.',
      );
      expect(await site.page.locator('b').count()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('keeps the plan when the browser is closed and opened again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'open-isf-profile-'));
    try {
      let context = await launchProfile(profile);
      let page = context.pages()[0] ?? (await context.newPage());
      let plan = new PlanPage(page);
      await plan.goto();
      await plan.startPlan();
      await plan.openSection('Staying safe');
      await plan.field('Who to call').fill('My sister Jo: 07700 900123');
      await plan.waitForSaved();
      await context.close();

      context = await launchProfile(profile);
      page = context.pages()[0] ?? (await context.newPage());
      plan = new PlanPage(page);
      await plan.goto();
      await page.locator('.plan-card').getByRole('link', { name: /^Open/ }).click();
      await plan.openSection('Staying safe');
      expect(await plan.field('Who to call').inputValue()).toBe('My sister Jo: 07700 900123');
      await context.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('keeps the last words typed when the tab is closed at once', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const plan = new PlanPage(page);
      await plan.goto();
      const hash = await plan.startPlan();
      await plan.openSection('Decisions');
      await plan.field('What you decide for yourself').fill('What I eat');
      await plan.waitForSaved();
      await plan.field('What you decide for yourself').fill('What I eat and what I wear');
      await page.close({ runBeforeUnload: true });

      const again = new PlanPage(await context.newPage());
      await again.goto(`${hash.slice(1)}&section=decisions`);
      expect(await again.field('What you decide for yourself').inputValue()).toBe(
        'What I eat and what I wear',
      );
    } finally {
      await context.close();
    }
  });
});

describe('two tabs with the same plan', () => {
  it('keeps both tabs’ words when they change different answers at the same time', async () => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    try {
      const first = new PlanPage(await context.newPage());
      await first.goto();
      const hash = (await first.startPlan()).slice(1);
      const second = new PlanPage(await context.newPage());
      await second.goto(`${hash}&section=aboutMe`);
      await first.goto(`${hash}&section=aboutMe`);

      // Both tabs type before either has saved, so one save meets the other's newer work.
      await first.field('Your name, or the name you like').fill('Sam');
      await second.field('How you communicate').fill('Short sentences, please.');
      await Promise.all([first.waitForSaved(), second.waitForSaved()]);
      // One tab met the other's newer save, and put both changes together.
      const merged = (tab: PlanPage) => tab.page.getByText('We kept both changes.').count();
      expect((await merged(first)) + (await merged(second))).toBe(1);

      const check = new PlanPage(await context.newPage());
      await check.goto(`${hash}&section=aboutMe`);
      expect(await check.field('Your name, or the name you like').inputValue()).toBe('Sam');
      expect(await check.field('How you communicate').inputValue()).toBe(
        'Short sentences, please.',
      );
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows newer words from the other tab when this tab has nothing waiting', async () => {
    const context = await browser.newContext();
    try {
      const first = new PlanPage(await context.newPage());
      await first.goto();
      const hash = (await first.startPlan()).slice(1);
      await first.openSection('About me');
      const second = new PlanPage(await context.newPage());
      await second.goto(`${hash}&section=aboutMe`);
      await second.field('What people like about you').fill('I am kind.');
      await second.waitForSaved();
      await expect
        .poll(() => first.field('What people like about you').inputValue())
        .toBe('I am kind.');
    } finally {
      await context.close();
    }
  });

  it('never saves over newer words: when both change the same answer, the person chooses', async () => {
    const context = await browser.newContext();
    try {
      const first = new PlanPage(await context.newPage());
      await first.goto();
      const hash = (await first.startPlan()).slice(1);
      const second = new PlanPage(await context.newPage());
      await second.goto(`${hash}&section=aboutMe`);
      await first.goto(`${hash}&section=aboutMe`);

      await first.field('Your name, or the name you like').fill('Sam');
      await second.field('Your name, or the name you like').fill('Samira');
      const clash = (tab: PlanPage) =>
        tab.page.getByRole('button', { name: 'Show the newer version' });
      await expect
        .poll(async () => (await clash(first).count()) + (await clash(second).count()))
        .toBe(1);
      const loser = (await clash(first).count()) === 1 ? first : second;
      const winner = loser === first ? second : first;
      const winnerName = await winner.field('Your name, or the name you like').inputValue();
      const loserName = await loser.field('Your name, or the name you like').inputValue();
      expect(await loser.statusLine().innerText()).toContain('Not saved.');
      // Before the person chooses, they see the other tab's words their choice could replace.
      expect(await loser.statusLine().innerText()).toContain('The other tab wrote:');
      expect(await loser.page.locator('.plan-status__their-words').innerText()).toContain(
        `: ${winnerName}`,
      );
      // The losing tab's words are still on its screen, and can be downloaded.
      expect(loserName).not.toBe(winnerName);
      expect(await loser.page.getByRole('button', { name: 'Download a backup' }).count()).toBe(1);
      expect(await findAxeViolations(loser.page)).toEqual([]);

      // The newer words are stored untouched.
      const check = new PlanPage(await context.newPage());
      await check.goto(`${hash}&section=aboutMe`);
      expect(await check.field('Your name, or the name you like').inputValue()).toBe(winnerName);

      // Choosing "Keep this tab's version" saves it, because the person said so.
      await loser.page.getByRole('button', { name: "Keep this tab's version" }).click();
      await loser.waitForSaved();
      await check.page.reload();
      await check.ready();
      expect(await check.field('Your name, or the name you like').inputValue()).toBe(loserName);

      // The other tab's words are not thrown away unseen: both tabs keep them to copy.
      const keptIn = (tab: PlanPage) => tab.page.locator('.kept-words textarea').first();
      await keptIn(loser).waitFor();
      expect(await loser.page.locator('.kept-words h2').innerText()).toBe(
        'Words from the other tab',
      );
      expect(await keptIn(loser).inputValue()).toBe(winnerName);
      await expect
        .poll(() => winner.field('Your name, or the name you like').inputValue())
        .toBe(loserName);
      await keptIn(winner).waitFor();
      expect(await winner.page.locator('.kept-words h2').innerText()).toBe(
        'Your words from this tab',
      );
      expect(await keptIn(winner).inputValue()).toBe(winnerName);
      expect(await findAxeViolations(loser.page)).toEqual([]);
      expect(await findAxeViolations(winner.page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('after two tabs changed the same words', () => {
  it('keeps this tab’s words to copy when the person shows the newer version', async () => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    try {
      const first = new PlanPage(await context.newPage());
      await first.goto();
      const hash = (await first.startPlan()).slice(1);
      const second = new PlanPage(await context.newPage());
      await second.goto(`${hash}&section=aboutMe`);
      await first.goto(`${hash}&section=aboutMe`);

      await first.field('What matters to you').fill('My garden and my dog, Pip.');
      await second.field('What matters to you').fill('Going to the football on Saturdays.');
      const clash = (tab: PlanPage) =>
        tab.page.getByRole('button', { name: 'Show the newer version' });
      await expect
        .poll(async () => (await clash(first).count()) + (await clash(second).count()))
        .toBe(1);
      const loser = (await clash(first).count()) === 1 ? first : second;
      const winner = loser === first ? second : first;
      const mine = await loser.field('What matters to you').inputValue();
      const newer = await winner.field('What matters to you').inputValue();

      await clash(loser).click();
      await expect.poll(() => loser.field('What matters to you').inputValue()).toBe(newer);
      const heading = loser.page.getByRole('heading', { name: 'Your words from this tab' });
      await expect
        .poll(() => heading.evaluate((element) => element === document.activeElement))
        .toBe(true);
      const kept = loser.page.getByLabel('In "About me", "What matters to me"');
      expect(await kept.inputValue()).toBe(mine);
      expect(await kept.getAttribute('readonly')).not.toBeNull();
      expect(await findAxeViolations(loser.page)).toEqual([]);

      await loser.page.getByRole('button', { name: 'I have finished with these words' }).click();
      await expect.poll(() => heading.count()).toBe(0);
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('when storage fails', () => {
  it('keeps the last saved version and says "Not saved" when the disk is full', async () => {
    const context = await browser.newContext();
    // The disk is "full" while the page sets window.__diskFull: every IndexedDB put throws the
    // DOMException Chromium throws for a full disk (QuotaExceededError).
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof put>
      ) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull === true) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return put.apply(this, args);
      } as typeof put;
    });
    try {
      const page = await context.newPage();
      const plan = new PlanPage(page);
      await plan.goto();
      const hash = (await plan.startPlan()).slice(1);
      await plan.openSection('Staying safe');
      await plan.field('What could go wrong').fill('My support worker might not come.');
      await plan.waitForSaved();

      await page.evaluate(() => {
        (window as unknown as { __diskFull?: boolean }).__diskFull = true;
      });
      await plan.field('What could go wrong').fill('Something newer that cannot be saved.');
      const status = page.getByRole('alert').filter({ hasText: 'Not saved.' });
      await status.waitFor();
      expect(await status.innerText()).toContain('storage is full');
      expect(await page.getByRole('button', { name: 'Download a backup' }).count()).toBe(1);
      expect(await plan.statusLine().innerText()).not.toMatch(/Saved on this device/);
      expect(await findAxeViolations(page)).toEqual([]);

      // A backup of the unsaved words can still be downloaded.
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download a backup' }).click();
      expect((await download).suggestedFilename()).toMatch(
        /^Support plan backup - .* - \d{4}-\d\d-\d\d\.json$/,
      );

      const check = new PlanPage(await context.newPage());
      await check.goto(`${hash}&section=safety`);
      expect(await check.field('What could go wrong').inputValue()).toBe(
        'My support worker might not come.',
      );
    } finally {
      await context.close();
    }
  });

  it('works in memory, with a clear banner, when the browser keeps nothing', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('Storage is switched off.', 'SecurityError');
        },
      });
    });
    try {
      const page = await context.newPage();
      await page.goto(new URL('/plan/', baseUrl()).href);
      const plan = new PlanPage(page);
      await plan.ready();
      expect(await page.getByRole('alert').first().innerText()).toContain(
        'This browser is not keeping your plan.',
      );
      expect(await findAxeViolations(page)).toEqual([]);
      await writeSamAndDownload(plan, page);
    } finally {
      await context.close();
    }
  });

  it('says what is wrong within 5 seconds when the browser never opens its storage', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      // Some Safari versions have left the open unanswered: a request that never fires.
      IDBFactory.prototype.open = function open() {
        const silent = new EventTarget();
        Object.setPrototypeOf(silent, IDBOpenDBRequest.prototype);
        return silent as IDBOpenDBRequest;
      };
    });
    try {
      const page = await context.newPage();
      await page.goto(new URL('/plan/', baseUrl()).href);
      await page.getByText('Opening your plans').waitFor();
      const opened = Date.now();
      const banner = page.getByRole('alert').filter({ hasText: 'did not open its storage' });
      await banner.waitFor({ timeout: 5000 });
      expect(Date.now() - opened).toBeLessThan(5000);
      expect(await banner.innerText()).toContain('This browser is not keeping your plan.');
      const plan = new PlanPage(page);
      await writeSamAndDownload(plan, page);
    } finally {
      await context.close();
    }
  });
});
