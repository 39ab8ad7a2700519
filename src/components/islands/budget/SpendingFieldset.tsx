/*
 * "What could you spend it on?": planned spending items, ideas from the stories that can
 * be added with one click (once: an idea already in the list offers to change its amount),
 * and what is left.
 */
import { useState } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { focusSoon, nextRowId, type CalculatorDraft } from '../../../lib/calculator/link';
import type { SpendingIdea } from '../../../lib/calculator/ideas';
import { findSameItem } from '../../../lib/calculator/same-item';
import { SelectField } from '../form/SelectField';
import { PicturePoint } from '../FilePicture';
import { fieldId } from '../form/fieldId';
import { CostRow } from './CostRow';
import { RECURRING_CHOICES } from './ExtraCostsFieldset';

const SPENDING_CHOICES = [...RECURRING_CHOICES, { value: 'once', label: 'Once' }] as const;

interface SpendingFieldsetProps {
  /** What is left after the plans, and the hours it pays for; null when nothing is planned yet. */
  totals: { left: readonly string[]; hours: readonly string[] } | null;
  /** The support lines to choose from for "what is left, in hours". */
  lineChoices: readonly { value: string; label: string }[];
  /** Ideas from the stories, added with one click (worked out when the page is built). */
  ideas: readonly SpendingIdea[];
}

export function SpendingFieldset({ totals, lineChoices, ideas }: SpendingFieldsetProps) {
  const { control, getValues } = useFormContext<CalculatorDraft>();
  const { fields, append, remove } = useFieldArray({ control, name: 'spending', keyName: 'key' });
  // An idea the person tried to add again, and where it already is in the list.
  const [already, setAlready] = useState<{ name: string; index: number } | null>(null);

  const add = (item: { name: string; amount: string; frequency: string }): void => {
    setAlready(null);
    append({ id: nextRowId('s', getValues('spending')), ...item });
    focusSoon(fieldId(`spending.${fields.length}.name`));
  };

  const addIdea = (idea: SpendingIdea): void => {
    const index = findSameItem(getValues('spending'), idea.name);
    if (index >= 0) setAlready({ name: idea.name, index });
    else add({ name: idea.name, amount: idea.amount, frequency: idea.frequency });
  };

  return (
    <fieldset className="calculator-section">
      <legend>
        <h2>What could you spend it on?</h2>
      </legend>
      <p className="hint">
        With an Individual Service Fund you decide how the money is spent. List what you would like,
        and see what is left.
      </p>
      {fields.map((field, index) => (
        <CostRow
          key={field.key}
          list="spending"
          index={index}
          legend={`Spending ${index + 1}`}
          nameLabel="What is it?"
          frequencies={SPENDING_CHOICES}
          onRemove={() => {
            setAlready(null);
            remove(index);
          }}
        />
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => add({ name: '', amount: '', frequency: 'year' })}
      >
        Add something to spend on
      </button>

      <h3>Ideas from other people&apos;s stories</h3>
      <p className="hint">Add one, then change the cost to suit you.</p>
      <ul className="ideas">
        {ideas.map((idea) => (
          <li key={idea.name}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => addIdea(idea)}
            >
              Add {idea.name.charAt(0).toLowerCase() + idea.name.slice(1)}
              <span className="visually-hidden">
                {' '}
                ({idea.shown}, from {idea.from}&apos;s story)
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div role="status">
        {already && (
          <p className="notice">
            {already.name} is already in your list, as spending {already.index + 1}. You can change
            its cost instead.{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                focusSoon(fieldId(`spending.${already.index}.amount`));
                setAlready(null);
              }}
            >
              Change the cost
              <span className="visually-hidden"> of spending {already.index + 1}</span>
            </button>
          </p>
        )}
      </div>

      {lineChoices.length > 1 && (
        <PicturePoint name="hour">
          <SelectField
            name="leftInHoursLineId"
            label="Show what is left as hours of"
            options={lineChoices}
          />
        </PicturePoint>
      )}
      {totals && (
        <div className="panel spending-total">
          <PicturePoint name="money-left">
            {totals.left.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
          </PicturePoint>
          {totals.hours.length > 0 && (
            <PicturePoint name="hour">
              {totals.hours.map((sentence) => (
                <p key={sentence}>{sentence}</p>
              ))}
            </PicturePoint>
          )}
        </div>
      )}
    </fieldset>
  );
}
