/*
 * Registering the service worker and offering updates (issue 9, "Updates"): when a new
 * version has installed, the page says so and offers "Update now"; the page reloads only when
 * the person asks, so a page from an old version never goes on beside a newer one unasked.
 * A page left open while another tab updates is told too, and reloads when asked. Old pages
 * never run against a database a newer version upgraded: lib/storage closes it on
 * "versionchange" and asks for a reload.
 */
import { SERVICE_WORKER_URL } from './precache';

/** The message the worker listens for to stop waiting and take over. */
export const SKIP_WAITING_MESSAGE = { type: 'skip-waiting' } as const;

/** What the page does when there is something to say. */
export interface UpdateCallbacks {
  /** A newer version is ready. Show "Update now"; call `update` when it is pressed. */
  readonly updateReady: (update: () => void) => void;
  /** Reloads the page (location.reload in a browser). */
  readonly reload: () => void;
}

/** The parts of ServiceWorkerContainer used here, so tests can pass a fake. */
export type WorkerContainer = Pick<
  ServiceWorkerContainer,
  'controller' | 'register' | 'addEventListener'
>;

/**
 * Registers the service worker (which saves the offline copy) and watches for new versions.
 * Resolves with the registration, or undefined if the browser refused (private windows in
 * some browsers): the site then works as before, online only.
 */
export async function startOfflineCopy(
  container: WorkerContainer,
  callbacks: UpdateCallbacks,
): Promise<ServiceWorkerRegistration | undefined> {
  const hadController = container.controller !== null;
  let updateAsked = false;
  let reloading = false;
  const reloadOnce = (): void => {
    if (reloading) return;
    reloading = true;
    callbacks.reload();
  };

  container.addEventListener('controllerchange', () => {
    if (updateAsked) reloadOnce();
    // Another tab updated: this page is from the old version. Say so; reload when asked.
    else if (hadController) callbacks.updateReady(reloadOnce);
    // Otherwise the first visit's worker has just taken charge: nothing has changed.
  });

  let registration: ServiceWorkerRegistration;
  try {
    registration = await container.register(SERVICE_WORKER_URL, {
      scope: '/',
      updateViaCache: 'none',
    });
  } catch {
    return undefined;
  }

  const offer = (worker: ServiceWorker): void => {
    callbacks.updateReady(() => {
      updateAsked = true;
      worker.postMessage(SKIP_WAITING_MESSAGE);
    });
  };
  if (registration.waiting && registration.active) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && registration.active) offer(worker);
    });
  });
  return registration;
}
