/*
 * One section of a plan on its own view: its easy-read opening, its questions, "Have you
 * finished this part?" and a button back to the task list (GOV.UK task list pattern). Words
 * are saved as they are typed; amounts are saved once they read as money, and are checked when
 * the person presses the button, with an error summary that takes focus.
 */
import { useEffect, useRef, useState } from 'react';
import { parseMoney, type MoneyString } from '../../../lib/money';
import { PLAN_SECTIONS, setSectionStatus, type Plan, type PlanSectionId } from '../../../lib/plan';
import { SECTION_GUIDES } from '../../../lib/plan/questions';
import { writePlannerRoute } from '../../../lib/plan/route';
import { ErrorSummary, type SummaryProblem } from '../form/ErrorSummary';
import { fieldId } from '../form/fieldId';
import { Picture, type PlannerPictures } from './Picture';
import type { PlanChange } from './PlanWorkspace';
import { SectionBody } from './sections';

interface SectionViewProps {
  plan: Plan;
  section: PlanSectionId;
  pictures: PlannerPictures;
  editIn: (section: PlanSectionId, change: PlanChange) => void;
  onFinished: () => void;
  onErrorsShown: (shown: boolean) => void;
  onUnsavedAmounts: (count: number) => void;
}

/** An amount as typed, with the words its messages use for the field ("the cost of item 2"). */
interface MoneyDraft {
  readonly text: string;
  readonly fieldWords: string;
}

/** What a money box needs: its text, its error after a submit, and what to do on typing. */
export interface MoneyBinding {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

/** What each section's questions use to read and change the plan. */
export interface SectionKit {
  readonly plan: Plan;
  readonly pictures: PlannerPictures;
  /** Changes the plan (the section becomes "In progress" if it was not started). */
  readonly edit: (change: PlanChange) => void;
  /** Binds a money box: the stored amount, and the change that stores a new one. */
  readonly money: (
    name: string,
    fieldWords: string,
    stored: MoneyString | '',
    store: (value: MoneyString | '') => PlanChange,
  ) => MoneyBinding;
  /** Removes something, and offers "Undo" until the next change. */
  readonly removeWithUndo: (what: string, change: PlanChange) => void;
  /** Moves focus to a field once it is on the page (after "Add a goal"). */
  readonly focusSoon: (id: string) => void;
}

type FinishedAnswer = 'yes' | 'no' | '';

/** "45.00" shows as "45"; "45.50" stays "45.50". */
function showStored(stored: MoneyString | ''): string {
  return stored.endsWith('.00') ? stored.slice(0, -3) : stored;
}

function moneyProblems(drafts: Readonly<Record<string, MoneyDraft>>): SummaryProblem[] {
  const problems: SummaryProblem[] = [];
  for (const [field, draft] of Object.entries(drafts)) {
    if (draft.text.trim() === '') continue;
    const read = parseMoney(draft.text, { field: draft.fieldWords, example: '45.50' });
    if (read.kind === 'error') problems.push({ field, message: read.message });
  }
  return problems;
}

export function SectionView({
  plan,
  section,
  pictures,
  editIn,
  onFinished,
  onErrorsShown,
  onUnsavedAmounts,
}: SectionViewProps) {
  const title = PLAN_SECTIONS.find((entry) => entry.id === section)?.title ?? '';
  const guide = SECTION_GUIDES[section];
  const status = plan.sectionStatus[section];
  const [drafts, setDrafts] = useState<Record<string, MoneyDraft>>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [finished, setFinished] = useState<FinishedAnswer>(
    status === 'done' ? 'yes' : status === 'in-progress' ? 'no' : '',
  );
  const [removed, setRemoved] = useState<{ what: string; before: Plan } | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  // Drafts are read in DOM order, so the summary lists problems as the page shows them.
  const problems = submitCount > 0 ? moneyProblems(drafts) : [];
  const unsaved = moneyProblems(drafts).length;

  useEffect(() => onUnsavedAmounts(unsaved), [unsaved, onUnsavedAmounts]);
  useEffect(() => onErrorsShown(problems.length > 0), [problems.length, onErrorsShown]);
  useEffect(
    () => () => {
      onUnsavedAmounts(0);
      onErrorsShown(false);
    },
    [onUnsavedAmounts, onErrorsShown],
  );
  useEffect(() => {
    if (focusTarget === null) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, plan]);

  const edit = (change: PlanChange): void => {
    setRemoved(null);
    editIn(section, change);
  };

  const kit: SectionKit = {
    plan,
    pictures,
    edit,
    money: (name, fieldWords, stored, store) => ({
      value: drafts[name]?.text ?? showStored(stored),
      error: problems.find((problem) => problem.field === name)?.message,
      onChange: (text) => {
        setDrafts((current) => ({ ...current, [name]: { text, fieldWords } }));
        if (text.trim() === '') {
          edit(store(''));
          return;
        }
        const read = parseMoney(text, { field: fieldWords });
        if (read.kind === 'ok') edit(store(read.value));
      },
    }),
    removeWithUndo: (what, change) => {
      const before = plan;
      editIn(section, change);
      setRemoved({ what, before });
      window.setTimeout(() => undoButton.current?.focus(), 0);
    },
    focusSoon: setFocusTarget,
  };

  const undo = (): void => {
    if (removed === null) return;
    const { before } = removed;
    setRemoved(null);
    editIn(section, () => before);
  };

  const submit = (event: { preventDefault(): void }): void => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    if (moneyProblems(drafts).length > 0) return;
    if (finished !== '') {
      editIn(section, (current, now) =>
        setSectionStatus(current, section, finished === 'yes' ? 'done' : 'in-progress', now),
      );
    }
    onFinished();
  };

  return (
    <section aria-labelledby="planner-heading" className="section-view">
      <p>
        <a href={writePlannerRoute({ kind: 'plan', planId: plan.id, section: null })}>
          Back to the list of parts
        </a>
      </p>
      <ErrorSummary problems={problems} submitCount={submitCount} />
      <div className="section-view__heading">
        <Picture svg={pictures[guide.icon]} size={56} />
        <h2 id="planner-heading" tabIndex={-1}>
          {title}
        </h2>
      </div>
      <div className="easy-read section-intro">
        {guide.intro.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {removed !== null && (
        <div className="notice notice--success" role="status">
          <p>{removed.what} was removed.</p>
          <button
            type="button"
            className="button button--secondary"
            ref={undoButton}
            onClick={undo}
          >
            Undo
          </button>
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <SectionBody section={section} kit={kit} />
        <fieldset className="field finished-question">
          <legend>Have you finished this part?</legend>
          <div className="radios">
            {(
              [
                ['yes', 'Yes, it is done'],
                ['no', 'No, I will come back to it later'],
              ] as const
            ).map(([value, label]) => (
              <div className="radio" key={value}>
                <input
                  type="radio"
                  id={fieldId(`finished-${value}`)}
                  name="finished"
                  value={value}
                  checked={finished === value}
                  onChange={() => setFinished(value)}
                />
                <label htmlFor={fieldId(`finished-${value}`)}>{label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button">
          Save and go back to the list
        </button>
      </form>
    </section>
  );
}
