/*
 * A choice of a few answers in the GOV.UK radios pattern, registered with react-hook-form: a
 * fieldset whose legend is the question, an optional hint, an error, then one radio a line.
 * The first radio's id is the field's id, so the error summary's link moves focus to it.
 */
import { useFormContext } from 'react-hook-form';
import { FieldShell } from './FieldShell';
import { errorAt, fieldId } from './fieldId';

interface RadioFieldProps {
  name: string;
  label: string;
  hint?: string | undefined;
  options: readonly { value: string; label: string }[];
}

export function RadioField({ name, label, hint, options }: RadioFieldProps) {
  const {
    register,
    formState: { errors },
  } = useFormContext();
  const id = fieldId(name);
  return (
    <FieldShell id={id} label={label} hint={hint} error={errorAt(errors, name)} group>
      <div className="radios">
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          return (
            <div className="radio" key={option.value}>
              <input type="radio" id={optionId} value={option.value} {...register(name)} />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </FieldShell>
  );
}
