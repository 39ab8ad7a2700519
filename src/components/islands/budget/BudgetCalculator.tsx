/*
 * The budget calculator island: wires the form to lib (the figures' check, the budget
 * engine, the link after "#", the figures kept for this tab), then renders. No sums are
 * done here.
 */
import { memo, startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { calculateBudget } from '../../../lib/budget/calculate';
import { checkDraft } from '../../../lib/calculator/check';
import type { SpendingIdea } from '../../../lib/calculator/ideas';
import { activePreset, type CalculatorPreset } from '../../../lib/calculator/presets';
import {
  emptyDraft,
  focusSoon,
  linkFor,
  planHandoverLink,
  readLink,
  type CalculatorDraft,
} from '../../../lib/calculator/link';
import { keepForTab, startingFigures, tabStore } from '../../../lib/calculator/tab';
import {
  changeSentences,
  headlineSentences,
  spendingSentences,
  stepsIn,
} from '../../../lib/calculator/summary';
import { todayIsoDate } from '../../../lib/site/dates';
import { BudgetWordButton } from '../export/BudgetWordButton';
import { ErrorSummary } from '../form/ErrorSummary';
import { fieldId } from '../form/fieldId';
import { BudgetResultPanel as PlainBudgetResultPanel } from './BudgetResultPanel';
import { ExtraCostsFieldset as PlainExtraCostsFieldset } from './ExtraCostsFieldset';
import { MoreChoicesFieldset as PlainMoreChoicesFieldset } from './MoreChoicesFieldset';
import { PrintSummary as PlainPrintSummary, type SummaryPictures } from './PrintSummary';
import { SpendingFieldset as PlainSpendingFieldset } from './SpendingFieldset';
import { SupportLinesFieldset as PlainSupportLinesFieldset } from './SupportLinesFieldset';
import { WhatIfFieldset as PlainWhatIfFieldset } from './WhatIfFieldset';

// The parts of the form are drawn again only when their own props change, not on every
// change of the figures.
const BudgetResultPanel = memo(PlainBudgetResultPanel);
const ExtraCostsFieldset = memo(PlainExtraCostsFieldset);
const MoreChoicesFieldset = memo(PlainMoreChoicesFieldset);
const PrintSummary = memo(PlainPrintSummary);
const SpendingFieldset = memo(PlainSpendingFieldset);
const SupportLinesFieldset = memo(PlainSupportLinesFieldset);
const WhatIfFieldset = memo(PlainWhatIfFieldset);

/** Puts a message at a dotted path in react-hook-form's errors object. */
function setError(errors: Record<string, unknown>, path: string, message: string): void {
  const parts = path.split('.');
  let node = errors;
  parts.slice(0, -1).forEach((part) => {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1) ?? path] = { type: 'validate', message };
}

/** react-hook-form's resolver, using lib's check of the figures. */
const calculatorResolver: Resolver<CalculatorDraft> = async (values) => {
  const check = checkDraft(values);
  if (check.ok) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const problem of check.problems) setError(errors, problem.field, problem.message);
  return { values: {}, errors: errors as FieldErrors<CalculatorDraft> };
};

function hasExtraCosts(draft: CalculatorDraft): boolean {
  return (
    draft.feeKind !== 'none' ||
    draft.travelKind !== 'none' ||
    draft.otherCosts.length > 0 ||
    draft.personContributionPerWeek.trim() !== ''
  );
}

interface BudgetCalculatorProps {
  pictures: SummaryPictures;
  /** Spending ideas from the stories, worked out when the page is built, so the stories stay out of the page's JavaScript. */
  ideas: readonly SpendingIdea[];
  /** Figures that are not a whole budget (K's saving), named in the address; from the page's build. */
  presets?: readonly CalculatorPreset[];
}

