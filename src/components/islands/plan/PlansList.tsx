/*
 * The plans on this device: open one, start a new one, or delete one (asked first, with
 * "Undo" afterwards). Records that could not be read are listed with a way to download their
 * data, so nothing is ever lost without the person knowing.
 */
import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { createEmptyPlan, PLAN_SECTIONS, type Plan } from '../../../lib/plan';
import type { ListPlansResult, PlanSummary } from '../../../lib/storage';
import { writePlannerRoute } from '../../../lib/plan/route';
import { LoadPart } from '../LoadPart';
import { loadOnce, whenIdle } from '../loadLater';
import type { Navigate } from './Planner';
import { downloadRawData, type PlanStore, type RecordRef } from './store';
import { formatChanged, setPageTitle } from './page';

// "Open a backup file" shows under the plans once they are listed, never on the server: its code
// loads once the page is idle, or when the plans are listed first, out of the first load.
const loadOpenBackupFile = loadOnce(() => import('../export/OpenBackupFile'));
const OpenBackupFile = lazy(() =>
  loadOpenBackupFile().then((module) => ({ default: module.OpenBackupFile })),
);

interface PlansListProps {
  /** Where the plans are kept; null while it opens (and on the server): the list then waits. */
  store: PlanStore | null;
  navigate: Navigate;
  /** True once the person has moved around the planner: the heading then takes focus. */
  moved: boolean;
}

type Deleted = { readonly plan: Plan; readonly name: string };

/** A plan's name as far as it could be read, or "A plan with no name". */
function nameOrNone(nameGuess: string): string {
  return nameGuess === '' ? 'A plan with no name' : nameGuess;
}

/** "Download its data" for a plan that cannot be opened, naming the plan for screen readers. */
function DownloadDataButton({ nameGuess, onClick }: { nameGuess: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--secondary" onClick={onClick}>
      Download its data
      <span className="visually-hidden">
        {' '}
        ({nameGuess === '' ? 'plan with no name' : nameGuess})
      </span>
    </button>
  );
}

