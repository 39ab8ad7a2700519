/*
 * The result: big, plain figures, the budget in each period, what it is made of, who pays,
 * notes, and every step of the sum. All words and figures come from lib.
 */
import type { BudgetResult } from '../../../lib/budget/calculate';
import {
  BUDGET_SECTIONS,
  headlineSentences,
  partRows,
  periodRows,
  stepsIn,
  whoPaysRows,
} from '../../../lib/calculator/summary';

export function BudgetResultPanel({ result }: { result: BudgetResult }) {
  const headline = headlineSentences(result);
  const whoPays = whoPaysRows(result);
  return (
    <section className="budget-result" aria-labelledby="budget-result-title">
      <h2 id="budget-result-title" tabIndex={-1}>
        Your budget
      </h2>
      <p className="budget-result__headline">
        <strong>{headline.year}</strong> {headline.week}
      </p>
      <table>
        <caption>Your budget in each period</caption>
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
      <table>
        <caption>What your budget is made of</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col" className="numeric">
              A week
            </th>
            <th scope="col" className="numeric">
              A year
            </th>
          </tr>
        </thead>
        <tbody>
          {partRows(result).map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.perWeek}</td>
              <td className="numeric">{row.perYear}</td>
            </tr>
          ))}
          {whoPays.map((row) => (
            <tr key={row.label} className="who-pays">
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.perWeek}</td>
              <td className="numeric">{row.perYear}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.notes.map((note) => (
        <p className="notice" key={note.code}>
          {note.message}
        </p>
      ))}
      <h3>How we worked this out</h3>
      <ol className="working">
        {stepsIn(result, BUDGET_SECTIONS).map((step) => (
          <li key={step.id}>{step.sentence}</li>
        ))}
      </ol>
      <p>This is an estimate. Your council decides your budget.</p>
    </section>
  );
}
