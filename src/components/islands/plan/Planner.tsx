/*
 * The support plan drafter island: opens this device's storage (or falls back to this page's
 * memory), follows the planner's place in the address after "#", and shows the plans list, one
 * plan, or figures handed over from the calculator. Rules: issue 6 and the storage module's
 * notes on how an island should use it.
 */
import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { LoadPart } from '../LoadPart';
import {
  browserJournalStorage,
  closeSiteStorage,
  openSiteStorage,
  savePlan,
  STORAGE_MESSAGES,
  type OpenSiteStorageOptions,
} from '../../../lib/storage';
import type { Plan } from '../../../lib/plan';
import { readPlannerRoute, writePlannerRoute, type PlannerRoute } from '../../../lib/plan/route';
import type { PlannerPictures } from './Picture';
import { PlansList } from './PlansList';
import { deviceStore, memoryStore, type PlanStore } from './store';
import { loadOnce, whenIdle } from '../loadLater';

// An open plan's code is not needed for the plans list: it loads once the page is idle, or at
// once when a plan is opened first (issue 18).
const loadWorkspace = loadOnce(() => import('./PlanWorkspace'));
const PlanWorkspace = lazy(() =>
  loadWorkspace().then((module) => ({ default: module.PlanWorkspace })),
);

// Figures from the calculator are rare visitors: their code loads only when they arrive.
const Handover = lazy(() => import('./Handover').then((module) => ({ default: module.Handover })));

type StoreState =
  | { readonly kind: 'opening'; readonly blocked: boolean }
  | {
      readonly kind: 'ready';
      readonly store: PlanStore;
      /** Why the plan is kept only on this page, when the browser's storage could not be used. */
      readonly notOnDevice?: string;
    }
  | { readonly kind: 'newer-version'; readonly message: string };

/** How the planner moves to another place: a new history entry, or in place of this one. */
export type Navigate = (route: PlannerRoute, options?: { readonly replace?: boolean }) => void;

/**
 * The plan open on screen, if any: its waiting words are saved before the storage closes for an
 * upgrade, and it is saved again when the person asks after the storage was deleted.
 */
export type OpenPlanRegistry = {
  current: { readonly flush: () => Promise<void>; readonly onScreen: () => Plan | null } | null;
};

/** Why this page can no longer save, and what the person can do about it. */
interface Closed {
  readonly message: string;
  /** An upgrade: reloading brings the plan back from this device. */
  readonly reloadKeepsPlan: boolean;
  /** Why saving again failed, when the person tried. */
  readonly againProblem?: string;
}

