/*
 * "Have you finished this part?" at the end of a part of a tool (the planner's parts, the
 * areas of Get ready for your assessment), as in the GOV.UK task list pattern: "Yes" marks it
 * done in the list, "No" keeps it in progress, and no answer leaves its status as it was.
 */

/** The answer: "yes", "no", or "" for none yet. */
export type FinishedAnswer = 'yes' | 'no' | '';

const CHOICES = [
  ['yes', 'Yes, it is done'],
  ['no', 'No, I will come back to it later'],
] as const;

interface FinishedQuestionProps {
  /** The question, like "Have you finished this part?". */
  readonly question: string;
  /** The radio group's name. */
  readonly name: string;
  /** The start of each choice's id: the id is this, "-", then "yes" or "no". */
  readonly idStart: string;
  readonly answer: FinishedAnswer;
  readonly onAnswer: (answer: 'yes' | 'no') => void;
}

export function FinishedQuestion({
  question,
  name,
  idStart,
  answer,
  onAnswer,
}: FinishedQuestionProps) {
  return (
    <fieldset className="field finished-question">
      <legend>{question}</legend>
      <div className="radios">
        {CHOICES.map(([value, label]) => (
          <div className="radio" key={value}>
            <input
              type="radio"
              id={`${idStart}-${value}`}
              name={name}
              value={value}
              checked={answer === value}
              onChange={() => onAnswer(value)}
            />
            <label htmlFor={`${idStart}-${value}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
