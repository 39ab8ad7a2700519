/*
 * The kill switch: a service worker that removes itself and every offline copy. Published as
 * dist/sw.js when the site is built with OPEN_ISF_OFFLINE=off (see README "Offline and
 * updates"), or copied over a published sw.js by hand. Browsers check sw.js for a new version
 * on every page load, so each visitor's next visit installs this, which deletes the caches
 * and unregisters. Open pages keep running; the next page comes from the network. It does
 * not reload pages, so it can never cause a loop of reloads.
 */
self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.map((name) => caches.delete(name))))
      .then(() => self.registration.unregister()),
  );
});
