/*
 * A text field in the GOV.UK pattern: label, hint, error message, then the input, joined
 * up with aria-describedby so a screen reader reads them together.
 */
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
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </span>
      )}
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
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          aria-invalid={error ? true : undefined}
          {...register(name)}
        />
        {suffix && (
          <span className="input-affix" aria-hidden="true">
            {suffix}
          </span>
        )}
      </span>
    </div>
  );
}
