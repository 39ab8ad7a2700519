/*
 * `npm run bench`: one report of how heavy and how fast the site is (issue 8). Builds the
 * site if dist/ is missing, then prints, and writes to docs/benchmarks.md: every page's
 * bytes against its budget, Lighthouse (median of 3 runs), the budget engine, plan storage,
 * the Word document and typing in Chromium, GOV.UK Frontend beside our CSS and JavaScript,
 * and what lighter libraries would save. It only prints numbers; nothing here passes or
 * fails a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { createRequire } from 'node:module';
// idb needs IDBKeyRange and friends as globals in Node; the Chromium figures use the real thing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { benchEngine } from '../../bench/engine.bench';
import { benchPlanStorage } from '../../bench/storage.bench';
import { budgetForPage, EXCEPTIONS, KB } from '../../src/lib/perf/budgets';
import { filesNeededBy, SHELL_PAGES } from '../../src/lib/offline/precache';
import { nodeCompressor, siteReader, weighBuiltSite } from '../../src/lib/perf/built-site';
import {
  checkPageWeight,
  formatKb,
  totalOf,
  type PageWeight,
  type Totals,
} from '../../src/lib/perf/page-weight';
import { findChromium } from '../chromium-path.mjs';
import { startServer } from '../serve.mjs';
import { measureAlternatives } from './alternatives';
import {
  benchLibInChromium,
  benchStart,
  benchTyping,
  launchChromium,
  type StartPlace,
  type StartRun,
  type TypingPlace,
  type TypingRun,
} from './browser';
import { lighthousePages, startLighthouseBrowser, type LighthouseFigures } from './lighthouse';

// OPEN_ISF_BENCH_DIST measures a build elsewhere (say, while dist/ is being rebuilt).
const DIST = process.env['OPEN_ISF_BENCH_DIST'] ?? 'dist';
const REPORT = 'docs/benchmarks.md';
const LIGHTHOUSE_RUNS = 3;
const TYPING_RUNS = 5;
const STORAGE_RUNS = 30;
const START_RUNS = 3;

const lines: string[] = [];
/** Prints a line and keeps it for the report. */
function out(line = ''): void {
  console.log(line);
  lines.push(line);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  out(`| ${header.join(' | ')} |`);
  out(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) out(`| ${row.join(' | ')} |`);
  out();
}

const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const wholeMs = (value: number): string => `${Math.round(value)} ms`;
const kb = (bytes: number): string => (bytes / KB).toFixed(1);
const pair = (totals: Totals): string =>
  totals.gzip === 0 ? '0' : `${kb(totals.gzip)} / ${kb(totals.brotli)}`;

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

// ---------------------------------------------------------------------------------------

