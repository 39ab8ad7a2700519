/*
 * A page model shared by every browser test: opens a page of the built site in a
 * fresh context, keeps watch for problems, and asks the questions every page must pass.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findAxeViolations, type AxeFinding } from '../support/axe';
import { baseUrl, listProblems, watchContext, type PageProblems } from '../support/browser';

export interface OpenOptions {
  /** Viewport width in CSS pixels. */
  width?: number;
  /** Viewport height in CSS pixels. */
  height?: number;
  /** False to browse with JavaScript switched off. */
  javaScript?: boolean;
}

export class SitePage {
  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly problems: PageProblems,
  ) {}

  /** Opens a path of the built site ("/privacy/") in a new context. */
  static async open(browser: Browser, path: string, options: OpenOptions = {}): Promise<SitePage> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
      javaScriptEnabled: options.javaScript ?? true,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
    });
    const problems = await watchContext(context);
    const page = await context.newPage();
    const sitePage = new SitePage(context, page, problems);
    await sitePage.goto(path);
    return sitePage;
  }

  /** Goes to another path in the same tab. Returns the HTTP status. */
  async goto(path: string): Promise<number> {
    const response = await this.page.goto(new URL(path, baseUrl()).href, { waitUntil: 'load' });
    return response?.status() ?? 0;
  }

  async setWidth(width: number): Promise<void> {
    await this.page.setViewportSize({ width, height: 900 });
  }

  async emulatePrint(print: boolean): Promise<void> {
    await this.page.emulateMedia({ media: print ? 'print' : 'screen' });
  }

  axeViolations(): Promise<AxeFinding[]> {
    return findAxeViolations(this.page);
  }

  /** How many CSS pixels the page is wider than the window (0 when it fits). */
  horizontalOverflow(): Promise<number> {
    return this.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }

  problemList(): string[] {
    return listProblems(this.problems);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
