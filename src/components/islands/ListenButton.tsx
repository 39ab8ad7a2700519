/*
 * "Listen": reads a part of a tool aloud with the site's one voice (src/scripts/speaker.ts),
 * loaded when the button is first pressed. The tools are drawn on the server too, so the button
 * is always drawn, and shown only where the browser can speak: a few lines in the page's <head>
 * mark <html> before it is drawn (integrations/early-page-state), and the styles hide the button
 * elsewhere, so nothing moves. Pressing it again, or Escape, stops the reading.
 */
import { useState } from 'react';
import type { SpokenPart } from '../../scripts/speaker';

interface Props {
  /** What is read, said after "Listen to", like "the question: How many hours…". */
  readonly what: string;
  /** The parts to read, gathered when the button is pressed, so they are what the page shows. */
  readonly parts: () => SpokenPart[];
  /** Words on the button; "Listen" unless the tool says more. */
  readonly label?: string;
}

export function ListenButton({ what, parts, label = 'Listen' }: Props) {
  const [speaking, setSpeaking] = useState(false);

  const press = async (): Promise<void> => {
    const speaker = await import('../../scripts/speaker');
    if (speaking) {
      speaker.stopSpeaking();
      return;
    }
    setSpeaking(true);
    speaker.speak(parts(), { onEnd: () => setSpeaking(false) });
  };

  return (
    <button
      type="button"
      className="button button--secondary listen-button"
      onClick={() => void press()}
    >
      {speaking ? 'Stop' : label}
      <span className="visually-hidden">{speaking ? ' reading' : ` to ${what}`}</span>
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
