/*
 * "Get ready for your assessment": the person's notes about each area of life, saved on this
 * device as they type, with the planner's promises (issue 6): autosave within half a second and
 * at once when the page is hidden, a copy in the journal the moment a key is pressed, and 2 tabs
 * that never save over each other's words (lib/prepare/merge). It never says "Saved" when not.
 * Drawn on the server as the list of areas, inert until storage has opened.
 */
import { lazy, useCallback, useEffect, useRef, useState } from 'react';
import { AREAS, type AreaId } from '../../../lib/prepare/areas';
import { mergeNotes } from '../../../lib/prepare/merge';
import {
  createEmptyNotes,
  migrateNotes,
  updateArea,
  updateCarer,
  updateQuestions,
  updateWhatMatters,
  type AreaNotes,
  type AreaStatus,
  type CarerNotes,
  type MeetingQuestions,
  type WhatMattersNotes,
  type NotesProblem,
  type PreparationNotes,
} from '../../../lib/prepare/notes';
import { holdBackBrokenNotes } from '../../../lib/prepare/broken-text';
import { readPrepareRoute, writePrepareRoute, type PrepareRoute } from '../../../lib/prepare/route';
import { openSiteStorage, type SiteStorage } from '../../../lib/storage/connection';
import {
  browserJournalStorage,
  clearJournal,
  readRecordJournals,
  writeRecordJournal,
  type JournalKind,
  type JournalStorage,
} from '../../../lib/storage/record-journal';
import { NOTES_STORAGE_MESSAGES, PREPARATION_RECORDS } from '../../../lib/storage/preparation';
import {
  createRecordAutosave,
  type RecordAutosave,
  type RecordAutosaveStatus,
} from '../../../lib/storage/record-autosave';
import { loadRecord, saveRecord } from '../../../lib/storage/records';
import { IslandPicturesContext, type IslandPictures } from '../FilePicture';
import { AreaList } from './AreaList';
import { NotesStatus } from './NotesStatus';
import type { ReplaceNotesResult } from './NotesActions';
import { LoadPart } from '../LoadPart';
import { loadOnce, whenIdle } from '../loadLater';
import { otherOpenPages, TAB_ID } from '../tab';

// An area's questions are not needed for the list: they load once the page is idle, or at once
// when an area is opened first, so the first load stays light (as the planner's parts).
const loadAreaView = loadOnce(() => import('./AreaView'));
const AreaView = lazy(() => loadAreaView().then((module) => ({ default: module.AreaView })));
// The carer's part loads only when it is opened.
const loadCarerView = loadOnce(() => import('./CarerView'));
const CarerView = lazy(() => loadCarerView().then((module) => ({ default: module.CarerView })));
// So do "What matters to me" and "Questions I want to ask".
const loadAboutMe = loadOnce(() => import('./AboutMeViews'));
const WhatMattersView = lazy(() =>
  loadAboutMe().then((module) => ({ default: module.WhatMattersView })),
);
const QuestionsView = lazy(() =>
  loadAboutMe().then((module) => ({ default: module.QuestionsView })),
);
// Printing the notes and the Word document, under the list once the notes are open.
const NotesExport = lazy(() =>
  import('./NotesExport').then((module) => ({ default: module.NotesExport })),
);
// "Use my notes in my support plan" and the backup file, under the list: loaded once the notes are open.
const NotesActions = lazy(() =>
  import('./NotesActions').then((module) => ({ default: module.NotesActions })),
);

/** The id of the notes on this device: one set of notes for the person using it. */
export const NOTES_ID = 'assessment-notes';

const CHANNEL_NAME = 'open-isf-notes';

/** Said when notes from a backup file are open but this browser keeps nothing. */
const NOT_KEPT_MESSAGE = 'This browser is not keeping them: they stay while this page is open.';

/** Notes in the journal. */
const NOTES_JOURNAL: JournalKind<PreparationNotes> = {
  field: 'notes',
  read: (raw) => {
    const read = migrateNotes(raw);
    return read.ok ? read.notes : null;
  },
};

type Opened =
  | { readonly kind: 'opening' }
  | { readonly kind: 'ready'; readonly storage: SiteStorage | null; readonly problem?: string }
  | { readonly kind: 'stopped'; readonly message: string };

export type NotesStatusState = RecordAutosaveStatus<PreparationNotes, NotesProblem>;

