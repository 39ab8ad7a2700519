/* A labelled select in the GOV.UK pattern, registered with react-hook-form. */
import { useFormContext } from 'react-hook-form';
import { errorAt, fieldId } from './fieldId';

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
}

export function SelectField({ name, label, hint, options }: SelectFieldProps) {
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
      <select
        id={id}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
        {...register(name)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
