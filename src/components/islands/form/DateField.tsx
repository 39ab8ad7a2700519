/*
 * A date in the GOV.UK date input pattern: a group with a legend, a hint, an error, then 3
 * boxes for the day, the month and the year. Controlled, and it keeps each box exactly as typed,
 * so a half-typed date ("24", "5", "") is never thrown away; lib/plan reads the boxes.
 */
import { FieldShell } from './FieldShell';
import type { ReactNode } from 'react';

/** The text in each of the 3 boxes. */
export interface DateBoxes {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

type Box = keyof DateBoxes;

const BOXES: readonly { box: Box; label: string; width: string }[] = [
  { box: 'day', label: 'Day', width: 'input--width-2' },
  { box: 'month', label: 'Month', width: 'input--width-2' },
  { box: 'year', label: 'Year', width: 'input--width-4' },
];

interface DateFieldProps {
  /** The start of the boxes' ids: the day box is `${id}-day`. */
  id: string;
  label: string;
  hint?: ReactNode;
  value: DateBoxes;
  onChange: (value: DateBoxes) => void;
  error?: string | undefined;
  /** The boxes to mark as wrong while `error` shows (all 3 when not given). */
  errorBoxes?: readonly Box[];
  /** The most characters in each box. */
  maxLength?: number;
  /** Anything to show under the boxes, like a note that the date has passed. */
  children?: ReactNode;
}

export function DateField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  errorBoxes,
  maxLength,
  children,
}: DateFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} group>
      <div className="date-input">
        {BOXES.map(({ box, label: boxLabel, width }) => {
          const wrong = error !== undefined && (errorBoxes?.includes(box) ?? true);
          return (
            <div className="date-input__item" key={box}>
              <label htmlFor={`${id}-${box}`}>{boxLabel}</label>
              <input
                id={`${id}-${box}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                maxLength={maxLength}
                value={value[box]}
                onChange={(event) => onChange({ ...value, [box]: event.target.value })}
                className={`${width}${wrong ? ' input--error' : ''}`}
                aria-invalid={wrong ? true : undefined}
              />
            </div>
          );
        })}
      </div>
      {children}
    </FieldShell>
  );
}
