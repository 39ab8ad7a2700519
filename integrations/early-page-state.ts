/*
 * The few lines a guide page runs inline in its <head> (early-page-state/early.js), so the page
 * is marked (scripts on, can read aloud, the country chosen) before it is first drawn and
 * nothing moves when its own scripts start. Guide pages write the script
 * (components/guides/GuideEarlyScript.astro); astro.config.mjs adds its hash to every page's
 * Content-Security-Policy, and public/_headers lists the same hash.
 */
import { createHash } from 'node:crypto';

/** The script without its opening comment, exactly as it goes into a page, from early.js. */
export function earlyPageStateScript(source: string): string {
  const end = source.indexOf('*/');
  return (end === -1 ? source : source.slice(end + 2)).trim();
}

/** The script's hash as a Content-Security-Policy source ('sha256-…' without quotes), from early.js. */
export function earlyPageStateHash(source: string): `sha256-${string}` {
  const script = earlyPageStateScript(source);
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
