/*
 * Benchmarks that need a real browser, run in the machine's Chromium on the served site:
 * the budget engine and plan storage (real IndexedDB) bundled with esbuild and run in a
 * page of the site, typing into the calculator with the CPU slowed 4 times, and when each
 * tool is first drawn and first takes a key on a slow phone.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../chromium-path.mjs';

/** Starts headless Chromium. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/** Bundles the two bench modules into one script that puts them on `window`. */
async function bundleBenchScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { benchEngine } from './bench/engine.bench.ts';
        import { benchPlanStorage, largePlan } from './bench/storage.bench.ts';
        import { packWordDocument } from './src/lib/export/docx.ts';
        import { planDocument } from './src/lib/export/plan-document.ts';
        async function benchWordDocument(runs) {
          const docx = await import('docx');
          const plan = largePlan();
          const times = [];
          let bytes = 0;
          for (let run = 0; run < runs; run += 1) {
            const start = performance.now();
            const file = await packWordDocument(planDocument(plan, '2026-05-24'), docx, {
              style: 'easy-read',
              now: new Date('2026-05-24T10:42:00.000Z'),
            });
            times.push(performance.now() - start);
            bytes = file.byteLength;
          }
          times.sort((a, b) => a - b);
          return { medianMs: times[Math.floor(times.length / 2)], runs, bytes };
        }
        Object.assign(globalThis, {
          __openIsfBench: { benchEngine, benchPlanStorage, benchWordDocument },
        });
      `,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild made no bench script.');
  return code;
}

/** Medians from the engine and storage benchmarks, run in Chromium. */
export interface BrowserLibBench {
  readonly engineMedianMs: number;
  readonly engineRuns: number;
  readonly saveMedianMs: number;
  readonly loadMedianMs: number;
  readonly backupRoundTripMedianMs: number;
  readonly craftedBackupMedianMs: number;
  readonly storageRuns: number;
  /** Making the Word document of the 200-item plan (easy read), from plan to .docx bytes. */
  readonly wordMedianMs: number;
  readonly wordRuns: number;
  readonly wordBytes: number;
}

/**
 * Runs benchEngine, benchPlanStorage and a Word document of the large plan in a page of the
 * site, so IndexedDB is Chromium's own, on disk. The script goes in through the DevTools protocol, as axe does in the
 * browser tests, so the page's Content-Security-Policy stays on.
 */
export async function benchLibInChromium(
  browser: Browser,
  siteUrl: string,
  storageRuns: number,
): Promise<BrowserLibBench> {
  const script = await bundleBenchScript();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}/privacy/`);
    await page.evaluate(script);
    return await page.evaluate(async (runs) => {
      type Bench = {
        benchEngine: (runs?: number) => { medianMs: number; runs: number };
        benchWordDocument: (
          runs: number,
        ) => Promise<{ medianMs: number; runs: number; bytes: number }>;
        benchPlanStorage: (runs?: number) => Promise<{
          saveMedianMs: number;
          loadMedianMs: number;
          backupRoundTripMedianMs: number;
          craftedBackupMedianMs: number;
          runs: number;
        }>;
      };
      const bench = (globalThis as unknown as { __openIsfBench: Bench }).__openIsfBench;
      const engine = bench.benchEngine();
      const storage = await bench.benchPlanStorage(runs);
      const word = await bench.benchWordDocument(7);
      return {
        wordMedianMs: word.medianMs,
        wordRuns: word.runs,
        wordBytes: word.bytes,
        engineMedianMs: engine.medianMs,
        engineRuns: engine.runs,
        saveMedianMs: storage.saveMedianMs,
        loadMedianMs: storage.loadMedianMs,
        backupRoundTripMedianMs: storage.backupRoundTripMedianMs,
        craftedBackupMedianMs: storage.craftedBackupMedianMs,
        storageRuns: storage.runs,
      };
    }, storageRuns);
  } finally {
    await context.close();
  }
}

/** What typing a figure into the calculator cost, in one run. */
export interface TypingRun {
  /** The longest task (over 50 ms, by the Long Tasks definition) while typing; 0 when none. */
  readonly longestTaskMs: number;
  /** The longest time from a key press to the next frame (Event Timing), in milliseconds. */
  readonly longestKeyMs: number;
  readonly keys: number;
}

/** Counts long tasks and key events from the start of every page load. */
function watchTasks(): void {
  const store = { tasks: [] as number[][], events: [] as number[][] };
  Object.assign(window, { __openIsfTasks: store });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) store.events.push([entry.startTime, entry.duration]);
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

async function longestSince(
  page: Page,
  since: number,
): Promise<{ longestTaskMs: number; longestKeyMs: number }> {
  // Let the observers deliver the last entries.
  await page.waitForTimeout(500);
  return page.evaluate((from) => {
    const store = (
      window as unknown as { __openIsfTasks: { tasks: number[][]; events: number[][] } }
    ).__openIsfTasks;
    const longest = (entries: number[][]) =>
      Math.max(
        0,
        ...entries.filter(([start]) => (start ?? 0) >= from).map(([, duration]) => duration ?? 0),
      );
    return { longestTaskMs: longest(store.tasks), longestKeyMs: longest(store.events) };
  }, since);
}

