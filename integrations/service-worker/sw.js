/*
 * Open ISF's service worker. It keeps a copy of the site's own files on this device so pages
 * work with no connection (issue 9), without spending a person's data on pages they never
 * open (issue 8). The build (integrations/offline-copy.ts) writes it to dist/sw.js with the
 * real version and file list in BUILD. Why hand-written, not Workbox, and the rule for what
 * it downloads: docs/decisions/offline-service-worker.md.
 *
 * - At install it copies only the small shell: the "you are offline" and "page not found"
 *   pages and the files they need.
 * - It keeps each page and file the person loads, as they browse. The first page loads before
 *   the worker is running, so that page sends the list of what it loaded ("keep").
 * - It copies the rest of the site only when the person has come back (a second page or a
 *   second visit: the page says so, "full-copy"), and never when Save-Data is on.
 *
 * Privacy: it only ever stores addresses on the build's file list (the site's own built
 * files), so nothing a person types (figures after "#" are never sent; plans stay in
 * IndexedDB) can end up in it. Requests with a query string, other methods and other hosts
 * are left to the browser untouched.
 */
const BUILD = { version: 'development', urls: [] }; // filled in at build time

const CACHE_PREFIX = 'open-isf-offline-';
const CACHE_NAME = CACHE_PREFIX + BUILD.version;
const LISTED = new Set(BUILD.urls);
/**
 * Shown for a page of the site that is not saved yet, and for an unknown address: the shell,
 * copied at install (SHELL_PAGES in src/lib/offline/precache.ts).
 */
const OFFLINE_PAGE = '/offline/';
const NOT_FOUND_PAGE = '/404.html';
/** Windows whose page was asked for with the header "Save-Data: on" (by client id). */
const savingData = new Set();

/** Built files whose name carries a hash of their content: the same name is the same bytes. */
function isHashed(url) {
  return url.startsWith('/_astro/');
}

/** A copy of a response that followed a redirect: browsers refuse those for page loads. */
async function withoutRedirect(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/**
 * The site's own files a page or script needs, from its text: the same rule as filesLoadedBy
 * in src/lib/offline/precache.ts (a unit test holds the two together).
 */
function dependenciesOf(url, text, withDynamic) {
  const found = [];
  if (url.endsWith('/') || url.endsWith('.html')) {
    // What the page loads (styles, scripts, icons, pictures), not the pages it links to.
    const loads = /<(?:link|script|img)\b[^>]*?\s(?:src|href)="(\/[^"?#]*)"/g;
    for (const match of text.matchAll(loads)) found.push(match[1]);
  } else if (url.endsWith('.js')) {
    const imports = withDynamic
      ? /(?:from|import)\s*\(?"(\.\/[^"]+\.js)"/g
      : /(?:from|import)\s*"(\.\/[^"]+\.js)"/g;
    for (const match of text.matchAll(imports))
      found.push(new URL(match[1], self.location.origin + url).pathname);
  }
  return found.filter((dependency) => LISTED.has(dependency));
}

/** Whether a page belongs to this version: every hashed file it names is on this version's list. */
function belongsHere(url, text) {
  if (!(url.endsWith('/') || url.endsWith('.html'))) return true;
  return [...text.matchAll(/\s(?:src|href)="(\/_astro\/[^"]*)"/g)].every((match) =>
    LISTED.has(match[1]),
  );
}

/**
 * Stores one listed file, fetched with `mode` (force-cache: a file the browser has just
 * loaded is taken from its own cache, not downloaded again). Returns its text when `read`.
 */
async function store(cache, url, mode, read) {
  const response = await fetch(new Request(url, { cache: mode }));
  if (!response.ok) throw new Error(`Could not copy ${url}: ${response.status}`);
  const text = read ? await response.clone().text() : '';
  if (!belongsHere(url, text)) throw new Error(`${url} is from another version of the site`);
  await cache.put(url, await withoutRedirect(response));
  return text;
}

/**
 * Stores files and everything they need to run, skipping those already stored. A page already
 * stored (as it was answered) still has its files checked: pictures further down the page load
 * only as the reader scrolls, so they may not have been fetched yet.
 */
async function keep(cache, urls, { justLoaded = false, withDynamic = false } = {}) {
  const seen = new Set();
  const visit = async (url) => {
    if (seen.has(url) || !LISTED.has(url)) return;
    seen.add(url);
    const isPage = url.endsWith('/') || url.endsWith('.html');
    const stored = await cache.match(url);
    if (stored && !isPage) return;
    const mode = justLoaded || isHashed(url) ? 'force-cache' : 'no-cache';
    const text = stored
      ? await stored.text()
      : await store(cache, url, mode, isPage || url.endsWith('.js'));
    await Promise.all(dependenciesOf(url, text, withDynamic).map(visit));
  };
  await Promise.all(urls.map(visit));
}

