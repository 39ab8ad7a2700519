/*
 * The notes for an assessment leave this page in 2 ways, in real Chromium with real IndexedDB:
 * a backup file (saved, everything deleted, opened again with every word back; a plan's backup
 * here, or a notes backup in the planner, names the page that opens it), and "Use my notes in my
 * support plan", which drafts a plan's "About me" and goals and never writes over a person's words.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { PreparePage } from './pages/PreparePage';
import { SitePage } from './pages/SitePage';
import { createEmptyPlan, serialiseBackup } from '../../src/lib/plan';
import { serialiseNotesBackup } from '../../src/lib/prepare/backup';
import { createEmptyNotes } from '../../src/lib/prepare/notes';
import { DB_NAME, PLANS_STORE } from '../../src/lib/storage/database';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Waits for the list of areas, once the notes are open. */
const listReady = (page: Page): Promise<void> => new PreparePage(page).listReady();

const waitForSaved = (page: Page): Promise<void> => new PreparePage(page).waitForSaved();

const expectValue = (page: Page, label: string, value: string): Promise<void> =>
  new PreparePage(page).expectValue(label, value, true);

/** Every box filled in by `fillNotes`, by its part of the page and its label. */
const WORDS: readonly { part: string; label: string; words: string }[] = [
  {
    part: '#area=food',
    label: 'What happens on a bad day?',
    words: 'I forget to eat 🍞 & feel <b>dizzy</b>.',
  },
  { part: '#area=food', label: 'Tell us more about what happens', words: 'Most weeks, 3 times.' },
  {
    part: '#area=food',
    label: 'Who helps you now, and how often?',
    words: 'My sister, on Sundays.',
  },
  { part: '#area=food', label: 'What would make it better?', words: 'Someone to cook with me.' },
  { part: '#part=carer', label: 'How often do they help you?', words: 'Every morning.' },
  {
    part: '#part=what-matters',
    label: 'What does a good day look like for you?',
    words: 'Swimming, then tea with Mum.',
  },
  {
    part: '#part=what-matters',
    label: 'What do you want to be able to do?',
    words: 'Cook my own dinner.\nTake the bus to town.',
  },
];

async function fillNotes(site: SitePage): Promise<void> {
  const { page } = site;
  await site.goto('/prepare/#area=food');
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Does it hurt, upset or worry you?' }).check();
  for (const { part, label, words } of WORDS) {
    if (!page.url().endsWith(part)) await site.goto(`/prepare/${part}`);
    await page.getByLabel(label, { exact: true }).fill(words);
  }
  await site.goto('/prepare/#part=questions');
  await page.getByLabel('Write a question').fill('Who will read my notes?');
  await page.getByRole('button', { name: 'Add this question' }).click();
  await page.getByLabel('Question 1', { exact: true }).waitFor();
  await waitForSaved(page);
}

