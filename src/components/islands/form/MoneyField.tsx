/*
 * An amount of money in the GOV.UK field pattern, with "£" before the box. Controlled: the
 * island keeps the text as typed and reads it with lib/money's parser, so messages are the
 * parser's ("Enter the cost as an amount of money, like 45.50").
 */
import type { ReactNode } from 'react';

interface MoneyFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The text as typed. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

export function MoneyField({ id, label, hint, value, onChange, error }: MoneyFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <span className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
      <span className="input-wrapper">
        <span className="input-affix" aria-hidden="true">
          £
        </span>
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`input--medium${error ? ' input--error' : ''}`}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          aria-invalid={error ? true : undefined}
        />
      </span>
    </div>
  );
}
