import { describe, expect, it, vi } from 'vitest';
import { isPersisted, requestPersistence } from '../../../src/lib/storage';

describe('asking the browser to keep saved plans', () => {
  it('answers "unsupported" where there is no storage manager', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
  });

  it('answers "granted" when the browser agrees', async () => {
    expect(await requestPersistence({ persist: () => Promise.resolve(true) })).toBe('granted');
  });

  it('answers "denied" when the browser says no', async () => {
    expect(await requestPersistence({ persist: () => Promise.resolve(false) })).toBe('denied');
  });

  it('does not ask again when already granted', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistence({ persist, persisted: () => Promise.resolve(true) })).toBe(
      'granted',
    );
    expect(persist).not.toHaveBeenCalled();
  });

  it('answers "unsupported" when asking throws', async () => {
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe(
      'unsupported',
    );
  });

  it('reports whether data is already kept', async () => {
    expect(await isPersisted({ persisted: () => Promise.resolve(false) })).toBe('denied');
  });
});
