/*
 * The result: big, plain figures, the budget in each period, what it is made of, who pays,
 * notes, and every step of the sum. All words and figures come from lib.
 */
import { lazy } from 'react';
import type { BudgetResult } from '../../../lib/budget/calculate';
import {
  MONTH_SENTENCE,
  headlineSentences,
  partRows,
  periodRows,
  whoPaysRows,
  workingSteps,
  type WeekYearRow,
} from '../../../lib/calculator/summary';
import type { CalculatorPreset } from '../../../lib/calculator/presets';
import { hoursSentences, providerSentences } from '../../../lib/budget/pays-for';
import type { PictureName } from '../../../lib/pictures/registry';
import { PicturePoint } from '../FilePicture';
import { ListenButton } from '../ListenButton';
import { LoadPart } from '../LoadPart';

// The budget as pictures (issue 21) is below the first result: its code loads after it.
const BudgetPictures = lazy(() => import('./BudgetPictures'));

/** A few sentences with their picture on the left; nothing when there is nothing to say. */
function Point({ name, sentences }: { name: PictureName; sentences: readonly string[] }) {
  if (sentences.length === 0) return null;
  return (
    <PicturePoint name={name}>
      {sentences.map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </PicturePoint>
  );
}

/**
 * A table of amounts a week and a year. What the budget is made of and who pays for it are 2
 * tables, so no column adds the council's and the person's shares to the parts they pay for.
 */
function WeekYearTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: readonly WeekYearRow[];
}) {
  if (rows.length === 0) return null;
  return (
    <table className="parts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{first}</th>
          <th scope="col" className="numeric">
            A week
          </th>
          <th scope="col" className="numeric">
            A year
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td className="numeric" data-label="A week">
              {row.perWeek}
            </td>
            <td className="numeric" data-label="A year">
              {row.perYear}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function BudgetResultPanel({
  result,
  preset,
}: {
  result: BudgetResult;
  /** Figures that are not a whole budget (K's saving): its words, not "Your budget". */
  preset?: CalculatorPreset | undefined;
}) {
  const headline = headlineSentences(result, preset);
  return (
    <section className="budget-result" aria-labelledby="budget-result-title">
      <h2 id="budget-result-title" tabIndex={-1}>
        {preset?.heading ?? 'Your budget'}
      </h2>
      <ListenButton
        what={preset ? 'these figures' : 'my budget'}
        label={preset ? 'Listen to these figures' : 'Listen to my budget'}
        parts={(button) =>
          import('./listen-budget').then((listen) => listen.budgetParts(result, preset, button))
        }
      />
      <PicturePoint name="budget">
        <p className="budget-result__headline">
          <strong>{headline.year}</strong> {headline.week}
        </p>
      </PicturePoint>
      <table>
        <caption>{preset ? 'The cost in each period' : 'Your budget in each period'}</caption>
        <thead>
          <tr>
            <th scope="col">How often</th>
            <th scope="col" className="numeric">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {periodRows(result).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{MONTH_SENTENCE}</p>
      <Point name="provider-fee" sentences={providerSentences(result)} />
      {result.spendingItems.length === 0 && (
        <Point name="hour" sentences={hoursSentences(result)} />
      )}
      <WeekYearTable caption="What your budget is made of" first="Part" rows={partRows(result)} />
      <WeekYearTable
        caption="Who pays for your budget"
        first="Who pays"
        rows={whoPaysRows(result)}
      />
      <LoadPart fallback={null}>
        <BudgetPictures result={result} wholeBudget={preset === undefined} />
      </LoadPart>
      {result.notes.map((note) => (
        <p className="notice" key={note.code}>
          {note.message}
        </p>
      ))}
      <h3>How we worked this out</h3>
      <ol className="working">
        {workingSteps(result).map((step) => (
          <li key={step.id}>{step.sentence}</li>
        ))}
      </ol>
      <p>This is an estimate. Your council decides your budget.</p>
    </section>
  );
}
