/**
 * The budget as pictures (issue 21): hours a week as a row of clocks, and how the budget is split,
 * as plain data worked out from the same figures the page writes, so a picture and its words can
 * never disagree. Easy-read documents show amounts with pictures; budget-drawings.ts draws these.
 *
 * HOW THE BUDGET IS SPLIT. Before any plans, the budget is what it is made of (calculate.ts,
 * rule 3): support + provider fee + travel + other costs. With planned spending that fits, it is
 * what it pays for: planned spending + the provider's part + what is left, to the penny
 * (`leftAfterPlans`). When travel or other costs are in the budget, what is left pays for them
 * first and the rest pays for hours of support (calculate.ts, "What can be planned with"), so
 * "left" is split into those 2 parts. When the plans cost more than can be planned with, there
 * is no honest way to draw what they pay for: the split shows what the budget is made of.
 */
import {
  compareQuantity,
  floorQuantity,
  formatMoney,
  formatQuantity,
  moneyFromString,
  moneyRatio,
  quantityFromInteger,
  quantityFromString,
  quantityToString,
  subtractMoney,
  subtractQuantity,
  sumMoney,
  toMoneyString,
  addQuantity,
  isZeroMoney,
  type MoneyString,
} from '../money';
import type { PictureName } from '../pictures/registry';
import type { BudgetResult } from './calculate';
import { HOURS_IN_A_WEEK } from './hours';
import { hoursWords, type Voice } from './pays-for';

/** The most clocks drawn: the hours in a week. More are too many to count by eye. */
export const MOST_CLOCKS = HOURS_IN_A_WEEK;

/** More clocks than this are drawn in groups of 5, with the count so far under each group. */
export const CLOCKS_BEFORE_GROUPS = 20;

const GROUP_SIZE = 5;

/** A few clocks drawn together. */
export interface ClockGroup {
  /** How much of each clock is filled, in hours: "1" for a whole hour, "0.5" for half an hour. */
  readonly clocks: readonly string[];
  /** The hours counted up to the end of this group ("5", "10", "42.5"), written under it. */
  readonly countSoFar: string;
}

/** Hours a week as clocks: one clock for each hour, and a part clock for part of an hour. */
export interface ClocksPicture {
  /** The hours, as the page writes them: "7.5". */
  readonly hours: string;
  /** "7.5 hours": written after the clocks. */
  readonly hoursShown: string;
  /** True when the clocks are in groups of 5, each with its count written under it. */
  readonly grouped: boolean;
  /** The clocks: in groups of 5 when grouped, else one group with every clock. */
  readonly groups: readonly ClockGroup[];
  /** What the picture shows, for screen readers and Word: "12 clocks, 1 for each hour". */
  readonly alt: string;
}

/** Which part of the budget a part of the split is. */
export type SplitPartId =
  'support' | 'provider-fee' | 'travel' | 'other-costs' | 'spending' | 'left-for-costs' | 'left';

/** One part of the budget, with its picture and its amount a year. */
export interface SplitPart {
  readonly id: SplitPartId;
  /** The page's word for it: "Planned spending", "Provider fee", "Left". */
  readonly label: string;
  readonly picture: PictureName;
  readonly perYear: MoneyString;
  /** "£9,500". */
  readonly shown: string;
  /** The part's share of the budget, from 0 to 1 ("0.7612..."): how wide it is drawn. */
  readonly share: string;
}

/** How the budget is split: parts that add up to the budget a year, to the penny. */
export interface BudgetSplit {
  readonly caption: string;
  /** "Part" or "What it pays for": the heading of the parts' column. */
  readonly partHeading: string;
  readonly parts: readonly SplitPart[];
  /** The budget a year: the parts added up. */
  readonly total: { readonly label: string; readonly perYear: MoneyString; readonly shown: string };
}

