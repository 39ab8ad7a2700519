import { describe, expect, it } from 'vitest';
import { deleteOfflineCopy } from '../../../src/lib/offline/delete';

function fakeDevice(cacheNames: string[], workers: number) {
  const names = new Set(cacheNames);
  let registered = workers;
  return {
    places: {
      caches: {
        keys: async () => [...names],
        delete: async (name: string) => names.delete(name),
      },
      serviceWorker: {
        getRegistrations: async () =>
          Array.from({ length: registered }, () => ({
            unregister: async () => {
              registered -= 1;
              return true;
            },
          })) as unknown as ServiceWorkerRegistration[],
      },
    },
    cacheNames: () => [...names],
    workers: () => registered,
  };
}

describe('deleting the offline copy', () => {
  it('removes the service worker and every cache of the site', async () => {
    const device = fakeDevice(['open-isf-offline-abc', 'open-isf-offline-old'], 1);
    expect(await deleteOfflineCopy(device.places)).toEqual({ cachesDeleted: 2, workersRemoved: 1 });
    expect(device.cacheNames()).toEqual([]);
    expect(device.workers()).toBe(0);
  });

  it('does nothing, without failing, when there is no offline copy', async () => {
    expect(await deleteOfflineCopy(fakeDevice([], 0).places)).toEqual({
      cachesDeleted: 0,
      workersRemoved: 0,
    });
  });

  it('does nothing, without failing, in a browser with no Cache Storage or service workers', async () => {
    expect(await deleteOfflineCopy({})).toEqual({ cachesDeleted: 0, workersRemoved: 0 });
  });

  it('works where the page has no such browser parts at all (Node)', async () => {
    expect(await deleteOfflineCopy()).toEqual({ cachesDeleted: 0, workersRemoved: 0 });
  });
});
