/*
 * One plan, open: loads it, keeps it in React state, changes it only through lib/plan's pure
 * helpers, and saves it with lib/storage's autosave (within half a second, and at once when the
 * page is hidden or closed). When another tab saved newer work, both tabs' changes are put
 * together; if they changed the same words, the person chooses. It never says "Saved" when not.
 */
import { lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { LoadPart } from '../LoadPart';
import {
  answersToCheck,
  holdBackBrokenText,
  markBackedUp,
  PLAN_SECTIONS,
  planDisplayName,
  setPlanTitle,
  writtenParts,
  setSectionStatus,
  type Plan,
  type PlanSectionId,
} from '../../../lib/plan';
import { differingWords, mergePlans, type ClashingWords } from '../../../lib/plan/merge';
import {
  clearJournal,
  createAutosave,
  readJournals,
  readKeptWords,
  replayJournals,
  requestPersistence,
  writeJournal,
  writeKeptWords,
  type Autosave,
  type AutosaveStatus,
} from '../../../lib/storage';
import { saveBackupFile } from '../export/backup';
import { focusView, setPageTitle } from './page';
import type { PlannerPictures } from './Picture';
import type { Navigate, OpenPlanRegistry } from './Planner';
import { BackupReminder } from '../export/BackupReminder';
import { KeptWords, type KeptKind } from './KeptWords';
import { StatusLine } from './StatusLine';
import { downloadRawData, type PlanStore, type RecordRef } from './store';
import { PLANS_CHANNEL_NAME, type PlanSavedMessage } from './plans-channel';
import { otherOpenPages, TAB_ID } from '../tab';
import { TaskList } from './TaskList';

interface PlanWorkspaceProps {
  store: PlanStore;
  planId: string;
  section: PlanSectionId | null;
  /** True while the form that changes the plan's name shows. */
  renaming: boolean;
  pictures: PlannerPictures;
  navigate: Navigate;
  moved: boolean;
  openPlan: OpenPlanRegistry;
  /** True once this page can no longer save: nothing may be called "Saved" after that. */
  storageClosed: boolean;
}

/** Changes a plan: takes the latest plan and the time, gives the next plan (lib/plan helpers). */
export type PlanChange = (plan: Plan, now: Date) => Plan;

type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'missing'; readonly message: string }
  /** It could not be opened: kept aside, or saved by a newer version; its data can be downloaded. */
  | { readonly kind: 'aside'; readonly message: string; readonly record: RecordRef | null }
  | { readonly kind: 'failed'; readonly message: string };

/** Said when a plan was saved by a newer version of the site, which this page cannot open. */
const NEWER_PLAN_MESSAGE =
  'This plan was saved by a newer version of Open ISF. Reload this page to get the newest version, then it will open. We have not changed it. You can download its data to keep it safe.';

// The sections' questions load when a section is first opened, so the first load stays light.
const SectionView = lazy(() =>
  import('./SectionView').then((module) => ({ default: module.SectionView })),
);
// So do the ways to take the plan away (Word, print, backup), just under the task list.
const PlanExportActions = lazy(() =>
  import('../export/PlanExportActions').then((module) => ({
    default: module.PlanExportActions,
  })),
);
const PlanNameForm = lazy(() =>
  import('./PlanNameForm').then((module) => ({ default: module.PlanNameForm })),
);
let persistenceAsked = false;

