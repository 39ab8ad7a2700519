/*
 * "Listen": reads a part of a tool aloud with the site's one voice (src/scripts/speaker.ts),
 * loaded when the button is first pressed. The tools are drawn on the server too, so the button
 * is always drawn, and shown only where the browser can speak: a few lines in the page's <head>
 * mark <html> before it is drawn (integrations/early-page-state), and the styles hide the button
 * elsewhere, so nothing moves. Pressing it again, or Escape, stops the reading; so does leaving
 * the part of the page being read (the speaker watches for it).
 */
import { useState } from 'react';
import type { SpokenPart } from '../../scripts/speaker';

interface Props {
  /**
   * What is read: the button's name is "Listen to" and these words, like "Listen to the
   * question: How many hours…". The words of the name not on the button are visually hidden.
   */
  readonly what: string;
  /**
   * The parts to read, gathered when the button is pressed, so they are what the page shows.
   * Given the button, to find the part of the page it belongs to; may load its code first.
   */
  readonly parts: (button: HTMLButtonElement) => SpokenPart[] | Promise<SpokenPart[]>;
  /** Words on the button: the start of its name, "Listen" unless the tool says more. */
  readonly label?: string;
}

export function ListenButton({ what, parts, label = 'Listen' }: Props) {
  const [speaking, setSpeaking] = useState(false);

  const press = async (button: HTMLButtonElement): Promise<void> => {
    const speaker = await import('../../scripts/speaker');
    if (speaking) {
      speaker.stopSpeaking();
      return;
    }
    const toRead = await parts(button);
    setSpeaking(true);
    speaker.speak(toRead, { onEnd: () => setSpeaking(false) });
  };

  return (
    <button
      type="button"
      className="button button--secondary listen-button"
      onClick={(event) => void press(event.currentTarget)}
    >
      {speaking ? 'Stop' : label}
      <span className="visually-hidden">
        {speaking ? ' reading' : `Listen to ${what}`.slice(label.length)}
      </span>
    </button>
  );
}

/** The words of the elements with these ids, as shown, each marking its own element. */
export function partsById(...ids: string[]): SpokenPart[] {
  return ids.flatMap((id) => {
    const element = document.getElementById(id);
    return element === null ? [] : [{ text: element.innerText, element }];
  });
}
