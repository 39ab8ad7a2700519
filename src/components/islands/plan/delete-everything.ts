/*
 * The Privacy page's "Delete everything saved on this device": asks first, then deletes the
 * planner's whole database (lib/storage), and says what the browser answered when asked to keep
 * plans for good. A plain bundled script (the site's CSP allows no inline scripts), kept tiny
 * because the Privacy page is a content page.
 */
import { deleteOfflineCopy } from '../../../lib/offline/delete';
import { deleteDatabase } from '../../../lib/storage/database';

/**
 * The England or Scotland choice the guides remember (src/scripts/region-switch.ts), and the
 * budget figures kept for this tab (lib/calculator/tab).
 */
function forgetChoices(): void {
  for (const storage of ['localStorage', 'sessionStorage'] as const) {
    try {
      window[storage].clear();
    } catch {
      // Storage that cannot be read holds nothing to clear.
    }
  }
}

function find<T extends HTMLElement>(root: ParentNode, selector: string): T | null {
  return root.querySelector<T>(selector);
}

/** Says whether this browser has agreed to keep the site's data (it never asks here). */
async function showKeepAnswer(): Promise<void> {
  const answer = document.getElementById('keep-answer');
  if (answer === null || typeof navigator.storage?.persisted !== 'function') return;
  try {
    answer.textContent = (await navigator.storage.persisted())
      ? 'This web browser has said yes.'
      : 'This web browser has not said yes. Keep a backup of your plans.';
    answer.hidden = false;
  } catch {
    // Some browsers refuse to answer; the words above still hold.
  }
}

/** Wires up the delete control, which stays hidden when JavaScript does not run. */
export function setUpDeleteEverything(): void {
  void showKeepAnswer();
  const root = find<HTMLElement>(document, '[data-delete-everything]');
  if (root === null) return;
  const start = find<HTMLButtonElement>(root, '[data-delete-start]');
  const confirm = find<HTMLElement>(root, '[data-delete-confirm]');
  const yes = find<HTMLButtonElement>(root, '[data-delete-yes]');
  const no = find<HTMLButtonElement>(root, '[data-delete-no]');
  const status = find<HTMLElement>(root, '[data-delete-status]');
  if (!start || !confirm || !yes || !no || !status) return;
  root.hidden = false;

  start.addEventListener('click', () => {
    confirm.hidden = false;
    start.hidden = true;
    status.textContent = '';
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    start.hidden = false;
    start.focus();
  });
  yes.addEventListener('click', () => {
    yes.disabled = true;
    status.textContent = 'Deleting…';
    let factory: IDBFactory | null = null;
    try {
      factory = typeof indexedDB === 'undefined' ? null : indexedDB;
    } catch {
      factory = null;
    }
    const finish = (words: string): void => {
      confirm.hidden = true;
      start.hidden = false;
      yes.disabled = false;
      status.textContent = words;
    };
    forgetChoices();
    const offline = deleteOfflineCopy().catch(() => undefined);
    if (factory === null) {
      void offline.then(() =>
        finish(
          'This web browser is not keeping any plans for this site. Its offline copy and your choices have been deleted.',
        ),
      );
      return;
    }
    deleteDatabase(factory, () => {
      status.textContent =
        'Waiting for other Open ISF tabs to let go. If nothing happens, close the other Open ISF tabs.';
    }).then(
      () => offline.then(() => finish('Everything saved on this device has been deleted.')),
      () =>
        finish(
          'Sorry, the browser would not delete the plans. Try clearing this site’s data in your browser’s settings.',
        ),
    );
  });
}
