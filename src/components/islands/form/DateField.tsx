/*
 * A real date in the GOV.UK field pattern (label, hint, error, then the box), using the
 * browser's own date box, which only ever gives a real date or "". Controlled.
 */
import type { ReactNode } from 'react';

interface DateFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** A date like "2027-05-24", or "". */
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Anything to show under the box, like a note that the date has passed. */
  children?: ReactNode;
}

export function DateField({ id, label, hint, value, onChange, error, children }: DateFieldProps) {
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
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        aria-invalid={error ? true : undefined}
        className={error ? 'input--error' : undefined}
      />
      {children}
    </div>
  );
}
