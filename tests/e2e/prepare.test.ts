/*
 * "Get ready for your assessment" in real Chromium with real IndexedDB: an area finished with
 * the keyboard alone, found again after a reload; words typed just before a reload kept; 2 tabs
 * that never lose each other's words; "Delete everything" taking the notes too; England and
 * Scotland words; the notes printed on A4 and downloaded as Word documents, hostile words shown
 * as words; and no accessibility problems at 320 and 1280 pixels wide.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip } from '../unit/export/support/unzip';
import { findAll, paragraphStyle, parseXml, wordText } from '../unit/export/support/xml';
import { baseUrl, contextWithoutSpeech, launchBrowser } from './support/browser';
import { countPdfPages } from './support/pdf';
import { printedLook } from './support/printed';
import { PreparePage } from './pages/PreparePage';
import { SitePage } from './pages/SitePage';

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

function status(page: Page, area: string) {
  return page.locator('.task-list__item', { hasText: area }).locator('.task-status');
}

interface Focused {
  tag: string;
  type: string;
  id: string;
  label: string;
  text: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      type: element?.getAttribute('type') ?? '',
      id: element?.id ?? '',
      label: element?.labels?.[0]?.textContent?.trim() ?? '',
      text: element?.textContent?.trim() ?? '',
    };
  });
}

async function tabTo(page: Page, matches: (element: Focused) => boolean): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('Could not reach the control with the Tab key');
}

const WORDS: Readonly<Record<string, string>> = {
  'prepare-food-badDay': 'I forget to eat. <b>Then</b> I feel dizzy & fall.',
  'prepare-food-hardWays-words': 'Most weeks, 3 times.',
  'prepare-food-whoHelps': 'My sister, on Sundays.',
  'prepare-food-better': 'Someone to cook with me.',
};

describe('notes for an assessment', () => {
  it('finishes an area with the keyboard alone at 320 pixels, and finds it all after a reload', async () => {
    const context = await contextWithoutSpeech(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(new URL('/prepare/', baseUrl()).href);
      await listReady(page);
      await tabTo(page, (element) => element.tag === 'a' && element.text === 'Food and drink');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Food and drink' }).waitFor();

      // "Is this hard for you?": the first radio takes the focus; the arrow keys choose.
      await tabTo(page, (element) => element.type === 'radio' && element.label === 'Yes');
      await page.keyboard.press('ArrowDown');
      expect((await focused(page)).label).toBe('Sometimes');
      for (const id of Object.keys(WORDS)) {
        await tabTo(page, (element) => element.id === id);
        await page.keyboard.type(WORDS[id] ?? '');
      }
      // "Or choose:" under the last answer: the arrow keys move to "Ask me at the meeting".
      await tabTo(page, (element) => element.id === 'prepare-food-better-not-sure-write');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect((await focused(page)).label).toBe('Ask me at the meeting');
      // Back up to the ways it is hard: 2 of the 4 boxes, with the space bar.
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Shift+Tab');
        if ((await focused(page)).label === 'Do you need someone to help you?') break;
      }
      expect((await focused(page)).label).toBe('Do you need someone to help you?');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.label === 'Could you or someone else get hurt?');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.label === 'Yes, it is done');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.text === 'Save and go back to the list');
      await page.keyboard.press('Enter');
      await listReady(page);
      expect(await status(page, 'Food and drink').innerText()).toBe('Done');
      await waitForSaved(page);

      await page.reload();
      await listReady(page);
      expect(await status(page, 'Food and drink').innerText()).toBe('Done');
      expect(await status(page, 'Using the toilet').innerText()).toBe('Not started');
      await page.getByRole('link', { name: 'Food and drink' }).click();
      await page.getByRole('heading', { name: 'Food and drink' }).waitFor();
      for (const [id, words] of Object.entries(WORDS)) {
        expect(await page.locator(`#${id}`).inputValue()).toBe(words);
      }
      expect(await page.getByRole('radio', { name: 'Sometimes' }).isChecked()).toBe(true);
      expect(await page.locator('#prepare-food-better-not-sure-ask-at-meeting').isChecked()).toBe(
        true,
      );
      const ways = page.locator('.prepare-ways input[type="checkbox"]');
      expect(
        await ways.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked)),
      ).toEqual([true, false, true, false]);
      // Words that look like code are shown as words.
      expect(await page.locator('b', { hasText: 'Then' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    } finally {
      await context.close();
    }
  });

  it('keeps words typed just before a reload', async () => {
    const site = await SitePage.open(browser, '/prepare/#area=washing');
    try {
      const { page } = site;
      const box = page.getByLabel('What happens on a bad day?');
      await box.waitFor();
      await box.fill('I cannot reach my feet.');
      // No wait for autosave: the page goes at once.
      await page.reload();
      await page.getByRole('heading', { name: 'Washing and keeping clean' }).waitFor();
      await expectValue(page, 'What happens on a bad day?', 'I cannot reach my feet.');
      await waitForSaved(page);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('never loses words written in 2 tabs', async () => {
    const site = await SitePage.open(browser, '/prepare/#area=toilet');
    try {
      const first = site.page;
      const second = await site.context.newPage();
      await second.goto(first.url().replace('#area=toilet', '#area=dressing'));
      await first.getByLabel('What would make it better?').waitFor();
      await second.getByLabel('What would make it better?').waitFor();
      await first.getByLabel('What would make it better?').fill('A rail by the toilet.');
      await waitForSaved(first);
      await second.getByLabel('What would make it better?').fill('Clothes with no buttons.');
      await waitForSaved(second);
      // Both tabs then write in the same answer.
      await second.goto(first.url());
      await second.getByLabel('Who helps you now, and how often?').waitFor();
      await first.getByLabel('Who helps you now, and how often?').fill('My dad, every night.');
      await second.getByLabel('Who helps you now, and how often?').fill('Nobody at weekends.');
      await waitForSaved(first);
      await waitForSaved(second);
      await first.waitForTimeout(1500);

      const third = await site.context.newPage();
      await third.goto(first.url());
      await expectValue(third, 'What would make it better?', 'A rail by the toilet.');
      const who = await third.getByLabel('Who helps you now, and how often?').inputValue();
      expect(who).toContain('My dad, every night.');
      expect(who).toContain('Nobody at weekends.');
      await third.goto(first.url().replace('#area=toilet', '#area=dressing'));
      await expectValue(third, 'What would make it better?', 'Clothes with no buttons.');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('"Delete everything" on the privacy page deletes the notes too', async () => {
    const site = await SitePage.open(browser, '/prepare/#area=home');
    try {
      const { page } = site;
      await page.getByLabel('What would make it better?').fill('A cleaner once a week.');
      await waitForSaved(page);
      await site.goto('/privacy/');
      await page.getByRole('button', { name: 'Delete everything saved on this device' }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await page.getByText('Everything saved on this device has been deleted.').waitFor();
      await site.goto('/prepare/#area=home');
      await expectValue(page, 'What would make it better?', '');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

const CARER_WORDS: Readonly<Record<string, string>> = {
  'prepare-carer-whatTheyDo': 'My mum cooks & helps me wash. <i>Every</i> day.',
  'prepare-carer-howOften': 'Every morning and every night.',
  'prepare-carer-costs-words': 'She gave up her job.',
};

describe('notes saved in the first format', () => {
  it('open with every word kept and the new parts empty, and save in the new format', async () => {
    // Seeded as the first version of the tool saved them: an area done, no carer's part.
    const v1 = {
      schemaVersion: 1,
      id: 'assessment-notes',
      revision: 3,
      createdAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:30:00.000Z',
      areas: {
        food: {
          status: 'done',
          isHard: 'yes',
          badDay: { words: 'I forget to eat.', notSure: null },
        },
      },
    };
    const site = await SitePage.open(browser, '/privacy/');
    try {
      const { page } = site;
      await page.evaluate(
        (record) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('open-isf-planner', 2);
            request.onupgradeneeded = () => {
              request.result.createObjectStore('plans', { keyPath: 'id' });
              request.result.createObjectStore('quarantine', { autoIncrement: true });
              request.result.createObjectStore('preparation', { keyPath: 'id' });
            };
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const tx = db.transaction('preparation', 'readwrite');
              tx.objectStore('preparation').put(record);
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        v1,
      );
      await site.goto('/prepare/');
      await listReady(page);
      expect(await status(page, 'Food and drink').innerText()).toBe('Done');
      expect(await status(page, 'A family member or friend who helps you').innerText()).toBe(
        'Not started',
      );
      await page.getByRole('link', { name: 'Food and drink' }).click();
      await expectValue(page, 'What happens on a bad day?', 'I forget to eat.');
      await site.goto('/prepare/#part=carer');
      await page.getByLabel('How often do they help you?').fill('Every day.');
      await waitForSaved(page);
      const stored = await page.evaluate(
        () =>
          new Promise<unknown>((resolve, reject) => {
            const request = indexedDB.open('open-isf-planner');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const get = db
                .transaction('preparation')
                .objectStore('preparation')
                .get('assessment-notes');
              get.onsuccess = () => {
                db.close();
                resolve(get.result);
              };
              get.onerror = () => reject(get.error);
            };
          }),
      );
      expect(stored).toMatchObject({
        schemaVersion: 2,
        areas: { food: { badDay: { words: 'I forget to eat.' } } },
        carer: { howOften: { words: 'Every day.' } },
      });
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('the carer’s part', () => {
  it('is finished with the keyboard alone at 320 pixels, and found again after a reload', async () => {
    const context = await contextWithoutSpeech(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(new URL('/prepare/', baseUrl()).href);
      await listReady(page);
      await tabTo(
        page,
        (element) =>
          element.tag === 'a' && element.text === 'A family member or friend who helps you',
      );
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { name: 'A family member or friend who helps you' })
        .waitFor();
      for (const id of Object.keys(CARER_WORDS)) {
        await tabTo(page, (element) => element.id === id);
        await page.keyboard.type(CARER_WORDS[id] ?? '');
      }
      // Back up to the costs: 2 of the 4 boxes, with the space bar.
      for (let presses = 0; presses < 40; presses += 1) {
        await page.keyboard.press('Shift+Tab');
        if ((await focused(page)).label === 'Their time') break;
      }
      expect((await focused(page)).label).toBe('Their time');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.label === 'Their work');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.label === 'Yes, it is done');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.text === 'Save and go back to the list');
      await page.keyboard.press('Enter');
      await listReady(page);
      expect(await status(page, 'A family member or friend who helps you').innerText()).toBe(
        'Done',
      );
      await waitForSaved(page);

      await page.reload();
      await listReady(page);
      expect(await status(page, 'A family member or friend who helps you').innerText()).toBe(
        'Done',
      );
      await page.getByRole('link', { name: 'A family member or friend who helps you' }).click();
      await page
        .getByRole('heading', { name: 'A family member or friend who helps you' })
        .waitFor();
      for (const [id, words] of Object.entries(CARER_WORDS)) {
        expect(await page.locator(`#${id}`).inputValue()).toBe(words);
      }
      const costs = page.locator('.prepare-ways input[type="checkbox"]');
      expect(
        await costs.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked)),
      ).toEqual([true, false, false, true]);
      expect(await page.locator('i', { hasText: 'Every' }).count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    } finally {
      await context.close();
    }
  });

  it('keeps words typed just before a reload', async () => {
    const site = await SitePage.open(browser, '/prepare/#part=carer');
    try {
      const { page } = site;
      const box = page.getByLabel('How often do they help you?');
      await box.waitFor();
      await box.fill('Every weekend.');
      await page.reload();
      await expectValue(page, 'How often do they help you?', 'Every weekend.');
      await waitForSaved(page);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('never loses words written in 2 tabs', async () => {
    const site = await SitePage.open(browser, '/prepare/#part=carer');
    try {
      const first = site.page;
      const second = await site.context.newPage();
      await second.goto(first.url());
      const label = 'What does your family member or friend do for you?';
      await first.getByLabel(label).waitFor();
      await second.getByLabel(label).waitFor();
      await first.getByLabel(label).fill('My dad does the shopping.');
      await second.getByLabel(label).fill('My sister takes me out.');
      await waitForSaved(first);
      await waitForSaved(second);
      await first.waitForTimeout(1500);
      const third = await site.context.newPage();
      await third.goto(first.url());
      await third.getByLabel(label).waitFor();
      await expect
        .poll(() => third.getByLabel(label).inputValue())
        .toContain('My dad does the shopping.');
      expect(await third.getByLabel(label).inputValue()).toContain('My sister takes me out.');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it.each([320, 1280])('has no accessibility problems at %i pixels wide', async (width) => {
    const site = await SitePage.open(browser, '/prepare/#part=carer', { width });
    try {
      const { page } = site;
      await page.getByLabel('How often do they help you?').fill('Every day.');
      await page.getByRole('checkbox', { name: 'Their health' }).check();
      await waitForSaved(page);
      const points = page.locator('.picture-point');
      expect(await points.count()).toBeGreaterThanOrEqual(8);
      expect(await page.locator('.picture-point > img.picture-point__picture').count()).toBe(
        await points.count(),
      );
      expect(await site.axeViolations()).toEqual([]);
      expect(await site.horizontalOverflow()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it('names the carer’s assessment in England and the adult carer support plan in Scotland', async () => {
    const site = await SitePage.open(browser, '/prepare/#part=carer');
    try {
      const { page } = site;
      const england = page.getByText('In England, this is called a carer’s assessment.');
      const scotland = page.getByText('In Scotland, this is called an adult carer support plan.');
      const englandLaw = page.getByText('section 10 of the Care Act 2014', { exact: false });
      const scotlandLaw = page.getByText('section 6 of the Carers (Scotland) Act 2016', {
        exact: false,
      });
      await england.waitFor();
      expect(await scotland.isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'Scotland' }).check();
      expect(await england.isVisible()).toBe(false);
      expect(await englandLaw.isVisible()).toBe(false);
      expect(await scotland.isVisible()).toBe(true);
      expect(await scotlandLaw.isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'England' }).check();
      expect(await england.isVisible()).toBe(true);
      expect(await englandLaw.isVisible()).toBe(true);
      expect(await scotland.isVisible()).toBe(false);
      expect(await scotlandLaw.isVisible()).toBe(false);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('what matters and the questions for the meeting', () => {
  it('adds 2 questions with the keyboard alone, and finds them and what matters after a reload', async () => {
    const context = await contextWithoutSpeech(browser);
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(new URL('/prepare/', baseUrl()).href);
      await listReady(page);
      await tabTo(page, (element) => element.tag === 'a' && element.text === 'What matters to me');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'What matters to me' }).waitFor();
      await tabTo(page, (element) => element.id === 'prepare-what-matters-goodDay');
      await page.keyboard.type('Swimming, then tea with Sam.');
      await tabTo(page, (element) => element.label === 'Yes, it is done');
      await page.keyboard.press('Space');
      await tabTo(page, (element) => element.text === 'Save and go back to the list');
      await page.keyboard.press('Enter');
      await listReady(page);
      expect(await status(page, 'What matters to me').innerText()).toBe('Done');

      await tabTo(
        page,
        (element) => element.tag === 'a' && element.text === 'Questions I want to ask',
      );
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Questions I want to ask' }).waitFor();
      await tabTo(page, (element) => element.id === 'prepare-question-new');
      await page.keyboard.type('Who will <b>read</b> my notes?');
      await tabTo(page, (element) => element.text === 'Add this question');
      await page.keyboard.press('Enter');
      await page.getByLabel('Question 1', { exact: true }).waitFor();
      await tabTo(page, (element) => element.text.endsWith('How will you work out my budget?'));
      await page.keyboard.press('Enter');
      await page.getByLabel('Question 2', { exact: true }).waitFor();
      await waitForSaved(page);

      await page.reload();
      await page.getByRole('heading', { name: 'Questions I want to ask' }).waitFor();
      await expectValue(page, 'Question 1', 'Who will <b>read</b> my notes?');
      await expectValue(page, 'Question 2', 'How will you work out my budget?');
      expect(await page.locator('b', { hasText: 'read' }).count()).toBe(0);
      await page.getByRole('link', { name: 'Back to the list' }).click();
      await page.getByRole('link', { name: 'What matters to me' }).click();
      await expectValue(
        page,
        'What does a good day look like for you?',
        'Swimming, then tea with Sam.',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
    } finally {
      await context.close();
    }
  });

  it('says kindly when a question is empty, and removes a question', async () => {
    const site = await SitePage.open(browser, '/prepare/#part=questions');
    try {
      const { page } = site;
      await page.getByRole('button', { name: 'Add this question' }).click();
      await page.getByText('Write your question in the box first.').first().waitFor();
      await page.getByRole('button', { name: /Can I have a copy of my assessment\?/ }).click();
      await expectValue(page, 'Question 1', 'Can I have a copy of my assessment?');
      await page.getByRole('button', { name: 'Remove question 1' }).click();
      await page.getByText('You have no questions yet.').waitFor();
      await waitForSaved(page);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it.each([320, 1280])('has no accessibility problems at %i pixels wide', async (width) => {
    const site = await SitePage.open(browser, '/prepare/#part=what-matters', { width });
    try {
      const { page } = site;
      await page.getByLabel('What do you want to keep doing?').fill('My job at the café.');
      await waitForSaved(page);
      expect(await site.axeViolations()).toEqual([]);
      expect(await site.horizontalOverflow()).toBe(0);
      await site.goto('/prepare/#part=questions');
      await page.getByRole('button', { name: /Can I have an Individual Service Fund\?/ }).click();
      await page.getByRole('button', { name: 'Add this question' }).click();
      await page.getByText('Write your question in the box first.').first().waitFor();
      await waitForSaved(page);
      const points = page.locator('.picture-point');
      expect(await page.locator('.picture-point > img.picture-point__picture').count()).toBe(
        await points.count(),
      );
      expect(await site.axeViolations()).toEqual([]);
      expect(await site.horizontalOverflow()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('the page', () => {
  it.each([320, 1280])(
    'has no accessibility problems at %i pixels wide, in the list and in an area',
    async (width) => {
      const site = await SitePage.open(browser, '/prepare/', { width });
      try {
        await listReady(site.page);
        expect(await site.axeViolations()).toEqual([]);
        expect(await site.horizontalOverflow()).toBe(0);
        await site.page.getByRole('link', { name: 'Caring for a child' }).click();
        await site.page.getByRole('heading', { name: 'Caring for a child' }).waitFor();
        await site.page.getByLabel('What happens on a bad day?').fill('The school run is hard.');
        await site.page
          .getByRole('checkbox', { name: 'Does it hurt, upset or worry you?' })
          .check();
        await waitForSaved(site.page);
        // A picture beside every point and question.
        const points = site.page.locator('.picture-point');
        expect(await points.count()).toBeGreaterThanOrEqual(10);
        expect(await site.page.locator('.picture-point > img.picture-point__picture').count()).toBe(
          await points.count(),
        );
        expect(await site.axeViolations()).toEqual([]);
        expect(await site.horizontalOverflow()).toBe(0);
        expect(site.problemList()).toEqual([]);
      } finally {
        await site.close();
      }
    },
  );

  it('shows the England words or the Scotland words, as the reader chooses', async () => {
    const site = await SitePage.open(browser, '/prepare/');
    try {
      const { page } = site;
      const england = page.getByText('In England, the law lists the areas your council looks at.');
      const scotland = page.getByText(
        'In Scotland, your council looks at the same everyday areas.',
      );
      const englandLaw = page.getByText('"managing and maintaining nutrition"', { exact: false });
      const scotlandLaw = page.getByText('critical, substantial, moderate and low', {
        exact: false,
      });
      // Both until the reader chooses.
      expect(await england.isVisible()).toBe(true);
      expect(await scotland.isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'Scotland' }).check();
      expect(await england.isVisible()).toBe(false);
      expect(await englandLaw.isVisible()).toBe(false);
      expect(await scotland.isVisible()).toBe(true);
      expect(await scotlandLaw.isVisible()).toBe(true);
      await page.getByRole('radio', { name: 'England' }).check();
      expect(await england.isVisible()).toBe(true);
      expect(await englandLaw.isVisible()).toBe(true);
      expect(await scotland.isVisible()).toBe(false);
      expect(await scotlandLaw.isVisible()).toBe(false);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it.each([
    ['/guides/getting-ready-for-your-assessment/', 'Get ready for your assessment'],
    ['/', 'Get ready for your assessment'],
    ['/guides/the-8-steps/', 'Write notes about your life to take with you'],
  ])('has a way in from %s', async (path, words) => {
    const site = await SitePage.open(browser, path);
    try {
      await site.page.getByRole('link', { name: words }).first().click();
      await site.page
        .getByRole('heading', { name: 'Get ready for your assessment', level: 1 })
        .waitFor();
      expect(new URL(site.page.url()).pathname).toBe('/prepare/');
    } finally {
      await site.close();
    }
  });

  it('keeps every other box saving when one has a broken character, and says how to mend it', async () => {
    const site = await SitePage.open(browser, '/prepare/#area=dressing');
    try {
      const { page } = site;
      const badDay = page.getByLabel('What happens on a bad day?');
      await badDay.fill('Buttons are hard.');
      await waitForSaved(page);
      // A lone surrogate, put in as a paste would, through the box's own value setter.
      await badDay.evaluate((box) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
        setter?.call(box, 'Buttons \uD800');
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.getByLabel('What would make it better?').fill('Clothes with zips.');
      const problem = page.locator('.plan-status--problem');
      await expect.poll(() => problem.innerText()).toContain('1 box is not saved.');
      expect(await problem.innerText()).toContain(
        '"What happens on a bad day?" in Getting dressed has a broken character in it.',
      );
      expect(await site.axeViolations()).toEqual([]);
      await page.reload();
      await expectValue(page, 'What would make it better?', 'Clothes with zips.');
      await expectValue(page, 'What happens on a bad day?', 'Buttons are hard.');
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

/** Words that must stay words: a script, and a spreadsheet formula that would make a link. */
const HOSTILE = '<script>alert(1)</script> =HYPERLINK("http://evil.example","Click")';

