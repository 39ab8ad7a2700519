/*
 * The one script on a guide page: applies the England / Scotland choice, and shows the
 * "Read this page aloud" button where the browser can speak. The reading code itself is
 * loaded only when the button is first pressed.
 */
import { startRegionSwitch } from './region-switch';
import { canSpeak } from './speech';

/** Starts the guide page's tools. */
export function startGuideTools(): void {
  startRegionSwitch();
  const button = document.querySelector<HTMLButtonElement>('[data-read-aloud]');
  if (button === null || !canSpeak()) return;
  button.addEventListener('click', () => {
    void import('./read-aloud').then(({ toggleReadAloud }) => toggleReadAloud(button));
  });
  button.hidden = false;
}
