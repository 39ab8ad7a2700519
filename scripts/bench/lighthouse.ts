/*
 * Runs Lighthouse 12.8 (mobile settings, simulated slow 4G and a slowed CPU) against the
 * built site in the machine's own Chromium, started by chrome-launcher. Used by
 * tests/e2e/lighthouse.test.ts (the scores) and `npm run bench` (the timings). Chromium
 * is told to resolve no host names, so nothing can load from beyond this machine.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../chromium-path.mjs';

/** The flags every Chromium on this project runs with, plus headless and no name lookups. */
export const LIGHTHOUSE_CHROME_FLAGS = [
  '--headless=new',
  ...CHROMIUM_ARGS,
  // Any host name fails to resolve; the site is served at 127.0.0.1, which needs no lookup.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
] as const;

/** The categories Lighthouse scores, by the names its report uses. */
export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** What one Lighthouse run found on one page. */
export interface LighthouseFigures {
  readonly url: string;
  /** Scores from 0 to 100, for the categories that were run. */
  readonly scores: Partial<Record<Category, number>>;
  /** Largest contentful paint, in milliseconds (simulated mobile). */
  readonly lcpMs: number | undefined;
  /** Cumulative layout shift (no unit). */
  readonly cls: number | undefined;
  /** Total blocking time, in milliseconds (simulated mobile). */
  readonly tbtMs: number | undefined;
  /** Audits that scored below 1 in a scored category, as "id: title". */
  readonly failedAudits: Partial<Record<Category, string[]>>;
  /** Every address the page requested. */
  readonly requestedUrls: readonly string[];
}

/** Lighthouse could not finish a run (a trace it failed to record, say). */
export class LighthouseRunError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LighthouseRunError';
  }
}

/** A Chromium for Lighthouse, kept open across runs. */
export interface LighthouseBrowser {
  run(url: string, categories: readonly Category[]): Promise<LighthouseFigures>;
  close(): Promise<void>;
}

/** Starts the machine's Chromium for Lighthouse runs. */
export async function startLighthouseBrowser(chromePath: string): Promise<LighthouseBrowser> {
  const chrome: LaunchedChrome = await launch({
    chromePath,
    chromeFlags: [...LIGHTHOUSE_CHROME_FLAGS],
    logLevel: 'silent',
  });
  return {
    run: async (url, categories) => {
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP): that is a
      // failure to measure, not a finding, so try twice more before giving up.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await runLighthouse(chrome.port, url, categories);
        } catch (error) {
          if (!(error instanceof LighthouseRunError) || attempt >= 3) throw error;
        }
      }
    },
    close: async () => {
      chrome.kill();
    },
  };
}

async function runLighthouse(
  port: number,
  url: string,
  categories: readonly Category[],
): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...categories],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
  const { lhr } = result;
  if (lhr.runtimeError) {
    throw new LighthouseRunError(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`);
  }
  const scores: Partial<Record<Category, number>> = {};
  const failedAudits: Partial<Record<Category, string[]>> = {};
  for (const category of categories) {
    const found = lhr.categories[category];
    if (!found) continue;
    scores[category] = Math.round((found.score ?? 0) * 100);
    failedAudits[category] = found.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${audit?.id}: ${audit?.title}`);
  }
  const numeric = (id: string): number | undefined => lhr.audits[id]?.numericValue;
  const requests = lhr.audits['network-requests']?.details;
  const requestedUrls =
    requests && requests.type === 'table'
      ? requests.items.map((item) => String(item['url'] ?? ''))
      : [];
  return {
    url,
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    cls: numeric('cumulative-layout-shift'),
    tbtMs: numeric('total-blocking-time'),
    failedAudits,
    requestedUrls,
  };
}

/** The pages Lighthouse checks: the home page, guides, help, privacy, accessibility and the tools. */
export function lighthousePages(builtPages: readonly string[]): string[] {
  const wanted = [
    '/',
    '/guides/',
    '/guides/what-is-an-individual-service-fund/',
    '/help/',
    '/privacy/',
    '/accessibility/',
    '/budget/',
    '/plan/',
  ];
  return wanted.filter((page) => builtPages.includes(page));
}
