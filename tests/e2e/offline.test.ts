/*
 * The offline copy in real Chromium (issues 8 and 9): the first visit downloads only what the
 * person uses plus a small shell (requests counted at the server); with Save-Data on, only the
 * pages visited are kept, never the whole site; after a second page, every main page, the
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
import { DIST, listBuiltPages, readBuiltPage, resolvesInBuild } from './support/built-site';
import { PlanPage } from './pages/PlanPage';
import { filesNeededBy, SHELL_PAGES } from '../../src/lib/offline/precache';

let browser: Browser;
/**
 * Every request the site's own server for these tests received: its path, its Save-Data
 * header, and which test visit sent it (each visit's pages and worker send a header that
 * says), so a request still on its way from an earlier test is never counted.
 */
const received: { path: string; saveData: string | undefined; visit: string | undefined }[] = [];
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
  site = await startServer({
    root: DIST,
    onRequest: (request) => {
      const header = (name: string): string | undefined => {
        const value = request.headers[name];
        return typeof value === 'string' ? value : undefined;
      };
      received.push({
        path: new URL(request.url ?? '/', 'http://localhost').pathname,
        saveData: header('save-data'),
        visit: header(VISIT_HEADER),
      });
    },
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const GUIDE = '/guides/the-8-steps/';
const MAIN_PAGES = ['/', '/guides/', GUIDE, '/budget/', '/privacy/', '/help/'].concat(
  resolvesInBuild('/plan/') ? ['/plan/'] : [],
);
/** Every address the worker of this build can keep. */
const ALL_FILES: string[] = JSON.parse(
  /const BUILD = (\{.*\});/.exec(readFileSync(join(DIST, 'sw.js'), 'utf8'))?.[1] ?? '{"urls":[]}',
).urls;

/** A built file's text, by address ("/guides/", "/_astro/x.js"), read from dist/. */
function readBuilt(url: string): string | undefined {
  try {
    return url.endsWith('/') || url.endsWith('.html')
      ? readBuiltPage(url)
      : readFileSync(join(DIST, url), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The files a built page loads: its styles, scripts, icons and the scripts those import
 * (with `later`, also those loaded later, like the update notice).
 */
function filesOf(path: string, later = false): Set<string> {
  return new Set(filesNeededBy([path], ALL_FILES, readBuilt, later));
}

/** Problems, less the requests to `url`, this file's own server (another port than the shared one). */
const problemsApartFrom = (
  problems: Awaited<ReturnType<typeof watchContext>>,
  url: string,
): string[] =>
  listProblems(problems).filter(
    (problem) => !(problem.startsWith('request to another host') && problem.includes(url)),
  );

interface VisitOptions {
  /** Send "Save-Data: on" with every request, as a browser's data saver does. */
  saveDataHeader?: boolean;
  /** Make navigator.connection.saveData true in every page. */
  saveDataSetting?: boolean;
}

const VISIT_HEADER = 'x-open-isf-test-visit';
let visits = 0;

/**
 * A fresh browser context, watched for problems, with one page open at `path` of `origin`.
 * `requests()` lists what this visit asked the server for (pages and worker alike).
 */
async function visit(origin: string, path: string, options: VisitOptions = {}) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const problems = await watchContext(context);
  visits += 1;
  const id = String(visits);
  await context.setExtraHTTPHeaders({
    [VISIT_HEADER]: id,
    ...(options.saveDataHeader ? { 'Save-Data': 'on' } : {}),
  });
  if (options.saveDataSetting) {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', {
        configurable: true,
        value: { saveData: true },
      });
    });
  }
  const page = await context.newPage();
  await page.goto(new URL(path, origin).href);
  const requests = () => received.filter((request) => request.visit === id);
  return { context, problems, page, requests };
}

/** Waits until the service worker controls the page. */
async function waitForOfflineCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Everything stored in the offline copy, as paths. */
const storedFiles = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      paths.push(...requests.map((request) => new URL(request.url).pathname));
    }
    return paths.sort();
  });

/** Waits until the offline copy holds these files. */
async function waitForKept(page: Page, paths: readonly string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const stored = await storedFiles(page);
        return paths.filter((path) => !stored.includes(path));
      },
      { timeout: 30_000 },
    )
    .toEqual([]);
}

/** Waits until the offline copy holds the whole site. */
async function waitForFullCopy(page: Page): Promise<void> {
  await expect.poll(() => storedFiles(page), { timeout: 30_000 }).toEqual([...ALL_FILES].sort());
}

