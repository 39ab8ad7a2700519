/**
 * The working: each step of a budget, with its figures and one easy-read sentence, so a person
 * can check every figure with a pocket calculator. Issue 3 asks for it on the calculator page
 * and every printout; the sentences follow the project's easy-read rules (short, digits, "£12,480").
 */

/** Which part of the budget a step belongs to, in the order they are worked out. */
export type WorkingSection =
  'weeks' | 'support' | 'costs' | 'budget' | 'who-pays' | 'spending' | 'left' | 'change';

/** What a step does with its inputs. "given" repeats a figure that was entered, so it can be added up later. */
export type WorkingOperation = 'given' | 'multiply' | 'divide' | 'add' | 'subtract' | 'percent-of';

/** One figure in a step: what it is, its plain value ("176.03", "7.5") and how it is shown ("£176.03 a week"). */
export interface WorkingFigure {
  readonly label: string;
  readonly value: string;
  readonly shown: string;
}

/** One step of the working. */
export interface WorkingStep {
  /** A stable key, like "line:personal-care:week" or "budget:year". */
  readonly id: string;
  readonly section: WorkingSection;
  readonly operation: WorkingOperation;
  /** The figures the step starts from, in the order they appear in the sentence. */
  readonly inputs: readonly WorkingFigure[];
  readonly result: WorkingFigure;
  /** True when the result was rounded half-up to the penny (the sentence then says so). */
  readonly rounded: boolean;
  /** The step in one easy-read sentence: "10 hours a week × £20 an hour = £200 a week". */
  readonly sentence: string;
}

/** A figure for a step. */
export function figure(label: string, value: string, shown: string): WorkingFigure {
  return { label, value, shown };
}
