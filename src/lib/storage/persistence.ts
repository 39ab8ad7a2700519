/*
 * Asking the browser to keep saved plans even when space runs low (`navigator.storage.persist`,
 * Storage Standard). Issue 6: asked after the first save; the Privacy page explains the answer.
 */

/** The browser's answer: kept for good, may be cleared when space is low, or no way to ask. */
export type PersistenceAnswer = 'granted' | 'denied' | 'unsupported';

/** The part of `navigator.storage` used here. */
export interface PersistableStorage {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

/**
 * Asks the browser to keep this site's data. Safe everywhere: without `navigator.storage`
 * (older browsers, Node) or if asking throws, it answers "unsupported". Never prompts twice
 * when already granted.
 */
export async function requestPersistence(
  storageManager: PersistableStorage | undefined = defaultStorageManager(),
): Promise<PersistenceAnswer> {
  if (storageManager === undefined || typeof storageManager.persist !== 'function') {
    return 'unsupported';
  }
  try {
    if (typeof storageManager.persisted === 'function' && (await storageManager.persisted())) {
      return 'granted';
    }
    return (await storageManager.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

/** Whether the browser has already agreed to keep this site's data. */
export async function isPersisted(
  storageManager: PersistableStorage | undefined = defaultStorageManager(),
): Promise<PersistenceAnswer> {
  if (storageManager === undefined || typeof storageManager.persisted !== 'function') {
    return 'unsupported';
  }
  try {
    return (await storageManager.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}

function defaultStorageManager(): PersistableStorage | undefined {
  try {
    return typeof navigator === 'undefined'
      ? undefined
      : (navigator.storage as PersistableStorage | undefined);
  } catch {
    return undefined;
  }
}
