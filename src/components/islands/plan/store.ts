/*
 * Where the planner keeps plans while the page is open: this device's storage (lib/storage),
 * or, when the browser will not keep anything, this page's memory. Both answer alike, so the
 * rest of the island does not care; only the status line says which it is. Also offers the raw
 * data of a record the planner cannot open, so it can be kept safe.
 */
import {
  clearPlanJournals,
  deletePlan,
  getPlanRecordText,
  getQuarantinedRecord,
  listPlans,
  loadPlan,
  PLAN_NOT_FOUND_MESSAGE,
  savePlan,
  type DeleteResult,
  type JournalStorage,
  type ListPlansResult,
  type LoadPlanResult,
  type SiteStorage,
  type SavePlanResult,
} from '../../../lib/storage';
import {
  countDoneSections,
  nextRevision,
  planDisplayName,
  toIsoDateTime,
  type Plan,
} from '../../../lib/plan';
import { saveFile } from '../export/saveFile';

/** What the island needs from a place to keep plans. */
export interface PlanStore {
  /** True when plans are kept on this device; false when they live only in this page. */
  readonly onDevice: boolean;
  /** Where unsaved words are kept the moment they are typed, or null (see lib/storage/journal). */
  readonly journal: JournalStorage | null;
  list(): Promise<ListPlansResult>;
  load(id: string): Promise<LoadPlanResult>;
  save(plan: Plan): Promise<SavePlanResult>;
  remove(id: string): Promise<DeleteResult>;
  /** The raw data of a record kept aside, or of a plan this version cannot open, as JSON text. */
  rawData(record: RecordRef): Promise<RawDataResult>;
}

/** A record to download as it is: one kept aside, or a plan saved by a newer version. */
export type RecordRef = { readonly quarantineId: number } | { readonly planId: string };

/** The raw data of a record, as JSON text, or why it could not be read. */
export type RawDataResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * Offers a record's raw data as a file ("Download its data"), so nothing is lost that this
 * version cannot open. Returns a message to show when it could not, else null.
 */
export async function downloadRawData(store: PlanStore, record: RecordRef): Promise<string | null> {
  const result = await store.rawData(record);
  if (!result.ok) return result.message;
  const name = 'quarantineId' in record ? String(record.quarantineId) : record.planId;
  saveFile(result.text, `Open ISF plan data ${name}.json`, 'application/json');
  return null;
}

/** Plans kept on this device through lib/storage, with their unsaved words in `journal`. */
export function deviceStore(storage: SiteStorage, journal: JournalStorage | null): PlanStore {
  return {
    onDevice: true,
    journal,
    list: () => listPlans(storage),
    load: (id) => loadPlan(storage, id),
    save: (plan) => savePlan(storage, plan),
    remove: async (id) => {
      const removed = await deletePlan(storage, id);
      if (removed.ok && journal !== null) clearPlanJournals(journal, id);
      return removed;
    },
    rawData: async (record) => {
      const result =
        'quarantineId' in record
          ? await getQuarantinedRecord(storage, record.quarantineId)
          : await getPlanRecordText(storage, record.planId);
      return result.ok ? { ok: true, text: result.downloadText } : result;
    },
  };
}

/** Plans kept only in this page's memory, for a browser that will not keep them. */
export function memoryStore(): PlanStore {
  const plans = new Map<string, Plan>();
  return {
    onDevice: false,
    journal: null,
    list: () =>
      Promise.resolve({
        ok: true,
        plans: [...plans.values()]
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
          .map((plan) => ({
            id: plan.id,
            name: planDisplayName(plan),
            updatedAt: plan.updatedAt,
            lastBackupAt: plan.lastBackupAt,
            revision: plan.revision,
            sectionsDone: countDoneSections(plan),
          })),
        quarantined: [],
        newerVersion: [],
      }),
    load: (id) => {
      const plan = plans.get(id);
      return Promise.resolve(
        plan === undefined
          ? { ok: false, kind: 'not-found', message: PLAN_NOT_FOUND_MESSAGE }
          : { ok: true, plan, migratedFrom: null },
      );
    },
    save: (plan) => {
      const kept = { ...plan, revision: nextRevision(plan.revision) };
      plans.set(plan.id, kept);
      return Promise.resolve({
        ok: true,
        plan: kept,
        revision: kept.revision,
        savedAt: toIsoDateTime(new Date()),
        recreated: false,
      });
    },
    remove: (id) => {
      plans.delete(id);
      return Promise.resolve({ ok: true });
    },
    rawData: () =>
      Promise.resolve({ ok: false, message: 'This record is no longer on this device.' }),
  };
}
