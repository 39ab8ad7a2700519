/*
 * An amount of money in the GOV.UK field pattern, with "£" before the box. Controlled: the
 * island keeps the text as typed and reads it with lib/money's parser, so messages are the
 * parser's ("Enter the cost as an amount of money, like 45.50").
 */
import { describedByIds, FieldShell } from './FieldShell';
import type { ReactNode } from 'react';

interface MoneyFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The text as typed. */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** The most characters the box takes. */
  maxLength?: number;
}

export function MoneyField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  maxLength,
}: MoneyFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
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
          maxLength={maxLength}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={`input--medium${error ? ' input--error' : ''}`}
          aria-describedby={describedByIds(id, hint, error)}
          aria-invalid={error ? true : undefined}
        />
      </span>
    </FieldShell>
  );
}
