/*
 * Lighthouse on the main pages of the built site (issue 8): accessibility, best practices
 * and SEO must score 100. These scores do not change from run to run, so they are
 * asserted. Performance figures are only printed: machines are noisy, so the medians of
 * several runs go in docs/benchmarks.md (`npm run bench`), never in a test.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages } from '../../src/lib/perf/built-site';
import {
  lighthousePages,
  startLighthouseBrowser,
  type LighthouseBrowser,
} from '../../scripts/bench/lighthouse';
import { baseUrl } from './support/browser';
import { DIST } from './support/built-site';

const pages = lighthousePages(listPages(DIST));
let browser: LighthouseBrowser;

beforeAll(async () => {
  browser = await startLighthouseBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser.close();
});

describe('Lighthouse, mobile settings', () => {
  it('has the main pages to check', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/guides/', '/budget/']));
  });

  it.each(pages)(
    '%s scores 100 for accessibility, best practices and SEO, and loads only from this site',
    async (page) => {
      const url = `${baseUrl()}${page}`;
      const figures = await browser.run(url, [
        'performance',
        'accessibility',
        'best-practices',
        'seo',
      ]);
      console.log(
        `${page}: performance ${figures.scores.performance}, LCP ${Math.round(figures.lcpMs ?? 0)} ms, ` +
          `CLS ${(figures.cls ?? 0).toFixed(3)}, TBT ${Math.round(figures.tbtMs ?? 0)} ms (one run; medians in docs/benchmarks.md)`,
      );
      const origin = new URL(baseUrl()).origin;
      expect(
        figures.requestedUrls.filter(
          (requested) => !requested.startsWith('data:') && new URL(requested).origin !== origin,
        ),
      ).toEqual([]);
      expect({
        accessibility: figures.scores.accessibility,
        'best-practices': figures.scores['best-practices'],
        seo: figures.scores.seo,
        failedAudits: [
          ...(figures.failedAudits.accessibility ?? []),
          ...(figures.failedAudits['best-practices'] ?? []),
          ...(figures.failedAudits.seo ?? []),
        ],
      }).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100, failedAudits: [] });
    },
    120_000,
  );
});
