/*
 * The service worker's code (integrations/service-worker), run in Node with a fake Cache
 * Storage and network: what it copies at install, what it answers, and that answering a
 * request never stores anything.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../../src/lib/offline/precache';

const ORIGIN = 'https://open-isf.test';
const URLS = ['/', '/budget/', '/404.html', '/_astro/app.js'];

class FakeCache {
  readonly saved = new Map<string, Response>();
  puts = 0;
  async match(url: string): Promise<Response | undefined> {
    return this.saved.get(new URL(url, ORIGIN).pathname)?.clone();
  }
  async put(url: string, response: Response): Promise<void> {
    this.puts += 1;
    this.saved.set(new URL(url, ORIGIN).pathname, response);
  }
}

class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  async open(name: string): Promise<FakeCache> {
    const cache = this.caches.get(name) ?? new FakeCache();
    this.caches.set(name, cache);
    return cache;
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
}

interface Worker {
  caches: FakeCacheStorage;
  fetched: { url: string; cache: RequestCache }[];
  online: boolean;
  skipWaitingCalls: number;
  claimed: number;
  unregistered: number;
  dispatch: (type: string, event: object) => Promise<unknown>;
  fetch: (
    path: string,
    init?: RequestInit & { mode?: RequestMode },
  ) => Promise<Response | undefined>;
}

/** Runs a worker script with fakes, and returns a handle to send it events. */
function runWorker(source: string): Worker {
  const handlers = new Map<string, ((event: object) => void)[]>();
  const worker: Worker = {
    caches: new FakeCacheStorage(),
    fetched: [],
    online: true,
    skipWaitingCalls: 0,
    claimed: 0,
    unregistered: 0,
    async dispatch(type, event) {
      const waits: Promise<unknown>[] = [];
      let answer: Promise<unknown> | undefined;
      const full = {
        ...event,
        waitUntil: (promise: Promise<unknown>) => waits.push(promise),
        respondWith: (promise: Promise<unknown>) => {
          answer = promise;
        },
      };
      for (const handler of handlers.get(type) ?? []) handler(full);
      await Promise.all(waits);
      return answer;
    },
    async fetch(path, init = {}) {
      const { mode = 'cors', ...rest } = init;
      const request = new Request(new URL(path, ORIGIN), rest);
      Object.defineProperty(request, 'mode', { value: mode });
      return (await this.dispatch('fetch', { request })) as Response | undefined;
    },
  };
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, handler: (event: object) => void) => {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
    },
    skipWaiting: () => {
      worker.skipWaitingCalls += 1;
      return Promise.resolve();
    },
    clients: {
      claim: () => {
        worker.claimed += 1;
        return Promise.resolve();
      },
    },
    registration: {
      unregister: () => {
        worker.unregistered += 1;
        return Promise.resolve(true);
      },
    },
  };
  const fetch = async (input: Request | string): Promise<Response> => {
    const request = typeof input === 'string' ? new Request(new URL(input, ORIGIN)) : input;
    if (!worker.online) throw new TypeError('Failed to fetch');
    worker.fetched.push({ url: request.url, cache: request.cache });
    return new Response(`network ${new URL(request.url).pathname}`, {
      headers: { 'Content-Security-Policy': "default-src 'self'" },
    });
  };
  class WorkerRequest extends Request {
    constructor(input: string | Request, init?: RequestInit) {
      super(typeof input === 'string' ? new URL(input, ORIGIN) : input, init);
    }
  }
  runInNewContext(source, {
    self,
    caches: worker.caches,
    fetch,
    Request: WorkerRequest,
    Response,
    URL,
    Promise,
    Error,
  });
  return worker;
}

const template = readFileSync('integrations/service-worker/sw.js', 'utf8');
const workerSource = (version: string): string =>
  serviceWorkerSource(template, { version, urls: URLS });

