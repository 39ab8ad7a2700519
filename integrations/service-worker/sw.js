/*
 * Open ISF's service worker. It keeps a copy of the built site on this device so every page
 * works with no connection (issue 9). The build (integrations/offline-copy.ts) writes it to
 * dist/sw.js with the real version and file list in BUILD. Why hand-written, not Workbox:
 * docs/decisions/offline-service-worker.md.
 *
 * Privacy: the copy is made once, at install, from the site's own files. Answering a request
 * never writes to the cache, so nothing a person types (figures after "#" are never sent;
 * plans stay in IndexedDB) can end up in it. Requests with a query string, other methods
 * and other hosts are left to the browser untouched.
 */
const BUILD = { version: 'development', urls: [] }; // filled in at build time

const CACHE_PREFIX = 'open-isf-offline-';
const CACHE_NAME = CACHE_PREFIX + BUILD.version;

/** A copy of a response that followed a redirect: browsers refuse those for page loads. */
async function withoutRedirect(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Copies every file of this version, fresh from the server. All or nothing. */
async function saveOfflineCopy() {
  const cache = await caches.open(CACHE_NAME);
  try {
    await Promise.all(
      BUILD.urls.map(async (url) => {
        const response = await fetch(new Request(url, { cache: 'reload' }));
        if (!response.ok) throw new Error(`Could not copy ${url}: ${response.status}`);
        await cache.put(url, await withoutRedirect(response));
      }),
    );
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
  event.waitUntil(saveOfflineCopy());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(deleteOldCopies().then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'skip-waiting') self.skipWaiting();
});

/** Whether a request is one this worker answers: a plain GET of this site's own files. */
function isOurs(request) {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  return url.origin === self.location.origin && url.search === '';
}

/** Answers from the offline copy, then the network; read-only, never stores anything. */
async function answer(request) {
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
    return await fetch(request);
  } catch (error) {
    const notFound = request.mode === 'navigate' ? await cache.match('/404.html') : undefined;
    if (notFound) return notFound;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  if (isOurs(event.request)) event.respondWith(answer(event.request));
});
