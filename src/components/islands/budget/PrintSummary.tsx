/*
 * The printed easy-read summary: big figures with pictures, the table, the working, the
 * spending and what is left, the date, and a reminder that the council decides. Shown only
 * in print; the rest of the page is hidden then.
 */
import type { BudgetResult } from '../../../lib/budget/calculate';
import { formatLongDate } from '../../../lib/site/dates';
import {
  MONTH_SENTENCE,
  budgetPaysForSentences,
  changeSentences,
  headlineSentences,
  periodRows,
  spendingSentences,
  whoPaysRows,
  workingSteps,
} from '../../../lib/calculator/summary';
import type { CalculatorPreset } from '../../../lib/calculator/presets';
import { formatMoney } from '../../../lib/money';
import { FigureSentence } from '../FigureSentence';

/** The registry's ideas the printed summary shows, one beside each part. */
export const SUMMARY_PICTURES = ['budget', 'year', 'shopping', 'decide'] as const;

/** Each picture's address and words, given by the page at build time (pictures registry). */
export type SummaryPictures = Record<
  (typeof SUMMARY_PICTURES)[number],
  { readonly src: string; readonly alt: string }
>;

function Picture({ picture }: { picture: SummaryPictures[keyof SummaryPictures] }) {
  return (
    <img
      src={picture.src}
      alt={picture.alt}
      width={56}
      height={56}
      className="print-summary__picture"
      decoding="async"
    />
  );
}

export function PrintSummary({
  result,
  pictures,
  today,
  preset,
}: {
  result: BudgetResult;
  /** Figures that are not a whole budget (K's saving): its words, not "Your budget". */
  preset?: CalculatorPreset | undefined;
  pictures: SummaryPictures;
  /** Today's date, like 2026-11-24. */
  today: string;
}) {
  const headline = headlineSentences(result, preset);
  const spending = spendingSentences(result);
  const change = changeSentences(result);
  const periods = periodRows(result);
  return (
    <section className="print-summary print-only" aria-label="Printed summary">
      <h2 className="print-summary__title">Your budget summary, {formatLongDate(today)}</h2>
      <p className="print-summary__estimate">
        This is an estimate. Your council decides your budget.
      </p>
      <div className="print-summary__row">
        <Picture picture={pictures.budget} />
        <p>
          <strong>
            <FigureSentence text={headline.year} />
          </strong>{' '}
          <FigureSentence text={headline.week} />
        </p>
      </div>
      <div className="print-summary__row">
        <Picture picture={pictures.year} />
        <div>
          <table className="print-summary__periods">
            <caption>My budget in each period</caption>
            <thead>
              <tr>
                {periods.map((row) => (
                  <th scope="col" key={row.label}>
                    {row.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {periods.map((row) => (
                  <td key={row.label}>{row.amount}</td>
                ))}
              </tr>
            </tbody>
          </table>
          <p>{MONTH_SENTENCE}</p>
          {budgetPaysForSentences(result).map((sentence) => (
            <p key={sentence}>
              <FigureSentence text={sentence} />
            </p>
          ))}
          {whoPaysRows(result).map((row) => (
            <p key={row.label}>
              <FigureSentence text={`${row.label} ${row.perYear} a year.`} />
            </p>
          ))}
        </div>
      </div>
      {result.spendingItems.length > 0 && (
        <div className="print-summary__row">
          <Picture picture={pictures.shopping} />
          <div>
            <h3>What I would like to spend it on</h3>
            <ul className="print-summary__spending">
              {result.spendingItems.map((item) => (
                <li key={item.id}>
                  {item.name}:{' '}
                  <span className="figure-together">{formatMoney(item.perYear)} a year</span>
                </li>
              ))}
            </ul>
            {/* One paragraph: short sentences side by side keep the summary on 1 page. */}
            <p>
              <FigureSentence text={spending.join(' ')} />
            </p>
          </div>
        </div>
      )}
      <h3>How it was worked out</h3>
      <ol className="working">
        {workingSteps(result).map((step) => (
          <li key={step.id}>
            <FigureSentence text={step.sentence} />
          </li>
        ))}
      </ol>
      {change.length > 0 && (
        <div className="print-summary__row">
          <Picture picture={pictures.decide} />
          <div>
            {change.map((sentence) => (
              <p key={sentence}>
                <FigureSentence text={sentence} />
              </p>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
