/*
 * The budget calculator island: wires the form to lib (the figures' check, the budget
 * engine, the link after "#", the figures kept for this tab), then renders. No sums are
 * done here.
 */
import {
  lazy,
  memo,
  startTransition,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
} from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
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
  type LinkReadResult,
} from '../../../lib/calculator/link';
import {
  keepForTab,
  keepNameForTab,
  readNameFromTab,
  startingFigures,
  tabStore,
} from '../../../lib/calculator/tab';
import { usePrintView } from '../export/usePrintView';
import { ErrorSummary } from '../form/ErrorSummary';
import { fieldId } from '../form/fieldId';
import { loadOnce, whenIdle } from '../loadLater';
import { ToolReady } from '../ToolReady';
import { ExtraCostsFieldset as PlainExtraCostsFieldset } from './ExtraCostsFieldset';
import { MoreChoicesFieldset as PlainMoreChoicesFieldset } from './MoreChoicesFieldset';
import type { PrintSummary as PrintSummaryView, SummaryPictures } from './PrintSummary';
import { SpendingFieldset as PlainSpendingFieldset } from './SpendingFieldset';
import { SupportLinesFieldset as PlainSupportLinesFieldset } from './SupportLinesFieldset';
import { WhatIfFieldset as PlainWhatIfFieldset } from './WhatIfFieldset';
import { IslandPicturesContext, type IslandPictures } from '../FilePicture';
import { LoadPart } from '../LoadPart';

// The parts of the form are drawn again only when their own props change, not on every
// change of the figures.
const ExtraCostsFieldset = memo(PlainExtraCostsFieldset);
const MoreChoicesFieldset = memo(PlainMoreChoicesFieldset);
const SpendingFieldset = memo(PlainSpendingFieldset);
const SupportLinesFieldset = memo(PlainSupportLinesFieldset);
const WhatIfFieldset = memo(PlainWhatIfFieldset);

// The budget engine and the result panel start loading as soon as the form is on screen, so the
// form can take typing sooner on a slow phone (issue 18).
const loadResultCode = loadOnce(() => import('./result'));
type ResultCode = Awaited<ReturnType<typeof loadResultCode>>;

/** Said when the budget engine could not be loaded (offline, and not kept for offline use). */
const RESULT_NOT_LOADED =
  'Your budget cannot be worked out, because part of this page did not load. Check you are online, then reload this page.';

// The printed summary and the Word button are not needed for the first result: they load once
// the page has settled (issue 18), so the browser's own Print command still prints the summary.
const loadPrintSummary = loadOnce(() =>
  import('./PrintSummary').then((module): ComponentType<ComponentProps<typeof PrintSummaryView>> =>
    memo(module.PrintSummary),
  ),
);
const loadWordButton = loadOnce(() =>
  import('../export/BudgetWordButton').then((module) => ({ default: module.BudgetWordButton })),
);
const BudgetWordButton = lazy(loadWordButton);

/** Said when the printed summary could not be loaded (offline, and not kept for offline use). */
const PRINT_NOT_LOADED =
  'Your summary could not be made ready to print, because part of this page did not load. Check you are online, then try again.';

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
  /** The printed summary's pictures, and the pictures beside the questions and the result. */
  pictures: SummaryPictures & IslandPictures;
  /** Spending ideas from the stories, worked out when the page is built, so the stories stay out of the page's JavaScript. */
  ideas: readonly SpendingIdea[];
  /** Figures that are not a whole budget (K's saving), named in the address; from the page's build. */
  presets?: readonly CalculatorPreset[];
}

