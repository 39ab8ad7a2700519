/*
 * "I do not know" or "Ask me at the meeting" instead of words, under a question of the notes
 * (an area's or the carer's part's). Choosing the first option takes the choice away.
 */
import { NOT_SURE_ANSWERS, NOT_SURE_LABELS, type NotSureAnswer } from '../../../lib/prepare/notes';

/** "I do not know" or "Ask me at the meeting" instead of words, or neither. */
export function NotSure({
  id,
  question,
  value,
  onChange,
}: {
  id: string;
  question: string;
  value: NotSureAnswer | null;
  onChange: (value: NotSureAnswer | null) => void;
}) {
  const options: readonly (readonly [NotSureAnswer | '', string])[] = [
    ['', 'I will write my answer, or skip it'],
    ...NOT_SURE_ANSWERS.map((answer) => [answer, NOT_SURE_LABELS[answer]] as const),
  ];
  return (
    <fieldset className="field prepare-not-sure">
      <legend>
        <span className="visually-hidden">{question} </span>Or choose:
      </legend>
      <div className="radios radios--small">
        {options.map(([answer, label]) => (
          <div className="radio" key={answer || 'write'}>
            <input
              type="radio"
              id={`${id}-${answer || 'write'}`}
              name={id}
              value={answer}
              checked={(value ?? '') === answer}
              onChange={() => onChange(answer === '' ? null : answer)}
            />
            <label htmlFor={`${id}-${answer || 'write'}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
