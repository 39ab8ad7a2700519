/*
 * The guide pages in real Chromium: the England / Scotland choice (remembered on the
 * device, both countries' sentences shown without JavaScript), the "Read this page aloud"
 * button (shown only where the browser can speak, marking the point being read), and the
 * JavaScript budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitSentences, splitWords } from '../../src/lib/readability';
import { LIMITS } from '../../src/lib/guides/rules';
import { baseUrl, contextWithoutSpeech, launchBrowser } from './support/browser';
import { DIST, listBuiltPages, readBuiltPage } from './support/built-site';
import { SitePage } from './pages/SitePage';

const RIGHTS = '/guides/your-rights-and-staying-safe/';
const guidePages = listBuiltPages().filter((path) => path.startsWith('/guides/'));
/** The guides themselves, without the list of guides. */
const guides = guidePages.filter((path) => /^\/guides\/[^/]+\/$/.test(path));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The first sentence on the page written for one country only. */
function countrySentence(sitePage: SitePage, region: 'england' | 'scotland') {
  return sitePage.page.locator(`p[data-region="${region}"]`).first();
}

const ENGLAND_LAW = 'In England, the main law is the Care Act 2014.';
const SCOTLAND_LAW =
  'In Scotland, one main law is the Social Care (Self-directed Support) (Scotland) Act 2013.';

describe('the England and Scotland choice', () => {
  it('shows both countries’ sentences until a choice is made', async () => {
    const sitePage = await SitePage.open(browser, RIGHTS);
    try {
      expect(await countrySentence(sitePage, 'england').innerText()).toBe(ENGLAND_LAW);
      expect(await countrySentence(sitePage, 'scotland').innerText()).toBe(SCOTLAND_LAW);
      expect(await sitePage.page.getByRole('radio', { name: 'Show both' }).isChecked()).toBe(true);
    } finally {
      await sitePage.close();
    }
  });

  it('shows only Scotland’s sentences after choosing Scotland, and remembers it', async () => {
    const sitePage = await SitePage.open(browser, RIGHTS);
    try {
      await sitePage.page.getByRole('radio', { name: 'Scotland' }).check();
      expect(await countrySentence(sitePage, 'england').isVisible()).toBe(false);
      expect(await countrySentence(sitePage, 'scotland').isVisible()).toBe(true);
      await sitePage.goto('/guides/what-is-an-individual-service-fund/');
      await sitePage.goto(RIGHTS);
      expect(await sitePage.page.getByRole('radio', { name: 'Scotland' }).isChecked()).toBe(true);
      expect(await countrySentence(sitePage, 'england').isVisible()).toBe(false);
      await sitePage.page.getByRole('radio', { name: 'England' }).check();
      expect(await countrySentence(sitePage, 'england').isVisible()).toBe(true);
      expect(await countrySentence(sitePage, 'scotland').isVisible()).toBe(false);
      expect(sitePage.problemList()).toEqual([]);
    } finally {
      await sitePage.close();
    }
  });

  it('hides a point about Scotland only, heading and all, after choosing England', async () => {
    const sitePage = await SitePage.open(browser, '/guides/getting-ready-for-your-assessment/');
    try {
      const point = sitePage.page.locator('div[data-point][data-region="scotland"]').first();
      expect(await point.isVisible()).toBe(true);
      await sitePage.page.getByRole('radio', { name: 'England' }).check();
      expect(await point.isVisible()).toBe(false);
    } finally {
      await sitePage.close();
    }
  });

  it('shows both countries’ sentences and no switch without JavaScript', async () => {
    const sitePage = await SitePage.open(browser, RIGHTS, { javaScript: false });
    try {
      expect(await countrySentence(sitePage, 'england').isVisible()).toBe(true);
      expect(await countrySentence(sitePage, 'scotland').isVisible()).toBe(true);
      expect(await sitePage.page.getByRole('group', { name: /country/ }).isVisible()).toBe(false);
      expect(
        await sitePage.page.getByRole('button', { name: 'Read this page aloud' }).count(),
      ).toBe(0);
    } finally {
      await sitePage.close();
    }
  });
});

