/*
 * Words survive leaving the planner at any moment (issue 14, finding 1): a reload, a link in the
 * header, or quitting the browser, at once after the last key. Real Chromium, real IndexedDB and
 * local storage; quitting uses a persistent profile that is closed and opened again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, launchProfile, listProblems, watchContext } from './support/browser';
import { findAxeViolations } from './support/axe';
import { PlanPage } from './pages/PlanPage';

const NAME = 'Your name, or the name you like';
const MATTERS = 'What matters to you';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function planIdOf(hash: string): string {
  const id = /plan=([^&]+)/.exec(hash)?.[1];
  if (id === undefined) throw new Error(`No plan in ${hash}`);
  return decodeURIComponent(id);
}

/** Starts a plan, saves a first answer, then types more with real key presses (not saved yet). */
async function typeAndLeaveUnsaved(plan: PlanPage): Promise<string> {
  const hash = await plan.startPlan();
  await plan.openSection('About me');
  await plan.field(NAME).fill('Sam');
  await plan.waitForSaved();
  await plan.field(MATTERS).click();
  await plan.page.keyboard.type('Seeing my sister every week', { delay: 5 });
  return planIdOf(hash);
}

/** Opens the plan again and checks every word is on screen and then saved on this device. */
async function expectEveryWord(plan: PlanPage, planId: string): Promise<void> {
  await plan.goto(`plan=${encodeURIComponent(planId)}&section=aboutMe`);
  await plan.page.locator('#planner-heading', { hasText: 'About me' }).waitFor();
  expect(await plan.field(NAME).inputValue()).toBe('Sam');
  expect(await plan.field(MATTERS).inputValue()).toBe('Seeing my sister every week');
  await plan.waitForSaved();
  const stored = await plan.storedRecord(planId);
  expect((stored?.['aboutMe'] as Record<string, unknown> | undefined)?.['mattersToMe']).toBe(
    'Seeing my sister every week',
  );
  expect(await plan.page.evaluate(() => Object.keys(localStorage))).toEqual([]);
}

async function newPlanPage(context: BrowserContext): Promise<PlanPage> {
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const plan = new PlanPage(page);
  await plan.goto();
  return plan;
}

describe('leaving the planner at once after typing', () => {
  it('keeps every word after a reload at 0 ms', async () => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    try {
      const plan = await newPlanPage(context);
      const planId = await typeAndLeaveUnsaved(plan);
      await plan.page.reload();
      await plan.ready();
      await expectEveryWord(plan, planId);
      expect(await findAxeViolations(plan.page)).toEqual([]);
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  for (const link of ['Home', 'Guides']) {
    it(`keeps every word after the header link "${link}" at 0 ms`, async () => {
      const context = await browser.newContext();
      const problems = await watchContext(context);
      try {
        const plan = await newPlanPage(context);
        const planId = await typeAndLeaveUnsaved(plan);
        await plan.page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: link, exact: true })
          .click();
        await plan.page.waitForURL((url) => !url.pathname.startsWith('/plan/'));
        await expectEveryWord(plan, planId);
        expect(listProblems(problems)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('keeps every word when the browser is quit at 0 ms', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'open-isf-profile-'));
    try {
      let context = await launchProfile(profile);
      const planId = await typeAndLeaveUnsaved(await newPlanPage(context));
      await context.close();

      context = await launchProfile(profile);
      try {
        await expectEveryWord(await newPlanPage(context), planId);
      } finally {
        await context.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('words kept from before the plan was saved again', () => {
  it('shows the newer saved words and keeps the older typed words to copy', async () => {
    const context = await browser.newContext();
    const problems = await watchContext(context);
    try {
      const plan = await newPlanPage(context);
      const planId = planIdOf(await plan.startPlan());
      await plan.openSection('About me');
      await plan.field(NAME).fill('Samantha');
      await plan.waitForSaved();
      // Words typed on top of the first save, left in the journal when the page went.
      await plan.page.evaluate((id) => {
        const request = indexedDB.open('open-isf-planner');
        return new Promise<void>((resolve) => {
          request.onsuccess = () => {
            const get = request.result.transaction('plans').objectStore('plans').get(id);
            get.onsuccess = () => {
              const record = get.result as { aboutMe: Record<string, string> };
              const older = { ...record, aboutMe: { ...record.aboutMe, name: 'Sam Smith' } };
              localStorage.setItem(
                `open-isf-unsaved:a-page-that-has-gone:${id}`,
                JSON.stringify({ baseRevision: 1, plan: older }),
              );
              request.result.close();
              resolve();
            };
          };
        });
      }, planId);
      await plan.page.reload();
      await plan.ready();
      expect(await plan.field(NAME).inputValue()).toBe('Samantha');
      const kept = plan.page.getByRole('region', { name: 'Words that are not in the plan' });
      await expect(kept.getByRole('textbox').inputValue()).resolves.toBe('Sam Smith');
      expect(await findAxeViolations(plan.page)).toEqual([]);

      await plan.page.reload();
      await plan.ready();
      await kept.waitFor();
      await kept.getByRole('button', { name: 'I have finished with these words' }).click();
      await plan.page.reload();
      await plan.ready();
      expect(await kept.count()).toBe(0);
      expect(await plan.field(NAME).inputValue()).toBe('Samantha');
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
