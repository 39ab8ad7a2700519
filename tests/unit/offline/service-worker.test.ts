/*
 * The service worker's code (integrations/service-worker), run in Node with a fake Cache
 * Storage and network: what it downloads at install, as a person browses and when they come
 * back (never with Save-Data), what it answers, and that it only ever stores the site's own
 * built files.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { filesNeededBy, serviceWorkerSource, SHELL_PAGES } from '../../../src/lib/offline/precache';

const ORIGIN = 'https://open-isf.test';
const PAGE = (...files: string[]): string =>
  files
    .map((file) =>
      file.endsWith('.css')
        ? `<link rel="stylesheet" href="${file}">`
        : `<script type="module" src="${file}"></script>`,
    )
    .join('') + '<a href="/budget/">Work out a budget</a><a href="/">Home</a>';
/** The built site in these tests: each address and what the server sends for it. */
const SITE: Record<string, string> = {
  '/': PAGE('/_astro/app.css', '/_astro/app.js'),
  '/budget/': PAGE('/_astro/app.css', '/_astro/calculator.js'),
  '/offline/': PAGE('/_astro/app.css', '/_astro/app.js'),
  '/404.html': PAGE('/_astro/app.css', '/_astro/app.js'),
  '/_astro/app.css': 'body{}',
  '/_astro/app.js': 'import"./shared.js";const later=()=>import("./notice.js");',
  '/_astro/shared.js': 'export const x=1;',
  '/_astro/notice.js': 'export const y=2;',
  '/_astro/calculator.js': 'import"./shared.js";import("./word.js");',
  '/_astro/word.js': 'export const big=3;',
};
const URLS = Object.keys(SITE).sort();
/** The shell: the offline and not found pages and what they need, by the lib's rule. */
const SHELL = filesNeededBy(SHELL_PAGES, URLS, (url) => SITE[url], true);

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
  async keys(): Promise<Request[]> {
    return [...this.saved.keys()].map((path) => new Request(new URL(path, ORIGIN)));
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
  /** The addresses stored in one cache, sorted. */
  stored(name: string): string[] {
    return [...(this.caches.get(name)?.saved.keys() ?? [])].sort();
  }
}

interface FetchOptions extends RequestInit {
  mode?: RequestMode;
  /** The id of the window a page load will open in (FetchEvent.resultingClientId). */
  resultingClientId?: string;
}

interface Worker {
  caches: FakeCacheStorage;
  fetched: { url: string; cache: RequestCache }[];
  online: boolean;
  /** What the server sends instead of SITE, by address. */
  served: Record<string, string>;
  saveData: boolean;
  skipWaitingCalls: number;
  claimed: number;
  unregistered: number;
  dispatch: (type: string, event: object) => Promise<unknown>;
  fetch: (path: string, init?: FetchOptions) => Promise<Response | undefined>;
  /** A page sends the worker a message, from the window `clientId`. */
  message: (data: unknown, clientId?: string) => Promise<unknown>;
}

