/*
 * The kinds of support: each with a name, hours a week and the cost of 1 hour. Lines can
 * be added and removed, and a removal can be undone.
 */
import { useState } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { focusSoon, nextRowId, type CalculatorDraft } from '../../../lib/calculator/link';
import { TextField } from '../form/TextField';
import { PicturePoint } from '../FilePicture';
import { fieldId } from '../form/fieldId';

type Line = CalculatorDraft['supportLines'][number];

export function SupportLinesFieldset() {
  const { control, getValues } = useFormContext<CalculatorDraft>();
  const { fields, append, remove, insert } = useFieldArray({
    control,
    name: 'supportLines',
    keyName: 'key',
  });
  const lines = useWatch({ control, name: 'supportLines' });
  const [removed, setRemoved] = useState<{ line: Line; index: number } | null>(null);

  return (
    <fieldset className="calculator-section">
      <legend>
        <h2>Your support</h2>
      </legend>
      <p className="hint">
        Your assessment says how many hours of support you need each week. If you have different
        kinds of support at different costs, add each kind.
      </p>
      {fields.map((field, index) => {
        const name = lines[index]?.name || `kind of support ${index + 1}`;
        return (
          <div className="support-line" key={field.key}>
            <h3 className="support-line__title">Kind of support {index + 1}</h3>
            <PicturePoint name="support-worker">
              <TextField
                name={`supportLines.${index}.name`}
                label="What is this support called?"
                hint="Like personal care, or support to go out"
                width="full"
              />
            </PicturePoint>
            <PicturePoint name="hour">
              <TextField
                name={`supportLines.${index}.hoursPerWeek`}
                label="Hours of support each week"
                hint="Like 7.5, 7:30 or 7 hours 30 minutes"
                width="short"
              />
            </PicturePoint>
            <PicturePoint name="cost">
              <TextField
                name={`supportLines.${index}.hourlyRate`}
                label="Cost of 1 hour (£)"
                hint="Like 20 or 22.50. Your council or provider can tell you this."
                inputMode="decimal"
                width="short"
                prefix="£"
              />
            </PicturePoint>
            {fields.length > 1 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  const line = getValues(`supportLines.${index}`);
                  setRemoved({ line: { ...line }, index });
                  remove(index);
                }}
              >
                Remove<span className="visually-hidden"> {name}</span>
              </button>
            )}
          </div>
        );
      })}
      <div role="status" className="undo-status">
        {removed && (
          <p className="notice">
            You removed {removed.line.name || 'a kind of support'}.{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                const { line, index } = removed;
                insert(Math.min(index, fields.length), line);
                setRemoved(null);
                focusSoon(fieldId(`supportLines.${index}.name`));
              }}
            >
              Undo
            </button>
          </p>
        )}
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          append({
            id: nextRowId('l', getValues('supportLines')),
            name: '',
            hoursPerWeek: '',
            hourlyRate: '',
          });
          setRemoved(null);
          const index = fields.length;
          focusSoon(fieldId(`supportLines.${index}.name`));
        }}
      >
        Add another kind of support
      </button>
    </fieldset>
  );
}
