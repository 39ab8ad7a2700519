/*
 * Saving money checks on this device (issue 20): a money check as one kind of record
 * (lib/storage/records), beside plans and notes in the same database. The format and its
 * migrations are lib/money-check's.
 */
import {
  checkMoneyCheck,
  migrateMoneyCheck,
  MONEY_CHECK_SCHEMA_VERSION,
  nextMoneyCheckRevision,
  type MoneyCheckProblem,
  type MoneyCheckRecord,
} from '../money-check/record';
import { MONEY_CHECKS_STORE } from './database';
import type { RecordKind } from './records';

/** Message when the money check is not on this device. */
export const MONEY_CHECK_NOT_FOUND_MESSAGE =
  'This money check is no longer saved on this device. The browser may have cleared it, or it was deleted.';

/** Message when another tab saved a newer money check. */
export const MONEY_CHECK_CONFLICT_MESSAGE =
  'This money check was changed in another tab or window since you opened it here, so this tab has not saved over it. Open the newer version to go on.';

/** A money check as a kind of record: its store, format and checks. */
export const MONEY_CHECK_RECORDS: RecordKind<MoneyCheckRecord, MoneyCheckProblem> = {
  store: MONEY_CHECKS_STORE,
  schemaVersion: MONEY_CHECK_SCHEMA_VERSION,
  migrate: migrateMoneyCheck,
  check(record) {
    const checked = checkMoneyCheck(record);
    return checked.ok ? { ok: true, record: checked.record } : checked;
  },
  nextRevision: nextMoneyCheckRevision,
  nameGuess: () => 'Your money check',
  messages: {
    notFound: MONEY_CHECK_NOT_FOUND_MESSAGE,
    conflict: MONEY_CHECK_CONFLICT_MESSAGE,
    keptAside: (reason) =>
      `This money check could not be opened, so it has been kept aside without changing it. (${reason})`,
  },
};