async function expectEveryWord(site: SitePage): Promise<void> {
  const { page } = site;
  for (const { part, label, words } of WORDS) {
    await site.goto(`/prepare/${part}`);
    await expectValue(page, label, words);
  }
  await site.goto('/prepare/#area=food');
  await page.getByLabel('What happens on a bad day?').waitFor();
  expect(await page.getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
  expect(
    await page.getByRole('checkbox', { name: 'Does it hurt, upset or worry you?' }).isChecked(),
  ).toBe(true);
  await site.goto('/prepare/#part=questions');
  await expectValue(page, 'Question 1', 'Who will read my notes?');
}

describe('the backup file of the notes', () => {
  it('brings back every word after "Delete everything", and asks before replacing notes', async () => {
    const site = await SitePage.open(browser, '/prepare/', { width: 320 });
    try {
      const { page } = site;
      await fillNotes(site);
      await site.goto('/prepare/');
      await listReady(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save a backup file' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^Assessment notes backup - \d{4}-\d\d-\d\d\.json$/);
      const path = await file.path();
      await page.getByText(/Your backup file is saved/).waitFor();

      // With notes on this device, opening the file asks first; "Cancel" changes nothing.
      await page.getByLabel('Open a backup file').setInputFiles(path);
      await page.getByRole('heading', { name: 'Replace your notes on this device?' }).waitFor();
      expect(await site.axeViolations()).toEqual([]);
      expect(await site.horizontalOverflow()).toBe(0);
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByLabel('Open a backup file').waitFor();

      await site.goto('/privacy/');
      await page.getByRole('button', { name: 'Delete everything saved on this device' }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await page.getByText('Everything saved on this device has been deleted.').waitFor();

      await site.goto('/prepare/');
      await listReady(page);
      await site.goto('/prepare/#part=what-matters');
      await expectValue(page, 'What does a good day look like for you?', '');
      await site.goto('/prepare/');
      await listReady(page);
      await page.getByLabel('Open a backup file').setInputFiles(path);
      await page.getByRole('heading', { name: 'Open the notes in the file' }).waitFor();
      await page.getByRole('button', { name: 'Open these notes' }).click();
      await page.getByText('The notes from your backup file are open.', { exact: false }).waitFor();
      expect(await site.axeViolations()).toEqual([]);

      await page.reload();
      await listReady(page);
      await expectEveryWord(site);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('asks before replacing notes that only have an area marked "Done"', async () => {
    const site = await SitePage.open(browser, '/prepare/#area=food', { width: 320 });
    try {
      const { page } = site;
      await page.getByRole('radio', { name: 'Yes, it is done' }).check();
      await page.getByRole('button', { name: 'Save and go back to the list' }).click();
      await listReady(page);
      await waitForSaved(page);
      const now = new Date();
      await page.getByLabel('Open a backup file').setInputFiles({
        name: 'Assessment notes backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serialiseNotesBackup(createEmptyNotes(now, 'assessment-notes'), now)),
      });
      await page.getByRole('heading', { name: 'Replace your notes on this device?' }).waitFor();
      await page
        .getByText('The notes in the file will take the place of your notes here.')
        .waitFor();
      expect(await site.axeViolations()).toEqual([]);
      expect(await site.horizontalOverflow()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('says why the notes from a file are not saved after another tab deleted everything', async () => {
    const site = await SitePage.open(browser, '/prepare/', { width: 1280 });
    try {
      const { page } = site;
      await listReady(page);
      const privacy = await site.context.newPage();
      await privacy.goto(new URL('/privacy/', page.url()).href);
      await privacy.getByRole('button', { name: 'Delete everything saved on this device' }).click();
      await privacy.getByRole('button', { name: 'Yes, delete everything' }).click();
      await privacy.getByText('Everything saved on this device has been deleted.').waitFor();
      await privacy.close();
      await page.getByText(/Everything saved on this device was deleted in another tab/).waitFor();

      const now = new Date();
      const notes = createEmptyNotes(now, 'assessment-notes');
      await page.getByLabel('Open a backup file').setInputFiles({
        name: 'Assessment notes backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          serialiseNotesBackup(
            { ...notes, questions: { status: 'done', list: [{ id: 'q1', text: 'Who pays?' }] } },
            now,
          ),
        ),
      });
      await page.getByRole('button', { name: 'Open these notes' }).click();
      const said = page.getByRole('status').filter({ hasText: 'The notes from your backup file' });
      await said.waitFor();
      expect(await said.innerText()).toContain(
        'Everything saved on this device was deleted in another tab.',
      );
      expect(await said.innerText()).not.toContain('This browser is not keeping them');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('says kindly where to open a plan’s backup, and changes nothing', async () => {
    const site = await SitePage.open(browser, '/prepare/', { width: 1280 });
    try {
      const { page } = site;
      await listReady(page);
      const now = new Date();
      await page.getByLabel('Open a backup file').setInputFiles({
        name: 'Support plan backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serialiseBackup(createEmptyPlan(now, 'p1'), now)),
      });
      await page.getByText(/This file is a backup of a support plan, not of notes/).waitFor();
      expect(
        await page.getByRole('link', { name: 'Go to Support plan' }).getAttribute('href'),
      ).toBe('/plan/');
      expect(await site.axeViolations()).toEqual([]);

      await page.getByLabel('Open a backup file').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"type": "isf-assessment-notes", "version": 99}'),
      });
      await page.getByText(/made by a newer version of Open ISF/).waitFor();

      await site.goto('/plan/');
      await page.getByLabel('Open a backup file').setInputFiles({
        name: 'Assessment notes backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(serialiseNotesBackup(createEmptyNotes(now, 'assessment-notes'), now)),
      });
      await page.getByText(/backup of notes for an assessment, not of a support plan/).waitFor();
      expect(
        await page
          .getByRole('link', { name: 'Go to Get ready for your assessment' })
          .getAttribute('href'),
      ).toBe('/prepare/');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('"Use my notes in my support plan"', () => {
  it('says kindly that empty notes have nothing to put in a plan', async () => {
    const site = await SitePage.open(browser, '/prepare/', { width: 320 });
    try {
      const { page } = site;
      await listReady(page);
      await page.getByRole('button', { name: 'Use my notes in my support plan' }).click();
      await page.getByText(/Your notes have nothing to put in a support plan yet/).waitFor();
      expect(page.url()).toMatch(/\/prepare\/$/);
      expect(await site.axeViolations()).toEqual([]);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('opens the planner with "About me" drafted, kept after a reload, and never writes over words', async () => {
    const site = await SitePage.open(browser, '/prepare/', { width: 1280 });
    try {
      const { page } = site;
      await fillNotes(site);
      await site.goto('/prepare/');
      await listReady(page);
      await page.getByRole('button', { name: 'Use my notes in my support plan' }).click();
      await page.waitForURL(/\/plan\/#plan=.+&section=aboutMe$/);
      const matters = 'A good day:\nSwimming, then tea with Mum.';
      await expectValue(page, 'What matters to you', matters);
      const support = await page
        .getByLabel('How to support you well', { exact: true })
        .inputValue();
      expect(support).toContain('Food and drink. Is this hard for me? Yes.');
      expect(support).toContain(
        'What happens on a bad day: I forget to eat 🍞 & feel <b>dizzy</b>.',
      );
      // The ticked way it is hard, in the person's words, then what they added.
      expect(support).toContain(
        'How it is hard for me: It hurts, upsets or worries me. Most weeks, 3 times.',
      );
      expect(support).toContain('What would make it better: Someone to cook with me.');

      await page.reload();
      await expectValue(page, 'What matters to you', matters);
      await page.getByLabel('What matters to you', { exact: true }).fill('My cat.');
      await page.getByLabel('How to support you well', { exact: true }).fill('');
      await page.waitForTimeout(1000);
      await page.getByText(/Saved on this device at/).waitFor();
      const planAddress = page.url();

      // Now a plan is on this device, and open in another tab: the person chooses, only empty
      // parts are filled, and the open plan shows the new words without a reload.
      const planner = await site.context.newPage();
      await planner.goto(planAddress);
      await expectValue(planner, 'How to support you well', '');
      await site.goto('/prepare/');
      await listReady(page);
      const usePlan = page.getByRole('button', { name: 'Use my notes in my support plan' });
      await usePlan.click();
      await page.getByRole('heading', { name: 'Put your notes in a plan' }).waitFor();
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('button', { name: 'Use my notes', exact: true }).click();
      await page.getByRole('link', { name: 'Choose where to put your notes' }).waitFor();
      expect(await page.title()).toMatch(/^Error: /);
      expect(await site.axeViolations()).toEqual([]);
      // "Cancel" puts focus back on the button that opened the choice, and the title is mended.
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      await page.waitForFunction(() =>
        document.activeElement?.textContent?.includes('Use my notes in my support plan'),
      );
      expect(await page.title()).not.toMatch(/^Error: /);

      await usePlan.click();
      await page.getByRole('radio', { name: /^Fill the empty parts of/ }).check();
      await page.getByRole('button', { name: 'Use my notes', exact: true }).click();
      await page.getByText(/These parts already had your words/).waitFor();
      const said = await page.locator('.notes-to-plan [role="status"]').innerText();
      expect(said).toContain('We put your notes in Untitled plan');
      expect(said).toContain('About me: How to support you well');
      expect(said).toContain('About me: What matters to you');
      expect(said).toContain('What I want to achieve');
      expect(await site.axeViolations()).toEqual([]);
      await expect
        .poll(() => planner.getByLabel('How to support you well', { exact: true }).inputValue())
        .toContain('Food and drink. Is this hard for me? Yes.');
      await planner.close();
      await page.getByRole('link', { name: 'Open Untitled plan' }).click();
      await expectValue(page, 'What matters to you', 'My cat.');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('makes one plan from a quick double press', async () => {
    const site = await SitePage.open(browser, '/prepare/#part=what-matters', { width: 1280 });
    try {
      const { page } = site;
      await page.getByLabel('What do you want to be able to do?', { exact: true }).fill('Swim.');
      await waitForSaved(page);
      await site.goto('/plan/');
      await page.getByRole('button', { name: 'Start a new plan' }).click();
      await page.waitForURL(/#plan=/);
      await site.goto('/prepare/');
      await listReady(page);
      await page.getByRole('button', { name: 'Use my notes in my support plan' }).dblclick();
      await page.getByRole('radio', { name: 'Start a new plan with my notes' }).check();
      await page.getByRole('button', { name: 'Use my notes', exact: true }).dblclick();
      await page.getByText(/We put your notes in/).waitFor();
      const plans = await page.evaluate(
        ([name, store]) =>
          new Promise<number>((resolve, reject) => {
            const opening = indexedDB.open(name);
            opening.onerror = () => reject(new Error('The database did not open.'));
            opening.onsuccess = () => {
              const count = opening.result.transaction(store).objectStore(store).count();
              count.onsuccess = () => {
                opening.result.close();
                resolve(count.result);
              };
            };
          }),
        [DB_NAME, PLANS_STORE] as const,
      );
      expect(plans).toBe(2);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
