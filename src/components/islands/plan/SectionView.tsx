/*
 * One section of a plan on its own view: its easy-read opening, its questions, "Have you
 * finished this part?" and a button back to the task list (GOV.UK task list pattern). Words
 * are saved as they are typed. A date or an amount that cannot be read yet is saved as typed
 * (lib/plan/typed) and checked when the person presses the button, with an error summary that
 * takes focus; when they come back to the section later, the summary shows again. "Listen to
 * this part" reads its questions and what the person has written so far.
 */
import { useEffect, useRef, useState } from 'react';
import type { MoneyString } from '../../../lib/money';
import {
  amountMessage,
  answersToCheck,
  PLAN_SECTIONS,
  readDateParts,
  readTypedAmount,
  readTypedDate,
  setSectionStatus,
  shownAmount,
  shownDateParts,
  type DateParts,
  type DateRule,
  type IsoDate,
  type IsoMonth,
  type Plan,
  type PlanSectionId,
  type TypedAmount,
  type TypedDate,
} from '../../../lib/plan';
import { SECTION_GUIDES } from '../../../lib/plan/questions';
import { writePlannerRoute } from '../../../lib/plan/route';
import { ErrorSummary } from '../form/ErrorSummary';
import { ListenButton } from '../ListenButton';
import { fieldId } from '../form/fieldId';
import { FinishedQuestion, type FinishedAnswer } from '../FinishedQuestion';
import { Picture, type PlannerPictures } from './Picture';
import type { PlanChange } from './PlanWorkspace';
import { focusView } from './page';
import { SectionBody } from './sections';

interface SectionViewProps {
  plan: Plan;
  section: PlanSectionId;
  pictures: PlannerPictures;
  editIn: (section: PlanSectionId, change: PlanChange) => void;
  onFinished: () => void;
  onErrorsShown: (shown: boolean) => void;
  /** True once the person has moved around the planner: the view then takes focus. */
  moved: boolean;
}

/** What a money box needs: its text, its error once checked, and what to do on typing. */
export interface MoneyBinding {
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (text: string) => void;
}

/** What the 3 date boxes need: their text, the error and wrong boxes once checked, and typing. */
export interface DateBinding {
  readonly value: DateParts;
  readonly error: string | undefined;
  readonly errorBoxes: readonly (keyof DateParts)[];
  readonly onChange: (parts: DateParts) => void;
}

/** What each section's questions use to read and change the plan. */
export interface SectionKit {
  readonly plan: Plan;
  readonly pictures: PlannerPictures;
  /** Changes the plan (the section becomes "In progress" if it was not started). */
  readonly edit: (change: PlanChange) => void;
  /** Binds a money box to a stored amount, the words kept as typed, and how to store both. */
  readonly money: (
    name: string,
    fieldWords: string,
    stored: { readonly value: MoneyString | ''; readonly asTyped: string },
    store: (typed: TypedAmount) => PlanChange,
  ) => MoneyBinding;
  /** Binds the 3 date boxes to a stored date, the boxes kept as typed, and how to store both. */
  readonly date: (
    name: string,
    fieldWords: string,
    stored: { readonly value: IsoDate | IsoMonth | ''; readonly asTyped: DateParts | null },
    store: (typed: TypedDate) => PlanChange,
    rule?: DateRule,
  ) => DateBinding;
  /** Removes something, and offers "Undo" until the next change. */
  readonly removeWithUndo: (what: string, change: PlanChange) => void;
  /** Moves focus to a field once it is on the page (after "Add a goal"). */
  readonly focusSoon: (id: string) => void;
}

export function SectionView({
  plan,
  section,
  pictures,
  editIn,
  onFinished,
  onErrorsShown,
  moved,
}: SectionViewProps) {
  const title = PLAN_SECTIONS.find((entry) => entry.id === section)?.title ?? '';
  const guide = SECTION_GUIDES[section];
  const status = plan.sectionStatus[section];
  // What is in each date and money box while the person types, so "£1,500" stays "£1,500".
  const [typing, setTyping] = useState<Readonly<Record<string, string | DateParts>>>({});
  const toCheck = answersToCheck(plan).filter((answer) => answer.section === section);
  // Answers kept as typed from an earlier visit are shown at once, as after a submit.
  const [submitCount, setSubmitCount] = useState(() => (toCheck.length > 0 ? 1 : 0));
  const [finished, setFinished] = useState<FinishedAnswer>(
    status === 'done' ? 'yes' : status === 'in-progress' ? 'no' : '',
  );
  const [removed, setRemoved] = useState<{ what: string; before: Plan } | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);

  const checked = submitCount > 0;
  const problems = checked
    ? toCheck.map((answer) => ({ field: answer.focus, message: answer.message }))
    : [];

  useEffect(() => {
    if (moved) focusView();
  }, [moved]);
  useEffect(() => onErrorsShown(problems.length > 0), [problems.length, onErrorsShown]);
  useEffect(() => () => onErrorsShown(false), [onErrorsShown]);
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
    money: (name, fieldWords, stored, store) => {
      const shown = typing[name];
      const text = typeof shown === 'string' ? shown : shownAmount(stored.value, stored.asTyped);
      return {
        value: text,
        error: checked ? amountMessage(text, fieldWords) : undefined,
        onChange: (next) => {
          setTyping((current) => ({ ...current, [name]: next }));
          edit(store(readTypedAmount(next)));
        },
      };
    },
    date: (name, fieldWords, stored, store, rule = {}) => {
      const shown = typing[name];
      const parts =
        typeof shown === 'object' ? shown : shownDateParts(stored.value, stored.asTyped);
      const read = readDateParts(parts, fieldWords, rule);
      const wrong = checked && read.kind === 'error' ? read : null;
      return {
        value: parts,
        error: wrong?.message,
        errorBoxes: wrong?.boxes ?? [],
        onChange: (next) => {
          setTyping((current) => ({ ...current, [name]: next }));
          edit(store(readTypedDate(next, rule)));
        },
      };
    },
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
    if (toCheck.length > 0) return;
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
        <Picture pictures={pictures} name={guide.picture} />
        <h2 id="planner-heading" tabIndex={-1}>
          {title}
        </h2>
      </div>
      <div className="easy-read section-intro">
        {guide.intro.map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      <ListenButton
        what={`this part (${title})`}
        label="Listen to this part"
        parts={(button) => import('./listen-part').then((listen) => listen.partParts(button))}
      />
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
        <FinishedQuestion
          question="Have you finished this part?"
          name="finished"
          idStart={fieldId('finished')}
          answer={finished}
          onAnswer={setFinished}
        />
        <button type="submit" className="button">
          Save and go back to the list
        </button>
      </form>
    </section>
  );
}
