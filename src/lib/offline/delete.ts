/*
 * Removing the offline copy: every Cache Storage cache of this site and its service worker.
 * Called by "Delete everything saved on this device" (Privacy page) and by the kill switch.
 * The offline copy holds only the site's own files, never anything a person typed.
 */

/** Where the offline copy lives. Both are missing in old browsers and insecure pages. */
export interface OfflineCopyPlaces {
  readonly caches?: Pick<CacheStorage, 'keys' | 'delete'> | undefined;
  readonly serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined;
}

/** What was removed. */
export interface OfflineCopyRemoved {
  /** How many Cache Storage caches were deleted. */
  readonly cachesDeleted: number;
  /** How many service worker registrations were removed. */
  readonly workersRemoved: number;
}

/** The browser's own Cache Storage and service worker container, where they exist. */
export function browserOfflinePlaces(): OfflineCopyPlaces {
  const scope = globalThis as { caches?: CacheStorage; navigator?: Navigator };
  return { caches: scope.caches, serviceWorker: scope.navigator?.serviceWorker };
}

/**
 * Deletes the offline copy on this device: unregisters this site's service workers, then
 * deletes every cache this site made. Safe to call when there is none (it removes nothing).
 * The page that called it keeps working; the next page comes from the network, and (unless
 * the site is built with the kill switch) saves a fresh offline copy.
 */
export async function deleteOfflineCopy(
  places: OfflineCopyPlaces = browserOfflinePlaces(),
): Promise<OfflineCopyRemoved> {
  let workersRemoved = 0;
  if (places.serviceWorker) {
    const registrations = await places.serviceWorker.getRegistrations();
    const removed = await Promise.all(
      registrations.map((registration) => registration.unregister()),
    );
    workersRemoved = removed.filter(Boolean).length;
  }
  let cachesDeleted = 0;
  if (places.caches) {
    const cacheStorage = places.caches;
    const names = await cacheStorage.keys();
    const deleted = await Promise.all(names.map((name) => cacheStorage.delete(name)));
    cachesDeleted = deleted.filter(Boolean).length;
  }
  return { cachesDeleted, workersRemoved };
}
