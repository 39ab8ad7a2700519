/*
 * The character count text box (TextArea) registered with react-hook-form: the box's words
 * live in the form, its error comes from the form's check, and its id from the field's name.
 */
import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { TextArea } from './TextArea';
import { errorAt, fieldId } from './fieldId';

interface TextAreaFieldProps {
  /** The field's name in the form, like "council". */
  name: string;
  label: string;
  hint?: ReactNode | undefined;
  /** The most characters, counted as `String.prototype.length` counts them. */
  maxLength: number;
  /** A one-line box (`input`) for short answers like a name. */
  singleLine?: boolean;
  rows?: number | undefined;
}

export function TextAreaField({
  name,
  label,
  hint,
  maxLength,
  singleLine,
  rows,
}: TextAreaFieldProps) {
  const {
    formState: { errors },
  } = useFormContext();
  const { field } = useController({ name });
  return (
    <TextArea
      id={fieldId(name)}
      label={label}
      hint={hint}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      maxLength={maxLength}
      error={errorAt(errors, name)}
      singleLine={singleLine ?? false}
      rows={rows ?? 4}
    />
  );
}