/** The clocks for one figure, with the page's sentence for it. */
export interface ClocksWithWords {
  readonly id: 'assessed' | 'after-plans';
  /** The sentence the page writes for this figure: "Your assessment: 12 hours a week." */
  readonly sentence: string;
  /** The figure's name alone, for under words that already say its sentence: "Your assessment". */
  readonly label: string;
  readonly clocks: ClocksPicture;
}

/** Every picture of a budget: the clocks (none, 1 or 2 rows) and the split (or none). */
export interface BudgetPictures {
  readonly clocks: readonly ClocksWithWords[];
  readonly split: BudgetSplit | null;
}

/** Thrown when the parts of a split do not add up to the budget: a bug, never a person's mistake. */
export class SplitTotalError extends Error {
  constructor(parts: string, budget: string) {
    super(`The parts of the budget add up to ${parts}, not to the budget of ${budget}.`);
    this.name = 'SplitTotalError';
  }
}

const isZero = (amount: string): boolean => /^0(\.0+)?$/.test(amount);

function clocksAlt(whole: number, part: string | null): string {
  const wholeWords = whole === 1 ? '1 clock for 1 hour' : `${whole} clocks, 1 for each hour`;
  const partWords = part === null ? '' : `a part clock for ${formatQuantity(part)} of an hour`;
  if (whole === 0) return partWords.charAt(0).toUpperCase() + partWords.slice(1);
  return part === null ? wholeWords : `${wholeWords}, and ${partWords}`;
}

/**
 * Hours a week as clocks: one whole clock for each whole hour, then a part clock for what is
 * left of an hour ("7.5" is 7 whole clocks and a half clock). Null when there is nothing to draw
 * (0 hours) or more than a week's 168 hours. More than 20 clocks are in groups of 5.
 */
export function clocksPicture(hours: string): ClocksPicture | null {
  const value = quantityFromString(hours);
  if (compareQuantity(value, quantityFromInteger(0)) <= 0) return null;
  if (compareQuantity(value, quantityFromInteger(MOST_CLOCKS)) > 0) return null;
  const whole = Number(quantityToString(floorQuantity(value)));
  const rest = subtractQuantity(value, floorQuantity(value));
  const part = compareQuantity(rest, quantityFromInteger(0)) > 0 ? quantityToString(rest) : null;
  const clocks = [...Array.from({ length: whole }, () => '1'), ...(part === null ? [] : [part])];
  const grouped = clocks.length > CLOCKS_BEFORE_GROUPS;
  const size = grouped ? GROUP_SIZE : clocks.length;
  const groups: ClockGroup[] = [];
  let counted = quantityFromInteger(0);
  for (let start = 0; start < clocks.length; start += size) {
    const group = clocks.slice(start, start + size);
    counted = group.reduce((sum, clock) => addQuantity(sum, quantityFromString(clock)), counted);
    groups.push({ clocks: group, countSoFar: quantityToString(counted) });
  }
  return {
    hours: quantityToString(value),
    hoursShown: hoursWords(quantityToString(value)),
    grouped,
    groups,
    alt: clocksAlt(whole, part),
  };
}

const WORDS = {
  you: { Your: 'Your', your: 'your' },
  I: { Your: 'My', your: 'my' },
} as const;

/** The assessed hours, and the hours what is left after the plans pays for, each as clocks. */
function clockRows(result: BudgetResult, voice: Voice): ClocksWithWords[] {
  const rows: ClocksWithWords[] = [];
  const w = WORDS[voice];
  const assessed =
    result.supportLines.length === 0 ? null : clocksPicture(result.totalHoursPerWeek);
  if (assessed !== null) {
    rows.push({
      id: 'assessed',
      sentence: `${w.Your} assessment: ${assessed.hoursShown} a week.`,
      label: `${w.Your} assessment`,
      clocks: assessed,
    });
  }
  const after = result.hoursAfterPlans;
  if (after !== null && isZero(result.overspentPerYear) && !isZero(after.forSupportPerYear)) {
    const clocks = clocksPicture(after.hoursPerWeek);
    if (clocks !== null) {
      rows.push({
        id: 'after-plans',
        sentence: `After ${w.your} plans, the rest pays for about ${clocks.hoursShown} a week.`,
        label: `After ${w.your} plans`,
        clocks,
      });
    }
  }
  return rows;
}

