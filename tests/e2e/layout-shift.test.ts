/*
 * Nothing on a content page moves once it is drawn (issue 8: cumulative layout shift 0). Each
 * page is opened with its scripts held back until it has been drawn once, as happens on a slow
 * phone, then the scripts run and every layout shift Chromium reports is added up. The sum is
 * an exact figure, not a timing, so the test asserts it is 0. The calculator and the planner
 * (React islands) are checked the same way, once their tool is drawn.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, holdScripts, launchBrowser, listProblems, watchContext } from './support/browser';
import { listBuiltPages, readBuiltPage } from './support/built-site';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const GUIDE = '/guides/what-is-an-individual-service-fund/';
const contentPages = listBuiltPages().filter(
  (path) => !readBuiltPage(path).includes('<astro-island'),
);
const guidePages = contentPages.filter((path) => /^\/guides\/.+\//.test(path));

interface Visit {
  /** Runs in the page before anything else, like a saved choice or a browser that cannot speak. */
  readonly before?: () => void;
  /** What shows once the page's tool (a React island) is drawn, to wait for. */
  readonly drawn?: string;
}

/** Starts adding up the page's layout shifts (those not caused by the person) into a global. */
function recordLayoutShift(): void {
  const record = window as unknown as { layoutShift: number };
  record.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
    }[])
      if (!entry.hadRecentInput) record.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Resolves once the page has been drawn, which is after its stylesheets have loaded. */
async function firstPaintOf(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint'),
  );
}

/** The total layout shift of `path` at `width`, once it is drawn and its scripts have run. */
async function layoutShiftOf(path: string, width: number, visit: Visit = {}): Promise<number> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  try {
    const problems = await watchContext(context);
    if (visit.before) await context.addInitScript(visit.before);
    await context.addInitScript(recordLayoutShift);
    const release = await holdScripts(context);
    const page = await context.newPage();
    const loaded = page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
    await firstPaintOf(page);
    release();
    await loaded;
    if (visit.drawn) await page.locator(visit.drawn).first().waitFor();
    if (guidePages.includes(path)) {
      // The guide script has shown the England / Scotland switch.
      await page.getByRole('group', { name: /Where do you live/ }).waitFor({ state: 'visible' });
    }
    // Layout shifts are reported after the frame that moved something: let 2 frames pass.
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve((window as unknown as { layoutShift: number }).layoutShift),
            ),
          );
        }),
    );
    expect(listProblems(problems)).toEqual([]);
    return shift;
  } finally {
    await context.close();
  }
}

describe('nothing moves once a page is drawn', () => {
  it('finds the guide pages and the other content pages', () => {
    expect(guidePages.length).toBeGreaterThan(10);
    expect(contentPages).toEqual(expect.arrayContaining(['/', '/privacy/', GUIDE]));
  });

  for (const width of [320, 1280]) {
    it.each(contentPages)(`%s, ${width} pixels wide`, async (path) => {
      expect(await layoutShiftOf(path, width)).toBe(0);
    });
  }

  it('on a guide, when the person chose Scotland on an earlier visit', async () => {
    const chooseScotland = (): void => {
      // Init scripts also run in the blank page a tab starts with, which has no storage.
      if (window.location.protocol === 'http:')
        window.localStorage.setItem('open-isf-region', 'scotland');
    };
    expect(await layoutShiftOf(GUIDE, 320, { before: chooseScotland })).toBe(0);
  });

  it('on a guide, in a browser that cannot read aloud', async () => {
    const cannotSpeak = (): void => {
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        configurable: true,
        value: undefined,
      });
    };
    expect(await layoutShiftOf(GUIDE, 320, { before: cannotSpeak })).toBe(0);
  });
});

describe('nothing moves when a tool appears', () => {
  for (const width of [320, 1280]) {
    it(`the calculator, ${width} pixels wide`, async () => {
      expect(await layoutShiftOf('/budget/', width, { drawn: '.support-line' })).toBe(0);
    });

    it(`the planner, ${width} pixels wide`, async () => {
      expect(await layoutShiftOf('/plan/', width, { drawn: '#planner-heading' })).toBe(0);
    });
  }
});

describe('the guide tools before their script has run', () => {
  it('take their space but are not shown, so nothing looks as if it works before it does', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const release = await holdScripts(context);
    try {
      const page = await context.newPage();
      const loaded = page.goto(new URL(GUIDE, baseUrl()).href, { waitUntil: 'load' });
      // If a check fails first, closing the context ends this visit: that is not a second failure.
      loaded.catch(() => undefined);
      // Measured once the page is drawn: before that, its stylesheet may not have arrived.
      await page.waitForFunction(() => document.querySelector('.guide-tools + *') !== null);
      await firstPaintOf(page);
      const tools = page.locator('[data-region-switch], [data-read-aloud]');
      const boxesBefore = await tools.evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(boxesBefore.every((box) => box.height > 0)).toBe(true);
      expect(await page.getByRole('group', { name: /Where do you live/ }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Read this page aloud' }).count()).toBe(0);
      release();
      await loaded;
      await page.getByRole('group', { name: /Where do you live/ }).waitFor({ state: 'visible' });
      await page
        .getByRole('button', { name: 'Read this page aloud' })
        .waitFor({ state: 'visible' });
      const boxesAfter = await tools.evaluateAll((elements) =>
        elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(boxesAfter).toEqual(boxesBefore);
    } finally {
      release();
      await context.close();
    }
  });
});
