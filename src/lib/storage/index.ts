/*
 * Saving support plans on this device (IndexedDB through idb): the only module that imports
 * idb. Built on lib/plan for the data model and migrations.
 */
export {
  DB_NAME,
  DB_VERSION,
  PLANS_STORE,
  QUARANTINE_STORE,
  type PlannerDb,
  type QuarantinedRecord,
} from './database';
export * from './errors';
export * from './plans';
export * from './autosave';
export * from './persistence';
export * from './journal';
