/*
 * Whose budget it is, on the printed summary and the Word document ("Sam's budget summary"):
 * the name box's limit and message. Kept apart from the calculator's first load: only the
 * summary, the Word document and the name box (all loaded later) need it.
 */

/** The most characters in the name on the summary, so the title stays on one or two lines. */
export const MAX_SUMMARY_NAME_LENGTH = 60;

/** What the name box says when a name is too long, or undefined when the name is fine. */
export function summaryNameProblem(name: string): string | undefined {
  const length = Array.from(name.trim()).length;
  if (length <= MAX_SUMMARY_NAME_LENGTH) return undefined;
  return `Make the name shorter. It can have up to ${MAX_SUMMARY_NAME_LENGTH} characters. It has ${length} now.`;
}

/** The name to put on the summary: what was typed when it is fine, or none. */
export function summaryName(name: string): string {
  return summaryNameProblem(name) === undefined ? name.trim() : '';
}
