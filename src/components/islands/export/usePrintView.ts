/*
 * A printed view (the printed plan, the printed budget summary) that is not part of a tool's
 * first load: it loads once the page has settled, so the browser's own Print command prints it
 * too, and a Print button loads it at once if it is not there yet (issues 7 and 18).
 */
import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { loadWhenSettledOrPrinting } from '../loadLater';

/** How long a Print button waits for the printed view's pictures before printing anyway. */
const PICTURE_WAIT_MS = 3000;

/** Resolves once every picture matching `selector` has loaded (or failed), or after `waitMs`. */
function picturesLoaded(selector: string, waitMs: number): Promise<void> {
  const pictures = Array.from(document.querySelectorAll<HTMLImageElement>(selector));
  const loaded = Promise.all(pictures.map((picture) => picture.decode().catch(() => undefined)));
  return Promise.race([
    loaded.then(() => undefined),
    new Promise<void>((resolve) => window.setTimeout(resolve, waitMs)),
  ]);
}

export interface PrintView<P> {
  /** The printed view, once loaded; null before. */
  readonly View: ComponentType<P> | null;
  /**
   * Loads the view if needed, then prints once its pictures (matching `pictures`) have loaded.
   * Resolves false when the view could not load (offline, and not kept for offline use).
   */
  readonly print: () => Promise<boolean>;
}

/**
 * The printed view loaded by `load` (which must load only once, see `loadOnce`), and a way to
 * print it. `pictures` picks out its pictures, like ".print-plan img".
 */
export function usePrintView<P>(
  load: () => Promise<ComponentType<P>>,
  pictures: string,
  onPrinting: () => void = () => undefined,
): PrintView<P> {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [printWhenReady, setPrintWhenReady] = useState(false);

  useEffect(() => loadWhenSettledOrPrinting(load, (view) => setView(() => view)), [load]);

  useEffect(() => {
    if (!printWhenReady || View === null) return;
    let waiting = true;
    // The pictures are files: a picture still loading would print as a gap.
    void picturesLoaded(pictures, PICTURE_WAIT_MS).then(() => {
      if (!waiting) return;
      setPrintWhenReady(false);
      onPrinting();
      window.print();
    });
    return () => {
      waiting = false;
    };
  }, [printWhenReady, View, pictures, onPrinting]);

  const print = useCallback(async (): Promise<boolean> => {
    try {
      const view = await load();
      setView(() => view);
      setPrintWhenReady(true);
      return true;
    } catch {
      return false;
    }
  }, [load]);

  return { View, print };
}
