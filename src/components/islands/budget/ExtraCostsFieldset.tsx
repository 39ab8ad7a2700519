/*
 * Costs added to the budget (the provider fee, travel, other regular costs)
 * and the person's own contribution. Shown when asked for, in a native disclosure.
 */
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { focusSoon, nextRowId, type CalculatorDraft } from '../../../lib/calculator/link';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { PicturePoint } from '../FilePicture';
import { fieldId } from '../form/fieldId';
import { CostRow } from './CostRow';

const FEE_CHOICES = [
  { value: 'none', label: 'No fee' },
  { value: 'percent', label: 'A percentage of the support cost' },
  { value: 'week', label: 'An amount each week' },
  { value: 'year', label: 'An amount each year' },
] as const;

const TRAVEL_CHOICES = [
  { value: 'none', label: 'No travel costs' },
  { value: 'week', label: 'An amount each week' },
  { value: 'year', label: 'An amount each year' },
] as const;

export const RECURRING_CHOICES = [
  { value: 'week', label: 'A week' },
  { value: 'four-weeks', label: 'Every 4 weeks' },
  { value: 'month', label: 'A month' },
  { value: 'year', label: 'A year' },
] as const;

export function ExtraCostsFieldset({ startOpen }: { startOpen: boolean }) {
  const { control, getValues } = useFormContext<CalculatorDraft>();
  const feeKind = useWatch({ control, name: 'feeKind' });
  const travelKind = useWatch({ control, name: 'travelKind' });
  const { fields, append, remove } = useFieldArray({ control, name: 'otherCosts', keyName: 'key' });

  return (
    <details className="calculator-section extra-costs" open={startOpen}>
      <summary>Add extra costs and your own contribution</summary>
      <div className="extra-costs__body">
        <p>Some budgets also pay for these. Leave them out if they are not in yours.</p>

        <h3>Provider fee</h3>
        <p className="hint">Some providers charge a fee for looking after your budget.</p>
        <PicturePoint name="provider-fee">
          <SelectField name="feeKind" label="How is the fee charged?" options={FEE_CHOICES} />
          {feeKind !== 'none' && (
            <TextField
              name="feeAmount"
              label={feeKind === 'percent' ? 'Fee (%)' : 'Fee (£)'}
              hint={feeKind === 'percent' ? 'Like 10 for 10%' : 'Like 15 or 15.50'}
              inputMode="decimal"
              width="short"
              {...(feeKind === 'percent' ? { suffix: '%' } : { prefix: '£' })}
            />
          )}
        </PicturePoint>

        <h3>Travel</h3>
        <PicturePoint name="travel">
          <SelectField
            name="travelKind"
            label="Are travel costs part of your budget?"
            options={TRAVEL_CHOICES}
          />
          {travelKind !== 'none' && (
            <TextField
              name="travelAmount"
              label={travelKind === 'week' ? 'Travel each week (£)' : 'Travel each year (£)'}
              inputMode="decimal"
              width="short"
              prefix="£"
            />
          )}
        </PicturePoint>

        <h3>Other regular costs</h3>
        {fields.map((field, index) => (
          <CostRow
            key={field.key}
            list="otherCosts"
            index={index}
            legend={`Other cost ${index + 1}`}
            nameLabel="What is it for?"
            frequencies={RECURRING_CHOICES}
            onRemove={() => remove(index)}
          />
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            append({
              id: nextRowId('o', getValues('otherCosts')),
              name: '',
              amount: '',
              frequency: 'year',
            });
            focusSoon(fieldId(`otherCosts.${fields.length}.name`));
          }}
        >
          Add another regular cost
        </button>

        <h3>Your own contribution</h3>
        <PicturePoint name="money-you-pay">
          <TextField
            name="personContributionPerWeek"
            label="What you pay each week (£)"
            hint="A financial assessment is when the council checks your own money. It shows if you pay towards your care. Leave this empty if you pay nothing."
            inputMode="decimal"
            width="short"
            prefix="£"
          />
        </PicturePoint>
      </div>
    </details>
  );
}
