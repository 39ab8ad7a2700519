/*
 * Each guide prints as an easy-read handout of at most 8 A4 pages (issue 5), with the
 * "More detail" part starting on a page of its own.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { listBuiltPages } from './support/built-site';
import { countPdfPages } from './support/pdf';
import { SitePage } from './pages/SitePage';

const guides = listBuiltPages().filter((path) => /^\/guides\/[^/]+\/$/.test(path));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('printed guides', () => {
  it('include all 19 guides', () => {
    expect(guides.length).toBe(19);
  });

  it.each(guides)('%s prints on 8 A4 pages or fewer', async (path) => {
    const site = await SitePage.open(browser, path);
    try {
      const pdf = await site.page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = countPdfPages(pdf);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(8);
    } finally {
      await site.close();
    }
  });
});
