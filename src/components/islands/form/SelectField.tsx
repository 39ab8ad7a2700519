/* A labelled select in the GOV.UK pattern, registered with react-hook-form. */
import { describedByIds, FieldShell } from './FieldShell';
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

  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} aria-describedby={describedByIds(id, hint, error)} {...register(name)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
