/*
 * A real date in the GOV.UK field pattern (label, hint, error, then the box), using the
 * browser's own date box, which only ever gives a real date or "". Controlled.
 */
import { describedByIds, FieldShell } from './FieldShell';
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
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedByIds(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={error ? 'input--error' : undefined}
      />
      {children}
    </FieldShell>
  );
}
