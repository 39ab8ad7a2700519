/*
 * "Read this page aloud" on a guide: the site's voice (speaker.ts) reads the title and then
 * each easy-read point in turn, marking the point being read. Loaded only when the button is
 * first pressed (see guide-tools.ts).
 */
import { shownText, speak, stopSpeaking } from './speaker';

const READING_CLASS = 'guide-point--reading';

let reading = false;
let startLabel = '';

function labelOf(button: HTMLButtonElement): HTMLElement {
  return button.querySelector<HTMLElement>('[data-read-aloud-label]') ?? button;
}

function finished(button: HTMLButtonElement): void {
  reading = false;
  labelOf(button).textContent = startLabel;
}

function start(button: HTMLButtonElement): void {
  const title = document.querySelector<HTMLElement>('h1');
  const parts = [
    ...(title ? [{ text: shownText(title) }] : []),
    ...[...document.querySelectorAll<HTMLElement>('[data-point]')].map((point) => ({
      text: shownText(point),
      element: point,
    })),
  ];
  reading = true;
  labelOf(button).textContent = 'Stop reading';
  speak(parts, { markClass: READING_CLASS, onEnd: () => finished(button) });
}

/** Starts reading the page aloud, or stops if it is already reading. */
export function toggleReadAloud(button: HTMLButtonElement): void {
  if (startLabel === '') {
    startLabel = labelOf(button).textContent ?? 'Read this page aloud';
  }
  if (reading) stopSpeaking();
  else start(button);
}
