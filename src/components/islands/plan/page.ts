/*
 * Small page helpers for the planner: the page title for each view (with "Error: " in front
 * while an error summary shows, the GOV.UK pattern), where focus goes when a view opens, and
 * times as people in the UK read them.
 */
import { formatClockTime, formatLongDate } from '../../../lib/site/dates';
import { todayIsoDate } from '../../../lib/plan';

/** The planner page's own title. */
export const PLANNER_TITLE = 'Support plan - Open ISF';

/** Sets the title: the view's parts, then "Support plan - Open ISF"; "Error: " first if asked. */
export function setPageTitle(parts: readonly string[], hasError = false): void {
  const title = [...parts, PLANNER_TITLE].join(' - ');
  document.title = hasError ? `Error: ${title}` : title;
}

/**
 * Moves focus to the view just opened: its error summary when it opens with problems to fix
 * (GOV.UK), else its heading, so a screen reader starts there.
 */
export function focusView(): void {
  const target =
    document.querySelector<HTMLElement>('.error-summary') ??
    document.getElementById('planner-heading');
  target?.focus();
}

/** A moment as a clock time on this device: "10:42". */
export function formatClock(isoDateTime: string): string {
  return formatClockTime(new Date(isoDateTime));
}

/** When a plan was last changed: "today at 10:42" or "24 November 2026 at 10:42". */
export function formatChanged(isoDateTime: string, now: Date = new Date()): string {
  const moment = new Date(isoDateTime);
  const day = todayIsoDate(moment);
  const when = day === todayIsoDate(now) ? 'today' : formatLongDate(day);
  return `${when} at ${formatClockTime(moment)}`;
}
