/*
 * The kill switch (issue 9): building with OPEN_ISF_OFFLINE=off publishes a service worker
 * that removes itself and the offline copy, and pages that unregister any worker instead of
 * registering one. README "Offline and updates" says when and how to use it.
 */

/** The environment variable that turns the offline copy off for every visitor. */
export const OFFLINE_SWITCH = 'OPEN_ISF_OFFLINE';

/** Whether this build keeps an offline copy: yes unless OPEN_ISF_OFFLINE is "off". */
export function offlineCopyEnabled(env: Readonly<Record<string, string | undefined>>): boolean {
  return (env[OFFLINE_SWITCH] ?? '').trim().toLowerCase() !== 'off';
}
