/*
 * Saving on this device (IndexedDB through idb): the only module that imports idb. One
 * database keeps every kind of record the site saves (plans, notes for an assessment, money
 * checks), each with its own format version and migrations (lib/plan, lib/prepare,
 * lib/money-check). The notes' and money checks' kinds are imported from './preparation' and
 * './money-checks' themselves, so the planner's first load does not carry them.
 */
export {
  DB_NAME,
  DB_VERSION,
  MONEY_CHECKS_STORE,
  PLANS_STORE,
  PREPARATION_STORE,
  QUARANTINE_STORE,
  RECORD_STORES,
  type SiteDb,
  type QuarantinedRecord,
  type RecordStoreName,
} from './database';
export * from './errors';
export * from './connection';
export * from './records';
export * from './plans';
export * from './record-autosave';
export {
  createAutosave,
  type Autosave,
  type AutosaveOptions,
  type AutosaveStatus,
} from './autosave';
export * from './persistence';
export * from './record-journal';
export * from './journal';
