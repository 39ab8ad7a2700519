/*
 * "Use my notes in my support plan", once the notes have something to use: in the pattern of the
 * planner's handover from the calculator (plan/Handover.tsx). With no plan on this device, a new
 * plan is started with the draft and opens in the planner. With plans here, the person chooses:
 * a new plan, or the empty parts of one of theirs (lib/plan/from-notes never changes their
 * words). Nothing is saved until they choose, and what was filled is said plainly.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ErrorSummary } from '../form/ErrorSummary';
import { fieldId } from '../form/fieldId';
import { PicturePoint } from '../FilePicture';
import { announcePlanSaved } from '../plan/plans-channel';
import { createEmptyPlan, planDisplayName } from '../../../lib/plan/edit';
import { fillPlanFromDraft } from '../../../lib/plan/from-notes';
import { writePlannerRoute } from '../../../lib/plan/route';
import type { Plan } from '../../../lib/plan/schema';
import type { NotesDraft } from '../../../lib/prepare/to-plan';
import type { SiteStorage } from '../../../lib/storage/connection';
import { listPlans, loadPlan, savePlan, type PlanSummary } from '../../../lib/storage/plans';

const NEW_PLAN = 'new';

/** The form's one field, for the error summary's link. */
const CHOICE_FIELD = 'notes-to-plan-choice';

/** The planner's address of a plan's "About me". */
function aboutMeAddress(planId: string): string {
  return `/plan/${writePlannerRoute({ kind: 'plan', planId, section: 'aboutMe' })}`;
}

interface NotesToPlanProps {
  storage: SiteStorage;
  draft: NotesDraft;
  /** Called when the person chooses not to use their notes after all, or closes the result. */
  onCancel: () => void;
}

type State =
  | { readonly kind: 'reading' }
  | { readonly kind: 'choose'; readonly plans: readonly PlanSummary[] }
  | {
      readonly kind: 'done';
      readonly plan: Plan;
      readonly filled: readonly string[];
      readonly kept: readonly string[];
      readonly goalsNotAdded: readonly string[];
    };

