/*
 * A text box with a visible character count, in the GOV.UK character count pattern: label,
 * hint, error message, the box, then "You have 4,990 characters left". Controlled (value and
 * onChange), so an island can keep the words in its own state and save them as they are typed.
 * Screen readers hear the limit with the hint, and the count only when it gets close. A one-line
 * box (a name) shows its count only when it gets close too, as the pattern's threshold does.
 */
import { FieldShell } from './FieldShell';
import { formatWholeNumber } from '../../../lib/money';
import { useEffect, useState, type ReactNode } from 'react';

interface TextAreaProps {
  /** The box's HTML id; the hint, error and count ids are built from it. */
  id: string;
  label: string;
  /** Help under the label (read with the box by screen readers). */
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The most characters, counted as `String.prototype.length` counts them. */
  maxLength: number;
  /** An error message by the field, shown after a submit. */
  error?: string | undefined;
  /** A one-line box (`input`) for short answers like a name. */
  singleLine?: boolean;
  /** Rows for a multi-line box. */
  rows?: number;
}

/** How close to the limit the count is also said aloud (and shown, under a one-line box). */
const ANNOUNCE_WHEN_LEFT = 500;

function countWords(left: number): string {
  if (left === 0) return 'You have no characters left';
  return `You have ${formatWholeNumber(left)} character${left === 1 ? '' : 's'} left`;
}

export function TextArea({
  id,
  label,
  hint,
  value,
  onChange,
  maxLength,
  error,
  singleLine = false,
  rows = 4,
}: TextAreaProps) {
  const left = Math.max(0, maxLength - value.length);
  const [spoken, setSpoken] = useState('');
  const [cutShort, setCutShort] = useState(false);

  useEffect(() => {
    if (left > ANNOUNCE_WHEN_LEFT) return undefined;
    const timer = window.setTimeout(() => setSpoken(countWords(left)), 1000);
    return () => window.clearTimeout(timer);
  }, [left]);

  const describedBy = [
    hint ? `${id}-hint` : '',
    error ? `${id}-error` : '',
    `${id}-limit`,
    cutShort ? `${id}-cut` : '',
  ].filter(Boolean);

  const onPaste = (event: React.ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>): void => {
    const pasted = event.clipboardData.getData('text').length;
    const target = event.currentTarget;
    const selected = (target.selectionEnd ?? 0) - (target.selectionStart ?? 0);
    setCutShort(target.value.length - selected + pasted > maxLength);
  };

  const common = {
    id,
    value,
    maxLength,
    onPaste,
    onChange: (event: React.ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => {
      onChange(event.target.value);
    },
    'aria-describedby': describedBy.join(' '),
    'aria-invalid': error ? true : undefined,
    spellCheck: true,
    className: error ? 'input--error' : undefined,
  };

  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {singleLine ? (
        <input type="text" autoComplete="off" {...common} />
      ) : (
        <textarea rows={rows} {...common} />
      )}
      <span className="visually-hidden" id={`${id}-limit`}>
        You can write up to {formatWholeNumber(maxLength)} characters.
      </span>
      {(!singleLine || left <= ANNOUNCE_WHEN_LEFT) && (
        <span
          className={`character-count${left === 0 ? ' character-count--full' : ''}`}
          aria-hidden="true"
        >
          {countWords(left)}
        </span>
      )}
      <span className="visually-hidden" aria-live="polite">
        {spoken}
      </span>
      {cutShort && (
        <span className="notice character-count__cut" id={`${id}-cut`}>
          What you pasted was too long, so only the first {formatWholeNumber(maxLength)} characters
          were kept. Check the end of your words.
        </span>
      )}
    </FieldShell>
  );
}