export default function Planner({ pictures }: { pictures: PlannerPictures }) {
  const [storeState, setStoreState] = useState<StoreState>({ kind: 'opening', blocked: false });
  // Why this page can no longer save (another tab updated or deleted the storage, or the
  // browser closed it), and whether reloading brings the plan back.
  const [closed, setClosed] = useState<Closed | null>(null);
  const [savedAgain, setSavedAgain] = useState(false);
  // Counts the times the storage was opened again, so the open plan is read from the new one.
  const [opening, setOpening] = useState(0);
  // The plans list until the page's JavaScript has read the address, as on the server (issue 18).
  const [route, setRoute] = useState<PlannerRoute>({ kind: 'list' });
  const [moved, setMoved] = useState(false);
  const openPlan = useRef<OpenPlanRegistry['current']>(null);

  const closeEvents = useCallback(
    (): OpenSiteStorageOptions => ({
      onVersionChange: async (reason) => {
        setSavedAgain(false);
        if (reason === 'upgrade') {
          await openPlan.current?.flush();
          setClosed({ message: STORAGE_MESSAGES.closedUpgrade, reloadKeepsPlan: true });
        } else {
          setClosed({ message: STORAGE_MESSAGES.closedDelete, reloadKeepsPlan: false });
        }
      },
      onTerminated: () => {
        setSavedAgain(false);
        setClosed({ message: STORAGE_MESSAGES.closedTerminated, reloadKeepsPlan: false });
      },
    }),
    [],
  );

  /** Opens the storage again after it was deleted or cleared, and saves the plan on screen in it. */
  const saveAgain = useCallback(async () => {
    const opened = await openSiteStorage(closeEvents());
    const failed = (message: string): void =>
      setClosed((now) => now && { ...now, againProblem: `Not saved again. ${message}` });
    if (!opened.ok) return failed(opened.message);
    const onScreen = openPlan.current?.onScreen() ?? null;
    if (onScreen !== null) {
      const saved = await savePlan(opened.storage, onScreen);
      if (!saved.ok) {
        closeSiteStorage(opened.storage);
        return failed(saved.message);
      }
    }
    setStoreState({ kind: 'ready', store: deviceStore(opened.storage, browserJournalStorage()) });
    setOpening((count) => count + 1);
    // The plan opens again where it was: the focus goes to the notice, not to its heading.
    setMoved(false);
    setClosed(null);
    setSavedAgain(true);
  }, [closeEvents]);

  useEffect(() => {
    let cancelled = false;
    void openSiteStorage({
      onBlocked: () => {
        if (!cancelled) setStoreState({ kind: 'opening', blocked: true });
      },
      ...closeEvents(),
    }).then((opened) => {
      if (cancelled) return;
      if (opened.ok)
        setStoreState({
          kind: 'ready',
          store: deviceStore(opened.storage, browserJournalStorage()),
        });
      else if (opened.kind === 'newer-version') {
        setStoreState({ kind: 'newer-version', message: opened.message });
      } else setStoreState({ kind: 'ready', store: memoryStore(), notOnDevice: opened.message });
    });
    return () => {
      cancelled = true;
    };
  }, [closeEvents]);

  useEffect(
    () => whenIdle(() => void loadWorkspace().catch(() => undefined), { fallbackMs: 1000 }),
    [],
  );

  useEffect(() => {
    setRoute(readPlannerRoute(window.location.hash));
    const follow = (): void => {
      setRoute(readPlannerRoute(window.location.hash));
      setMoved(true);
    };
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);

  const navigate = useCallback<Navigate>((next, options = {}) => {
    const address = `${window.location.pathname}${writePlannerRoute(next) || '#plans'}`;
    if (options.replace === true) window.history.replaceState(null, '', address);
    else window.history.pushState(null, '', address);
    setRoute(next);
    setMoved(true);
  }, []);

  if (storeState.kind === 'newer-version') {
    return (
      <div className="notice" role="alert">
        <p>{storeState.message}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload this page
        </button>
      </div>
    );
  }

  // While the storage opens, the plans list is drawn without its plans (on the server too).
  if (storeState.kind === 'opening' && !storeState.blocked && route.kind === 'list') {
    return <PlansList store={null} navigate={navigate} moved={moved} />;
  }

  if (storeState.kind === 'opening') {
    return (
      <p className="panel" role="status">
        {storeState.blocked
          ? 'Open ISF is open in another tab with an older version. Close the other Open ISF tabs to go on.'
          : 'Opening your plans…'}
      </p>
    );
  }

  const { store, notOnDevice = STORAGE_MESSAGES.unavailable } = storeState;
  return (
    <>
      {!store.onDevice && (
        <div className="notice notice--error plan-banner" role="alert">
          <p>
            <strong>This browser is not keeping your plan.</strong> It works while this page is
            open. Download a backup to keep it.
          </p>
          <p>{notOnDevice}</p>
        </div>
      )}
      {closed !== null && (
        <div className="notice notice--error plan-banner" role="alert">
          <p>{closed.message}</p>
          {closed.reloadKeepsPlan ? (
            <button type="button" className="button" onClick={() => window.location.reload()}>
              Reload this page
            </button>
          ) : (
            <button type="button" className="button" onClick={() => void saveAgain()}>
              Save on this device again
            </button>
          )}
          {closed.againProblem !== undefined && <p>{closed.againProblem}</p>}
        </div>
      )}
      {savedAgain && <SavedAgain onDone={() => setSavedAgain(false)} />}
      {route.kind === 'list' && <PlansList store={store} navigate={navigate} moved={moved} />}
      {(route.kind === 'plan' || route.kind === 'plan-name') && (
        <LoadPart fallback={<p role="status">Opening the plan…</p>}>
          <PlanWorkspace
            key={`${route.planId} ${opening}`}
            store={store}
            planId={route.planId}
            section={route.kind === 'plan' ? route.section : null}
            renaming={route.kind === 'plan-name'}
            pictures={pictures}
            navigate={navigate}
            moved={moved}
            openPlan={openPlan}
            storageClosed={closed !== null}
          />
        </LoadPart>
      )}
      {route.kind === 'from-calculator' && (
        <LoadPart fallback={<p role="status">Opening the figures…</p>}>
          <Handover store={store} linkText={route.linkText} navigate={navigate} />
        </LoadPart>
      )}
    </>
  );
}

/** Says the plan is on this device again; takes the focus the pressed button had. */
function SavedAgain({ onDone }: { onDone: () => void }) {
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => notice.current?.focus(), []);
  return (
    <div className="notice plan-banner" role="status" tabIndex={-1} ref={notice}>
      <p>Open ISF is saving on this device again.</p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        Hide this message
      </button>
    </div>
  );
}