/** The width the printed notes have on A4: 210mm less the page's margins (15mm each side), in CSS pixels. */
const PRINTED_WIDTH = Math.floor(((210 - 2 * 15) * 96) / 25.4);

/** Answers 3 areas (one hard, one sometimes hard, one not) and the carer's part. */
async function answerThreeAreasAndCarer(prepare: PreparePage): Promise<void> {
  await prepare.answerArea('Food and drink', {
    isHard: 'Sometimes',
    badDay: `I forget to eat. ${HOSTILE}`,
    ways: ['Do you need someone to help you?', 'Could you or someone else get hurt?'],
    whoHelps: 'My sister, on Sundays.',
    betterNotSure: 'Ask me at the meeting',
  });
  await prepare.answerArea('Washing and keeping clean', {
    isHard: 'Yes',
    badDay: 'I cannot reach my feet. Washing takes me 2 hours a day.',
    ways: ['Does it hurt, upset or worry you?', 'Does it take you a lot longer than most people?'],
    more: 'Most days. My back hurts for the rest of the day.',
    whoHelps: 'Nobody. My mum helps on Sundays, when she can.',
    better: 'A shower seat. It costs £1,250 a year to buy and fit.',
  });
  await prepare.answerArea('Keeping your home clean and safe', {
    isHard: 'No',
    better: 'A cleaner once a week.',
  });
  await prepare.answerCarer({
    whatTheyDo: 'My mum cooks and helps me wash.',
    howOften: 'Every morning and every night.',
    costs: ['Their time', 'Their work'],
    more: 'She gave up her job to help me.',
  });
  await prepare.waitForSaved();
}

