/*
 * Figures the calculator can open with that are not a whole budget, so its words must not call
 * them "your budget". K's story (seed 002) gives only the support his planner replaced: 45
 * minutes a day. The guide's button opens those figures with "?about=k" in the address, and the
 * result then says what they are, for as long as the figures are still K's (issue 13).
 * The list itself is in preset-list.ts, read when the page is built, so no story is in the
 * page's JavaScript.
 */
import type { CalculatorDraft } from './link';

/** The words for a set of figures that is not a whole budget. */
export interface CalculatorPreset {
  /** The value of "about" in the address, like "k". */
  readonly id: string;
  /** The result's heading, instead of "Your budget". */
  readonly heading: string;
  /** What the figures are, to start a sentence: "That support". */
  readonly subject: string;
  /** The support lines the words are for: once these change, the figures are the person's own. */
  readonly lines: readonly { name: string; hoursPerWeek: string; hourlyRate: string }[];
}

/** The name of the address's part that says which preset: "/budget/?about=k#…". */
export const PRESET_PARAMETER = 'about';

/** A calculator address with a preset named: "/budget/#l1n=…" becomes "/budget/?about=k#l1n=…". */
export function presetAddress(address: string, id: string): string {
  const [path = '', hash] = address.split('#', 2);
  return `${path}?${PRESET_PARAMETER}=${encodeURIComponent(id)}${hash === undefined ? '' : `#${hash}`}`;
}

const sameNumber = (a: string, b: string): boolean =>
  a.trim() !== '' && Number(a.replace(/[£,\s]/g, '')) === Number(b);

/** The preset the address names, while the figures are still exactly its own; else undefined. */
export function activePreset(
  presets: readonly CalculatorPreset[],
  search: string,
  draft: CalculatorDraft,
): CalculatorPreset | undefined {
  const id = new URLSearchParams(search).get(PRESET_PARAMETER);
  const preset = presets.find((candidate) => candidate.id === id);
  if (preset === undefined || draft.supportLines.length !== preset.lines.length) return undefined;
  const same = preset.lines.every((line, index) => {
    const typed = draft.supportLines[index];
    return (
      typed !== undefined &&
      typed.name.trim() === line.name &&
      sameNumber(typed.hoursPerWeek, line.hoursPerWeek) &&
      sameNumber(typed.hourlyRate, line.hourlyRate)
    );
  });
  return same ? preset : undefined;
}