/** Each part's picture from the registry: pages that draw a split load these. */
export const SPLIT_PICTURES: Readonly<Record<SplitPartId, PictureName>> = {
  support: 'support-worker',
  'provider-fee': 'provider-fee',
  travel: 'travel',
  'other-costs': 'cost',
  spending: 'spending',
  'left-for-costs': 'travel',
  left: 'money-left',
};

/**
 * How the budget is split a year (see the module comment), or null when there is only one part
 * to show. Throws SplitTotalError if the parts do not add up to the budget.
 */
export function budgetSplit(result: BudgetResult, voice: Voice = 'you'): BudgetSplit | null {
  const w = WORDS[voice];
  const planned = result.spendingItems.length > 0 && isZero(result.overspentPerYear);
  const candidates: [SplitPartId, string, MoneyString][] = planned
    ? [
        ['spending', 'Planned spending', result.spending.perYear],
        ['provider-fee', 'Provider fee', result.managementFee.perYear],
      ]
    : [
        ['support', 'Support', result.support.perYear],
        ['provider-fee', 'Provider fee', result.managementFee.perYear],
        ['travel', 'Travel', result.travel.perYear],
        ['other-costs', 'Other costs', result.otherCosts.perYear],
      ];
  if (planned) {
    const left = moneyFromString(result.leftPerYear);
    const forHours = result.hoursAfterPlans?.forSupportPerYear;
    const keptForCosts = addMoneyStrings(result.travel.perYear, result.otherCosts.perYear);
    if (isZeroMoney(keptForCosts) || isZeroMoney(left)) {
      candidates.push(['left', 'Left', result.leftPerYear]);
    } else if (forHours === undefined) {
      // No line's cost of 1 hour to say it in hours: what is left stays one part.
      candidates.push(['left', 'Left', result.leftPerYear]);
    } else {
      // What is left pays for travel and other costs first; the rest pays for hours of support.
      const costs = subtractMoney(left, moneyFromString(forHours));
      candidates.push(['left-for-costs', 'Left for travel and other costs', toMoneyString(costs)]);
      candidates.push(['left', 'Left for hours of support', forHours]);
    }
  }
  // A part of £0 is left out, except what is left: "Left £0" says the plans use it all.
  const kept = candidates.filter(
    ([id, , amount]) => id === 'left' || id === 'support' || !isZero(amount),
  );
  if (kept.length < 2) return null;
  const budget = moneyFromString(result.budget.perYear);
  const sum = sumMoney(kept.map(([, , amount]) => moneyFromString(amount)));
  if (!isZeroMoney(subtractMoney(sum, budget))) {
    throw new SplitTotalError(formatMoney(toMoneyString(sum)), formatMoney(result.budget.perYear));
  }
  const parts = kept.map(([id, label, amount]): SplitPart => ({
    id,
    label,
    picture: SPLIT_PICTURES[id],
    perYear: amount,
    shown: formatMoney(amount),
    share: isZeroMoney(budget)
      ? '0'
      : quantityToString(moneyRatio(moneyFromString(amount), budget)),
  }));
  return {
    caption: planned
      ? `What ${w.your} budget pays for, a year`
      : `How ${w.your} budget is split, a year`,
    partHeading: planned ? 'What it pays for' : 'Part',
    parts,
    total: {
      label: 'Budget',
      perYear: result.budget.perYear,
      shown: formatMoney(result.budget.perYear),
    },
  };
}

function addMoneyStrings(a: MoneyString, b: MoneyString) {
  return sumMoney([moneyFromString(a), moneyFromString(b)]);
}

/** Every picture of a budget, worked out from its result. */
export function budgetPictures(result: BudgetResult, voice: Voice = 'you'): BudgetPictures {
  return { clocks: clockRows(result, voice), split: budgetSplit(result, voice) };
}
