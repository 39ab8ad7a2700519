/*
 * England or Scotland: the reader's choice, kept on this device (localStorage holds only
 * "england" or "scotland", nothing typed), shown by an attribute on <html> that the
 * guide styles use to hide the other country's words. Without a choice both are shown.
 * integrations/early-page-state/early.js reads the same key to apply a saved choice before the
 * page is drawn, so nothing moves; keep the two in step.
 */
const STORAGE_KEY = 'open-isf-region';
type Choice = 'england' | 'scotland' | 'both';

function readChoice(): Choice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'england' || stored === 'scotland' ? stored : 'both';
  } catch {
    return 'both';
  }
}

function applyChoice(choice: Choice): void {
  if (choice === 'both') delete document.documentElement.dataset['showRegion'];
  else document.documentElement.dataset['showRegion'] = choice;
}

function saveChoice(choice: Choice): void {
  try {
    if (choice === 'both') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be switched off; the choice then lasts until the page closes.
  }
}

/** Shows the remembered choice and wires up the England / Scotland switch, if there is one. */
export function startRegionSwitch(): void {
  const choice = readChoice();
  applyChoice(choice);
  const form = document.querySelector<HTMLElement>('[data-region-switch]');
  if (form === null) return;
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name="region"]')) {
    input.checked = input.value === choice;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      const chosen: Choice =
        input.value === 'england' || input.value === 'scotland' ? input.value : 'both';
      applyChoice(chosen);
      saveChoice(chosen);
    });
  }
  form.hidden = false;
}
