/*
 * The calculator's figures kept for this browser tab (sessionStorage), so a person who follows
 * the menu, goes Back or reloads finds them again, even when they are too many for a link
 * (issue 13). The browser forgets them when the tab is closed. What is read back is untrusted
 * and checked like a link.
 */
import { z } from 'zod';
import { RECURRING_FREQUENCIES, SPENDING_FREQUENCIES } from '../budget/schema';
import { MAX_LINK_ROWS, readLink, type CalculatorDraft, type LinkReadResult } from './link';

/** The key the figures are kept under. Changing it forgets every open tab's figures. */
export const TAB_KEY = 'open-isf:budget-figures';

/** The part of the browser's Storage this module uses (sessionStorage in the page). */
export interface TabStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The most rows of each kind kept for the tab: far more than anyone plans, never unbounded. */
const MAX_TAB_ROWS = MAX_LINK_ROWS * 10;

const text = z.string().max(10_000);
const row = (frequencies: readonly [string, ...string[]]) =>
  z.object({ id: text, name: text, amount: text, frequency: z.enum(frequencies) });

const tabDraftSchema = z.object({
  supportLines: z
    .array(z.object({ id: text, name: text, hoursPerWeek: text, hourlyRate: text }))
    .min(1)
    .max(MAX_TAB_ROWS),
  weeksPerYear: text,
  feeKind: z.enum(['none', 'percent', 'week', 'year']),
  feeAmount: text,
  travelKind: z.enum(['none', 'week', 'year']),
  travelAmount: text,
  otherCosts: z.array(row(RECURRING_FREQUENCIES)).max(MAX_TAB_ROWS),
  personContributionPerWeek: text,
  spending: z.array(row(SPENDING_FREQUENCIES)).max(MAX_TAB_ROWS),
  changeLineId: text,
  changeDirection: z.enum(['fewer', 'more']),
  changeUnit: z.enum(['minutes-a-day', 'hours-a-week']),
  changeAmount: text,
  leftInHoursLineId: text,
}) satisfies z.ZodType<CalculatorDraft>;

/** What is kept for the tab: the figures, and the link last put in the page address. */
export interface TabFigures {
  figures: CalculatorDraft;
  /**
   * The part after "#" this tab last wrote (empty when none). The address is written a moment
   * after typing stops, so when a person comes back to this same address, the figures kept
   * here are the newer ones.
   */
  address: string;
}

const tabFiguresSchema = z.object({
  figures: tabDraftSchema,
  address: z.string(),
}) satisfies z.ZodType<TabFigures>;

/** This tab's store, or undefined when the browser has none or will not let us use it. */
export function tabStore(): TabStore | undefined {
  try {
    return globalThis.sessionStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the figures for this tab. Says false when the browser would not keep them. */
export function keepForTab(store: TabStore | undefined, kept: TabFigures): boolean {
  if (store === undefined) return false;
  try {
    store.setItem(TAB_KEY, JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

/** The figures kept for this tab, or undefined when there are none or they cannot be read. */
export function readFromTab(store: TabStore | undefined): TabFigures | undefined {
  try {
    const kept = store?.getItem(TAB_KEY);
    if (kept === null || kept === undefined) return undefined;
    const parsed = tabFiguresSchema.safeParse(JSON.parse(kept));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The figures the calculator opens with. A link opened in this tab gives its own figures;
 * the address this tab wrote last, or no figures in the address (the menu, Back after a list
 * too long for a link, a reload), gives the figures kept for the tab.
 */
export function startingFigures(hash: string, store: TabStore | undefined): LinkReadResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  const kept = readFromTab(store);
  if (kept !== undefined && (text.trim() === '' || text === kept.address)) {
    return { draft: kept.figures };
  }
  return readLink(text);
}

/**
 * Whose budget it is, for the printed summary and the Word document ("Sam's budget summary").
 * Kept for this tab under its own key, never in the link: a name is not sent with the figures.
 */
export const NAME_KEY = 'open-isf:budget-name';

/** Keeps the name for this tab, or forgets it when empty. Says false when the browser would not. */
export function keepNameForTab(store: TabStore | undefined, name: string): boolean {
  if (store === undefined) return false;
  try {
    if (name === '') store.removeItem(NAME_KEY);
    else store.setItem(NAME_KEY, name);
    return true;
  } catch {
    return false;
  }
}

/** The name kept for this tab, or "" when there is none or it cannot be read. */
export function readNameFromTab(store: TabStore | undefined): string {
  try {
    const kept = store?.getItem(NAME_KEY);
    return typeof kept === 'string' ? kept.slice(0, 10_000) : '';
  } catch {
    return '';
  }
}
