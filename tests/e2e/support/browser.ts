/*
 * Real Chromium for the browser tests, with a watcher on every page that records what
 * must never happen: a request to another host, a console error, an uncaught error or a
 * Content-Security-Policy violation.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../../scripts/chromium-path.mjs';

/** The address of the built site served for this test run, like http://127.0.0.1:40123 */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Launches headless Chromium with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

/**
 * Launches Chromium with a profile kept in `userDataDir`, so a test can quit the browser and
 * open it again with the same storage, as a person does.
 */
export function launchProfile(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
}

/** A new context in a browser that cannot speak (no SpeechSynthesisUtterance), like some phones. */
export async function contextWithoutSpeech(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: undefined,
    });
  });
  return context;
}

/** What went wrong on a page while a test used it. */
export interface PageProblems {
  externalRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

/**
 * Starts recording problems on every page of a context. Call before opening pages.
 * CSP violations are caught by a listener added to every document before its scripts run.
 */
export async function watchContext(context: BrowserContext): Promise<PageProblems> {
  const problems: PageProblems = {
    externalRequests: [],
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
  };
  const origin = new URL(baseUrl()).origin;
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void })
        .__reportCspViolation;
      report?.(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.externalRequests.push(url);
  });
  context.on('page', (page) => watchPage(page, problems));
  return problems;
}

function watchPage(page: Page, problems: PageProblems): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A resource that failed to load names itself only in the message's location.
    const { url } = message.location();
    problems.consoleErrors.push(url ? `${message.text()} (${url})` : message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
}

/** All problems as one list, empty when the page behaved. */
export function listProblems(problems: PageProblems): string[] {
  return [
    ...problems.externalRequests.map((url) => `request to another host: ${url}`),
    ...problems.consoleErrors.map((text) => `console error: ${text}`),
    ...problems.pageErrors.map((text) => `uncaught error: ${text}`),
    ...problems.cspViolations.map((text) => `Content-Security-Policy: ${text}`),
  ];
}

/** Empties the lists, for reuse between pages in one test. */
export function clearProblems(problems: PageProblems): void {
  problems.externalRequests.length = 0;
  problems.consoleErrors.length = 0;
  problems.pageErrors.length = 0;
  problems.cspViolations.length = 0;
}

/**
 * Holds back every bundled script of a context until `release` is called, so a page is drawn
 * before its scripts run, as on a slow phone.
 */
export async function holdScripts(context: BrowserContext): Promise<() => void> {
  let release = (): void => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(/\/_astro\/.+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
