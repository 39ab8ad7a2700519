/*
 * "What if": fewer or more hours on one kind of support, in minutes a day or hours a
 * week, and the difference it makes a week and a year (the source documents' story of K).
 */
import { useFormContext, useWatch } from 'react-hook-form';
import type { CalculatorDraft } from '../../../lib/calculator/link';
import { SelectField } from '../form/SelectField';
import { TextField } from '../form/TextField';
import { PicturePoint } from '../FilePicture';

interface WhatIfFieldsetProps {
  lineChoices: readonly { value: string; label: string }[];
  /** The sentences about the change, from the engine (empty when there is no change). */
  sentences: readonly string[];
  /** The working steps of the change. */
  steps: readonly string[];
}

export function WhatIfFieldset({ lineChoices, sentences, steps }: WhatIfFieldsetProps) {
  const { control } = useFormContext<CalculatorDraft>();
  const unit = useWatch({ control, name: 'changeUnit' });
  return (
    <details className="calculator-section what-if">
      <summary>What if your hours changed?</summary>
      <div className="what-if__body">
        <p>
          Some people need less support over time. Things like a planning device can help. Try a
          change to see what it means for your budget.
        </p>
        <PicturePoint name="decide">
          {lineChoices.length > 1 && (
            <SelectField
              name="changeLineId"
              label="Which support would change?"
              options={lineChoices}
            />
          )}
          <SelectField
            name="changeDirection"
            label="Fewer hours or more hours?"
            options={[
              { value: 'fewer', label: 'Fewer hours' },
              { value: 'more', label: 'More hours' },
            ]}
          />
          <SelectField
            name="changeUnit"
            label="How do you want to count the change?"
            options={[
              { value: 'minutes-a-day', label: 'Minutes a day' },
              { value: 'hours-a-week', label: 'Hours a week' },
            ]}
          />
          <TextField
            name="changeAmount"
            label={unit === 'minutes-a-day' ? 'Minutes a day' : 'Hours a week'}
            hint={unit === 'minutes-a-day' ? 'Like 45' : 'Like 5.25 or 5:15'}
            width="short"
          />
        </PicturePoint>
        {sentences.length > 0 && (
          <div className="panel">
            {sentences.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            <h3>How we worked this out</h3>
            <ol>
              {steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        )}
      </div>
    </details>
  );
}
