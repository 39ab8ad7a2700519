/* One cost in a list (another regular cost, or a planned spending item): name, amount, how often. */
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { PicturePoint } from '../FilePicture';

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
      <PicturePoint name="spending">
        <TextField name={`${list}.${index}.name`} label={nameLabel} width="full" />
      </PicturePoint>
      <PicturePoint name="cost">
        <TextField
          name={`${list}.${index}.amount`}
          label="Cost (£)"
          inputMode="decimal"
          width="short"
          prefix="£"
        />
      </PicturePoint>
      <PicturePoint name="how-often">
        <SelectField name={`${list}.${index}.frequency`} label="How often?" options={frequencies} />
      </PicturePoint>
      <button type="button" className="button button--secondary" onClick={onRemove}>
        Remove<span className="visually-hidden"> {legend.toLowerCase()}</span>
      </button>
    </fieldset>
  );
}