if (!existsSync(`${DIST}/index.html`)) {
  console.log(`There is no built site in ${DIST}, so building it first (astro build).`);
  // vite-node sets NODE_ENV to development; the build must not inherit it (React's
  // development build is twice the size).
  execFileSync('npx', ['astro', 'build', '--outDir', DIST], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

const chromiumPath = findChromium();
if (!chromiumPath) {
  throw new Error(
    'No Chromium was found. Run "node scripts/ensure-chromium.mjs" or set CHROMIUM_PATH.',
  );
}
const chromiumVersion = run(chromiumPath, ['--version']);
let commit = 'unknown';
try {
  commit = run('git', ['rev-parse', '--short', 'HEAD']);
} catch {
  // Not a git checkout: leave it unknown.
}

out('# Benchmarks');
out();
out('Written by `npm run bench` (scripts/bench/run.ts). Do not edit by hand: run it again.');
out('Timings are medians and vary from machine to machine; only the byte budgets are checked');
out('by `npm test` (tests/e2e/page-weight.test.ts) and the Lighthouse accessibility, best');
out('practices and SEO scores (tests/e2e/lighthouse.test.ts). The budgets are in issue 8 and');
out('src/lib/perf/budgets.ts.');
out();
out(`- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
out(
  `- Machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB memory`,
);
out(`- Node ${process.version}, ${chromiumVersion}, commit ${commit}`);
out(
  `- Load average when it started: ${loadavg()[0]?.toFixed(1) ?? '?'} (timings are noisier when other work is running)`,
);
out();

// --- Page weight ------------------------------------------------------------------------

const weights = weighBuiltSite(DIST);
out('## Page weight');
out();
out('Kilobytes (1 KB = 1,000 bytes) of everything each built page loads at first, as');
out('gzip / brotli. "Everything else" is HTML (with inline SVG), CSS and pictures. Scripts');
out('loaded only by `import()` when a button is used are not counted; they are listed below.');
out('The budgets are on the gzip figures.');
out();

function statusOf(weight: PageWeight): string {
  const notes = checkPageWeight(weight)
    .filter((check) => check.status !== 'within')
    .map((check) => {
      const what = { js: 'JS', css: 'CSS', other: 'everything else' }[check.measure];
      const over = `**OVER BUDGET**: ${what} ${kb(check.gzip)} KB > ${kb(check.budgetGzip)} KB`;
      return check.status === 'held' && check.exception
        ? `${over} (held at ${kb(check.exception.ceilingGzip)} KB by an exception, issue 8)`
        : `${over} (fails npm test)`;
    });
  return notes.length === 0 ? 'within budget' : notes.join('; ');
}

table(
  [
    'page',
    'JS',
    'CSS',
    'HTML',
    'pictures',
    'everything else',
    'budget (JS / else / CSS)',
    'status',
  ],
  weights.map((weight) => {
    const budget = budgetForPage(weight.page);
    return [
      `\`${weight.page}\``,
      pair(totalOf(weight, ['js'])),
      pair(totalOf(weight, ['css'])),
      pair(totalOf(weight, ['html'])),
      pair(totalOf(weight, ['picture', 'other'])),
      pair(totalOf(weight, ['html', 'css', 'picture', 'other'])),
      `${kb(budget.jsGzip)} / ${kb(budget.otherGzip)} / ${kb(budget.cssGzip)}`,
      statusOf(weight),
    ];
  }),
);

const later = [...new Set(weights.flatMap((weight) => weight.loadedLater))];
if (later.length > 0) {
  out('Loaded only when used (not in the budgets):');
  out();
  for (const path of later) {
    const bytes = readFileSync(`${DIST}${path}`);
    out(
      `- \`${path}\`: ${kb(nodeCompressor.gzip(bytes))} / ${kb(nodeCompressor.brotli(bytes))} KB`,
    );
  }
  out();
}

// The offline copy (issues 8 and 9): on a first visit the service worker downloads only the
// small shell for the "not saved yet" page, and keeps what the person opens; the rest of its
// list only after a second page or visit, and never with Save-Data. Not in the page budgets,
// but paid for in data.
const workerSource = existsSync(`${DIST}/sw.js`) ? readFileSync(`${DIST}/sw.js`, 'utf8') : '';
const workerList = /const BUILD = (\{.*?\});/.exec(workerSource)?.[1];
if (workerList) {
  const { urls } = JSON.parse(workerList) as { urls: string[] };
  const read = siteReader(DIST);
  const weigh = (files: readonly string[]) =>
    files
      .map((url) => read(url))
      .filter((bytes): bytes is Uint8Array => bytes !== undefined)
      .reduce(
        (sum, bytes) => ({
          gzip: sum.gzip + nodeCompressor.gzip(bytes),
          brotli: sum.brotli + nodeCompressor.brotli(bytes),
        }),
        { gzip: 0, brotli: 0 },
      );
  const readText = (url: string): string | undefined => {
    const bytes = read(url);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  };
  const shell = filesNeededBy(SHELL_PAGES, urls, readText, true);
  const shellWeight = weigh(shell);
  const offline = weigh(urls);
  out(
    `The offline copy (service worker, issues 8 and 9) downloads ${shell.length} files in the background after the first page (the offline page and what it needs): ${kb(shellWeight.gzip)} / ${kb(shellWeight.brotli)} KB, and keeps the pages the person opens. It downloads the whole site (${urls.length} files, ${kb(offline.gzip)} / ${kb(offline.brotli)} KB, less what is kept already) only after a second page or visit, and never when the browser asks to save data (Save-Data). This is not in the page budgets.`,
  );
  out();
}

