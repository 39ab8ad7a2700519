/*
 * "Read this page aloud": the browser's own speech (Web Speech API) reads the title and
 * then each easy-read point in turn, marking the point being read. Loaded only when the
 * button is first pressed (see guide-tools.ts).
 */
const READING_CLASS = 'guide-point--reading';

let reading = false;
let startLabel = '';

/** The words of an element as shown on screen (hidden region words are left out). */
function shownText(element: HTMLElement): string {
  return element.innerText.replace(/\s+/g, ' ').trim();
}

function labelOf(button: HTMLButtonElement): HTMLElement {
  return button.querySelector<HTMLElement>('[data-read-aloud-label]') ?? button;
}

function clearMarks(): void {
  for (const point of document.querySelectorAll(`.${READING_CLASS}`)) {
    point.classList.remove(READING_CLASS);
  }
}

function stop(button: HTMLButtonElement): void {
  reading = false;
  window.speechSynthesis.cancel();
  clearMarks();
  labelOf(button).textContent = startLabel;
}

function start(button: HTMLButtonElement): void {
  const synth = window.speechSynthesis;
  const title = document.querySelector<HTMLElement>('h1');
  const parts: HTMLElement[] = [
    ...(title ? [title] : []),
    ...document.querySelectorAll<HTMLElement>('[data-point]'),
  ];
  reading = true;
  labelOf(button).textContent = 'Stop reading';
  synth.cancel();
  parts.forEach((part, index) => {
    const utterance = new SpeechSynthesisUtterance(shownText(part));
    utterance.lang = 'en-GB';
    utterance.rate = 0.9;
    utterance.addEventListener('start', () => {
      clearMarks();
      if (!part.hasAttribute('data-point')) return;
      part.classList.add(READING_CLASS);
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      part.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    });
    if (index === parts.length - 1) {
      utterance.addEventListener('end', () => {
        if (reading) stop(button);
      });
    }
    synth.speak(utterance);
  });
}

/** Starts reading the page aloud, or stops if it is already reading. */
export function toggleReadAloud(button: HTMLButtonElement): void {
  if (startLabel === '') {
    startLabel = labelOf(button).textContent ?? 'Read this page aloud';
    window.addEventListener('pagehide', () => stop(button));
  }
  if (reading) stop(button);
  else start(button);
}
