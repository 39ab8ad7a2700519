/*
 * The GOV.UK field pattern around any input: the label, a hint, an error message, then the
 * input itself, with ids that the input's aria-describedby points at. A field of several boxes
 * (like a date's day, month and year) is a group: a fieldset whose legend is the label.
 */
import type { ReactNode } from 'react';
import { ListenButton, partsById } from '../ListenButton';

interface FieldShellProps {
  /** The input's id (for a group, the start of its boxes' ids); hint and error ids come from it. */
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** True for a field of several boxes: a fieldset with a legend, not a label. */
  group?: boolean;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, error, group = false, children }: FieldShellProps) {
  const className = `field${error ? ' field--error' : ''}`;
  const listen = (
    <ListenButton
      what={`the question: ${label}`}
      parts={() => partsById(`${id}-label`, `${id}-hint`, `${id}-error`)}
    />
  );
  const help = (
    <>
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
    </>
  );
  if (group) {
    return (
      <fieldset className={className} aria-describedby={describedByIds(id, hint, error)}>
        <legend id={`${id}-label`}>{label}</legend>
        {listen}
        {help}
        {children}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <div className="field__label-row">
        <label htmlFor={id} id={`${id}-label`}>
          {label}
        </label>
        {listen}
      </div>
      {help}
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