export function PlansList({ store, navigate, moved }: PlansListProps) {
  const [listing, setListing] = useState<ListPlansResult | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoNotice = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const refresh = useCallback(async () => {
    if (store !== null) setListing(await store.list());
  }, [store]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () => whenIdle(() => void loadOpenBackupFile().catch(() => undefined), { fallbackMs: 1000 }),
    [],
  );

  useEffect(() => {
    if (moved) heading.current?.focus();
    setPageTitle([]);
  }, [moved]);

  useEffect(() => {
    if (asking !== null) confirmButton.current?.focus();
  }, [asking]);

  const startPlan = async (): Promise<void> => {
    if (store === null) return;
    const plan = createEmptyPlan(new Date());
    const saved = await store.save(plan);
    if (!saved.ok) {
      setMessage(`The new plan could not be started. ${saved.message}`);
      return;
    }
    navigate({ kind: 'plan', planId: plan.id, section: null });
  };

  const confirmDelete = async (summary: PlanSummary): Promise<void> => {
    if (store === null) return;
    const loaded = await store.load(summary.id);
    const removed = await store.remove(summary.id);
    setAsking(null);
    if (!removed.ok) {
      setMessage(`${summary.name} could not be deleted. ${removed.message}`);
      return;
    }
    setDeleted(loaded.ok ? { plan: loaded.plan, name: summary.name } : null);
    setMessage(loaded.ok ? null : `${summary.name} was deleted.`);
    await refresh();
    window.setTimeout(() => undoNotice.current?.focus(), 0);
  };

  const undo = async (): Promise<void> => {
    if (deleted === null || store === null) return;
    const saved = await store.save({ ...deleted.plan, revision: 0 });
    setDeleted(null);
    setMessage(
      saved.ok
        ? `${deleted.name} is back.`
        : `${deleted.name} could not be put back. ${saved.message}`,
    );
    await refresh();
    window.setTimeout(() => undoNotice.current?.focus(), 0);
  };

  const download = async (record: RecordRef): Promise<void> => {
    if (store === null) return;
    const problem = await downloadRawData(store, record);
    if (problem !== null) setMessage(problem);
  };

  return (
    <section aria-labelledby="planner-heading" className="plans-list">
      <h2 id="planner-heading" tabIndex={-1}>
        Plans on this device
      </h2>
      {deleted !== null && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={undoNotice}>
          <p>{deleted.name} was deleted from this device.</p>
          <button type="button" className="button button--secondary" onClick={() => void undo()}>
            Undo
          </button>
        </div>
      )}
      {message !== null && (
        <div
          className="notice"
          role="status"
          tabIndex={-1}
          ref={deleted === null ? undoNotice : undefined}
        >
          <p>{message}</p>
        </div>
      )}
      <button
        type="button"
        className="button"
        disabled={store === null}
        onClick={() => void startPlan()}
      >
        Start a new plan
      </button>
      {listing === null && (
        <p role="status">{store === null ? 'Opening your plans…' : 'Looking for your plans…'}</p>
      )}
      {listing !== null && !listing.ok && (
        <div className="notice notice--error" role="alert">
          <p>{listing.message}</p>
        </div>
      )}
      {listing?.ok === true && (
        <>
          {listing.plans.length === 0 ? (
            <p className="plans-empty">There are no plans on this device yet.</p>
          ) : (
            <ul className="plan-cards">
              {listing.plans.map((summary) => (
                <li key={summary.id} className="plan-card">
                  <h3>{summary.name}</h3>
                  <p>
                    Last changed {formatChanged(summary.updatedAt)}. {summary.sectionsDone} of{' '}
                    {PLAN_SECTIONS.length} parts done.
                  </p>
                  {asking === summary.id ? (
                    <div
                      className="plan-card__confirm"
                      role="group"
                      aria-label={`Delete ${summary.name}?`}
                    >
                      <p>
                        <strong>Delete {summary.name}?</strong> It will be deleted from this device.
                      </p>
                      <div className="button-group">
                        <button
                          type="button"
                          className="button button--warning"
                          ref={confirmButton}
                          onClick={() => void confirmDelete(summary)}
                        >
                          Yes, delete it
                        </button>
                        <button
                          type="button"
                          className="button button--secondary"
                          onClick={() => setAsking(null)}
                        >
                          No, keep it
                        </button>
                      </div>
                    </div>
                  ) : (
                    <div className="button-group">
                      <a
                        className="button"
                        href={writePlannerRoute({
                          kind: 'plan',
                          planId: summary.id,
                          section: null,
                        })}
                      >
                        Open<span className="visually-hidden"> {summary.name}</span>
                      </a>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setAsking(summary.id)}
                      >
                        Delete<span className="visually-hidden"> {summary.name}</span>
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
          {listing.newerVersion.length > 0 && (
            <div className="notice">
              <h3>
                {listing.newerVersion.length === 1
                  ? '1 plan was saved by a newer version of Open ISF'
                  : `${listing.newerVersion.length} plans were saved by a newer version of Open ISF`}
              </h3>
              <p>
                Reload this page to get the newest version. Then you can open{' '}
                {listing.newerVersion.length === 1 ? 'it' : 'them'}.
              </p>
              <p>
                We have not changed {listing.newerVersion.length === 1 ? 'it' : 'them'}. You can
                download the data to keep it safe.
              </p>
              <ul>
                {listing.newerVersion.map((record) => (
                  <li key={record.id}>
                    <p>{nameOrNone(record.nameGuess)}</p>
                    <DownloadDataButton
                      nameGuess={record.nameGuess}
                      onClick={() => void download({ planId: record.id })}
                    />
                  </li>
                ))}
              </ul>
              <button type="button" className="button" onClick={() => window.location.reload()}>
                Reload this page
              </button>
            </div>
          )}
          {listing.quarantined.length > 0 && (
            <div className="notice notice--error">
              <h3>
                {listing.quarantined.length === 1
                  ? '1 saved plan could not be opened'
                  : `${listing.quarantined.length} saved plans could not be opened`}
              </h3>
              <p>
                We kept it aside without changing it. You can download its data to keep it safe.
              </p>
              <ul>
                {listing.quarantined.map((record) => (
                  <li key={record.quarantineId}>
                    <p>
                      {nameOrNone(record.nameGuess)}: {record.reason}
                    </p>
                    <DownloadDataButton
                      nameGuess={record.nameGuess}
                      onClick={() => void download({ quarantineId: record.quarantineId })}
                    />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {listing?.ok === true && store !== null && (
        <LoadPart fallback={null}>
          <OpenBackupFile
            existingPlans={listing.plans}
            store={store}
            onOpened={(plan) => navigate({ kind: 'plan', planId: plan.id, section: null })}
          />
        </LoadPart>
      )}
    </section>
  );
}