/** Where typing is measured: a figure in the calculator, or words in the planner. */
export type TypingPlace = 'calculator' | 'planner';

/**
 * Gets a page ready to type in, as a person would, and returns the box to type into: the
 * calculator with a first result already shown (so the form checks itself again as it
 * changes), or the first question of "About me" in a new plan (so each key saves a draft).
 */
async function boxToTypeIn(page: Page, siteUrl: string, place: TypingPlace): Promise<Locator> {
  if (place === 'planner') {
    await page.goto(`${siteUrl}/plan/`);
    await page.getByRole('button', { name: 'Start a new plan' }).click();
    await page.getByRole('link', { name: 'About me', exact: true }).click();
    const box = page.locator('textarea').first();
    await box.waitFor();
    await box.click();
    return box;
  }
  await page.goto(`${siteUrl}/budget/`);
  const line = page.locator('.support-line').first();
  const hours = line.getByLabel('Hours of support each week');
  // The form is drawn on the server and takes typing once its JavaScript has run.
  await page.getByText('The calculator is ready.').waitFor();
  await hours.fill('7.5');
  await line.getByLabel('Cost of 1 hour (£)').fill('23.47');
  await page.getByRole('button', { name: 'Work out my budget' }).click();
  await page.waitForTimeout(1000);
  await hours.click();
  await hours.press('Control+A');
  await hours.press('Backspace');
  return hours;
}

/** What is typed, key by key, in each place. */
const TYPED: Readonly<Record<TypingPlace, string>> = {
  calculator: '37.25',
  planner: 'I like my garden.',
};

/**
 * Opens the calculator or the planner with the CPU slowed 4 times, types key by key, and
 * reports the longest task and the slowest key while typing.
 */
export async function benchTyping(
  browser: Browser,
  siteUrl: string,
  place: TypingPlace,
): Promise<TypingRun> {
  const context = await browser.newContext();
  await context.addInitScript(watchTasks);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const box = await boxToTypeIn(page, siteUrl, place);
    const typed = TYPED[place];
    const since = await page.evaluate(() => performance.now());
    await box.pressSequentially(typed, { delay: 150 });
    const found = await longestSince(page, since);
    return { ...found, keys: typed.length };
  } finally {
    await context.close();
  }
}

/** When a page was first drawn and, for a tool, when it first took a key, in one run. */
export interface StartRun {
  /** First contentful paint, from the start of the page load. The tools are in the HTML. */
  readonly firstPaintMs: number;
  /** When the tool first answered a key press (undefined for a guide). */
  readonly firstKeyMs: number | undefined;
}

/** Where a page is opened to see when it is drawn and ready. */
export type StartPlace = 'guide' | 'calculator' | 'planner';

const START_PATHS: Readonly<Record<StartPlace, string>> = {
  guide: '/guides/what-is-an-individual-service-fund/',
  calculator: '/budget/',
  planner: '/plan/',
};

/**
 * Opens a page with nothing cached, the CPU slowed 4 times and a slow 4G connection (150 ms
 * round trip, 1.6 Mbit/s down, as Lighthouse's mobile settings), and reports its first paint
 * and when its tool first answered a key: the calculator shows a typed figure in its first
 * box, the planner starts a new plan when Enter is pressed on "Start a new plan".
 */
export async function benchStart(
  browser: Browser,
  siteUrl: string,
  place: StartPlace,
): Promise<StartRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await page.goto(`${siteUrl}${START_PATHS[place]}`, { waitUntil: 'commit' });
    let firstKeyMs: number | undefined;
    if (place === 'calculator') {
      const hours = page.locator('#field-supportLines-0-hoursPerWeek');
      // The box takes a key once it can take the focus (it is inert until the form is ready).
      await page.waitForFunction(
        () => {
          const box = document.querySelector<HTMLInputElement>(
            '#field-supportLines-0-hoursPerWeek',
          );
          if (box === null) return false;
          box.focus();
          return document.activeElement === box;
        },
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      await hours.press('7');
      await page.waitForFunction(
        () =>
          document.querySelector<HTMLInputElement>('#field-supportLines-0-hoursPerWeek')?.value ===
          '7',
      );
      firstKeyMs = await page.evaluate(() => performance.now());
    } else if (place === 'planner') {
      const start = page.getByRole('button', { name: 'Start a new plan' });
      await start.waitFor({ timeout: 60_000 });
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('button')].some(
            (button) => button.textContent === 'Start a new plan' && !button.disabled,
          ),
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      await start.press('Enter');
      await page.getByRole('link', { name: 'About me', exact: true }).waitFor({ timeout: 60_000 });
      firstKeyMs = await page.evaluate(() => performance.now());
    }
    const firstPaintMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list) => {
            const paint = list.getEntriesByName('first-contentful-paint')[0];
            if (paint !== undefined) resolve(paint.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
    return { firstPaintMs, firstKeyMs };
  } finally {
    await context.close();
  }
}