export default function Prepare({ pictures }: { pictures: IslandPictures }) {
  const [opened, setOpened] = useState<Opened>({ kind: 'opening' });
  const [notes, setNotes] = useState<PreparationNotes | null>(null);
  const [status, setStatus] = useState<NotesStatusState>({ state: 'idle' });
  const [joined, setJoined] = useState(false);
  const [closed, setClosed] = useState<string | null>(null);
  // The list of areas until the page's JavaScript has read the address, as on the server.
  const [route, setRoute] = useState<PrepareRoute>({ kind: 'list' });
  const [moved, setMoved] = useState(false);
  const notesRef = useRef<PreparationNotes | null>(null);
  // The notes as last saved or loaded by this tab: what both tabs started from in a clash.
  const baseRef = useRef<PreparationNotes | null>(null);
  const autosaveRef = useRef<RecordAutosave<PreparationNotes> | null>(null);
  const journalRef = useRef<JournalStorage | null>(null);
  const channelRef = useRef<BroadcastChannel | null>(null);

  const show = useCallback((next: PreparationNotes) => {
    notesRef.current = next;
    setNotes(next);
  }, []);

  /** Keeps the notes in the journal at once, then hands them to autosave. */
  const queueSave = useCallback((next: PreparationNotes) => {
    const autosave = autosaveRef.current;
    const journal = journalRef.current;
    if (journal !== null) {
      // A box with a broken character is kept out, so the journal can always be read back.
      const { notes: kept } = holdBackBrokenNotes(next, baseRef.current);
      writeRecordJournal(journal, NOTES_JOURNAL, TAB_ID, kept, autosave?.revision() ?? 0);
    }
    autosave?.change(next);
  }, []);

  /** Puts newer notes from another tab together with the ones on screen, and saves the result. */
  const takeNewer = useCallback(
    (stored: PreparationNotes) => {
      const onScreen = notesRef.current;
      const base = baseRef.current;
      autosaveRef.current?.adopt(stored);
      baseRef.current = stored;
      if (onScreen === null || (base !== null && sameAnswers(onScreen, base))) {
        show(stored);
        return;
      }
      const merged = mergeNotes(base, onScreen, stored);
      if (merged.joined) setJoined(true);
      show(merged.notes);
      if (!sameAnswers(merged.notes, stored)) queueSave(merged.notes);
    },
    [queueSave, show],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const result = await openSiteStorage({
        onVersionChange: async (reason) => {
          await autosaveRef.current?.flush();
          setClosed(
            reason === 'upgrade'
              ? 'Open ISF was updated in another tab. Reload this page to keep saving. Your notes are still on this page.'
              : 'Everything saved on this device was deleted in another tab. Your notes are still on this page, but they are not saved.',
          );
        },
        onTerminated: () =>
          setClosed(
            'The browser stopped saving for Open ISF. Your notes are still on this page, but they are not saved.',
          ),
      });
      if (cancelled) return;
      const journal = browserJournalStorage();
      journalRef.current = journal;
      const now = new Date();
      if (!result.ok) {
        if (result.kind === 'newer-version') {
          setOpened({ kind: 'stopped', message: NOTES_STORAGE_MESSAGES['newer-version'] });
          return;
        }
        show(createEmptyNotes(now, NOTES_ID));
        setOpened({ kind: 'ready', storage: null, problem: NOTES_STORAGE_MESSAGES[result.kind] });
        return;
      }
      const storage = result.storage;
      const loaded = await loadRecord(storage, PREPARATION_RECORDS, NOTES_ID);
      if (cancelled) return;
      if (!loaded.ok && loaded.kind !== 'not-found' && loaded.kind !== 'quarantined') {
        setOpened({ kind: 'stopped', message: NOTES_STORAGE_MESSAGES[loaded.kind] });
        return;
      }
      const stored = loaded.ok ? loaded.record : null;
      baseRef.current = stored;
      // Words typed on a page that went before they were saved (a reload, a closed tab).
      const isLive = await otherOpenPages();
      const left =
        journal === null ? [] : readRecordJournals(journal, NOTES_JOURNAL, NOTES_ID, isLive);
      let start = stored ?? createEmptyNotes(now, NOTES_ID);
      let changed = false;
      for (const entry of left) {
        const onTop = stored === null || entry.baseRevision === stored.revision;
        const next: PreparationNotes =
          onTop && !changed
            ? { ...entry.record, revision: stored?.revision ?? 0 }
            : mergeNotes(null, entry.record, start).notes;
        changed ||= !sameAnswers(next, start);
        start = next;
      }
      const autosave = createRecordAutosave<PreparationNotes, NotesProblem>({
        save: async (record) => {
          const saved = await saveRecord(storage, PREPARATION_RECORDS, record);
          if (saved.ok) {
            baseRef.current = saved.record;
            channelRef.current?.postMessage({ revision: saved.revision });
          }
          return saved;
        },
        onStatus: (next) => {
          if (next.state === 'conflict') {
            takeNewer(next.storedRecord);
            return;
          }
          if (next.state === 'saved' && journal !== null) clearJournal(journal, TAB_ID, NOTES_ID);
          setStatus(next);
        },
        revision: stored?.revision ?? 0,
        saved: stored,
        holdBack: (record, lastSaved) => {
          const held = holdBackBrokenNotes(record, lastSaved);
          return { record: held.notes, heldBack: held.heldBack };
        },
      });
      autosaveRef.current = autosave;
      show(start);
      setOpened({ kind: 'ready', storage });
      if (changed) queueSave(start);
      if (journal !== null) {
        for (const entry of left) clearJournal(journal, entry.writer, NOTES_ID);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [queueSave, show, takeNewer]);

  // Another tab saved the notes: show its words, put together with any typed here.
  useEffect(() => {
    if (opened.kind !== 'ready' || opened.storage === null) return undefined;
    if (typeof BroadcastChannel === 'undefined') return undefined;
    const storage = opened.storage;
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channelRef.current = channel;
    channel.onmessage = (event: MessageEvent<{ revision?: unknown }>) => {
      if (event.data.revision === autosaveRef.current?.revision()) return;
      void loadRecord(storage, PREPARATION_RECORDS, NOTES_ID).then((loaded) => {
        if (loaded.ok && loaded.record.revision !== autosaveRef.current?.revision()) {
          takeNewer(loaded.record);
        }
      });
    };
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [opened, takeNewer]);

  useEffect(
    () => whenIdle(() => void loadAreaView().catch(() => undefined), { fallbackMs: 1000 }),
    [],
  );

  // Saves at once when the page is hidden or goes.
  useEffect(() => {
    const flush = (): void => void autosaveRef.current?.flush();
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, []);

  useEffect(() => {
    setRoute(readPrepareRoute(window.location.hash));
    const follow = (): void => {
      setRoute(readPrepareRoute(window.location.hash));
      setMoved(true);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  const editArea = useCallback(
    (id: AreaId, change: Partial<AreaNotes>) => {
      const current = notesRef.current;
      if (current === null) return;
      const area = current.areas[id];
      const status = change.status ?? (area.status === 'not-started' ? 'in-progress' : area.status);
      const next = updateArea(current, id, { ...change, status }, new Date());
      show(next);
      if (opened.kind === 'ready' && opened.storage !== null && closed === null) queueSave(next);
    },
    [closed, opened, queueSave, show],
  );

  const editCarer = useCallback(
    (change: Partial<CarerNotes>) => {
      const current = notesRef.current;
      if (current === null) return;
      const carer = current.carer;
      const status =
        change.status ?? (carer.status === 'not-started' ? 'in-progress' : carer.status);
      const next = updateCarer(current, { ...change, status }, new Date());
      show(next);
      if (opened.kind === 'ready' && opened.storage !== null && closed === null) queueSave(next);
    },
    [closed, opened, queueSave, show],
  );

  /** Saves a change to a part that is not an area, marking it "In progress" once touched. */
  const editPart = useCallback(
    (
      status: AreaStatus,
      changed: (notes: PreparationNotes, status: AreaStatus, now: Date) => PreparationNotes,
      asked: AreaStatus | undefined,
    ) => {
      const current = notesRef.current;
      if (current === null) return;
      const next = changed(
        current,
        asked ?? (status === 'not-started' ? 'in-progress' : status),
        new Date(),
      );
      show(next);
      if (opened.kind === 'ready' && opened.storage !== null && closed === null) queueSave(next);
    },
    [closed, opened, queueSave, show],
  );

  /** Saves notes from a backup file in place of the ones here (the person has said yes). */
  const replaceNotes = useCallback(
    async (fromFile: PreparationNotes): Promise<ReplaceNotesResult> => {
      const autosave = autosaveRef.current;
      const storage = opened.kind === 'ready' ? opened.storage : null;
      if (storage === null || autosave === null || closed !== null) {
        show({ ...fromFile, id: NOTES_ID, revision: 0 });
        // Storage that has closed says why (another tab deleted everything or updated the site).
        return { ok: true, notSaved: closed ?? NOT_KEPT_MESSAGE };
      }
      await autosave.flush();
      const record = { ...fromFile, id: NOTES_ID, revision: autosave.revision() };
      const saved = await saveRecord(storage, PREPARATION_RECORDS, record);
      if (!saved.ok) {
        if (saved.kind === 'conflict') {
          takeNewer(saved.storedRecord);
          return {
            ok: false,
            message:
              'Your notes were not replaced: they were just changed in another tab. Press the button again to replace them.',
          };
        }
        const why = saved.kind === 'invalid' ? saved.message : NOTES_STORAGE_MESSAGES[saved.kind];
        return { ok: false, message: `Your notes were not replaced. ${why}` };
      }
      autosave.adopt(saved.record);
      baseRef.current = saved.record;
      channelRef.current?.postMessage({ revision: saved.revision });
      if (journalRef.current !== null) clearJournal(journalRef.current, TAB_ID, NOTES_ID);
      show(saved.record);
      return { ok: true, notSaved: null };
    },
    [closed, opened, show, takeNewer],
  );

  const goTo = useCallback((next: PrepareRoute) => {
    const hash = next.kind === 'list' ? '#areas' : writePrepareRoute(next);
    window.history.pushState(null, '', `${window.location.pathname}${hash}`);
    setRoute(next);
    setMoved(true);
  }, []);

  if (opened.kind === 'stopped') {
    return (
      <div className="notice" role="alert">
        <p>{opened.message}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload this page
        </button>
      </div>
    );
  }

  const ready = opened.kind === 'ready' && notes !== null;
  const onDevice = opened.kind === 'ready' && opened.storage !== null && closed === null;
  return (
    <IslandPicturesContext.Provider value={pictures}>
      {opened.kind === 'ready' && opened.storage === null && (
        <div className="notice notice--error plan-banner" role="alert">
          <p>
            <strong>This browser is not keeping your notes.</strong> They stay while this page is
            open.
          </p>
          {opened.problem !== undefined && <p>{opened.problem}</p>}
        </div>
      )}
      {closed !== null && (
        <div className="notice notice--error plan-banner" role="alert">
          <p>{closed}</p>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload this page
          </button>
        </div>
      )}
      {ready && <NotesStatus status={status} onDevice={onDevice} joined={joined} />}
      {route.kind === 'carer' && ready ? (
        <LoadPart fallback={<p role="status">Opening the questions…</p>}>
          <CarerView
            notes={notes.carer}
            pictures={pictures}
            onChange={editCarer}
            onFinished={() => goTo({ kind: 'list' })}
            moved={moved}
          />
        </LoadPart>
      ) : route.kind === 'what-matters' && ready ? (
        <LoadPart fallback={<p role="status">Opening the questions…</p>}>
          <WhatMattersView
            notes={notes.whatMatters}
            pictures={pictures}
            onChange={(change: Partial<WhatMattersNotes>) =>
              editPart(
                notes.whatMatters.status,
                (current, status, now) => updateWhatMatters(current, { ...change, status }, now),
                change.status,
              )
            }
            onFinished={() => goTo({ kind: 'list' })}
            moved={moved}
          />
        </LoadPart>
      ) : route.kind === 'questions' && ready ? (
        <LoadPart fallback={<p role="status">Opening the questions…</p>}>
          <QuestionsView
            notes={notes.questions}
            pictures={pictures}
            onChange={(change: Partial<MeetingQuestions>) =>
              editPart(
                notes.questions.status,
                (current, status, now) => updateQuestions(current, { ...change, status }, now),
                change.status,
              )
            }
            onFinished={() => goTo({ kind: 'list' })}
            moved={moved}
          />
        </LoadPart>
      ) : route.kind === 'area' && ready ? (
        <LoadPart fallback={<p role="status">Opening the questions…</p>}>
          <AreaView
            area={AREAS.find((candidate) => candidate.id === route.area) ?? AREAS[0]!}
            notes={notes.areas[route.area]}
            pictures={pictures}
            onChange={(change) => editArea(route.area, change)}
            onFinished={() => goTo({ kind: 'list' })}
            moved={moved}
          />
        </LoadPart>
      ) : (
        <>
          <AreaList notes={ready ? notes : null} pictures={pictures} moved={moved} />
          {ready && (
            <LoadPart fallback={null}>
              <NotesExport notes={notes} />
            </LoadPart>
          )}
          {ready && (
            <LoadPart fallback={null}>
              <NotesActions
                notes={notes}
                storage={opened.kind === 'ready' && onDevice ? opened.storage : null}
                onReplace={replaceNotes}
              />
            </LoadPart>
          )}
        </>
      )}
    </IslandPicturesContext.Provider>
  );
}

/** True when 2 versions of the notes hold the same answers, whatever their save count. */
function sameAnswers(a: PreparationNotes, b: PreparationNotes): boolean {
  const answers = (notes: PreparationNotes) => [
    notes.areas,
    notes.carer,
    notes.whatMatters,
    notes.questions,
  ];
  return JSON.stringify(answers(a)) === JSON.stringify(answers(b));
}
