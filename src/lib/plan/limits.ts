/*
 * The size limits of a support plan, shared by the schema, the backup file reader and the
 * planner's visible character counts. Figures from issue 6 ("Limits and bad input").
 */

/**
 * The most characters any text field may hold. Counted in UTF-16 code units, as the HTML
 * `maxlength` attribute and `String.prototype.length` count them, so the page's visible
 * count and this limit always agree.
 */
export const MAX_TEXT_LENGTH = 5000;

/** The most goals in one plan. */
export const MAX_GOALS = 100;

/** The most costed items in "How I will use my budget". */
export const MAX_COSTED_ITEMS = 1000;

/** The most goals one costed item can be tied to. */
export const MAX_GOALS_PER_ITEM = 100;

/** The most people in "People who help me". */
export const MAX_PEOPLE = 200;

/** The most answered questions in "My provider". */
export const MAX_PROVIDER_ANSWERS = 200;

/** The longest id (of a plan, a goal, an item or a person), in characters. */
export const MAX_ID_LENGTH = 64;

/** The most characters in a plan's own name, so it stays readable in the plans list. */
export const MAX_PLAN_NAME_LENGTH = 100;

/** The most problems a refusal lists under its summary (a bad backup file, a plan not saved). */
export const MAX_PROBLEMS_SHOWN = 10;

/**
 * Checking a plan stops looking at list entries once it has found this many problems: enough
 * to show, and to know there are more. So a crafted file full of problems is refused quickly.
 */
export const MAX_PROBLEMS_FOUND = MAX_PROBLEMS_SHOWN + 1;
