/*
 * Words that are not in the plan now, in boxes the person can copy from, so nothing they typed is
 * lost: after a clash between two tabs when the person chose the newer version, or words typed
 * just before leaving the page when the plan was saved again after them.
 */
import { useEffect, useId, useRef } from 'react';
import type { ClashingWords } from '../../../lib/plan/merge';
import { FieldShell } from '../form/FieldShell';

interface KeptWordsProps {
  words: readonly ClashingWords[];
  /** True just after the person chose to show the other tab's newer version. */
  newerShown: boolean;
  onDone: () => void;
}

export function KeptWords({ words, newerShown, onDone }: KeptWordsProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);

  // The button the person pressed has gone, so focus moves here and a screen reader says why.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="notice kept-words no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {newerShown ? 'Your words from this tab' : 'Words that are not in the plan'}
      </h2>
      {newerShown ? (
        <>
          <p>The newer version is showing now.</p>
          <p>These are the words you wrote in this tab. They are not in the plan now.</p>
        </>
      ) : (
        <>
          <p>You wrote these words on this device. They are not in the plan now.</p>
          <p>The plan was changed after you wrote them, so we did not put them in.</p>
        </>
      )}
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
