/*
 * Wires the update notice of ServiceWorker.astro to lib/offline: shows it when a new version
 * is ready and runs the update when "Update now" is pressed. With the kill switch on, removes
 * the offline copy instead. Loaded only in browsers with service workers.
 */
import { deleteOfflineCopy } from '../../lib/offline/delete';
import { startOfflineCopy } from '../../lib/offline/updates';

/** Starts the offline copy (or removes it, when the site is built with it off). */
export async function startUpdateNotice(notice: HTMLElement): Promise<void> {
  if (notice.dataset['offline'] === 'off') {
    await deleteOfflineCopy();
    return;
  }
  const box = notice.querySelector<HTMLElement>('.update-notice__box');
  const button = box?.querySelector('button');
  if (!box || !button) return;
  let update: (() => void) | undefined;
  button.addEventListener('click', () => {
    button.disabled = true;
    update?.();
  });
  await startOfflineCopy(navigator.serviceWorker, {
    updateReady: (run) => {
      update = run;
      button.disabled = false;
      box.hidden = false;
    },
    reload: () => window.location.reload(),
  });
}
