/*
 * Plans saved by other versions of the site, in real Chromium with real IndexedDB: a plan in an
 * older format opens brought up to date; a plan saved by a newer version is left untouched, with
 * a message and its data to download; and a tab holding the database open when a newer version
 * upgrades it saves its words, then asks to reload.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DB_VERSION } from '../../src/lib/storage/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION } from '../../src/lib/plan';
import { baseUrl, launchBrowser, listProblems, watchContext } from './support/browser';
import { findAxeViolations } from './support/axe';
import { PlanPage } from './pages/PlanPage';
import { SitePage } from './pages/SitePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const v1 = JSON.parse(
  readFileSync(new URL('../fixtures/plans/v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { id: string };

/** Opens a page of the site that is not the planner, so the database can be seeded first. */
async function openBeforePlanner(): Promise<{ site: SitePage; plan: PlanPage }> {
  const site = await SitePage.open(browser, '/privacy/');
  return { site, plan: new PlanPage(site.page) };
}

describe('a plan saved in an older format', () => {
  it('opens brought up to date, with every word kept, and saves in the new format', async () => {
    const { site, plan } = await openBeforePlanner();
    const { page } = site;
    try {
      await plan.seedDatabase([v1]);
      await plan.goto('plans');
      await page.getByRole('link', { name: "Open Sarah's plan 2026" }).click();
      await expect.poll(() => plan.heading().innerText()).toBe("Sarah's plan 2026");
      expect(await plan.sectionStatus('About me')).toBe('Done');
      expect(await site.axeViolations()).toEqual([]);

      await plan.openSection('What I want to achieve');
      expect(await plan.field('Your goal, in your words').first().inputValue()).toBe(
        'I want to cook my own tea three nights a week.',
      );
      expect(await plan.dateText('By when')).toBe('30 9 2026');
      // Nothing is written until the person changes something: the old record stays as it was.
      expect((await plan.storedRecord(v1.id))?.['schemaVersion']).toBe(1);

      await plan
        .field('Why it matters to you')
        .first()
        .fill('So I can choose what I eat, and when.');
      await plan.waitForSaved();
      const stored = await plan.storedRecord(v1.id);
      expect(stored?.['schemaVersion']).toBe(PLAN_SCHEMA_VERSION);
      expect(stored?.['aboutMe']).toEqual(v1['aboutMe']);
      expect((stored?.['goals'] as { items: unknown[] }).items[0]).toMatchObject({
        whyItMatters: 'So I can choose what I eat, and when.',
        byWhen: '2026-09-30',
        byWhenAsTyped: null,
      });
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('a plan saved by a newer version of the site', () => {
  const future = {
    ...v1,
    id: 'plan-from-the-future',
    schemaVersion: 99,
    title: 'Plan from the future',
    somethingNew: { kept: ['exactly', 'as', 'it', 'was'] },
  };

  it('is left untouched, with a message and its data to download, in the list and when opened', async () => {
    const { site, plan } = await openBeforePlanner();
    const { page } = site;
    try {
      await plan.seedDatabase([v1, future]);
      await plan.goto('plans');
      await expect
        .poll(() => page.locator('.plan-card h3').allInnerTexts())
        .toEqual(["Sarah's plan 2026"]);
      const notice = page.locator('.notice', {
        hasText: '1 plan was saved by a newer version of Open ISF',
      });
      expect(await notice.innerText()).toContain('Plan from the future');
      expect(await notice.innerText()).toContain('We have not changed it.');
      expect(await site.axeViolations()).toEqual([]);

      const [listed] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download its data (Plan from the future)' }).click(),
      ]);
      expect(listed.suggestedFilename()).toBe('Open ISF plan data plan-from-the-future.json');
      expect(JSON.parse(readFileSync(await listed.path(), 'utf8'))).toEqual(future);

      await plan.goto('plan=plan-from-the-future');
      expect(await plan.heading().innerText()).toBe('This plan could not be opened');
      expect(await page.getByRole('alert').innerText()).toContain(
        'This plan was saved by a newer version of Open ISF.',
      );
      expect(await site.axeViolations()).toEqual([]);
      const [opened] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download its data' }).click(),
      ]);
      expect(JSON.parse(readFileSync(await opened.path(), 'utf8'))).toEqual(future);

      // Still exactly as it was saved.
      expect(await plan.storedRecord(future.id)).toEqual(future);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('a newer version upgrading the database while a tab has it open', () => {
  it('lets the open tab save its last words, then asks it to reload', async () => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    try {
      const old = new PlanPage(await context.newPage());
      await old.goto();
      const planId = decodeURIComponent((await old.startPlan()).replace('#plan=', ''));
      await old.openSection('About me');
      await old.field('Your name, or the name you like').fill('Sam');
      await old.waitForSaved();
      const newer = await context.newPage();
      await newer.goto(new URL('/privacy/', baseUrl()).href);
      await old.field('What matters to you').fill('My cat, Biscuit.');

      // Another tab, with a newer version of the site, opens the database at the next version
      // (DB_VERSION + 1) straight after the words were typed (before the half-second autosave).
      const stored = await newer.evaluate(
        ({ id, version }) =>
          new Promise<unknown>((resolve, reject) => {
            const request = indexedDB.open('open-isf-planner', version);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const get = db.transaction('plans').objectStore('plans').get(id);
              get.onsuccess = () => resolve(get.result);
              get.onerror = () => reject(get.error);
            };
          }),
        { id: planId, version: DB_VERSION + 1 },
      );
      expect((stored as { aboutMe: Record<string, string> }).aboutMe).toMatchObject({
        name: 'Sam',
        mattersToMe: 'My cat, Biscuit.',
      });

      const banner = old.page.getByRole('alert').filter({ hasText: 'Open ISF was updated' });
      await banner.waitFor();
      expect(await banner.innerText()).toContain('Reload this page to keep saving.');
      expect(await old.field('What matters to you').inputValue()).toBe('My cat, Biscuit.');
      expect(await findAxeViolations(old.page)).toEqual([]);

      // Reloading this older copy of the page says a newer version has been used.
      await newer.close();
      await banner.getByRole('button', { name: 'Reload this page' }).click();
      await old.page
        .getByText('A newer version of Open ISF has been used on this device.')
        .waitFor();
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