describe('taking the notes to the assessment', () => {
  it('prints 3 areas and the carer’s part in easy read on A4, and downloads both Word documents', async () => {
    const { site, prepare } = await PreparePage.open(browser);
    const { page } = site;
    try {
      await answerThreeAreasAndCarer(prepare);

      // The standard Word document: plain headed text, the hard area first.
      const standard = await prepare.downloadWord(false);
      expect(standard.suggestedFilename()).toMatch(
        /^What I want you to know about me - \d{4}-\d{2}-\d{2}\.docx$/,
      );
      const files = unzip(readFileSync(await standard.path()));
      const body = parseXml(files.get('word/document.xml')?.toString('utf8') ?? '');
      const paragraphs = findAll(body, 'w:p');
      expect(paragraphs.filter((p) => paragraphStyle(p) === 'Title').map(wordText)).toEqual([
        'What I want you to know about me',
      ]);
      expect(paragraphs.filter((p) => paragraphStyle(p) === 'Heading1').map(wordText)).toEqual([
        'Washing and keeping clean',
        'Food and drink',
        'Keeping your home clean and safe',
        'A family member or friend who helps me',
      ]);
      const text = paragraphs.map(wordText).join('\n');
      expect(text).toContain(`I forget to eat. ${HOSTILE}`);
      expect(text).toContain('Ask me at the meeting.');
      expect(text).toContain('Not written yet: Using the toilet');
      for (const field of ['w:fldSimple', 'w:instrText', 'w:hyperlink']) {
        expect(findAll(body, field)).toEqual([]);
      }
      expect([...files.keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);

      // The easy-read Word document: a picture beside each point.
      const easy = await prepare.downloadWord(true);
      const easyFiles = unzip(readFileSync(await easy.path()));
      expect(
        [...easyFiles.keys()].filter((name) => name.startsWith('word/media/')).length,
      ).toBeGreaterThan(8);
      expect(
        wordText(parseXml(easyFiles.get('word/document.xml')?.toString('utf8') ?? '')),
      ).toContain(HOSTILE);

      // "Print my notes" prints the easy-read notes, which take the place of the page.
      expect(await prepare.pressPrint()).toBe(1);
      const printed = page.locator('.print-notes');
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll('.print-notes img')).every(
          (picture) => (picture as HTMLImageElement).complete,
        ),
      );
      await site.emulatePrint(true);
      await page.setViewportSize({ width: PRINTED_WIDTH, height: 1100 });
      expect(await printed.isVisible()).toBe(true);
      expect(await page.locator('#main-content').isVisible()).toBe(false);
      expect(await site.axeViolations()).toEqual([]);
      const look = await printedLook(page, '.print-notes', PRINTED_WIDTH);
      expect(look.cut).toEqual([]);
      expect(look.missingPictures).toEqual([]);
      expect(look.points).toBeGreaterThan(12);
      const words = await printed.innerText();
      expect(words).toContain(HOSTILE);
      const date = await printed.locator('.print-document__date').innerText();
      expect(words.split(date).length - 1).toBe(1);
      expect(await page.locator('.print-notes script, .print-notes a').count()).toBe(0);
      // The title and the hard area first; the 16pt text or bigger.
      expect(await printed.locator('h1').innerText()).toBe('What I want you to know about me');
      expect(await printed.locator('h2').allInnerTexts()).toEqual([
        'Washing and keeping clean',
        'Food and drink',
        'Keeping your home clean and safe',
        'A family member or friend who helps me',
      ]);
      const textSize = await printed
        .locator('.document-row p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(textSize).toBeGreaterThanOrEqual((16 * 96) / 72);
      // An amount and its unit stay on one line.
      const figures = await printed
        .locator('.figure-together')
        .evaluateAll((spans) =>
          spans.map((span) => [span.textContent, span.getClientRects().length] as const),
        );
      expect(figures).toContainEqual(['£1,250 a year', 1]);
      expect(figures).toContainEqual(['2 hours a day', 1]);
      expect(figures.filter(([, lines]) => lines !== 1)).toEqual([]);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      expect(countPdfPages(pdf)).toBeGreaterThan(0);
      expect(countPdfPages(pdf)).toBeLessThanOrEqual(6);
      await site.emulatePrint(false);
      expect(await printed.isVisible()).toBe(false);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it("prints the page with the browser's own Print command until something is written, then the notes", async () => {
    const { site, prepare } = await PreparePage.open(browser);
    const { page } = site;
    try {
      // The printed notes have loaded, once the page has settled, but there is nothing to print.
      await page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('PrintNotes')),
      );
      await site.emulatePrint(true);
      expect(await page.locator('.print-notes').count()).toBe(0);
      expect(await page.locator('#main-content').isVisible()).toBe(true);
      await site.emulatePrint(false);
      // "Print my notes" still prints them, saying nothing is written yet.
      expect(await prepare.pressPrint()).toBe(1);
      expect(await page.locator('.print-notes').textContent()).toContain(
        'Nothing is written in these notes yet.',
      );

      await prepare.answerArea('Getting dressed', { isHard: 'Yes', better: 'Clothes with zips.' });
      await page.locator('.print-notes').waitFor({ state: 'attached' });
      await site.emulatePrint(true);
      expect(await page.locator('.print-notes').isVisible()).toBe(true);
      expect(await page.locator('.print-notes').innerText()).toContain('Clothes with zips.');
      expect(await page.locator('#main-content').isVisible()).toBe(false);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });

  it.each([320, 1280])(
    'has no accessibility problems at %i pixels wide, before and after a download',
    async (width) => {
      const { site, prepare } = await PreparePage.open(browser, '', { width });
      try {
        await prepare.answerArea('Food and drink', { isHard: 'Yes', badDay: HOSTILE });
        await prepare.waitForSaved();
        const heading = site.page.getByRole('heading', {
          name: 'Take your notes to your assessment',
        });
        await heading.waitFor();
        // A picture beside each point.
        const points = site.page.locator('.notes-export .picture-point');
        expect(await points.count()).toBe(2);
        expect(
          await site.page
            .locator('.notes-export .picture-point > img.picture-point__picture')
            .count(),
        ).toBe(2);
        expect(await site.axeViolations()).toEqual([]);
        expect(await site.horizontalOverflow()).toBe(0);
        await prepare.downloadWord(true);
        expect(await site.axeViolations()).toEqual([]);
        expect(await site.horizontalOverflow()).toBe(0);
        expect(site.problemList()).toEqual([]);
      } finally {
        await site.close();
      }
    },
  );
});

const expectValue = (page: Page, label: string, value: string): Promise<void> =>
  new PreparePage(page).expectValue(label, value);