export default function BudgetCalculator({ pictures, ideas, presets = [] }: BudgetCalculatorProps) {
  const initial = useMemo(() => startingFigures(window.location.hash, tabStore()), []);
  const [linkProblem, setLinkProblem] = useState(initial.problem);
  const [linkLeftOut, setLinkLeftOut] = useState(initial.leftOut);
  const [status, setStatus] = useState('');
  // The figures "Start again" cleared, and the empty figures it left: "Undo" is offered
  // while those are still the figures, so the next change ends the offer.
  const [cleared, setCleared] = useState<{ previous: CalculatorDraft; empty: CalculatorDraft }>();
  const methods = useForm<CalculatorDraft>({
    defaultValues: initial.draft,
    resolver: calculatorResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead (GOV.UK pattern).
    shouldFocusError: false,
  });
  const { handleSubmit, watch, reset, formState, getValues } = methods;

  // The figures as last typed, copied out of the form in a transition: a key press only
  // updates its own box, and React works out the result a moment later without holding up
  // the next key (issue 4: no long task while typing on a slow phone).
  const [figures, setFigures] = useState(initial.draft);
  useEffect(() => {
    const { unsubscribe } = watch((values) => {
      const copy = structuredClone(values) as CalculatorDraft;
      startTransition(() => setFigures(copy));
    });
    return unsubscribe;
  }, [watch]);
  const check = useMemo(() => checkDraft(figures), [figures]);
  const result = useMemo(() => (check.ok ? calculateBudget(check.input) : null), [check]);
  const preset = useMemo(
    () => activePreset(presets, window.location.search, figures),
    [presets, figures],
  );

  // Errors come from the figures in the form right now, so a quick "Enter" after typing
  // never shows the last key's errors.
  const latestCheck = formState.submitCount > 0 ? checkDraft(getValues()) : check;
  const showErrors = formState.submitCount > 0 && !latestCheck.ok;
  const problems = showErrors && !latestCheck.ok ? latestCheck.problems : [];
  const baseTitle = useRef(document.title.replace(/^Error: /, ''));
  const writtenLink = useRef(window.location.hash.slice(1));

  // The page title starts with "Error: " while the error summary shows (GOV.UK pattern).
  useEffect(() => {
    document.title = showErrors ? `Error: ${baseTitle.current}` : baseTitle.current;
  }, [showErrors]);

  // Keep the figures in the address after "#", a moment after typing stops, unless they are
  // too many to read back from a link. This tab keeps them either way.
  const linkWriting = useMemo(() => linkFor(figures), [figures]);
  const link = linkWriting.ok ? linkWriting.text : '';
  useEffect(() => {
    keepForTab(tabStore(), { figures, address: writtenLink.current });
    const timer = window.setTimeout(() => {
      if (link === writtenLink.current) return;
      writtenLink.current = link;
      const address = `${window.location.pathname}${window.location.search}${link ? `#${link}` : ''}`;
      window.history.replaceState(null, '', address);
      keepForTab(tabStore(), { figures, address: link });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [figures, link]);

  // Keep the very last key press for this tab when the person leaves the page.
  useEffect(() => {
    const onPageHide = (): void => {
      keepForTab(tabStore(), { figures: getValues(), address: writtenLink.current });
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [getValues]);

  // A link followed or changed by hand in this tab opens with its figures.
  useEffect(() => {
    const onHashChange = (): void => {
      const hash = window.location.hash.slice(1);
      if (hash === writtenLink.current) return;
      writtenLink.current = hash;
      const read = readLink(hash);
      reset(read.draft);
      setFigures(read.draft);
      setLinkProblem(read.problem);
      setLinkLeftOut(read.leftOut);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [reset]);

  // Tell screen readers the new budget politely, once typing has settled.
  const headline = result ? headlineSentences(result, preset).year : '';
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnouncement(headline), 1200);
    return () => window.clearTimeout(timer);
  }, [headline]);

  const lineChoices = useMemo(
    () =>
      figures.supportLines.map((line, index) => ({
        value: line.id,
        label: line.name.trim() || `Kind of support ${index + 1}`,
      })),
    [figures],
  );
  const spending = useMemo(() => (result ? spendingSentences(result) : []), [result]);
  const change = useMemo(
    () =>
      result
        ? {
            sentences: changeSentences(result),
            steps: stepsIn(result, ['change']).map((step) => step.sentence),
          }
        : { sentences: [], steps: [] },
    [result],
  );

  const onValid = (): void => {
    focusSoon('budget-result-title');
  };
  const onInvalid = (): void => {
    const latest = checkDraft(getValues());
    if (latest.ok) return;
    for (const problem of latest.problems) {
      const disclosure = document.getElementById(fieldId(problem.field))?.closest('details');
      if (disclosure) disclosure.open = true;
    }
  };

  const startAgain = (): void => {
    const empty = emptyDraft();
    setCleared({ previous: structuredClone(getValues()), empty });
    reset(empty);
    setFigures(empty);
    setLinkProblem(undefined);
    setLinkLeftOut(undefined);
    setStatus('');
    focusSoon('undo-start-again');
  };

  const undoStartAgain = (): void => {
    if (cleared === undefined) return;
    reset(cleared.previous);
    setFigures(cleared.previous);
    setCleared(undefined);
    setStatus('Your figures are back.');
    focusSoon('start-again');
  };

  const copyLink = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('The link is copied. You can paste it into an email or a message.');
    } catch {
      setStatus(
        'Your browser did not let us copy the link. Copy the address from the top of your browser.',
      );
    }
  };

  return (
    <FormProvider {...methods}>
      <form
        className="calculator"
        noValidate
        onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}
      >
        <ErrorSummary problems={problems} submitCount={formState.submitCount} />
        {linkProblem && (
          <div className="notice" role="alert">
            <p>{linkProblem}</p>
          </div>
        )}
        {linkLeftOut && (
          <div className="notice" role="alert">
            <p>We could not use all of this link. We left out:</p>
            <ul>
              {linkLeftOut.map((sentence) => (
                <li key={sentence}>{sentence}</li>
              ))}
            </ul>
            <p>Check your figures below.</p>
          </div>
        )}

        <SupportLinesFieldset />

        <ExtraCostsFieldset startOpen={hasExtraCosts(initial.draft)} />

        <MoreChoicesFieldset startOpen={initial.draft.weeksPerYear !== '52'} />

        <div className="button-group">
          <button type="submit" className="button">
            Work out my budget
          </button>
        </div>

        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {result ? (
          <BudgetResultPanel result={result} preset={preset} />
        ) : (
          <p className="panel">
            Fill in the hours and the cost of 1 hour. Your budget will show here.
          </p>
        )}

        <SpendingFieldset sentences={spending} lineChoices={lineChoices} ideas={ideas} />

        <WhatIfFieldset
          lineChoices={lineChoices}
          sentences={change.sentences}
          steps={change.steps}
        />

        <section className="calculator-section" aria-labelledby="keep-title">
          <h2 id="keep-title">Keep or share your figures</h2>
          <div role="status">
            {linkWriting.ok ? (
              <p>
                Your figures are kept in this page&apos;s address. Bookmark this page, or send the
                link to someone who helps you. The figures are never sent to us.
              </p>
            ) : (
              <p className="notice">{linkWriting.problem}</p>
            )}
          </div>
          <p>
            Your figures also stay in this tab until you close it. A tab is one page open in your
            web browser.
          </p>
          <div className="button-group">
            {result && (
              <button type="button" className="button" onClick={() => window.print()}>
                Print a summary
              </button>
            )}
            {result && <BudgetWordButton result={result} preset={preset} onStatus={setStatus} />}
            {result && linkWriting.ok && (
              <a className="button button--secondary" href={planHandoverLink(link)}>
                Use these figures in my support plan
              </a>
            )}
            {linkWriting.ok && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void copyLink()}
              >
                Copy the link
              </button>
            )}
            <button
              type="button"
              id="start-again"
              className="button button--secondary"
              onClick={startAgain}
            >
              Start again
            </button>
          </div>
          <div role="status" className="undo-status">
            {cleared?.empty === figures ? (
              <p className="notice">
                We cleared your figures.{' '}
                <button
                  type="button"
                  id="undo-start-again"
                  className="button button--secondary"
                  onClick={undoStartAgain}
                >
                  Undo<span className="visually-hidden"> start again</span>
                </button>
              </p>
            ) : (
              status && <p>{status}</p>
            )}
          </div>
        </section>
      </form>
      {result && (
        <PrintSummary result={result} pictures={pictures} today={todayIsoDate()} preset={preset} />
      )}
    </FormProvider>
  );
}
