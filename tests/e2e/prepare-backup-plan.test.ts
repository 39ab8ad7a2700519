/*
 * The notes for an assessment leave this page in 2 ways, in real Chromium with real IndexedDB:
 * a backup file (saved, everything deleted, opened again with every word back; a plan's backup
 * here, or a notes backup in the planner, names the page that opens it), and "Use this in my
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

describe('"Use this in my support plan"', () => {
  it('says kindly that empty notes have nothing to put in a plan', async () => {
    const site = await SitePage.open(browser, '/prepare/', { width: 320 });
    try {
      const { page } = site;
      await listReady(page);
      await page.getByRole('button', { name: 'Use this in my support plan' }).click();
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
      await page.getByRole('button', { name: 'Use this in my support plan' }).click();
      await page.waitForURL(/\/plan\/#plan=.+&section=aboutMe$/);
      const matters = 'A good day:\nSwimming, then tea with Mum.';
      await expectValue(page, 'What matters to you', matters);
      const support = await page
        .getByLabel('How to support you well', { exact: true })
        .inputValue();
      expect(support).toContain('Food and drink. Is this hard for me? Yes.');
      expect(support).toContain('On a bad day: I forget to eat 🍞 & feel <b>dizzy</b>.');
      expect(support).toContain('What would make it better: Someone to cook with me.');

      await page.reload();
      await expectValue(page, 'What matters to you', matters);
      await page.getByLabel('What matters to you', { exact: true }).fill('My cat.');
      await page.waitForTimeout(1000);
      await page.getByText(/Saved on this device at/).waitFor();

      // Now a plan is on this device: the person chooses, and only empty parts are filled.
      await site.goto('/prepare/');
      await listReady(page);
      await page.getByRole('button', { name: 'Use this in my support plan' }).click();
      await page.getByRole('heading', { name: 'Put your notes in a plan' }).waitFor();
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('button', { name: 'Use my notes' }).click();
      await page.getByText('Choose where to put your notes').waitFor();
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('radio', { name: /^Fill the empty parts of/ }).check();
      await page.getByRole('button', { name: 'Use my notes' }).click();
      await page.getByText(/These parts already had your words/).waitFor();
      const said = await page.locator('.notes-to-plan [role="status"]').innerText();
      expect(said).toContain('Nothing in');
      expect(said).toContain('About me: What matters to you');
      expect(said).toContain('What I want to achieve');
      expect(await site.axeViolations()).toEqual([]);
      await page.getByRole('link', { name: 'Open Untitled plan' }).click();
      await expectValue(page, 'What matters to you', 'My cat.');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