/** Runs a worker script with fakes, and returns a handle to send it events. */
function runWorker(source: string): Worker {
  const handlers = new Map<string, ((event: object) => void)[]>();
  const worker: Worker = {
    caches: new FakeCacheStorage(),
    fetched: [],
    online: true,
    served: {},
    saveData: false,
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
      const result = await answer;
      // Work a handler goes on with after answering (keeping what it fetched) ends too.
      for (let done = 0; done < waits.length; done += 1) await waits[done];
      return result;
    },
    async fetch(path, init = {}) {
      const { mode = 'cors', resultingClientId = '', ...rest } = init;
      const request = new Request(new URL(path, ORIGIN), rest);
      Object.defineProperty(request, 'mode', { value: mode });
      return (await this.dispatch('fetch', { request, resultingClientId })) as Response | undefined;
    },
    message(data, clientId = 'window-1') {
      return this.dispatch('message', { data, source: { id: clientId } });
    },
  };
  const self = {
    location: new URL(ORIGIN),
    navigator: {
      get connection() {
        return { saveData: worker.saveData };
      },
    },
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
    worker.fetched.push({ url: new URL(request.url).pathname, cache: request.cache });
    const { pathname } = new URL(request.url);
    const body = worker.served[pathname] ?? SITE[pathname];
    if (body === undefined) return new Response('Not found', { status: 404 });
    return new Response(body, { headers: { 'Content-Security-Policy': "default-src 'self'" } });
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
const V2 = 'open-isf-offline-v2';
const fetchedUrls = (worker: Worker): string[] =>
  [...new Set(worker.fetched.map((request) => request.url))].sort();

describe('the service worker', () => {
  let worker: Worker;

  beforeEach(async () => {
    worker = runWorker(workerSource('v2'));
    await worker.dispatch('install', {});
  });

  it('downloads only the small shell at install: the offline and not found pages, and what they need', () => {
    expect(SHELL).toEqual([
      '/404.html',
      '/_astro/app.css',
      '/_astro/app.js',
      '/_astro/notice.js',
      '/_astro/shared.js',
      '/offline/',
    ]);
    expect(fetchedUrls(worker)).toEqual(SHELL);
    expect(worker.caches.stored(V2)).toEqual(SHELL);
  });

  it('keeps no half copy when a file cannot be fetched', async () => {
    const offline = runWorker(workerSource('v3'));
    offline.online = false;
    await expect(offline.dispatch('install', {})).rejects.toThrow();
    expect(await offline.caches.keys()).toEqual([]);
  });

  it('keeps the files the first page loaded, from the browser’s own cache', async () => {
    worker.fetched.length = 0;
    await worker.message({
      type: 'keep',
      urls: ['/budget/', '/_astro/calculator.js', '/_astro/shared.js', '/not-built.js'],
      fullCopy: false,
    });
    expect(worker.fetched).toEqual([
      { url: '/budget/', cache: 'force-cache' },
      { url: '/_astro/calculator.js', cache: 'force-cache' },
    ]);
    expect(worker.caches.stored(V2)).toEqual(
      [...SHELL, '/budget/', '/_astro/calculator.js'].sort(),
    );
  });

  it('keeps each page and file it fetches as the person browses', async () => {
    await worker.fetch('/budget/', { mode: 'navigate' });
    await worker.fetch('/_astro/calculator.js');
    worker.online = false;
    const page = await worker.fetch('/budget/', { mode: 'navigate' });
    expect(await page?.text()).toBe(SITE['/budget/']);
    expect(page?.headers.get('Content-Security-Policy')).toBe("default-src 'self'");
    expect(await (await worker.fetch('/_astro/calculator.js'))?.text()).toBe(
      SITE['/_astro/calculator.js'],
    );
  });

  it('downloads the rest of the site when the person has come back', async () => {
    await worker.message({ type: 'keep', urls: ['/'], fullCopy: true });
    expect(worker.caches.stored(V2)).toEqual(URLS);
  });

  it('never downloads the rest when the page was asked for with "Save-Data: on"', async () => {
    await worker.fetch('/', {
      mode: 'navigate',
      headers: { 'Save-Data': 'on' },
      resultingClientId: 'window-2',
    });
    await worker.message({ type: 'keep', urls: ['/'], fullCopy: true }, 'window-2');
    expect(worker.caches.stored(V2)).toEqual([...SHELL, '/'].sort());
  });

  it('never downloads the rest when the browser asks to save data', async () => {
    worker.saveData = true;
    await worker.message({ type: 'keep', urls: ['/'], fullCopy: true });
    expect(worker.caches.stored(V2)).toEqual([...SHELL, '/'].sort());
  });

  it('sends "/budget" on to "/budget/", as the server does', async () => {
    await worker.fetch('/budget/', { mode: 'navigate' });
    const answer = await worker.fetch('/budget', { mode: 'navigate' });
    expect(answer?.status).toBe(301);
    expect(answer?.headers.get('Location')).toBe(`${ORIGIN}/budget/`);
  });

  it('says a page is not saved yet, with no connection', async () => {
    worker.online = false;
    const answer = await worker.fetch('/budget/', { mode: 'navigate' });
    expect(await answer?.text()).toBe(SITE['/offline/']);
  });

  it('shows the page not found page for an unknown page with no connection', async () => {
    worker.online = false;
    const answer = await worker.fetch('/no-such-page/', { mode: 'navigate' });
    expect(await answer?.text()).toBe(SITE['/404.html']);
  });

  it('never stores an address that is not one of the site’s built files', async () => {
    const putsAfterInstall = worker.caches.caches.get(V2)?.puts;
    await worker.fetch('/not-copied.js');
    await worker.fetch('/no-such-page/', { mode: 'navigate' });
    await worker.message({ type: 'keep', urls: ['/private/?name=Sam', 'https://elsewhere.test/'] });
    expect(worker.caches.caches.get(V2)?.puts).toBe(putsAfterInstall);
    expect(await worker.caches.keys()).toEqual([V2]);
  });

  it('never keeps a page from another version of the site', async () => {
    worker.served['/budget/'] = PAGE('/_astro/app.css', '/_astro/calculator.NEW.js');
    await worker.fetch('/budget/', { mode: 'navigate' });
    expect(worker.caches.stored(V2)).not.toContain('/budget/');
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
    expect((await worker.caches.keys()).sort()).toEqual([V2, 'someone-elses-cache']);
    expect(worker.claimed).toBe(1);
  });
});

describe('a new version of the service worker', () => {
  /** A device that had version 1 with these pages stored. */
  async function updateFrom(pages: string[]): Promise<Worker> {
    const worker = runWorker(workerSource('v2'));
    const older = await worker.caches.open('open-isf-offline-v1');
    for (const page of pages) await older.put(page, new Response('version 1'));
    await worker.dispatch('install', {});
    return worker;
  }

  it('keeps the same pages the person had, fresh from this version', async () => {
    const worker = await updateFrom(['/', '/404.html', '/offline/']);
    expect(worker.caches.stored(V2)).toEqual([...SHELL, '/'].sort());
    expect(await (await worker.caches.caches.get(V2)?.match('/'))?.text()).toBe(SITE['/']);
  });

  it('downloads the whole site when the person had the whole site', async () => {
    const worker = await updateFrom(['/', '/budget/', '/404.html', '/offline/']);
    expect(worker.caches.stored(V2)).toEqual(URLS);
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
