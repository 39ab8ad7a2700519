/*
 * "Open a backup file" for the plans list (issue 7, "The backup file"). The size is checked
 * before the file is read, then lib/plan's `readBackupFile` makes every other check. The plan
 * opens as a new plan by default; replacing a plan on this device asks first, showing both,
 * and the plan on this device stays as it is unless the new one is saved (one storage write).
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  asNewPlan,
  asReplacementFor,
  countDoneSections,
  dayOfMoment,
  planDisplayName,
  type Plan,
  type PlanProblem,
} from '../../../lib/plan';
import type { LoadPlanResult, PlanSummary, SavePlanResult } from '../../../lib/storage';
import { chosenFileBytes } from '../../../lib/backup/chosen-file';
import { BackupFileField } from './BackupFileField';
import { loadOnce, whenIdle } from '../loadLater';

/** Said when the code that reads backup files could not be loaded (for example, no connection). */
const READER_NOT_LOADED =
  'The part of Open ISF that opens backup files did not load. Check your internet connection, then choose the file again.';

type BackupReader = typeof import('../../../lib/plan/backup-read');
const loadReader = loadOnce(() => import('../../../lib/plan/backup-read'));

/**
 * The backup reader, kept out of the planner's first load: fetched once the page is idle, or
 * when a person chooses a file first. Null when it cannot load; the next choice tries again.
 */
function loadBackupReader(): Promise<BackupReader | null> {
  return loadReader().catch(() => null);
}

/** Fetches the reader when the browser has nothing else to do, so a chosen file opens at once. */
function loadBackupReaderWhenIdle(): () => void {
  return whenIdle(() => void loadBackupReader(), { fallbackMs: 1000 });
}

/** What the component needs from the planner's store of plans. */
export interface BackupStore {
  load(id: string): Promise<LoadPlanResult>;
  save(plan: Plan): Promise<SavePlanResult>;
}

export interface OpenBackupFileProps {
  /** The plans on this device, as the plans list shows them. */
  existingPlans: readonly PlanSummary[];
  /** Where plans are kept (the planner's store). */
  store: BackupStore;
  /** Called once the plan from the file is saved on this device. */
  onOpened: (plan: Plan, how: 'new' | 'replaced') => void;
}

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | {
      readonly kind: 'failed';
      readonly message: string;
      readonly problems: readonly PlanProblem[];
      /** For a backup of another kind (notes for an assessment): the page that opens it. */
      readonly openAt?: { readonly page: string; readonly href: string } | undefined;
    }
  | {
      readonly kind: 'chosen';
      readonly plan: Plan;
      readonly exportedAt: string;
      readonly fileName: string;
      /** The plan on this device the person is thinking of replacing, or null. */
      readonly replaceId: string | null;
    }
  | { readonly kind: 'saving' };

