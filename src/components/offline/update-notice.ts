/*
 * Wires the update notice of ServiceWorker.astro to lib/offline: shows it when a new version
 * is ready and runs the update when "Update now" is pressed, and tells the worker what this
 * page loaded (lib/offline/visit). With the kill switch on, removes the offline copy instead.
 * Loaded only in browsers with service workers.
 */
import { deleteOfflineCopy } from '../../lib/offline/delete';
import { startOfflineCopy } from '../../lib/offline/updates';
import { keepMessage } from '../../lib/offline/visit';

/** Whether the browser asks to save data (Chromium browsers with a data saver on). */
function saveDataOn(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * Tells the worker, once it runs, which files this page loaded (it keeps them), and whether
 * to download the rest of the site: only when the person has come back and saves no data.
 */
async function tellWorkerWhatWasLoaded(cameBack: boolean): Promise<void> {
  const registration = await navigator.serviceWorker.ready;
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  }
  const loaded = [
    window.location.href,
    ...performance.getEntriesByType('resource').map((entry) => entry.name),
  ];
  registration.active?.postMessage(
    keepMessage({ origin: window.location.origin, loaded, cameBack, saveData: saveDataOn() }),
  );
}

/** Starts the offline copy (or removes it, when the site is built with it off). */
export async function startUpdateNotice(notice: HTMLElement): Promise<void> {
  if (notice.dataset['offline'] === 'off') {
    await deleteOfflineCopy();
    return;
  }
  // A worker answered this page: the person has come back (a second page or visit).
  const cameBack = navigator.serviceWorker.controller !== null;
  const box = notice.querySelector<HTMLElement>('.update-notice__box');
  const button = box?.querySelector('button');
  if (!box || !button) return;
  let update: (() => void) | undefined;
  button.addEventListener('click', () => {
    button.disabled = true;
    update?.();
  });
  const registration = await startOfflineCopy(navigator.serviceWorker, {
    updateReady: (run) => {
      update = run;
      button.disabled = false;
      box.hidden = false;
    },
    reload: () => window.location.reload(),
  });
  if (registration) await tellWorkerWhatWasLoaded(cameBack);
}