describe('the service worker', () => {
  let worker: Worker;

  beforeEach(async () => {
    worker = runWorker(workerSource('v2'));
    await worker.dispatch('install', {});
  });

  it('copies every file of its version at install, fresh from the server', () => {
    expect(worker.fetched.map((request) => request.url)).toEqual(URLS.map((url) => ORIGIN + url));
    expect(worker.fetched.every((request) => request.cache === 'reload')).toBe(true);
    expect([...(worker.caches.caches.get('open-isf-offline-v2')?.saved.keys() ?? [])]).toEqual(
      URLS,
    );
  });

  it('keeps no half copy when a file cannot be fetched', async () => {
    const offline = runWorker(workerSource('v3'));
    offline.online = false;
    await expect(offline.dispatch('install', {})).rejects.toThrow();
    expect(await offline.caches.keys()).toEqual([]);
  });

  it('answers pages and files from the copy with no connection, headers included', async () => {
    worker.online = false;
    const page = await worker.fetch('/budget/', { mode: 'navigate' });
    expect(await page?.text()).toBe('network /budget/');
    expect(page?.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    expect(await (await worker.fetch('/_astro/app.js'))?.text()).toBe('network /_astro/app.js');
  });

  it('sends "/budget" on to "/budget/", as the server does', async () => {
    const answer = await worker.fetch('/budget', { mode: 'navigate' });
    expect(answer?.status).toBe(301);
    expect(answer?.headers.get('Location')).toBe(`${ORIGIN}/budget/`);
  });

  it('shows the page not found page for an unknown page with no connection', async () => {
    worker.online = false;
    const answer = await worker.fetch('/no-such-page/', { mode: 'navigate' });
    expect(await answer?.text()).toBe('network /404.html');
  });

  it('never stores anything while answering requests', async () => {
    const cache = worker.caches.caches.get('open-isf-offline-v2');
    const putsAfterInstall = cache?.puts;
    await worker.fetch('/budget/', { mode: 'navigate' });
    await worker.fetch('/not-copied.js');
    await worker.fetch('/no-such-page/', { mode: 'navigate' });
    expect(cache?.puts).toBe(putsAfterInstall);
    expect(await worker.caches.keys()).toEqual(['open-isf-offline-v2']);
  });

  it.each([
    ['a request with a query string', '/budget/?hours=12', {}],
    ['a form sent with POST', '/budget/', { method: 'POST', body: 'private' }],
    ['a request to another host', 'https://elsewhere.test/x.js', {}],
  ])('leaves %s to the browser, untouched', async (_what, path, init) => {
    expect(await worker.fetch(path, init)).toBeUndefined();
  });

  it('waits for "Update now" before taking over', async () => {
    expect(worker.skipWaitingCalls).toBe(0);
    await worker.dispatch('message', { data: { type: 'something-else' } });
    expect(worker.skipWaitingCalls).toBe(0);
    await worker.dispatch('message', { data: { type: 'skip-waiting' } });
    expect(worker.skipWaitingCalls).toBe(1);
  });

  it('deletes older versions of its copy when it takes over, and nothing else', async () => {
    await worker.caches.open('open-isf-offline-v1');
    await worker.caches.open('someone-elses-cache');
    await worker.dispatch('activate', {});
    expect((await worker.caches.keys()).sort()).toEqual([
      'open-isf-offline-v2',
      'someone-elses-cache',
    ]);
    expect(worker.claimed).toBe(1);
  });
});

describe('the kill switch worker', () => {
  it('takes over at once, deletes every cache and removes itself', async () => {
    const kill = runWorker(readFileSync('integrations/service-worker/sw-kill.js', 'utf8'));
    await kill.caches.open('open-isf-offline-v2');
    await kill.dispatch('install', {});
    expect(kill.skipWaitingCalls).toBe(1);
    await kill.dispatch('activate', {});
    expect(await kill.caches.keys()).toEqual([]);
    expect(kill.unregistered).toBe(1);
    expect(await kill.fetch('/budget/', { mode: 'navigate' })).toBeUndefined();
  });
});
