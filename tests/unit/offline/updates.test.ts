/*
 * Offering updates, with a fake service worker container: "Update now" appears only when a
 * newer version is ready, and the page reloads only when the person asks.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  SKIP_WAITING_MESSAGE,
  startOfflineCopy,
  type WorkerContainer,
} from '../../../src/lib/offline/updates';

class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
  }
  becomes(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  /** A newer worker starts installing. */
  found(worker: FakeWorker): void {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
}

class FakeContainer extends EventTarget {
  registration = new FakeRegistration();
  registered: { url: string; options: RegistrationOptions | undefined }[] = [];
  refuse = false;
  constructor(public controller: FakeWorker | null) {
    super();
  }
  async register(url: string | URL, options?: RegistrationOptions) {
    if (this.refuse) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.registered.push({ url: String(url), options });
    return this.registration as unknown as ServiceWorkerRegistration;
  }
  /** A new worker takes charge of the page. */
  takeOver(worker: FakeWorker): void {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function start(container: FakeContainer) {
  const updateReady = vi.fn<(update: () => void) => void>();
  const reload = vi.fn<() => void>();
  const started = startOfflineCopy(container as unknown as WorkerContainer, {
    updateReady,
    reload,
  });
  return { updateReady, reload, started };
}

describe('starting the offline copy', () => {
  it('registers /sw.js for the whole site, always checking the server for a new one', async () => {
    const container = new FakeContainer(null);
    await start(container).started;
    expect(container.registered).toEqual([
      { url: '/sw.js', options: { scope: '/', updateViaCache: 'none' } },
    ]);
  });

  it('says nothing and does not reload on a first visit, when the worker takes charge', async () => {
    const container = new FakeContainer(null);
    const { updateReady, reload, started } = start(container);
    await started;
    const first = new FakeWorker();
    container.registration.found(first);
    first.becomes('installed');
    container.takeOver(first);
    expect(updateReady).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('goes on without an offline copy when the browser refuses the worker', async () => {
    const container = new FakeContainer(null);
    container.refuse = true;
    expect(await start(container).started).toBeUndefined();
  });
});

describe('a new version', () => {
  it('is offered when it has installed, and reloads the page once after "Update now"', async () => {
    const old = new FakeWorker();
    const container = new FakeContainer(old);
    container.registration.active = old;
    const { updateReady, reload, started } = start(container);
    await started;
    const newer = new FakeWorker();
    container.registration.found(newer);
    expect(updateReady).not.toHaveBeenCalled();
    newer.becomes('installed');
    expect(updateReady).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    updateReady.mock.calls[0]?.[0]();
    expect(newer.messages).toEqual([SKIP_WAITING_MESSAGE]);
    container.takeOver(newer);
    container.takeOver(newer);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('is offered at once when it was already waiting as the page opened', async () => {
    const old = new FakeWorker();
    const container = new FakeContainer(old);
    container.registration.active = old;
    container.registration.waiting = new FakeWorker();
    const { updateReady, started } = start(container);
    await started;
    expect(updateReady).toHaveBeenCalledTimes(1);
  });

  it('is offered in a tab left open while another tab updated, and reloads only when asked', async () => {
    const old = new FakeWorker();
    const container = new FakeContainer(old);
    container.registration.active = old;
    const { updateReady, reload, started } = start(container);
    await started;
    container.takeOver(new FakeWorker());
    expect(reload).not.toHaveBeenCalled();
    expect(updateReady).toHaveBeenCalledTimes(1);
    updateReady.mock.calls[0]?.[0]();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
