/*
 * The foundation's promise for every built page, in real Chromium: no accessibility
 * violations at 320, 768 and 1280 pixels wide or in print, no sideways scrolling on a
 * small phone, nothing loaded from another host, and no errors.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { listBuiltPages } from './support/built-site';
import { SitePage } from './pages/SitePage';

const pages = listBuiltPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(pages)('%s', (path) => {
  it('fits 320 pixels wide, and has no accessibility problems at 320, 768 and 1280 or in print', async () => {
    const sitePage = await SitePage.open(browser, path, { width: 320 });
    try {
      expect(await sitePage.horizontalOverflow(), 'scrolls sideways at 320 pixels').toBe(0);
      const findings: Record<string, unknown> = {};
      for (const width of [320, 768, 1280]) {
        await sitePage.setWidth(width);
        findings[`${width}px`] = await sitePage.axeViolations();
      }
      await sitePage.emulatePrint(true);
      findings['print'] = await sitePage.axeViolations();
      expect(findings).toEqual({ '320px': [], '768px': [], '1280px': [], print: [] });
    } finally {
      await sitePage.close();
    }
  });

  it('loads nothing from another host and shows no errors', async () => {
    const sitePage = await SitePage.open(browser, path);
    try {
      await sitePage.page.waitForLoadState('networkidle');
      const problems = sitePage
        .problemList()
        // The not-found page is served with status 404 on purpose.
        .filter((problem) => !(path === '/404.html' && /404/.test(problem)));
      expect(problems).toEqual([]);
    } finally {
      await sitePage.close();
    }
  });
});
