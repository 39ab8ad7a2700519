/*
 * The site's one voice: reads parts of a page aloud with the browser's own speech (Web
 * Speech API), marking each part while it is read. The guides' "Read this page aloud" and
 * every tool's "Listen" button use it, so they sound and behave the same: British English, a
 * little slower than usual, stopped by the Stop button, by Escape, by leaving the page, or
 * when the part being read is taken off the page.
 * Loaded only when a person first asks to listen; `canSpeak` (speech.ts) decides whether the
 * buttons are shown at all.
 */

/** One thing to read: its words, and the part of the page to mark while it is read. */
export interface SpokenPart {
  readonly text: string;
  readonly element?: HTMLElement | undefined;
}

export interface SpeakOptions {
  /** The class that marks the part being read. */
  readonly markClass?: string;
  /** Called once when the reading ends, is stopped, or another reading takes its place. */
  readonly onEnd?: () => void;
}

/** The class that marks the part being read, unless the caller names its own. */
export const BEING_READ_CLASS = 'being-read';

interface Reading {
  readonly finish: () => void;
}

let current: Reading | null = null;

/** Stops whatever is being read, and clears its marks. */
export function stopSpeaking(): void {
  const reading = current;
  current = null;
  window.speechSynthesis.cancel();
  reading?.finish();
}

function onKey(event: KeyboardEvent): void {
  if (event.key === 'Escape' && current !== null) stopSpeaking();
}

let listening = false;
function listenForStops(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('keydown', onKey);
  window.addEventListener('pagehide', stopSpeaking);
}

/** Whether the words are a reading's own, to be read: blank parts are left out. */
function spoken(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads the parts in turn, stopping any reading that was going on. */
export function speak(parts: readonly SpokenPart[], options: SpeakOptions = {}): void {
  listenForStops();
  stopSpeaking();
  const markClass = options.markClass ?? BEING_READ_CLASS;
  const toRead = parts.filter((part) => spoken(part.text) !== '');
  const clearMarks = (): void => {
    for (const part of toRead) part.element?.classList.remove(markClass);
  };
  // Leaving the part being read (another part of the plan, a result taken away) stops it.
  const leaving = new MutationObserver(() => {
    if (current === reading && toRead.some((part) => part.element?.isConnected === false))
      stopSpeaking();
  });
  let finished = false;
  const reading: Reading = {
    finish: () => {
      if (finished) return;
      finished = true;
      leaving.disconnect();
      clearMarks();
      options.onEnd?.();
    },
  };
  current = reading;
  if (toRead.length === 0) {
    stopSpeaking();
    return;
  }
  leaving.observe(document.body, { childList: true, subtree: true });
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  toRead.forEach((part, index) => {
    const utterance = new SpeechSynthesisUtterance(spoken(part.text));
    utterance.lang = 'en-GB';
    utterance.rate = 0.9;
    utterance.addEventListener('start', () => {
      if (current !== reading) return;
      clearMarks();
      if (part.element === undefined) return;
      part.element.classList.add(markClass);
      part.element.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    });
    if (index === toRead.length - 1) {
      utterance.addEventListener('end', () => {
        if (current === reading) {
          current = null;
          reading.finish();
        }
      });
    }
    window.speechSynthesis.speak(utterance);
  });
}

/** The words of an element as shown on screen: hidden words are left out. */
export function shownText(element: HTMLElement): string {
  return spoken(element.innerText);
}
