/*
 * The offline copy in real Chromium (issue 9): after one visit, every main page, the
 * calculator and the planner work with no connection, served by the service worker; a new
 * version waits for "Update now"; the kill switch removes the worker and every cache.
 * Every journey is watched for CSP violations, console errors and uncaught errors.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { baseUrl, launchBrowser, listProblems, watchContext } from './support/browser';
import { DIST, listBuiltPages, resolvesInBuild } from './support/built-site';
import { PlanPage } from './pages/PlanPage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const GUIDE = '/guides/the-8-steps/';
const MAIN_PAGES = ['/', '/guides/', GUIDE, '/budget/', '/privacy/', '/help/'].concat(
  resolvesInBuild('/plan/') ? ['/plan/'] : [],
);

/** A fresh browser context, watched for problems, with one page open at `path` of `site`. */
async function visit(site: string, path: string) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const problems = await watchContext(context);
  const page = await context.newPage();
  await page.goto(new URL(path, site).href);
  return { context, problems, page };
}

/** Waits until the service worker has saved the offline copy and controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/**
 * Starts listing every request of a context not answered by the service worker. Chromium
 * fetches the tab's icon itself, outside the page and its service worker, so that one is left
 * out.
 */
function watchNetwork(context: BrowserContext): () => string[] {
  const missed: string[] = [];
  context.on('requestfailed', (request) => {
    // A page that is left (or reloaded) while still loading cancels its requests: not a miss.
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') missed.push(`failed (${error}): ${request.url()}`);
  });
  context.on('response', (response) => {
    if (!response.fromServiceWorker() && !response.request().serviceWorker())
      missed.push(`from the network: ${response.url()}`);
  });
  return () => missed.filter((text) => !text.endsWith('/favicon.svg'));
}

const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

describe('with no connection, after one visit', () => {
  it('keeps every built page in the offline copy', async () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const missing = listBuiltPages().filter((path) => !sw.includes(JSON.stringify(path)));
    expect(missing).toEqual([]);
  });

  it('opens every main page from the offline copy', async () => {
    const { context, problems, page } = await visit(baseUrl(), '/');
    try {
      await waitForOfflineCopy(page);
      await context.setOffline(true);
      const missedRequests = watchNetwork(context);
      for (const path of MAIN_PAGES) {
        const response = await page.goto(new URL(path, baseUrl()).href);
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        // The page's own Content-Security-Policy header comes back with it from the copy.
        expect(await response?.headerValue('content-security-policy'), path).toContain(
          "default-src 'self'",
        );
        const headings = (): Promise<number> => page.getByRole('heading', { level: 1 }).count();
        await expect.poll(headings, { message: path }).toBe(1);
        await page.reload();
        await expect.poll(headings, { message: `${path} reloaded` }).toBe(1);
      }
      expect(missedRequests()).toEqual([]);
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works out a budget', async () => {
    const { context, problems, page } = await visit(baseUrl(), '/');
    try {
      await waitForOfflineCopy(page);
      await context.setOffline(true);
      await page.goto(new URL('/budget/', baseUrl()).href);
      const line = page.locator('.support-line').first();
      await line.getByLabel('Hours of support each week').fill('12');
      await line.getByLabel('Cost of 1 hour (£)').fill('20');
      await expect
        .poll(() => page.locator('.budget-result__headline').innerText())
        .toMatch(/Your budget is £12,480 a year\.\s+That is £240 a week\./);
      // The figures go into the address after "#" a moment after typing stops.
      await page.waitForFunction(() => window.location.hash.includes('l1h=12'));
      await page.reload();
      await expect
        .poll(() => page.locator('.budget-result__headline').innerText())
        .toContain('£12,480 a year');
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.runIf(resolvesInBuild('/plan/'))('writes and saves a support plan', async () => {
    const { context, problems, page } = await visit(baseUrl(), '/');
    try {
      await waitForOfflineCopy(page);
      await context.setOffline(true);
      const plan = new PlanPage(page);
      await plan.goto('plans');
      await plan.startPlan();
      await plan.openSection('About me');
      await plan.field('Your name, or the name you like').fill('Sam');
      await plan.waitForSaved();
      await page.reload();
      await plan.ready();
      await plan.goto('plans');
      await expect
        .poll(() => page.locator('.plan-card h3').allInnerTexts())
        .toEqual(["Sam's plan"]);
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('gives the site\'s "page not found" page for an address that does not exist', async () => {
    const { context, problems, page } = await visit(baseUrl(), '/');
    try {
      await waitForOfflineCopy(page);
      await context.setOffline(true);
      await page.goto(new URL('/no-such-page/', baseUrl()).href);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBeTruthy();
      expect(listProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a new version of the site', () => {
  // A copy of the built site on its own server, so these tests can publish a "new version"
  // (a changed sw.js) without touching dist/, which other tests are reading.
  let folder: string;
  let server: { url: string; close: () => Promise<void> };
  const sw = (): string => readFileSync(join(DIST, 'sw.js'), 'utf8');

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'open-isf-offline-'));
    cpSync(DIST, folder, { recursive: true });
    server = await startServer({ root: folder });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Problems, less the requests to this copy's own server (another port than dist's). */
  const problemsOf = (problems: Awaited<ReturnType<typeof watchContext>>): string[] =>
    listProblems(problems).filter((problem) => !problem.includes(server.url));

  it('waits for "Update now", then reloads once with the new version', async () => {
    writeFileSync(join(folder, 'sw.js'), sw());
    const { context, problems, page } = await visit(server.url, GUIDE);
    try {
      await waitForOfflineCopy(page);
      const first = await cacheNames(page);
      const updateButton = page.getByRole('button', { name: 'Update now' });
      expect(await updateButton.isVisible()).toBe(false);

      writeFileSync(join(folder, 'sw.js'), sw().replace(/"version":"(\w+)"/, '"version":"$1new"'));
      await page.reload();
      await updateButton.waitFor({ state: 'visible' });
      expect(await page.getByRole('status').innerText()).toContain(
        'A new version of Open ISF is ready.',
      );
      // Until the person asks, the old version stays in charge.
      expect(await cacheNames(page)).toEqual(expect.arrayContaining(first));

      const reloaded = page.waitForEvent('load');
      await updateButton.click();
      await reloaded;
      await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([`${first[0]}new`]);
      expect(await updateButton.isVisible()).toBe(false);
      expect(problemsOf(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('can remove the offline copy from every visitor with the kill switch', async () => {
    writeFileSync(join(folder, 'sw.js'), sw());
    const { context, problems, page } = await visit(server.url, '/');
    try {
      await waitForOfflineCopy(page);
      expect(await cacheNames(page)).toHaveLength(1);
      writeFileSync(
        join(folder, 'sw.js'),
        readFileSync('integrations/service-worker/sw-kill.js', 'utf8'),
      );
      await page.goto(new URL('/budget/', server.url).href);
      await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([]);
      expect(problemsOf(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