export function NotesToPlan({ storage, draft, onCancel }: NotesToPlanProps) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'reading' });
  const [choice, setChoice] = useState('');
  const [missing, setMissing] = useState(false);
  const [submitCount, setSubmitCount] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  // Set while the notes are being put in a plan, so a second press cannot make a second plan.
  const [working, setWorking] = useState(false);
  const workingRef = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const listed = await listPlans(storage);
      if (cancelled) return;
      const plans = listed.ok ? listed.plans : [];
      // With no plan on this device, and every answer fitting, the new plan opens at once.
      if (plans.length === 0 && draft.leftOut.length === 0) {
        const now = new Date();
        const filled = fillPlanFromDraft(createEmptyPlan(now), draft, now);
        const saved = await savePlan(storage, filled.plan);
        if (saved.ok) announcePlanSaved({ planId: saved.plan.id, revision: saved.revision });
        if (cancelled) return;
        if (saved.ok) {
          window.location.assign(aboutMeAddress(saved.plan.id));
          return;
        }
        setFailure(`Your notes were not put in a plan. ${saved.message}`);
      }
      if (plans.length === 0) setChoice(NEW_PLAN);
      setState({ kind: 'choose', plans });
    })();
    return () => {
      cancelled = true;
    };
  }, [draft, storage]);

  useEffect(() => {
    if (state.kind !== 'reading') heading.current?.focus();
  }, [state.kind]);

  // The page title starts with "Error: " while the error summary shows (GOV.UK pattern).
  const baseTitle = useRef(document.title.replace(/^Error: /, ''));
  useEffect(() => {
    document.title = missing ? `Error: ${baseTitle.current}` : baseTitle.current;
  }, [missing]);
  useEffect(() => {
    const title = baseTitle.current;
    return () => {
      document.title = title;
    };
  }, []);

  const title = (
    <h3 id={`${id}-title`} tabIndex={-1} ref={heading}>
      Put your notes in a plan
    </h3>
  );

  if (state.kind === 'reading') {
    return (
      <div className="panel notes-to-plan">
        <p role="status">Looking for your plans…</p>
      </div>
    );
  }

  if (state.kind === 'done') {
    const name = planDisplayName(state.plan);
    return (
      <div className="panel notes-to-plan">
        {title}
        <div role="status">
          <PicturePoint name="right">
            {state.filled.length > 0 ? (
              <>
                <p>We put your notes in {name}, in these parts:</p>
                <ul>
                  {state.filled.map((part) => (
                    <li key={part}>{part}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Nothing in {name} was changed.</p>
            )}
          </PicturePoint>
          {state.goalsNotAdded.length > 0 && (
            <PicturePoint name="goal">
              <p>{name} has no room for more goals.</p>
              <p>These goals were not added. Copy them in yourself:</p>
              <ul>
                {state.goalsNotAdded.map((goal, index) => (
                  <li key={index}>{goal}</li>
                ))}
              </ul>
            </PicturePoint>
          )}
          {state.kept.length > 0 && (
            <PicturePoint name="support-plan">
              <p>These parts already had your words.</p>
              <p>We left them as they are:</p>
              <ul>
                {state.kept.map((part) => (
                  <li key={part}>{part}</li>
                ))}
              </ul>
            </PicturePoint>
          )}
        </div>
        <div className="button-group">
          <a className="button" href={aboutMeAddress(state.plan.id)}>
            Open {name}
          </a>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Close
          </button>
        </div>
      </div>
    );
  }

  const submit = async (event: { preventDefault(): void }): Promise<void> => {
    event.preventDefault();
    if (workingRef.current) return;
    setSubmitCount((count) => count + 1);
    if (choice === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setFailure(null);
    workingRef.current = true;
    setWorking(true);
    try {
      await putInPlan();
    } finally {
      workingRef.current = false;
      setWorking(false);
    }
  };

  const putInPlan = async (): Promise<void> => {
    const now = new Date();
    let base: Plan;
    if (choice === NEW_PLAN) base = createEmptyPlan(now);
    else {
      const loaded = await loadPlan(storage, choice);
      if (!loaded.ok) {
        setFailure(loaded.message);
        return;
      }
      base = loaded.plan;
    }
    const result = fillPlanFromDraft(base, draft, now);
    let plan = base;
    if (result.filled.length > 0) {
      const saved = await savePlan(storage, result.plan);
      if (!saved.ok) {
        setFailure(`Your notes were not put in the plan. ${saved.message}`);
        return;
      }
      plan = saved.plan;
      // An open planner tab shows the new words at once.
      announcePlanSaved({ planId: saved.plan.id, revision: saved.revision });
    }
    setState({
      kind: 'done',
      plan,
      filled: result.filled,
      kept: result.kept,
      goalsNotAdded: result.goalsNotAdded,
    });
  };

  const options = [
    { value: NEW_PLAN, label: 'Start a new plan with my notes' },
    ...state.plans.map((plan) => ({
      value: plan.id,
      label: `Fill the empty parts of ${plan.name}`,
    })),
  ];
  const errorId = `${fieldId(CHOICE_FIELD)}-error`;
  const problems = missing
    ? [{ field: CHOICE_FIELD, message: 'Choose where to put your notes' }]
    : [];
  return (
    <div className="panel notes-to-plan">
      <ErrorSummary problems={problems} submitCount={submitCount} />
      {title}
      {draft.leftOut.length > 0 && (
        <PicturePoint name="write-it-down">
          <p>Some notes are too long to fit in a plan.</p>
          <p>Copy them in yourself:</p>
          <ul>
            {draft.leftOut.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </PicturePoint>
      )}
      <PicturePoint name="support-plan">
        <p>Your notes go only in the empty parts of a plan.</p>
        <p>Words you wrote in a plan stay as they are.</p>
      </PicturePoint>
      <div role="alert">{failure !== null && <p className="error-message">{failure}</p>}</div>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <fieldset
          className={`field${missing ? ' field--error' : ''}`}
          aria-describedby={missing ? errorId : undefined}
        >
          <legend>Which plan should your notes go in?</legend>
          {missing && (
            <span className="error-message" id={errorId}>
              <span className="visually-hidden">Error: </span>
              Choose where to put your notes
            </span>
          )}
          <div className="radios">
            {options.map((option, index) => (
              <div className="radio" key={option.value}>
                <input
                  type="radio"
                  name={`${id}-choice`}
                  id={index === 0 ? fieldId(CHOICE_FIELD) : `${id}-choice-${index}`}
                  value={option.value}
                  checked={choice === option.value}
                  onChange={() => setChoice(option.value)}
                />
                <label htmlFor={index === 0 ? fieldId(CHOICE_FIELD) : `${id}-choice-${index}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="button-group">
          <button type="submit" className="button" disabled={working}>
            Use my notes
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
