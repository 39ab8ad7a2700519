/*
 * Hostile input in real Chromium (issue 9, "Safe with hostile input"): script tags, event
 * handlers, javascript: links, SVG with script, HTML entities, a right-to-left override and
 * 100,000 characters, put in the calculator's address after "#" and typed into every field of
 * the calculator and the planner. No dialog opens, nothing runs or is added to the page, the
 * words show as text on screen and in print, and the page reports no CSP violation and no
 * error. Then a marker typed into every field never appears in a request or before the "#".
 */
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAN_SECTIONS } from '../../src/lib/plan';
import { launchBrowser } from './support/browser';
import { resolvesInBuild } from './support/built-site';
import { BudgetPage } from './pages/BudgetPage';
import { PlanPage } from './pages/PlanPage';
import { SitePage } from './pages/SitePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const LONG = `${'A'.repeat(99_980)}<b>the end</b>`;

/** Each is harmless text when the site is safe; any of them running would open a dialog. */
const HOSTILE: readonly (readonly [string, string])[] = [
  ['a script tag', '<script>alert(1)</script>'],
  ['an image with onerror', '<img src=x onerror=alert(1)>'],
  ['a javascript: link', '<a href="javascript:alert(1)">Click me</a>'],
  ['a bare javascript: address', 'javascript:alert(1)'],
  ['SVG with script', '<svg onload=alert(1)><script>alert(1)</script></svg>'],
  ['HTML entities', '&lt;b&gt;bold&lt;/b&gt; &amp; &#60;i&#62;'],
  ['a right-to-left override', 'Sam \u202Egnp.exe\u202C Jones'],
  ['quotes that close a tag', `"'></textarea></title><script>alert(1)</script>`],
  ['a template', '{{constructor.constructor("alert(1)")()}} ${alert(1)}'],
  ['100,000 characters', LONG],
];

/** Counts dialogs (alert, confirm, prompt, print) a page opens, closing each. */
function countDialogs(page: Page): () => number {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  return () => dialogs;
}

/** Anything hostile input could have added to the page as markup. */
function findInjected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) {
        if (name.startsWith('on')) found.push(`${element.tagName} with ${name}`);
      }
      const target = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (/^\s*javascript:/i.test(target)) found.push(`${element.tagName} to ${target}`);
    }
    // The site's own pictures are files it built (/_astro/name.hash.svg); any other image
    // could only have come from what was typed.
    for (const image of document.querySelectorAll('img')) {
      const url = new URL(image.src, location.href);
      const ownPicture =
        url.origin === location.origin && /^\/_astro\/[\w-]+\.[\w-]+\.svg$/.test(url.pathname);
      if (!ownPicture || image.getAttribute('src') !== url.pathname)
        found.push(`img ${image.getAttribute('src')}`);
    }
    for (const script of document.querySelectorAll('script:not([src])')) {
      if (/alert/.test(script.textContent ?? '')) found.push('an inline script with alert');
    }
    for (const svg of document.querySelectorAll('svg script')) found.push(`svg script ${svg.id}`);
    for (const bold of document.querySelectorAll('main b, main i')) {
      if (/bold|the end/.test(bold.textContent ?? '')) found.push(`${bold.tagName} element`);
    }
    return found;
  });
}

/** The page's text as a person sees it (on screen, or in print once print is emulated). */
const visibleText = (page: Page): Promise<string> => page.locator('body').innerText();

/** Whether the page shows `words` as text (a yes or no, so 100,000 characters never print). */
const shows = async (page: Page, words: string): Promise<boolean> =>
  (await visibleText(page)).includes(words);

/** Opens every fold-away part of the calculator and adds one row of each kind. */
async function showEveryCalculatorField(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await page.getByRole('button', { name: 'Add another regular cost' }).click();
  await page.getByRole('button', { name: 'Add something to spend on' }).click();
}

/** Every box a person can type into on the page. */
const textFields = (page: Page) => page.getByRole('textbox').all();