/** Waits until the server has had no request for a second (the worker has stopped fetching). */
async function waitForQuiet(): Promise<void> {
  let count = -1;
  while (count !== received.length) {
    count = received.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
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
const heading = (page: Page): Promise<string> =>
  page.getByRole('heading', { level: 1 }).innerText();

describe('the first visit', () => {
  it('downloads only the page, its files and the small offline shell', async () => {
    const { context, problems, page, requests } = await visit(site.url, GUIDE);
    try {
      await waitForOfflineCopy(page);
      const shell = SHELL_PAGES.flatMap((path) => [...filesOf(path, true)]);
      // The shell's files include the update notice's code, which every page loads.
      const used = new Set([...filesOf(GUIDE), ...shell, '/sw.js']);
      await waitForKept(
        page,
        [...used].filter((path) => path !== '/sw.js'),
      );
      await waitForQuiet();
      const downloaded = requests().map((request) => request.path);
      // Nothing the person did not use: no other page, none of the calculator's code.
      expect(downloaded.filter((path) => !used.has(path))).toEqual([]);
      // The page's own scripts and styles come from the browser's cache into the copy, once.
      const twice = downloaded.filter(
        (path, index) => path.startsWith('/_astro/') && downloaded.indexOf(path) !== index,
      );
      expect(twice).toEqual([]);
      expect(downloaded.length).toBeLessThanOrEqual(used.size + 1); // the tab's icon, again
      expect(downloaded.length).toBeLessThan(ALL_FILES.length / 2);
      expect(problemsApartFrom(problems, site.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps the page for use with no connection, and says when another is not saved yet', async () => {
    const { context, problems, page } = await visit(site.url, GUIDE);
    try {
      await waitForOfflineCopy(page);
      await waitForKept(page, [GUIDE, ...SHELL_PAGES]);
      await context.setOffline(true);
      const response = await page.goto(new URL(GUIDE, site.url).href);
      expect(response?.fromServiceWorker()).toBe(true);
      expect(await heading(page)).toBe('The 8 steps');
      await page.goto(new URL('/budget/', site.url).href);
      expect(await heading(page)).toBe('This page is not saved on this device');
      expect(problemsApartFrom(problems, site.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.each([
  ['sends "Save-Data: on"', { saveDataHeader: true }],
  ['has its data saver on (navigator.connection.saveData)', { saveDataSetting: true }],
])('when the browser %s', (_what, options: VisitOptions) => {
  it('keeps only the pages visited, never the whole site', async () => {
    const visited = ['/', GUIDE, '/privacy/'];
    const { context, problems, page, requests } = await visit(site.url, visited[0] ?? '/', options);
    try {
      await waitForOfflineCopy(page);
      for (const path of visited.slice(1)) {
        await page.goto(new URL(path, site.url).href);
        await waitForKept(page, [path]);
      }
      // Each page, and every file it needs: pictures further down a page load only as the
      // reader scrolls, so the worker copies them after the page itself.
      await waitForKept(
        page,
        visited.flatMap((path) => [...filesOf(path)]),
      );
      await waitForQuiet();
      if (options.saveDataHeader) {
        // The server saw the header on everything this visit asked for.
        expect(requests().every((request) => request.saveData === 'on')).toBe(true);
      }
      const used = new Set(
        [...visited, ...SHELL_PAGES].flatMap((path) => [...filesOf(path, true)]).concat('/sw.js'),
      );
      expect(
        requests()
          .map((request) => request.path)
          .filter((path) => !used.has(path)),
      ).toEqual([]);
      const stored = await storedFiles(page);
      expect(stored.filter((path) => !used.has(path))).toEqual([]);

      await context.setOffline(true);
      for (const path of visited) {
        const response = await page.goto(new URL(path, site.url).href);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect.poll(() => heading(page), { message: path }).not.toContain('not saved');
      }
      await page.goto(new URL('/budget/', site.url).href);
      expect(await heading(page)).toBe('This page is not saved on this device');
      expect(problemsApartFrom(problems, site.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('with no connection, after a second page', () => {
  // These use the shared server: the planner's page model opens pages there.
  /** Opens the site, then a second page, and waits for the whole site to be kept. */
  async function visitTwice() {
    const opened = await visit(baseUrl(), '/');
    await waitForOfflineCopy(opened.page);
    await opened.page.goto(new URL(GUIDE, baseUrl()).href);
    await waitForFullCopy(opened.page);
    return opened;
  }

  it('keeps every built page in the offline copy', async () => {
    const missing = listBuiltPages().filter((path) => !ALL_FILES.includes(path));
    expect(missing).toEqual([]);
  });

  it('opens every main page from the offline copy', async () => {
    const { context, problems, page } = await visitTwice();
    try {
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
        expect(await heading(page), path).not.toContain('not saved');
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
    const { context, problems, page } = await visitTwice();
    try {
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
    const { context, problems, page } = await visitTwice();
    try {
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
      await waitForKept(page, SHELL_PAGES);
      await context.setOffline(true);
      await page.goto(new URL('/no-such-page/', baseUrl()).href);
      expect(await heading(page)).toBe('We cannot find that page');
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
