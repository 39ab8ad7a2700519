/*
 * Loading a tool's later parts (a printed view, a file reader) after its first screen, so the
 * first load stays small on a slow phone (issues 8 and 18). One home for "once" and "when idle".
 */

/** Loads with `load` once and keeps the answer; a failed load is tried again next time. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Runs `work` once the browser has nothing else to do, at the latest after `timeoutMs`. Safari
 * has no requestIdleCallback: there it runs after `fallbackMs`. Gives back a function that
 * cancels it.
 */
export function whenIdle(
  work: () => void,
  { timeoutMs, fallbackMs }: { readonly timeoutMs?: number; readonly fallbackMs: number },
): () => void {
  if (typeof (window as Partial<Window>).requestIdleCallback === 'function') {
    const idle = window.requestIdleCallback(
      work,
      timeoutMs === undefined ? {} : { timeout: timeoutMs },
    );
    return () => window.cancelIdleCallback(idle);
  }
  const timer = window.setTimeout(work, fallbackMs);
  return () => window.clearTimeout(timer);
}

/**
 * Loads a printed view once the page has settled, or at once when the person uses the browser's
 * own Print command, and calls `loaded` with it. That command cannot wait for a load, so the
 * view should be loaded long before. Gives back a function that stops listening.
 */
export function loadWhenSettledOrPrinting<T>(
  load: () => Promise<T>,
  loaded: (view: T) => void,
): () => void {
  let listening = true;
  const start = (): void => {
    load().then(
      (view) => {
        if (listening) loaded(view);
      },
      () => undefined,
    );
  };
  const cancelIdle = whenIdle(start, { timeoutMs: 3000, fallbackMs: 2000 });
  window.addEventListener('beforeprint', start);
  return () => {
    listening = false;
    cancelIdle();
    window.removeEventListener('beforeprint', start);
  };
}