describe.each(HOSTILE)('the calculator with %s', (_name, hostile) => {
  it('in the address after "#": nothing runs, and the words show as text on screen and in print', async () => {
    const params = new URLSearchParams({
      l1n: hostile,
      l1h: '12',
      l1r: '20',
      o1n: hostile,
      o1a: '5',
      o1f: 'week',
      s1n: hostile,
      s1a: '10',
      s1f: 'week',
    });
    const budget = await BudgetPage.open(browser, params.toString());
    const { page, site } = { page: budget.page, site: budget.site };
    const dialogs = countDialogs(page);
    try {
      if (params.toString().length > 20_000) {
        // Too long to be a link from this site: empty figures and a kind message instead.
        await page.getByText('Some figures in this link could not be read').waitFor();
        expect(await budget.nameField(0).inputValue()).toBe('Support');
      } else {
        await expect.poll(() => budget.headline()).toContain('Your budget is');
        expect((await budget.nameField(0).inputValue()) === hostile).toBe(true);
        expect(await shows(page, hostile)).toBe(true);
        await site.emulatePrint(true);
        expect(await shows(page, hostile)).toBe(true);
        await site.emulatePrint(false);
      }
      expect(await findInjected(page)).toEqual([]);
      expect(dialogs()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it('typed into every field: nothing runs, and the names show as text on screen and in print', async () => {
    const budget = await BudgetPage.open(browser);
    const { page, site } = { page: budget.page, site: budget.site };
    const dialogs = countDialogs(page);
    try {
      await showEveryCalculatorField(page);
      for (const field of await textFields(page)) await field.fill(hostile);
      await budget.submit();
      await budget.errorSummary().waitFor();
      expect(await findInjected(page)).toEqual([]);

      // Good figures, with the hostile words as the names.
      await budget.fillLine(0, '12', '20');
      for (const name of ['What is this support called?', 'What is it for?', 'What is it?']) {
        expect((await page.getByLabel(name).inputValue()) === hostile, name).toBe(true);
      }
      for (const cost of await page.getByLabel('Cost (£)').all()) await cost.fill('5');
      await page.getByLabel('What you pay each week (£)').fill('');
      await page.getByLabel('Minutes a day', { exact: true }).fill('');
      if (hostile.length > 100) {
        // Names are 100 characters at most: the calculator says so, and shows no result.
        await budget.submit();
        await expect
          .poll(() => budget.errorSummary().innerText())
          .toContain('Enter a name of 100 characters or fewer');
      } else {
        await expect.poll(() => budget.headline(), { timeout: 10_000 }).toContain('Your budget is');
        expect(await shows(page, hostile)).toBe(true);
        await site.emulatePrint(true);
        expect(await shows(page, hostile)).toBe(true);
        await site.emulatePrint(false);
      }
      expect(await findInjected(page)).toEqual([]);
      expect(dialogs()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });
});

const PLANNER_BUILT = resolvesInBuild('/plan/');

/**
 * Opens each part of a new plan, adds one row where a part has a list, and types into every
 * box: the first of `texts` into the first box, the next into the next, and round again.
 */
async function typeIntoEveryPlanField(
  plan: PlanPage,
  page: Page,
  texts: readonly string[],
): Promise<number> {
  let typed = 0;
  for (const section of PLAN_SECTIONS) {
    await plan.openSection(section.title);
    const add = page.getByRole('button', { name: /^Add (a|something|another)\b/ });
    if ((await add.count()) > 0) await add.first().click();
    for (const field of await textFields(page)) {
      await field.fill(texts[typed % texts.length] ?? '');
      typed += 1;
    }
    await page.goBack();
    await page.getByRole('link', { name: 'About me' }).waitFor();
  }
  return typed;
}

// The short texts take turns box by box, so one pass through the plan puts each of them into
// many kinds of box; the 100,000 characters get a pass of their own.
const PLANNER_PASSES: readonly (readonly [string, readonly string[]])[] = [
  [
    'every short hostile text in turn',
    HOSTILE.filter(([, text]) => text !== LONG).map(([, text]) => text),
  ],
  ['100,000 characters', [LONG]],
];

describe.runIf(PLANNER_BUILT).each(PLANNER_PASSES)('the planner with %s', (_name, texts) => {
  const hostile = texts[0] ?? '';
  it('typed into every field: nothing runs, it is saved, and the name shows as text', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    const dialogs = countDialogs(page);
    try {
      await plan.startPlan();
      expect(await typeIntoEveryPlanField(plan, page, texts)).toBeGreaterThan(texts.length * 2);
      expect(await findInjected(page)).toEqual([]);
      await plan.openSection('About me');
      const name = plan.field('Your name, or the name you like');
      await plan.waitForSaved();
      await page.reload();
      await plan.ready();
      // Saved as typed (the planner keeps at most its own limit of characters).
      await name.waitFor();
      const saved = await name.inputValue();
      expect(saved.length > 0 && hostile.startsWith(saved)).toBe(true);
      await plan.goto('plans');
      await expect.poll(() => shows(page, saved.slice(0, 40)), { timeout: 10_000 }).toBe(true);
      await site.emulatePrint(true);
      expect(await shows(page, saved.slice(0, 40))).toBe(true);
      expect(await findInjected(page)).toEqual([]);
      expect(dialogs()).toBe(0);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});

describe('what a person types', () => {
  const MARKER = 'QZX-private-7431';

  /** Every place a request could carry the marker: its address, headers and body. */
  function requestText(request: Request): string {
    return [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n');
  }

  /** Lists the requests of a site page's context from now on. */
  function watchRequests(site: SitePage): Request[] {
    const requests: Request[] = [];
    site.context.on('request', (request) => requests.push(request));
    return requests;
  }

  it('never leaves the calculator in a request, and stays after "#" in the address', async () => {
    const budget = await BudgetPage.open(browser);
    const { page, site } = { page: budget.page, site: budget.site };
    const requests = watchRequests(site);
    try {
      await showEveryCalculatorField(page);
      const fields = await textFields(page);
      expect(fields.length).toBeGreaterThanOrEqual(9);
      for (const field of fields) await field.fill(MARKER);
      await budget.submit();
      await budget.fillLine(0, '12', '20');
      await page.waitForFunction((marker) => window.location.hash.includes(marker), MARKER);
      expect(page.url().split('#')[0]).not.toContain(MARKER);
      // Leave for another page, then come back by the link: still nothing sent.
      await page.getByRole('link', { name: 'Guides', exact: true }).first().click();
      await page.waitForLoadState('load');
      await page.goBack();
      await budget.ready();
      expect(await budget.nameField(0).inputValue()).toBe(MARKER);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.map(requestText).filter((text) => text.includes(MARKER))).toEqual([]);
      expect(site.problemList()).toEqual([]);
    } finally {
      await budget.close();
    }
  });

  it.runIf(PLANNER_BUILT)('never leaves the planner in a request or the address', async () => {
    const { site, plan } = await PlanPage.open(browser);
    const { page } = site;
    const requests = watchRequests(site);
    try {
      await plan.startPlan();
      expect(await typeIntoEveryPlanField(plan, page, [MARKER])).toBeGreaterThan(20);
      await plan.openSection('About me');
      await plan.waitForSaved();
      await page.reload();
      await plan.ready();
      expect(page.url()).not.toContain(MARKER);
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.map(requestText).filter((text) => text.includes(MARKER))).toEqual([]);
      expect(site.problemList()).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
