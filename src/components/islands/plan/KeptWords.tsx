/*
 * Words that are not in the plan now, in boxes the person can copy from, so nothing they typed is
 * lost: after a clash between two tabs, whichever version the person kept (in both tabs), or
 * words typed just before leaving the page when the plan was saved again after them.
 */
import { useEffect, useId, useRef } from 'react';
import type { ClashingWords } from '../../../lib/plan/merge';
import { FieldShell } from '../form/FieldShell';

/**
 * Why the words are not in the plan: typed on this device before the plan was saved again
 * ("left-out"); this tab's words, after the person chose the other tab's newer version
 * ("newer-shown"); the other tab's words, after the person kept this tab's version
 * ("this-version-kept"); or this tab's words, after the other tab's person kept theirs
 * ("other-version-kept").
 */
export type KeptKind = 'left-out' | 'newer-shown' | 'this-version-kept' | 'other-version-kept';

const WORDS: Record<KeptKind, { readonly heading: string; readonly why: readonly string[] }> = {
  'left-out': {
    heading: 'Words that are not in the plan',
    why: [
      'You wrote these words on this device. They are not in the plan now.',
      'The plan was changed after you wrote them, so we did not put them in.',
    ],
  },
  'newer-shown': {
    heading: 'Your words from this tab',
    why: [
      'The newer version is showing now.',
      'These are the words you wrote in this tab. They are not in the plan now.',
    ],
  },
  'this-version-kept': {
    heading: 'Words from the other tab',
    why: [
      "You kept this tab's version.",
      'These words were written in the other tab. They are not in the plan now.',
    ],
  },
  'other-version-kept': {
    heading: 'Your words from this tab',
    why: [
      'The version from another tab was kept. It is showing now.',
      'These are the words you wrote in this tab. They are not in the plan now.',
    ],
  },
};

interface KeptWordsProps {
  words: readonly ClashingWords[];
  kind: KeptKind;
  onDone: () => void;
}

export function KeptWords({ words, kind, onDone }: KeptWordsProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The button the person pressed has gone, so focus moves here and a screen reader says why.
  // When the change came from another tab, the person may be typing here: focus stays put.
  const pressedHere = kind !== 'other-version-kept';
  useEffect(() => {
    if (pressedHere) heading.current?.focus();
  }, [pressedHere]);
  const { heading: title, why } = WORDS[kind];

  return (
    <section
      className="notice kept-words no-print"
      aria-labelledby={`${id}-title`}
      role={pressedHere ? undefined : 'status'}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {why.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
      <p>You can copy them, then paste them where you want them.</p>
      {words.map((entry, index) => (
        <FieldShell key={index} id={`${id}-${index}`} label={entry.where}>
          <textarea id={`${id}-${index}`} readOnly rows={3} value={entry.words} />
        </FieldShell>
      ))}
      <button type="button" className="button button--secondary" onClick={onDone}>
        I have finished with these words
      </button>
    </section>
  );
}
