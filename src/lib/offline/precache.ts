/*
 * What the service worker keeps for use with no connection (issue 9, "Offline"): the list of
 * built files to copy at install, and the worker's source with that list and a version
 * written in. Pure: the build integration (integrations/offline-copy.ts) reads dist/ and
 * hashes files, then calls these. See docs/decisions/offline-service-worker.md.
 */

/** Every cache this site makes starts with this, then the build's version. */
export const CACHE_PREFIX = 'open-isf-offline-';

/** Where the service worker is served, and the scope it controls. */
export const SERVICE_WORKER_URL = '/sw.js';

/** The kinds of built file a page needs: pages, styles, scripts, pictures, the manifest. */
const KEPT_EXTENSIONS = ['.html', '.css', '.js', '.svg', '.png', '.ico', '.webmanifest'];

/**
 * The address a browser asks for, for a file in dist/ given as a relative path with "/"
 * ("guides/index.html" gives "/guides/"), or undefined when the file is not kept offline:
 * host settings (_headers), the service workers themselves, and build leftovers.
 */
export function precacheUrl(relativePath: string): string | undefined {
  const path = relativePath.replace(/^\/+/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (!KEPT_EXTENSIONS.some((extension) => name.endsWith(extension))) return undefined;
  if (name.startsWith('.')) return undefined;
  if (/^sw(-[\w-]+)?\.js$/.test(path)) return undefined;
  if (path === 'index.html') return '/';
  if (name === 'index.html') return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

/** A built file with the SHA-256 of its bytes (hex). */
export interface BuiltFile {
  /** Path inside dist/, with "/" between folders. */
  readonly relativePath: string;
  readonly sha256: string;
}

/** What the service worker is built with. */
export interface OfflineBuild {
  /** Changes whenever any kept file (or the worker's own code) changes. */
  readonly version: string;
  /** Addresses to copy at install, sorted, each once. */
  readonly urls: readonly string[];
}

/**
 * The addresses to keep and the version, from the built files. `hash` turns text into a hex
 * digest (SHA-256 at build time); the version is its first 16 characters over every kept
 * file's address and hash, and the worker's code.
 */
export function offlineBuild(
  files: readonly BuiltFile[],
  workerSource: string,
  hash: (text: string) => string,
): OfflineBuild {
  const kept = files
    .map((file) => ({ url: precacheUrl(file.relativePath), sha256: file.sha256 }))
    .filter((file): file is { url: string; sha256: string } => file.url !== undefined)
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const urls = [...new Set(kept.map((file) => file.url))];
  const fingerprint = [...kept.map((file) => `${file.url} ${file.sha256}`), hash(workerSource)];
  return { version: hash(fingerprint.join('\n')).slice(0, 16), urls };
}

/** The line in the worker's source that the build replaces with the real list. */
export const BUILD_MARKER = /^const BUILD = .*\/\/ filled in at build time$/m;

/** Thrown when the worker's source has lost the line the build fills in. */
export class ServiceWorkerTemplateError extends Error {
  override name = 'ServiceWorkerTemplateError';
}

/** The worker's source with the build's version and addresses written in. */
export function serviceWorkerSource(template: string, build: OfflineBuild): string {
  if (!BUILD_MARKER.test(template)) {
    throw new ServiceWorkerTemplateError(
      'The service worker template has no "const BUILD = ... // filled in at build time" line.',
    );
  }
  const line = `const BUILD = ${JSON.stringify({ version: build.version, urls: build.urls })};`;
  return template.replace(BUILD_MARKER, () => line);
}

/**
 * The pages the worker copies at install, before anything else: what a person sees with no
 * connection when a page is not saved on their device yet, or does not exist.
 */
export const SHELL_PAGES = ['/offline/', '/404.html'] as const;

/** What a built page loads (styles, scripts, icons, pictures), not the pages it links to. */
const PAGE_LOADS = /<(?:link|script|img)\b[^>]*?\s(?:src|href)="(\/[^"?#]*)"/g;
const SCRIPT_IMPORTS = /(?:from|import)\s*"(\.\/[^"]+\.js)"/g;
const SCRIPT_IMPORTS_WITH_LATER = /(?:from|import)\s*\(?"(\.\/[^"]+\.js)"/g;

/**
 * The site's own files a page or script at `url` loads, read from its `text`: a page's styles,
 * scripts and icons; a script's imports (with `withLater`, also those it loads later, like the
 * update notice). The worker (integrations/service-worker/sw.js) follows the same rule.
 */
export function filesLoadedBy(url: string, text: string, withLater = false): string[] {
  if (url.endsWith('/') || url.endsWith('.html')) {
    return [...text.matchAll(PAGE_LOADS)].map((match) => match[1] ?? '');
  }
  if (!url.endsWith('.js')) return [];
  const imports = withLater ? SCRIPT_IMPORTS_WITH_LATER : SCRIPT_IMPORTS;
  return [...text.matchAll(imports)].map(
    (match) => new URL(match[1] ?? '', `https://site.invalid${url}`).pathname,
  );
}

/**
 * Pages or files and everything they need, among the build's `listed` addresses, sorted.
 * `read` gives a file's text by address (undefined when there is none).
 */
export function filesNeededBy(
  urls: readonly string[],
  listed: readonly string[],
  read: (url: string) => string | undefined,
  withLater = false,
): string[] {
  const found = new Set<string>();
  const visit = (url: string): void => {
    if (found.has(url) || !listed.includes(url)) return;
    found.add(url);
    const text = read(url);
    if (text !== undefined) filesLoadedBy(url, text, withLater).forEach(visit);
  };
  urls.forEach(visit);
  return [...found].sort();
}