const heavy = weights.filter((weight) => weight.page === '/budget/' || weight.page === '/plan/');
for (const weight of heavy) {
  out(`Files loaded by \`${weight.page}\` (gzip / brotli KB):`);
  out();
  for (const file of [...weight.files].sort((a, b) => b.gzip - a.gzip)) {
    const framework = file.framework ? ` (${file.framework})` : '';
    out(`- \`${file.path}\` ${file.kind}${framework}: ${kb(file.gzip)} / ${kb(file.brotli)}`);
  }
  out();
}

out('Exceptions (pages allowed over budget for now, up to a ceiling that only comes down):');
out();
for (const exception of EXCEPTIONS) {
  out(
    `- \`${exception.page}\` ${exception.measure}: ceiling ${formatKb(exception.ceilingGzip)}. ${exception.reason}`,
  );
}
out();

// --- Lighter libraries ------------------------------------------------------------------

out('## The calculator with lighter libraries (esbuild estimate)');
out();
out('The budget calculator island bundled with React by esbuild, minified, as gzip; the app');
out(
  'is not changed. Astro splits the same code into chunks, so its figure above differs a little.',
);
out();
const alternatives = await measureAlternatives();
const baseline = alternatives[0]?.gzip ?? 0;
table(
  ['bundle', 'gzip KB', 'saves', 'zod', 'decimal', 'note'],
  alternatives.map((alternative) => [
    alternative.name,
    alternative.gzip === undefined ? 'not measured' : kb(alternative.gzip),
    alternative.gzip === undefined ? '' : `${kb(baseline - alternative.gzip)} KB`,
    `${kb(alternative.byPackage['zod'] ?? 0)} KB minified`,
    `${kb((alternative.byPackage['decimal.js'] ?? 0) + (alternative.byPackage['decimal.js-light'] ?? 0))} KB minified`,
    alternative.note,
  ]),
);

// --- Browser figures --------------------------------------------------------------------