export function PlanWorkspace({
  store,
  planId,
  section,
  renaming,
  pictures,
  navigate,
  moved,
  openPlan,
  storageClosed,
}: PlanWorkspaceProps) {
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [plan, setPlan] = useState<Plan | null>(null);
  const [status, setStatus] = useState<AutosaveStatus>({ state: 'idle' });
  const [clash, setClash] = useState<Plan | null>(null);
  // This tab's words where the other tab wrote something else, and those kept on screen after
  // the person chose the newer version.
  const [clashWords, setClashWords] = useState<readonly ClashingWords[]>([]);
  const [keptWords, setKeptWords] = useState<readonly ClashingWords[]>([]);
  const [keptKind, setKeptKind] = useState<KeptKind>('left-out');
  // True from "Keep this tab's version" until that version is saved, so the other tabs are told
  // their words were replaced and keep them to copy.
  const replacingRef = useRef(false);
  const [merged, setMerged] = useState(false);
  const [backupProblem, setBackupProblem] = useState<string | null>(null);
  const [hasErrors, setHasErrors] = useState(false);
  const planRef = useRef<Plan | null>(null);
  const baseRef = useRef<Plan | null>(null);
  const statusRef = useRef<AutosaveStatus>({ state: 'idle' });
  const autosaveRef = useRef<Autosave | null>(null);

  const { journal } = store;

  const show = useCallback((next: Plan) => {
    planRef.current = next;
    setPlan(next);
  }, []);

  /**
   * Hands a changed plan to autosave, after writing it to the journal at once, so the words are
   * on the device even if the page goes before autosave has saved them.
   */
  const queueSave = useCallback(
    (next: Plan) => {
      const autosave = autosaveRef.current;
      if (autosave === null) return;
      if (journal !== null) {
        // A box with a broken character is kept out, so the journal can always be read back.
        const { plan: kept } = holdBackBrokenText(next, baseRef.current);
        writeJournal(journal, TAB_ID, kept, autosave.revision());
      }
      autosave.change(next);
    },
    [journal],
  );

  /** Shows words that are not in the plan for the person to copy, and keeps them until done. */
  const keepWords = useCallback(
    (words: readonly ClashingWords[]) => {
      setKeptWords(words);
      if (journal !== null) writeKeptWords(journal, planId, words);
    },
    [journal, planId],
  );

  useEffect(() => {
    let active = true;
    let channel: BroadcastChannel | null = null;

    const report = (next: AutosaveStatus): void => {
      statusRef.current = next;
      const autosave = autosaveRef.current;
      if (next.state === 'saved' && store.onDevice && !persistenceAsked) {
        persistenceAsked = true;
        void requestPersistence();
      }
      if (
        next.state === 'conflict' &&
        autosave !== null &&
        baseRef.current !== null &&
        planRef.current !== null
      ) {
        const result = mergePlans(baseRef.current, planRef.current, next.storedPlan);
        if (result.ok) {
          // Both tabs' changes fit together: go on from the newer plan with ours added.
          autosave.adopt(next.storedPlan);
          baseRef.current = next.storedPlan;
          show(result.plan);
          setMerged(true);
          queueSave(result.plan);
          return;
        }
        setClash(next.storedPlan);
        setClashWords(result.ours);
      }
      setStatus(next);
    };

    /** Shows newer work saved by another tab, when this tab has nothing waiting to save. */
    const catchUp = async (replaced = false): Promise<void> => {
      const autosave = autosaveRef.current;
      if (autosave === null || !['idle', 'saved'].includes(statusRef.current.state)) return;
      const latest = await store.load(planId);
      if (!active || !latest.ok || latest.plan.revision <= autosave.revision()) return;
      if (!['idle', 'saved'].includes(statusRef.current.state)) return;
      // The other tab chose its own version over this tab's words: keep them here to copy.
      const onScreen = planRef.current;
      const lost = replaced && onScreen !== null ? differingWords(onScreen, latest.plan) : [];
      if (lost.length > 0) {
        keepWords(lost);
        setKeptKind('other-version-kept');
      }
      autosave.adopt(latest.plan);
      baseRef.current = latest.plan;
      show(latest.plan);
    };

    void Promise.all([store.load(planId), otherOpenPages()]).then(([result, isOpen]) => {
      if (!active) return;
      // Words typed on this device by pages that have gone, not yet saved.
      const entries = journal === null ? [] : readJournals(journal, planId, isOpen);
      // Words typed here before the plan was lost (the browser cleared it) are put back.
      const rescued = !result.ok && result.kind === 'not-found' && entries.length > 0;
      if (!result.ok && !rescued) {
        if (result.kind === 'not-found') setLoad({ kind: 'missing', message: result.message });
        else if (result.kind === 'quarantined') {
          const { quarantineId } = result;
          setLoad({
            kind: 'aside',
            message: result.message,
            record: quarantineId === null ? null : { quarantineId },
          });
        } else if (result.kind === 'newer-version') {
          setLoad({ kind: 'aside', message: NEWER_PLAN_MESSAGE, record: { planId } });
        } else setLoad({ kind: 'failed', message: result.message });
        return;
      }
      const stored = result.ok ? result.plan : null;
      const replay = replayJournals(entries, stored);
      const opened = stored ?? (replay.kind === 'restore' ? replay.plan : null);
      if (opened === null) return;
      baseRef.current = opened;
      show(opened);
      const autosave = createAutosave({
        revision: opened.revision,
        saved: stored,
        save: async (next) => {
          const onScreen = planRef.current;
          const saved = await store.save(next);
          if (saved.ok) {
            baseRef.current = saved.plan;
            const said: PlanSavedMessage = {
              planId,
              revision: saved.revision,
              replaced: replacingRef.current,
            };
            channel?.postMessage(said);
            replacingRef.current = false;
            // The journal is cleared once these words are saved; words typed since are kept in
            // it, now on top of this save.
            const latest = planRef.current;
            if (journal !== null && latest !== null) {
              if (latest === onScreen) clearJournal(journal, TAB_ID, planId);
              else writeJournal(journal, TAB_ID, latest, saved.revision);
            }
          }
          return saved;
        },
        onStatus: report,
      });
      autosaveRef.current = autosave;
      openPlan.current = { flush: () => autosave.flush(), onScreen: () => planRef.current };
      if (journal !== null) {
        // The words are now on screen (or to copy), and saved from here on.
        for (const entry of entries) clearJournal(journal, entry.writer, planId);
        const kept = [
          ...readKeptWords(journal, planId),
          ...(replay.kind === 'same' ? [] : replay.kept),
        ];
        if (kept.length > 0) keepWords(kept);
      }
      if (replay.kind === 'restore') {
        show(replay.plan);
        queueSave(replay.plan);
      }
      setLoad({ kind: 'ready' });
    });

    const flushNow = (): void => {
      void autosaveRef.current?.flush();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flushNow();
      else void catchUp();
    };
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', onVisibility);
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(PLANS_CHANNEL_NAME);
      channel.onmessage = (event: MessageEvent<{ planId?: unknown; replaced?: unknown }>) => {
        if (event.data.planId === planId) void catchUp(event.data.replaced === true);
      };
    }
    return () => {
      active = false;
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', onVisibility);
      channel?.close();
      const autosave = autosaveRef.current;
      autosaveRef.current = null;
      openPlan.current = null;
      if (autosave !== null) void autosave.flush().finally(() => autosave.dispose());
    };
  }, [store, journal, planId, openPlan, show, queueSave, keepWords]);

  const edit = useCallback(
    (change: PlanChange) => {
      const current = planRef.current;
      if (current === null) return;
      const next = change(current, new Date());
      show(next);
      setMerged(false);
      queueSave(next);
    },
    [show, queueSave],
  );

  /** Changes a plan inside one section; a section not started becomes "In progress". */
  const editIn = useCallback(
    (id: PlanSectionId, change: PlanChange) =>
      edit((current, now) => {
        const next = change(current, now);
        return next.sectionStatus[id] === 'not-started'
          ? setSectionStatus(next, id, 'in-progress', now)
          : next;
      }),
    [edit],
  );

  /** Records that a backup file was saved, so the 14-day reminder starts again. */
  const recordBackup = useCallback(
    (at: Date) => edit((latest) => markBackedUp(latest, at)),
    [edit],
  );

  const download = (): void => {
    const current = planRef.current;
    if (current === null) return;
    const now = new Date();
    const saved = saveBackupFile(current, now);
    setBackupProblem(saved.ok ? null : saved.message);
    if (saved.ok) recordBackup(now);
  };

  const showNewer = (): void => {
    const autosave = autosaveRef.current;
    if (clash === null || autosave === null) return;
    autosave.adopt(clash);
    baseRef.current = clash;
    show(clash);
    setClash(null);
    keepWords(clashWords);
    setKeptKind('newer-shown');
    if (journal !== null) clearJournal(journal, TAB_ID, planId);
    setClashWords([]);
    setStatus({ state: 'idle' });
  };

  const keepMine = (): void => {
    const autosave = autosaveRef.current;
    const mine = planRef.current;
    if (clash === null || autosave === null || mine === null) return;
    autosave.adopt(clash);
    baseRef.current = clash;
    // The other tab's words that this version replaces stay on screen to copy, here and there.
    keepWords(differingWords(clash, mine));
    setKeptKind('this-version-kept');
    replacingRef.current = true;
    setClash(null);
    setClashWords([]);
    queueSave(mine);
  };

  const theirWords = useMemo(
    () => (clash === null || plan === null ? [] : differingWords(clash, plan)),
    [clash, plan],
  );

  const viewTitle = renaming
    ? "Change the plan's name"
    : PLAN_SECTIONS.find((entry) => entry.id === section)?.title;
  const planName = plan === null ? null : planDisplayName(plan);

  useEffect(() => {
    if (planName === null) return;
    setPageTitle(viewTitle === undefined ? [planName] : [viewTitle, planName], hasErrors);
  }, [planName, viewTitle, hasErrors]);

  // Views that load on first use (a section, the name form) do the same once they arrive.
  useEffect(() => {
    if (load.kind !== 'loading' && moved) focusView();
  }, [load.kind, section, renaming, moved]);

  if (load.kind === 'loading') return <p role="status">Opening the plan…</p>;
  if (load.kind !== 'ready') return <PlanNotOpened load={load} store={store} planId={planId} />;
  if (plan === null) return null;

  return (
    <div className="plan-workspace">
      <StatusLine
        status={status}
        onDevice={store.onDevice}
        storageClosed={storageClosed}
        clash={clash}
        theirWords={theirWords}
        merged={merged}
        answersToCheck={answersToCheck(plan).length}
        isNew={plan.updatedAt === plan.createdAt && writtenParts(plan).length === 0}
        backupProblem={backupProblem}
        onDownload={download}
        onShowNewer={showNewer}
        onKeepMine={keepMine}
      />
      {keptWords.length > 0 && (
        <KeptWords
          words={keptWords}
          kind={keptKind}
          onDone={() => {
            keepWords([]);
            setKeptKind('left-out');
          }}
        />
      )}
      <BackupReminder plan={plan} onBackedUp={recordBackup} />
      {renaming ? (
        <LoadPart fallback={<p role="status">Opening the form…</p>}>
          <PlanNameForm
            plan={plan}
            moved={moved}
            onErrorsShown={setHasErrors}
            onSave={(name) => {
              edit((latest, now) => setPlanTitle(latest, name, now));
              navigate({ kind: 'plan', planId, section: null });
            }}
          />
        </LoadPart>
      ) : section === null ? (
        <>
          <TaskList plan={plan} pictures={pictures} />
          <LoadPart fallback={null}>
            <PlanExportActions plan={plan} onBackedUp={recordBackup} />
          </LoadPart>
        </>
      ) : (
        <LoadPart fallback={<p role="status">Opening this part…</p>}>
          <SectionView
            key={section}
            plan={plan}
            section={section}
            pictures={pictures}
            moved={moved}
            editIn={editIn}
            onFinished={() => navigate({ kind: 'plan', planId, section: null })}
            onErrorsShown={setHasErrors}
          />
        </LoadPart>
      )}
    </div>
  );
}

function PlanNotOpened({
  load,
  store,
  planId,
}: {
  load: Exclude<LoadState, { kind: 'loading' } | { kind: 'ready' }>;
  store: PlanStore;
  planId: string;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setPageTitle(['Plan not opened']), []);
  const download = async (record: RecordRef): Promise<void> => {
    setProblem(await downloadRawData(store, record));
  };
  return (
    <section aria-labelledby="planner-heading">
      <h2 id="planner-heading" tabIndex={-1}>
        {load.kind === 'missing'
          ? 'This plan is not on this device'
          : 'This plan could not be opened'}
      </h2>
      <div className="notice notice--error" role="alert">
        <p>{load.message}</p>
      </div>
      {load.kind === 'aside' && load.record !== null && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void download(load.record ?? { planId })}
        >
          Download its data
        </button>
      )}
      {problem !== null && <p role="alert">{problem}</p>}
      <p>
        <a href="#plans">Go to the plans on this device</a>
      </p>
    </section>
  );
}
