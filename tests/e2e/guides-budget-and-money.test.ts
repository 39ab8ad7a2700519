/*
 * The guides about the ways to have a budget, asking for one, challenging it, paying
 * towards support, money not used, and Wales and Northern Ireland, in real Chromium: no
 * accessibility problems at 320 and 1280 pixels wide, a printed handout of 8 A4 pages or
 * fewer, the England / Scotland choice, and the side-by-side table read as a table on a
 * wide screen and as blocks on a small one.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { SitePage } from './pages/SitePage';

const WAYS = '/guides/the-ways-to-have-your-budget/';
const ASKING = '/guides/asking-for-an-individual-service-fund/';
const NO = '/guides/if-the-council-says-no/';
const PAYING = '/guides/paying-towards-your-support/';
const UNUSED = '/guides/money-you-do-not-use/';
const GUIDES = [WAYS, ASKING, NO, PAYING, UNUSED];
/** Wales and Northern Ireland have no sentences for one of the 2 countries the switch offers. */
const WALES = '/guides/wales-and-northern-ireland/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([...GUIDES, WALES])('%s', (path) => {
  it('has no accessibility problems at 320 and 1280 pixels wide, and fits 320 pixels', async () => {
    const sitePage = await SitePage.open(browser, path, { width: 320 });
    try {
      expect(await sitePage.horizontalOverflow()).toBe(0);
      const at320 = await sitePage.axeViolations();
      await sitePage.setWidth(1280);
      expect({ '320px': at320, '1280px': await sitePage.axeViolations() }).toEqual({
        '320px': [],
        '1280px': [],
      });
      expect(sitePage.problemList()).toEqual([]);
    } finally {
      await sitePage.close();
    }
  });

  it('prints on 8 A4 pages or fewer', async () => {
    const sitePage = await SitePage.open(browser, path);
    try {
      const pdf = await sitePage.page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(8);
    } finally {
      await sitePage.close();
    }
  });
});

describe.each(GUIDES)('%s with the country choice', (path) => {
  it('shows only the chosen country’s sentences', async () => {
    const sitePage = await SitePage.open(browser, path);
    try {
      const sentences = {
        england: sitePage.page.locator('p[data-region="england"]'),
        scotland: sitePage.page.locator('p[data-region="scotland"]'),
      };
      const counts = {
        england: await sentences.england.count(),
        scotland: await sentences.scotland.count(),
      };
      expect(counts.england + counts.scotland).toBeGreaterThan(0);
      const visible = async (region: 'england' | 'scotland') =>
        counts[region] === 0 ? undefined : sentences[region].first().isVisible();
      const shown = (region: 'england' | 'scotland', value: boolean) =>
        counts[region] === 0 ? undefined : value;
      expect([await visible('england'), await visible('scotland')]).toEqual([
        shown('england', true),
        shown('scotland', true),
      ]);
      await sitePage.page.getByRole('radio', { name: 'England' }).check();
      expect([await visible('england'), await visible('scotland')]).toEqual([
        shown('england', true),
        shown('scotland', false),
      ]);
      await sitePage.page.getByRole('radio', { name: 'Scotland' }).check();
      expect([await visible('england'), await visible('scotland')]).toEqual([
        shown('england', false),
        shown('scotland', true),
      ]);
    } finally {
      await sitePage.close();
    }
  });
});

describe('the table of the ways to have your budget', () => {
  it('is a table with a heading for each column and a named line for each way', async () => {
    const sitePage = await SitePage.open(browser, WAYS);
    try {
      const table = sitePage.page.getByRole('table', { name: 'The ways to have your budget' });
      expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
        'The way',
        'Who looks after the money?',
        'Who chooses your support?',
        'Who pays your staff?',
        'In Scotland',
      ]);
      expect(await table.getByRole('rowheader').allInnerTexts()).toEqual([
        'A Direct Payment',
        'An Individual Service Fund',
        'Your council arranges it',
        'A mix',
      ]);
    } finally {
      await sitePage.close();
    }
  });

  it('shows each answer under its question on a small phone', async () => {
    const sitePage = await SitePage.open(browser, WAYS, { width: 320 });
    try {
      const firstAnswer = sitePage.page.locator('.guide-table tbody td').first();
      expect(await firstAnswer.innerText()).toBe(
        'Who looks after the money?\nYou, or someone who helps you.',
      );
      await sitePage.setWidth(1280);
      expect(await firstAnswer.innerText()).toBe('You, or someone who helps you.');
    } finally {
      await sitePage.close();
    }
  });

  it('hides the Scotland column after choosing England', async () => {
    const sitePage = await SitePage.open(browser, WAYS);
    try {
      const table = sitePage.page.getByRole('table', { name: 'The ways to have your budget' });
      const scotland = table.getByRole('columnheader', { name: 'In Scotland' });
      expect(await scotland.isVisible()).toBe(true);
      await sitePage.page.getByRole('radio', { name: 'England' }).check();
      expect(await scotland.isVisible()).toBe(false);
      expect(await table.getByRole('cell', { name: 'Option 1.' }).isVisible()).toBe(false);
    } finally {
      await sitePage.close();
    }
  });
});