export default function BudgetCalculator({ pictures, ideas, presets = [] }: BudgetCalculatorProps) {
  // The page is drawn first with empty figures, as on the server; the figures from the link or
  // this tab come in once the page's JavaScript runs (issue 18).
  const [initial, setInitial] = useState<LinkReadResult>(() => ({ draft: emptyDraft() }));
  const [ready, setReady] = useState(false);
  const [search, setSearch] = useState('');
  const [linkProblem, setLinkProblem] = useState<string>();
  const [linkLeftOut, setLinkLeftOut] = useState<readonly string[]>();
  const [status, setStatus] = useState('');
  // The figures "Start again" cleared, and the empty figures it left: "Undo" is offered
  // while those are still the figures, so the next change ends the offer.
  const [cleared, setCleared] = useState<{
    previous: CalculatorDraft;
    previousName: string;
    empty: CalculatorDraft;
  }>();
  // Whose budget it is, for the summary's title: kept for this tab, never in the link.
  const [personName, setPersonName] = useState('');
  const changePersonName = (name: string): void => {
    setPersonName(name);
    keepNameForTab(tabStore(), name);
  };
  const methods = useForm<CalculatorDraft>({
    defaultValues: initial.draft,
    resolver: calculatorResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus instead (GOV.UK pattern).
    shouldFocusError: false,
  });
  const { handleSubmit, watch, reset, formState, getValues } = methods;
  const printView = usePrintView(loadPrintSummary, '.print-summary img');
  const PrintSummary = printView.View;
  useEffect(() => whenIdle(() => void loadWordButton(), { fallbackMs: 2000 }), []);

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
  const [resultCode, setResultCode] = useState<ResultCode | 'failed' | null>(null);
  useEffect(() => {
    let live = true;
    loadResultCode().then(
      (loaded) => live && setResultCode(loaded),
      () => live && setResultCode('failed'),
    );
    return () => {
      live = false;
    };
  }, []);
  const engine = resultCode === 'failed' ? null : resultCode;
  const result = useMemo(
    () => (check.ok && engine !== null ? engine.calculateBudget(check.input) : null),
    [check, engine],
  );
  const preset = useMemo(() => activePreset(presets, search, figures), [presets, search, figures]);

  // Errors come from the figures in the form right now, so a quick "Enter" after typing
  // never shows the last key's errors.
  const latestCheck = formState.submitCount > 0 ? checkDraft(getValues()) : check;
  const showErrors = formState.submitCount > 0 && !latestCheck.ok;
  const problems = showErrors && !latestCheck.ok ? latestCheck.problems : [];
  const baseTitle = useRef('');
  const writtenLink = useRef('');

  // Once the page's JavaScript runs: the figures from the link or this tab, and the form takes
  // input from then on.
  useEffect(() => {
    baseTitle.current = document.title.replace(/^Error: /, '');
    writtenLink.current = window.location.hash.slice(1);
    const start = startingFigures(window.location.hash, tabStore());
    reset(start.draft);
    setFigures(start.draft);
    setInitial(start);
    setLinkProblem(start.problem);
    setLinkLeftOut(start.leftOut);
    setSearch(window.location.search);
    setPersonName(readNameFromTab(tabStore()));
    setReady(true);
  }, [reset]);

  // The page title starts with "Error: " while the error summary shows (GOV.UK pattern).
  useEffect(() => {
    if (baseTitle.current === '') return;
    document.title = showErrors ? `Error: ${baseTitle.current}` : baseTitle.current;
  }, [showErrors]);

  // Keep the figures in the address after "#", a moment after typing stops, unless they are
  // too many to read back from a link. This tab keeps them either way.
  const linkWriting = useMemo(() => linkFor(figures), [figures]);
  const link = linkWriting.ok ? linkWriting.text : '';
  useEffect(() => {
    if (!ready) return;
    keepForTab(tabStore(), { figures, address: writtenLink.current });
    const timer = window.setTimeout(() => {
      if (link === writtenLink.current) return;
      writtenLink.current = link;
      const address = `${window.location.pathname}${window.location.search}${link ? `#${link}` : ''}`;
      window.history.replaceState(null, '', address);
      keepForTab(tabStore(), { figures, address: link });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [ready, figures, link]);

  // Keep the very last key press for this tab when the person leaves the page.
  useEffect(() => {
    if (!ready) return undefined;
    const onPageHide = (): void => {
      keepForTab(tabStore(), { figures: getValues(), address: writtenLink.current });
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [ready, getValues]);

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
  const headline = result && engine ? engine.headlineSentences(result, preset).year : '';
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
  // What is left after the planned spending, and the hours it pays for (none before a plan).
  const spending = useMemo(
    () =>
      result && engine && result.spendingItems.length > 0
        ? { left: engine.leftSentences(result), hours: engine.hoursSentences(result) }
        : null,
    [result, engine],
  );
  const change = useMemo(
    () =>
      result && engine
        ? {
            sentences: engine.changeSentences(result),
            steps: engine.stepsIn(result, ['change']).map((step) => step.sentence),
          }
        : { sentences: [], steps: [] },
    [result, engine],
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
    setCleared({ previous: structuredClone(getValues()), previousName: personName, empty });
    changePersonName('');
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
    changePersonName(cleared.previousName);
    setCleared(undefined);
    setStatus('Your figures are back.');
    focusSoon('start-again');
  };

  const printSummary = async (): Promise<void> => {
    if (!(await printView.print())) setStatus(PRINT_NOT_LOADED);
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
    <IslandPicturesContext.Provider value={pictures}>
      <FormProvider {...methods}>
        <form
          className="calculator"
          noValidate
          onSubmit={(event) => void handleSubmit(onValid, onInvalid)(event)}
        >
          <ToolReady ready={ready} tool="calculator" next="Type your figures below." />
          {/* Disabled too, for browsers without inert: typing before the figures are read in would be wiped. */}
          <fieldset className="tool-ready" inert={!ready} disabled={!ready}>
            <legend className="visually-hidden">Your figures</legend>
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
            {result && engine ? (
              <engine.BudgetResultPanel result={result} preset={preset} />
            ) : check.ok && resultCode === 'failed' ? (
              <p className="panel notice--error">{RESULT_NOT_LOADED}</p>
            ) : check.ok ? (
              <p className="panel">Working out your budget.</p>
            ) : (
              <p className="panel">
                Fill in the hours and the cost of 1 hour. Your budget will show here.
              </p>
            )}

            <SpendingFieldset totals={spending} lineChoices={lineChoices} ideas={ideas} />

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
                    Your figures are kept in this page&apos;s address. Bookmark this page, or send
                    the link to someone who helps you. The figures are never sent to us.
                  </p>
                ) : (
                  <p className="notice">{linkWriting.problem}</p>
                )}
              </div>
              <p>
                Your figures also stay in this tab until you close it. A tab is one page open in
                your web browser.
              </p>
              {result && engine && (
                <engine.SummaryNameField name={personName} onChange={changePersonName} />
              )}
              <div className="button-group">
                {result && (
                  <button type="button" className="button" onClick={() => void printSummary()}>
                    Print a summary
                  </button>
                )}
                {result && (
                  <LoadPart fallback={null}>
                    <BudgetWordButton
                      result={result}
                      preset={preset}
                      personName={personName}
                      onStatus={setStatus}
                    />
                  </LoadPart>
                )}
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
          </fieldset>
        </form>
        {result && PrintSummary === null && (
          <p className="print-only">
            To print your budget summary, go back to the page and press &quot;Print a summary&quot;.
          </p>
        )}
        {result && PrintSummary !== null && (
          <PrintSummary
            result={result}
            pictures={pictures}
            preset={preset}
            personName={personName}
          />
        )}
      </FormProvider>
    </IslandPicturesContext.Provider>
  );
}