const server = await startServer({ root: DIST });
try {
  const pages = lighthousePages(weights.map((weight) => weight.page));
  out(`## Lighthouse (mobile, median of ${LIGHTHOUSE_RUNS} runs)`);
  out();
  out('Lighthouse 12.8 with its mobile settings (simulated slow 4G, CPU slowed 4 times).');
  out('Targets from issue 8: performance 100 on content pages and at least 95 on /budget/ and');
  out('/plan/; LCP under 1.5 s; CLS 0; TBT 0 on content pages and under 50 ms on the others.');
  out();
  const lighthouse = await startLighthouseBrowser(chromiumPath);
  const rows: string[][] = [];
  try {
    for (const page of pages) {
      const runs: LighthouseFigures[] = [];
      for (let attempt = 0; attempt < LIGHTHOUSE_RUNS; attempt += 1) {
        runs.push(
          await lighthouse.run(`${server.url}${page}`, [
            'performance',
            'accessibility',
            'best-practices',
            'seo',
          ]),
        );
      }
      const tool = page === '/budget/' || page === '/plan/';
      const performance = median(runs.map((figures) => figures.scores.performance ?? 0));
      const lcp = median(runs.map((figures) => figures.lcpMs ?? 0));
      const cls = median(runs.map((figures) => figures.cls ?? 0));
      const tbt = median(runs.map((figures) => figures.tbtMs ?? 0));
      const missed = [
        performance < (tool ? 95 : 100) ? 'performance' : '',
        lcp >= 1500 ? 'LCP' : '',
        cls > 0 ? 'CLS' : '',
        (tool ? tbt >= 50 : tbt > 0) ? 'TBT' : '',
      ].filter((name) => name !== '');
      const other = (['accessibility', 'best-practices', 'seo'] as const)
        .map((category) => median(runs.map((figures) => figures.scores[category] ?? 0)))
        .join(' / ');
      rows.push([
        `\`${page}\``,
        String(performance),
        wholeMs(lcp),
        cls.toFixed(3),
        wholeMs(tbt),
        other,
        missed.length === 0 ? 'met' : `**MISSED**: ${missed.join(', ')}`,
      ]);
      console.log(`  Lighthouse ${page} done`);
    }
  } finally {
    await lighthouse.close();
  }
  table(
    ['page', 'performance', 'LCP', 'CLS', 'TBT', 'accessibility / best practices / SEO', 'targets'],
    rows,
  );

  /** The two rows of a typing benchmark: the longest task, and the slowest key. */
  const typingRows = (what: string, runs: readonly TypingRun[], how: string): string[][] =>
    runs.length === 0
      ? [[`typing ${what}, CPU slowed 4 times`, 'not built yet', '', '']]
      : [
          [
            `typing ${what}, CPU slowed 4 times: longest task`,
            runs.every((run) => run.longestTaskMs === 0)
              ? 'no task over 50 ms'
              : `${ms(median(runs.map((run) => run.longestTaskMs)))} (worst ${ms(Math.max(...runs.map((run) => run.longestTaskMs)))})`,
            'no task over 50 ms (issues 4 and 6)',
            `${how}, ${runs[0]?.keys ?? 0} key presses, ${runs.length} runs (Long Tasks API)`,
          ],
          [
            'the same: slowest key, press to next frame',
            ms(median(runs.map((run) => run.longestKeyMs))),
            'under 200 ms (a good INP)',
            'Event Timing API, events over 16 ms',
          ],
        ];

  out('## Budget engine, plan storage, typing');
  out();
  const engineNode = benchEngine();
  const storageNode = await benchPlanStorage(STORAGE_RUNS, new IDBFactory());
  const browser = await launchChromium(chromiumPath);
  let chromeLib;
  const typing: Record<TypingPlace, TypingRun[]> = { calculator: [], planner: [] };
  const typingPages: Record<TypingPlace, string> = { calculator: '/budget/', planner: '/plan/' };
  const starts: Record<StartPlace, StartRun[]> = { guide: [], calculator: [], planner: [] };
  try {
    for (const place of ['guide', 'calculator', 'planner'] as const) {
      for (let attempt = 0; attempt < START_RUNS; attempt += 1) {
        starts[place].push(await benchStart(browser, server.url, place));
      }
    }
    chromeLib = await benchLibInChromium(browser, server.url, STORAGE_RUNS);
    for (const place of ['calculator', 'planner'] as const) {
      if (!weights.some((weight) => weight.page === typingPages[place])) continue;
      for (let attempt = 0; attempt < TYPING_RUNS; attempt += 1) {
        typing[place].push(await benchTyping(browser, server.url, place));
      }
    }
  } finally {
    await browser.close();
  }
  const hasPlanPage = weights.some((weight) => weight.page === '/plan/');
  table(
    ['what', 'median', 'target', 'how'],
    [
      [
        'budget engine: 100 support lines, 200 spending items, with working',
        `${ms(chromeLib.engineMedianMs)} in Chromium, ${ms(engineNode.medianMs)} in Node`,
        'under 1 ms (issue 3)',
        `bench/engine.bench.ts, ${engineNode.runs} runs`,
      ],
      [
        'save a 200-item plan',
        `${ms(chromeLib.saveMedianMs)} in Chromium, ${ms(storageNode.saveMedianMs)} in Node (fake-indexeddb)`,
        'under 20 ms (issue 6)',
        `bench/storage.bench.ts in a page of the site, real IndexedDB, ${chromeLib.storageRuns} runs`,
      ],
      [
        'open a 200-item plan',
        `${ms(chromeLib.loadMedianMs)} in Chromium, ${ms(storageNode.loadMedianMs)} in Node (fake-indexeddb)`,
        'under 100 ms (issue 6)',
        'the same runs',
      ],
      [
        'write and read back a backup file of that plan',
        `${ms(chromeLib.backupRoundTripMedianMs)} in Chromium, ${ms(storageNode.backupRoundTripMedianMs)} in Node`,
        '',
        'the same runs',
      ],
      [
        'refuse a crafted 1 MB backup file full of problems',
        `${ms(chromeLib.craftedBackupMedianMs)} in Chromium, ${ms(storageNode.craftedBackupMedianMs)} in Node`,
        'under 200 ms (issue 14)',
        'craftedBackupText in bench/storage.bench.ts, up to 20 runs',
      ],
      [
        'Word document of a 200-item plan (easy read), from plan to .docx bytes',
        `${ms(chromeLib.wordMedianMs)} in Chromium (${kb(chromeLib.wordBytes)} KB file)`,
        '',
        `src/lib/export with the docx package, in a page of the site, ${chromeLib.wordRuns} runs; not the download itself`,
      ],
      ...typingRows(
        'a figure in the calculator',
        typing.calculator,
        '/budget/, after a first result',
      ),
      ...typingRows(
        'words in the planner',
        typing.planner,
        '/plan/, the first question of a new plan',
      ),
    ].filter((row) => row.length > 0),
  );
  out(
    hasPlanPage
      ? 'Plan storage is measured through the storage module in a page of the site, not by driving /plan/.'
      : 'There is no /plan/ page yet, so plan storage is measured through the storage module, bundled and run in a page of the site (real IndexedDB in Chromium).',
  );
  out();

  out(`## When the tools can be used, on a slow phone (median of ${START_RUNS} runs)`);
  out();
  out('Nothing cached, the CPU slowed 4 times, a slow 4G connection (150 ms round trip, 1.6');
  out('Mbit/s down). Times from the start of the page load. The tools are drawn into the');
  out("page's HTML (issue 18), so their form shows with the first paint; it takes keys once");
  out('its JavaScript has run.');
  out();
  const startRow = (page: string, place: StartPlace, key: string): string[] => {
    const runs = starts[place];
    const keys = runs.flatMap((run) => (run.firstKeyMs === undefined ? [] : [run.firstKeyMs]));
    return [
      page,
      ms(median(runs.map((run) => run.firstPaintMs))),
      keys.length === 0 ? '' : `${ms(median(keys))}: ${key}`,
    ];
  };
  table(
    ['page', 'first paint (form visible)', 'first answers a key'],
    [
      startRow('a guide, `/guides/what-is-an-individual-service-fund/`', 'guide', ''),
      startRow('the calculator, `/budget/`', 'calculator', 'a figure typed shows in its box'),
      startRow('the planner, `/plan/`', 'planner', 'Enter on "Start a new plan" opens the plan'),
    ],
  );
  out();
} finally {
  await server.close();
}