/** The pages (not other files) stored in a cache. */
async function storedPages(cache) {
  const requests = await cache.keys();
  return requests
    .map((request) => new URL(request.url).pathname)
    .filter((url) => url.endsWith('/') && url !== OFFLINE_PAGE);
}

/** Copies every file on the list that is not stored yet. */
async function saveFullCopy(cache) {
  await keep(cache, BUILD.urls);
}

/**
 * At install: the shell, then what the person had with the version before (the whole site,
 * or the same pages). All or nothing: a half copy is deleted.
 */
async function install() {
  const cache = await caches.open(CACHE_NAME);
  try {
    await keep(cache, [OFFLINE_PAGE, NOT_FOUND_PAGE], { withDynamic: true });
    const older = (await caches.keys()).filter(
      (name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME,
    );
    const hadPages = new Set();
    for (const name of older)
      for (const url of await storedPages(await caches.open(name))) hadPages.add(url);
    const pages = BUILD.urls.filter((url) => url.endsWith('/') && url !== OFFLINE_PAGE);
    if (pages.length > 0 && pages.every((url) => hadPages.has(url))) await saveFullCopy(cache);
    else await keep(cache, [...hadPages], { withDynamic: true });
  } catch (error) {
    await caches.delete(CACHE_NAME);
    throw error;
  }
}

/** Deletes the copies older versions made. */
async function deleteOldCopies() {
  const names = await caches.keys();
  await Promise.all(
    names
      .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
      .map((name) => caches.delete(name)),
  );
}

self.addEventListener('install', (event) => {
  // No skipWaiting here: a new version waits until the person presses "Update now".
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldCopies().then(() => self.clients.claim()));
});

/** Whether this browser, or the page that sent a message, asks to save data. */
function saveDataOn(clientId) {
  const connection = self.navigator && self.navigator.connection;
  return Boolean(connection && connection.saveData) || savingData.has(clientId);
}

/** What a page asks: keep what it loaded, and (when the person has come back) the rest. */
async function onPageMessage(data, clientId) {
  const cache = await caches.open(CACHE_NAME);
  const urls = Array.isArray(data.urls) ? data.urls.filter((url) => typeof url === 'string') : [];
  await keep(cache, urls, { justLoaded: true }).catch(() => undefined);
  if (data.fullCopy === true && !saveDataOn(clientId)) await saveFullCopy(cache);
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'skip-waiting') self.skipWaiting();
  else if (data.type === 'keep') {
    event.waitUntil(onPageMessage(data, event.source && event.source.id));
  }
});

/** Whether a request is one this worker answers: a plain GET of this site's own files. */
function isOurs(request) {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  return url.origin === self.location.origin && url.search === '';
}

/** Keeps a file just fetched for a page, when it is on the list and from this version. */
async function keepAnswer(pathname, response) {
  if (!LISTED.has(pathname) || !response.ok || response.redirected) return;
  const text =
    pathname.endsWith('/') || pathname.endsWith('.html') ? await response.clone().text() : '';
  if (!belongsHere(pathname, text)) return;
  const cache = await caches.open(CACHE_NAME);
  await cache.put(pathname, response);
}

/** Answers from the offline copy, then the network (keeping what it fetched). */
async function answer(event) {
  const { request } = event;
  const cache = await caches.open(CACHE_NAME);
  const { pathname } = new URL(request.url);
  const saved = await cache.match(pathname);
  if (saved) return saved;
  if (request.mode === 'navigate' && !pathname.endsWith('/')) {
    // "/budget" is "/budget/" on this site (trailingSlash: 'always'), as the server says.
    const withSlash = new URL(`${pathname}/`, self.location.origin).href;
    if (await cache.match(withSlash)) return Response.redirect(withSlash, 301);
  }
  try {
    const response = await fetch(request);
    event.waitUntil(keepAnswer(pathname, response.clone()).catch(() => undefined));
    return response;
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    const instead =
      LISTED.has(pathname) || LISTED.has(`${pathname}/`) ? OFFLINE_PAGE : NOT_FOUND_PAGE;
    const fallback = await cache.match(instead);
    if (fallback) return fallback;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.mode === 'navigate' && request.headers.get('Save-Data') === 'on') {
    savingData.add(event.resultingClientId);
  }
  if (isOurs(request)) event.respondWith(answer(event));
});
