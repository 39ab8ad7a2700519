/* One cost in a list (another regular cost, or a planned spending item): name, amount, how often. */
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';

interface CostRowProps {
  /** The form list's name, like "spending". */
  list: 'otherCosts' | 'spending';
  index: number;
  /** The row's legend, like "Spending 2". */
  legend: string;
  nameLabel: string;
  frequencies: readonly { value: string; label: string }[];
  onRemove: () => void;
}

export function CostRow({ list, index, legend, nameLabel, frequencies, onRemove }: CostRowProps) {
  return (
    <fieldset className="cost-row">
      <legend>{legend}</legend>
      <TextField name={`${list}.${index}.name`} label={nameLabel} width="full" />
      <TextField
        name={`${list}.${index}.amount`}
        label="Cost (£)"
        inputMode="decimal"
        width="short"
        prefix="£"
      />
      <SelectField name={`${list}.${index}.frequency`} label="How often?" options={frequencies} />
      <button type="button" className="button button--secondary" onClick={onRemove}>
        Remove<span className="visually-hidden"> {legend.toLowerCase()}</span>
      </button>
    </fieldset>
  );
}