describe('the read-aloud button', () => {
  it('is shown where the browser can speak, and marks the point being read', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const spoken: SpeechSynthesisUtterance[] = [];
      (window as unknown as { spoken: SpeechSynthesisUtterance[] }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: { speak: (u: SpeechSynthesisUtterance) => spoken.push(u), cancel: () => {} },
      });
    });
    const page = await context.newPage();
    try {
      await page.goto(new URL('/guides/the-8-steps/', baseUrl()).href);
      const button = page.getByRole('button', { name: 'Read this page aloud' });
      await button.click();
      await expect.poll(() => page.getByRole('button', { name: 'Stop reading' }).count()).toBe(1);
      const firstPointText = await page.evaluate(() => {
        const spoken = (window as unknown as { spoken: SpeechSynthesisUtterance[] }).spoken;
        spoken[1]?.dispatchEvent(new Event('start'));
        return spoken[1]?.text ?? '';
      });
      expect(firstPointText).toContain('8 steps');
      await expect.poll(() => page.locator('.guide-point--reading').count()).toBe(1);
      await page.getByRole('button', { name: 'Stop reading' }).click();
      await expect.poll(() => page.locator('.guide-point--reading').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('stays hidden where the browser cannot speak', async () => {
    const context = await contextWithoutSpeech(browser);
    const page = await context.newPage();
    try {
      await page.goto(new URL('/guides/the-8-steps/', baseUrl()).href);
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('button', { name: 'Read this page aloud' }).count()).toBe(0);
      expect(await page.getByRole('radio', { name: 'England' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});

/** What a reader meets in each easy-read line of a guide, as the browser has laid it out. */
interface ShownLine {
  /** The line's text, as a screen reader or a copy of the page gets it. */
  readonly text: string;
  /** The same text with each hard word (already explained there) as 1 word, for counting. */
  readonly counted: string;
  /** Whether every hard-word meaning in the line starts on a line of its own. */
  readonly meaningsOnOwnLine: boolean;
}

async function shownLines(path: string): Promise<ShownLine[]> {
  const sitePage = await SitePage.open(browser, path);
  try {
    return await sitePage.page.evaluate(() =>
      [...document.querySelectorAll('[data-point] p')].map((paragraph) => {
        const copy = paragraph.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('dfn').forEach((dfn) => dfn.replaceWith('term'));
        const meanings = [...paragraph.querySelectorAll('.hard-word-meaning')];
        return {
          text: paragraph.textContent ?? '',
          counted: copy.textContent ?? '',
          meaningsOnOwnLine: meanings.every(
            (meaning) =>
              getComputedStyle(meaning).display === 'block' &&
              /\s$/.test(meaning.previousSibling?.textContent ?? ' '),
          ),
        };
      }),
    );
  } finally {
    await sitePage.close();
  }
}

describe('easy-read lines on every guide page', () => {
  it.each(guides)('%s keeps each hard-word meaning a sentence of its own', async (path) => {
    const lines = await shownLines(path);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => /\p{Ll}[.?!]\p{Lu}/u.test(line.text))).toEqual([]);
    expect(lines.filter((line) => !line.meaningsOnOwnLine)).toEqual([]);
  });

  it.each(guides)(
    '%s shows no easy-read sentence longer than the limit, with both countries shown',
    async (path) => {
      const long = (await shownLines(path))
        .flatMap((line) => splitSentences(line.counted.replace(/\s+/g, ' ')))
        .filter((sentence) => splitWords(sentence).length > LIMITS.easyRead.longest);
      expect(long).toEqual([]);
    },
  );
});

describe('JavaScript on guide pages', () => {
  it.each(guidePages)('%s loads no framework code and at most 5 KB gzipped', (path) => {
    const html = readBuiltPage(path);
    const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(html).not.toMatch(/<astro-island/);
    const files = new Set<string>();
    const visit = (src: string): void => {
      if (files.has(src)) return;
      files.add(src);
      const code = readFileSync(join(DIST, src), 'utf8');
      for (const m of code.matchAll(/["'](\.\/[^"']+\.js)["']/g)) {
        visit(join(src, '..', m[1] ?? ''));
      }
    };
    sources.forEach(visit);
    const total = [...files].reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(DIST, src))).length,
      0,
    );
    expect([...files].join()).not.toMatch(/react|client\./i);
    expect(total).toBeLessThanOrEqual(5 * 1024);
  });
});
