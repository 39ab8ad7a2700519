/*
 * What a page tells the offline copy's service worker (issue 8, pay-as-you-go data): keep the
 * files this page has loaded, and download the rest of the site only when the person has come
 * back (this page was opened under the worker: a second page or a second visit) and their
 * browser does not ask to save data. The rule: docs/decisions/offline-service-worker.md.
 */

/** The message the worker takes to keep a page's files (and, when asked, the whole site). */
export interface KeepMessage {
  readonly type: 'keep';
  /** This site's own addresses the page has loaded, like "/guides/" and "/_astro/x.css". */
  readonly urls: readonly string[];
  /** Whether to download the rest of the site too. */
  readonly fullCopy: boolean;
}

/** What is known about this page view. */
export interface PageVisit {
  /** The site's address, like "https://example.org". */
  readonly origin: string;
  /** Every address the page has loaded: itself first, then its styles, scripts and pictures. */
  readonly loaded: readonly string[];
  /** Whether a service worker already answered this page: the person has come back. */
  readonly cameBack: boolean;
  /** Whether the browser asks to save data (navigator.connection.saveData). */
  readonly saveData: boolean;
}

/**
 * The addresses of this site among `loaded`, as paths ("/budget/"), each once. Addresses on
 * other hosts and those with a query string are left out (the worker never stores those).
 */
export function ownAddresses(origin: string, loaded: readonly string[]): string[] {
  const paths = new Set<string>();
  for (const address of loaded) {
    let url: URL;
    try {
      url = new URL(address, origin);
    } catch {
      continue;
    }
    if (url.origin === origin && url.search === '') paths.add(url.pathname);
  }
  return [...paths];
}

/** The message for the worker: keep what this page loaded; the whole site only when allowed. */
export function keepMessage(visit: PageVisit): KeepMessage {
  return {
    type: 'keep',
    urls: ownAddresses(visit.origin, visit.loaded),
    fullCopy: visit.cameBack && !visit.saveData,
  };
}
