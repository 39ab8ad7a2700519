/*
 * "More choices": the weeks in a year, which most people never need to change (issue 13).
 * 52 weeks is what the source documents use, so it is chosen until a person changes it.
 */
import { useFormContext } from 'react-hook-form';
import type { CalculatorDraft } from '../../../lib/calculator/link';
import { PicturePoint } from '../FilePicture';

const WEEK_CHOICES = [
  { value: '52', label: '52 weeks', hint: 'We use this unless you choose another.' },
  { value: '52.14', label: '52.14 weeks', hint: '365 days in a year.' },
  { value: '52.18', label: '52.18 weeks', hint: '365.25 days, which counts leap years.' },
] as const;

export function MoreChoicesFieldset({ startOpen }: { startOpen: boolean }) {
  const { register } = useFormContext<CalculatorDraft>();
  return (
    <details className="calculator-section more-choices" open={startOpen}>
      <summary>More choices</summary>
      <fieldset className="more-choices__body">
        <legend>
          <h3>Weeks in the year</h3>
        </legend>
        <p className="hint">
          Change this only if your council tells you it counts a different number of weeks.
        </p>
        <PicturePoint name="year">
          <div className="radios">
            {WEEK_CHOICES.map((choice) => {
              // An id has no dots ("52.14" gives "weeks-52-14"): the page is valid HTML.
              const id = `weeks-${choice.value.replace('.', '-')}`;
              return (
                <div className="radio" key={choice.value}>
                  <input
                    type="radio"
                    id={id}
                    value={choice.value}
                    aria-describedby={`${id}-hint`}
                    {...register('weeksPerYear')}
                  />
                  <label htmlFor={id}>{choice.label}</label>
                  <span className="hint" id={`${id}-hint`}>
                    {choice.hint}
                  </span>
                </div>
              );
            })}
          </div>
        </PicturePoint>
      </fieldset>
    </details>
  );
}
