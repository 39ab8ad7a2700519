/*
 * The GOV.UK field pattern around any input: the label, a hint, an error message, then the
 * input itself, with ids that the input's aria-describedby points at.
 */
import type { ReactNode } from 'react';

interface FieldShellProps {
  /** The input's id; the hint and error ids are made from it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
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
      {children}
    </div>
  );
}

/** The ids an input's aria-describedby lists: its hint and error (when shown), then any more. */
export function describedByIds(
  id: string,
  hint: unknown,
  error: string | undefined,
  ...more: string[]
): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', ...more].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