// --- GOV.UK Frontend --------------------------------------------------------------------

const require = createRequire(import.meta.url);
const govukPackage = require.resolve('govuk-frontend/package.json');
const govukVersion = (JSON.parse(readFileSync(govukPackage, 'utf8')) as { version: string })
  .version;
const govukFile = (name: string): Totals => {
  const bytes = readFileSync(govukPackage.replace('package.json', `dist/govuk/${name}`));
  return {
    bytes: bytes.byteLength,
    gzip: nodeCompressor.gzip(bytes),
    brotli: nodeCompressor.brotli(bytes),
  };
};
const heaviest = (kinds: Parameters<typeof totalOf>[1], pages: readonly PageWeight[]): Totals =>
  pages
    .map((weight) => totalOf(weight, kinds))
    .reduce((most, totals) => (totals.gzip > most.gzip ? totals : most), {
      bytes: 0,
      gzip: 0,
      brotli: 0,
    });
const contentPages = weights.filter((weight) => budgetForPage(weight.page).kind === 'content');
const budgetPage = weights.filter((weight) => weight.page === '/budget/');

out('## Beside GOV.UK Frontend');
out();
out(`GOV.UK Frontend ${govukVersion}'s compiled files (a dev dependency, only measured here),`);
out('beside what our heaviest pages load. KB, minified.');
out();
const sizeRow = (name: string, totals: Totals): string[] => [
  name,
  kb(totals.bytes),
  kb(totals.gzip),
  kb(totals.brotli),
];
table(
  ['files', 'bytes KB', 'gzip KB', 'brotli KB'],
  [
    sizeRow('GOV.UK Frontend CSS (`govuk-frontend.min.css`)', govukFile('govuk-frontend.min.css')),
    sizeRow('Open ISF CSS, heaviest page', heaviest(['css'], weights)),
    sizeRow('GOV.UK Frontend JS (`govuk-frontend.min.js`)', govukFile('govuk-frontend.min.js')),
    sizeRow('Open ISF JS, heaviest content page', heaviest(['js'], contentPages)),
    sizeRow('Open ISF JS, `/budget/`', heaviest(['js'], budgetPage)),
  ],
);

writeFileSync(REPORT, `${lines.join('\n').trimEnd()}\n`);
console.log(`\nWritten to ${REPORT}.`);
