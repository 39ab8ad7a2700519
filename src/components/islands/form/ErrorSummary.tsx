/*
 * The GOV.UK error summary: at the top of the form after a submit with problems. It takes
 * focus so a screen reader announces it, and each link moves to the field to fix. "Listen"
 * reads the problems aloud.
 */
import { useEffect, useRef } from 'react';
import { ListenButton } from '../ListenButton';
import { fieldId } from './fieldId';

export interface SummaryProblem {
  field: string;
  message: string;
}

interface ErrorSummaryProps {
  problems: readonly SummaryProblem[];
  /** Changes each time the form is submitted, so focus moves to the summary again. */
  submitCount: number;
}

export function ErrorSummary({ problems, submitCount }: ErrorSummaryProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) box.current?.focus();
    // Focus moves only when the person submits, not while they fix each field.
  }, [submitCount]);
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" ref={box} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.field}>
            <a
              href={`#${fieldId(problem.field)}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(fieldId(problem.field));
                const disclosure = field?.closest('details');
                if (disclosure) disclosure.open = true;
                field?.scrollIntoView({ block: 'center' });
                field?.focus();
              }}
            >
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
      {/* After the problems, so the first Tab still goes to the first one (GOV.UK). */}
      <ListenButton
        what="the problems"
        parts={(button) =>
          [...(button.parentElement?.querySelectorAll<HTMLElement>('h2, li') ?? [])].map(
            (element) => ({ text: element.innerText, element }),
          )
        }
      />
    </div>
  );
}
