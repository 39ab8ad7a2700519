/*
 * The page shell, as a person meets it: the skip link by keyboard, "Get help" in the same
 * place on every page, a helpful not-found page, and content pages that work with
 * JavaScript switched off and ship no framework code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { DIST, listBuiltPages, readBuiltPage } from './support/built-site';
import { SitePage } from './pages/SitePage';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every script file a page loads, following static imports between bundled files. */
function scriptsLoadedBy(html: string): string[] {
  const queue = [
    ...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  while (queue.length > 0) {
    const next = queue.shift() ?? '';
    if (seen.has(next) || !next.startsWith('/')) continue;
    seen.add(next);
    const code = readFileSync(join(DIST, next), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+)["']/g)) {
      queue.push(new URL(match[1] ?? '', `http://site${next}`).pathname);
    }
  }
  return [...seen];
}

const contentPages = listBuiltPages().filter(
  (path) => !readBuiltPage(path).includes('<astro-island'),
);

describe('the page shell', () => {
  it('lets a keyboard user skip straight to the main content', async () => {
    const sitePage = await SitePage.open(browser, '/');
    try {
      const { page } = sitePage;
      await page.keyboard.press('Tab');
      const skipLink = page.getByRole('link', { name: 'Skip to main content' });
      await expect
        .poll(() => skipLink.evaluate((link) => link === document.activeElement))
        .toBe(true);
      expect(await skipLink.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    } finally {
      await sitePage.close();
    }
  });

  it('puts "Get help" first in the footer on every page', () => {
    for (const path of listBuiltPages()) {
      const footer = /<footer[\s\S]*?<\/footer>/.exec(readBuiltPage(path))?.[0] ?? '';
      const firstLink = /<a href="([^"]+)"[^>]*>([^<]+)<\/a>/.exec(footer);
      expect({ path, href: firstLink?.[1], text: firstLink?.[2]?.trim() }).toEqual({
        path,
        href: '/help/',
        text: 'Get help',
      });
    }
  });

  it('answers an unknown address with status 404 and ways to find the page', async () => {
    const sitePage = await SitePage.open(browser, '/no-such-page/');
    try {
      expect(await sitePage.goto('/no-such-page/')).toBe(404);
      const { page } = sitePage;
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('We cannot find that page');
      expect(await page.getByRole('link', { name: 'Go to the home page' }).count()).toBe(1);
    } finally {
      await sitePage.close();
    }
  });

  it('is in British English', () => {
    for (const path of listBuiltPages()) {
      expect(readBuiltPage(path)).toMatch(/^<!DOCTYPE html><html lang="en-GB"/i);
    }
  });
});

describe('content pages', () => {
  it('include at least the home, privacy, help and accessibility pages', () => {
    expect(contentPages).toEqual(
      expect.arrayContaining(['/', '/privacy/', '/help/', '/accessibility/']),
    );
  });

  it.each(contentPages)('%s ships no framework JavaScript', (path) => {
    const scripts = scriptsLoadedBy(readBuiltPage(path));
    const withReact = scripts.filter((file) =>
      /react\.production|__CLIENT_INTERNALS|react-dom/.test(readFileSync(join(DIST, file), 'utf8')),
    );
    expect(withReact).toEqual([]);
  });

  it.each(contentPages)('%s shows its words with JavaScript switched off', async (path) => {
    const sitePage = await SitePage.open(browser, path, { javaScript: false });
    try {
      const heading = sitePage.page.getByRole('heading', { level: 1 });
      expect(await heading.isVisible()).toBe(true);
      expect((await sitePage.page.locator('main').innerText()).length).toBeGreaterThan(100);
    } finally {
      await sitePage.close();
    }
  });
});
