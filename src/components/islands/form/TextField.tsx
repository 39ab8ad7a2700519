/*
 * A text field in the GOV.UK pattern: label, hint, error message, then the input, joined
 * up with aria-describedby so a screen reader reads them together.
 */
import { describedByIds, FieldShell } from './FieldShell';
import { useFormContext } from 'react-hook-form';
import { errorAt, fieldId } from './fieldId';

interface TextFieldProps {
  name: string;
  label: string;
  hint?: string;
  /** "numeric" keyboards on phones stop people typing "£" or ":", so amounts use "decimal" or "text". */
  inputMode?: 'text' | 'decimal';
  /** A width class from global.css, like "input--short". */
  width?: 'short' | 'medium' | 'full';
  autoComplete?: string;
  /** Text shown before the input, like "£". */
  prefix?: string;
  /** Text shown after the input, like "%". */
  suffix?: string;
}

export function TextField({
  name,
  label,
  hint,
  inputMode = 'text',
  width = 'medium',
  autoComplete = 'off',
  prefix,
  suffix,
}: TextFieldProps) {
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const id = fieldId(name);
  const error = errorAt(errors, name);

  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <span className="input-wrapper">
        {prefix && (
          <span className="input-affix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          className={`input--${width}${error ? ' input--error' : ''}`}
          aria-describedby={describedByIds(id, hint, error)}
          aria-invalid={error ? true : undefined}
          {...register(name)}
        />
        {suffix && (
          <span className="input-affix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </span>
    </FieldShell>
  );
}