export function OpenBackupFile({ existingPlans, store, onOpened }: OpenBackupFileProps) {
  const id = useId();
  useEffect(loadBackupReaderWhenIdle, []);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [saveProblem, setSaveProblem] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const reset = (): void => {
    setState({ kind: 'idle' });
    setSaveProblem('');
    if (input.current !== null) input.current.value = '';
    input.current?.focus();
  };

  const choose = async (file: File): Promise<void> => {
    setSaveProblem('');
    setState({ kind: 'reading' });
    const reader = await loadBackupReader();
    if (reader === null) {
      setState({ kind: 'failed', message: READER_NOT_LOADED, problems: [] });
      return;
    }
    const { checkBackupFileSize, readBackupFile } = reader;
    const chosen = await chosenFileBytes(file, checkBackupFileSize);
    if (!chosen.ok) {
      setState({ kind: 'failed', message: chosen.message, problems: chosen.problems });
      return;
    }
    const read = readBackupFile(chosen.bytes);
    if (!read.ok) {
      setState({
        kind: 'failed',
        message: read.message,
        problems: read.problems,
        openAt: read.openAt,
      });
      return;
    }
    setState({
      kind: 'chosen',
      plan: read.plan,
      exportedAt: read.exportedAt,
      fileName: file.name,
      replaceId: null,
    });
    window.setTimeout(() => heading.current?.focus(), 0);
  };

  const openAsNew = async (plan: Plan): Promise<void> => {
    setState({ kind: 'saving' });
    const saved = await store.save(asNewPlan(plan));
    if (!saved.ok) {
      setState({ kind: 'idle' });
      setSaveProblem(
        `The plan could not be saved on this device. ${saved.message} Nothing on this device has been changed.`,
      );
      return;
    }
    onOpened(saved.plan, 'new');
  };

  const replace = async (plan: Plan, existing: PlanSummary): Promise<void> => {
    setState({ kind: 'saving' });
    const loaded = await store.load(existing.id);
    if (!loaded.ok) {
      // The plan on this device has gone (deleted in another tab): keep the file's plan as new.
      if (loaded.kind === 'not-found') {
        await openAsNew(plan);
        return;
      }
      setState({ kind: 'idle' });
      setSaveProblem(`${existing.name} could not be replaced. ${loaded.message}`);
      return;
    }
    const saved = await store.save(asReplacementFor(plan, loaded.plan));
    if (!saved.ok) {
      setState({ kind: 'idle' });
      setSaveProblem(
        `${existing.name} could not be replaced. ${saved.message} The plan on this device has not been changed.`,
      );
      return;
    }
    onOpened(saved.plan, 'replaced');
  };

  if (state.kind === 'chosen') {
    const plan = state.plan;
    const fileName = planDisplayName(plan);
    const sameId = existingPlans.find((summary) => summary.id === plan.id);
    const existing =
      state.replaceId === null
        ? undefined
        : existingPlans.find((summary) => summary.id === state.replaceId);
    const askReplace = (replaceId: string): void => {
      setState({ ...state, replaceId });
      window.setTimeout(() => heading.current?.focus(), 0);
    };
    return (
      <section className="open-backup panel" aria-labelledby={`${id}-chosen`}>
        <h3 id={`${id}-chosen`} tabIndex={-1} ref={heading}>
          {existing === undefined ? `Open ${fileName}` : `Replace ${existing.name}?`}
        </h3>
        <p>
          The backup file holds <strong>{fileName}</strong>. It was saved on{' '}
          {dayOfMoment(state.exportedAt)}.
        </p>
        {existing === undefined ? (
          <>
            {sameId !== undefined && (
              <p>
                This plan is already on this device. You can keep both, or replace the one here.
              </p>
            )}
            <div className="button-group">
              <button type="button" className="button" onClick={() => void openAsNew(plan)}>
                Open it as a new plan
              </button>
              {existingPlans.length > 0 && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => askReplace((sameId ?? existingPlans[0])?.id ?? '')}
                >
                  Replace a plan on this device
                </button>
              )}
              <button type="button" className="button button--secondary" onClick={reset}>
                Cancel
              </button>
            </div>
          </>
        ) : (
          <>
            {existingPlans.length > 1 && (
              <fieldset className="open-backup__which">
                <legend>Which plan on this device should it replace?</legend>
                <div className="radios">
                  {existingPlans.map((summary) => (
                    <div className="radio" key={summary.id}>
                      <input
                        type="radio"
                        id={`${id}-replace-${summary.id}`}
                        name={`${id}-replace`}
                        checked={summary.id === existing.id}
                        onChange={() => setState({ ...state, replaceId: summary.id })}
                      />
                      <label htmlFor={`${id}-replace-${summary.id}`}>{summary.name}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            )}
            <table className="open-backup__compare">
              <caption>The plan on this device and the plan in the file</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">On this device</th>
                  <th scope="col">In the file</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Name</th>
                  <td>{existing.name}</td>
                  <td>{fileName}</td>
                </tr>
                <tr>
                  <th scope="row">Last changed</th>
                  <td>{dayOfMoment(existing.updatedAt)}</td>
                  <td>{dayOfMoment(plan.updatedAt)}</td>
                </tr>
                <tr>
                  <th scope="row">Parts done</th>
                  <td>{existing.sectionsDone} of 9</td>
                  <td>{countDoneSections(plan)} of 9</td>
                </tr>
              </tbody>
            </table>
            <p>
              <strong>
                {existing.name} on this device will be replaced by the plan in the file.
              </strong>{' '}
              You cannot undo this. If saving goes wrong, the plan on this device is not changed.
            </p>
            <div className="button-group">
              <button
                type="button"
                className="button button--warning"
                onClick={() => void replace(plan, existing)}
              >
                Yes, replace it
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void openAsNew(plan)}
              >
                No, open it as a new plan
              </button>
              <button type="button" className="button button--secondary" onClick={reset}>
                Cancel
              </button>
            </div>
          </>
        )}
      </section>
    );
  }

  return (
    <BackupFileField
      idPrefix={id}
      hint="Choose a backup file you saved from Open ISF. Its name ends in .json. It opens as a new plan."
      failure={state.kind === 'failed' ? state : null}
      otherProblem={saveProblem}
      busy={
        state.kind === 'reading'
          ? 'Opening the file.'
          : state.kind === 'saving'
            ? 'Saving the plan on this device.'
            : ''
      }
      inputRef={input}
      onChoose={(file) => void choose(file)}
    />
  );
}
