/**
 * The budget engine: hours of support and their costs become a spendable budget a week, every
 * 4 weeks, a month and a year, with planned spending, what is left, a change to think about, and
 * the working. Method: the ISF explainer (seed 000: hours × cost of 1 hour × 52 weeks, plus fees
 * and travel); ISFs paid 4 weeks in advance (seed 001); fading support (seeds 002, 004); issue 3.
 *
 * THE ROUNDING RULE. All sums are exact (lib/money). Then:
 * 1. Each support line's amount a week (hours × cost of 1 hour) is rounded half-up to the penny.
 *    7.5 hours × £23.47 = £176.025, shown as £176.03.
 * 2. Every other figure is worked out from rounded figures shown before it, and rounded half-up
 *    to the penny again: a year = a week × weeks in the year; every 4 weeks = a week × 4; a month
 *    = a year ÷ 12; a week from a yearly amount = the year ÷ weeks in the year; a fee = the
 *    percentage of the support cost a week.
 * 3. Every total is the sum of the rounded lines it totals. The budget a week is the sum of the
 *    parts a week; the budget a year is the sum of the parts a year (so an amount entered a year,
 *    like a £1,000 fee, stays exactly £1,000 a year).
 * So every figure a person sees can be checked with a pocket calculator from figures on the same
 * page, and the working says which.
 *
 * WHAT CAN BE PLANNED WITH (issue 13). The provider fee is money the provider keeps for looking
 * after the Individual Service Fund (seed 000 lists it beside support and travel): it can never be
 * spent on anything the person chooses. So what a person can plan with is the budget minus the
 * provider's part: the support, the travel and any other costs. What is left is that minus the
 * planned spending; left + planned spending + the provider's part = the budget, to the penny.
 * Only the support part buys hours: travel and other costs keep their job, so the money for hours
 * after the plans is what is left minus travel and other costs (never below £0). Hours are that
 * ÷ one line's cost of 1 hour, rounded down: whole hours a year, and tenths of an hour a week.
 *
 * K's CHANGE (seed 002). K's support went down by about 45 minutes a day, "around £117 per week
 * or £6084 per year". 45 minutes × 7 days = 5.25 hours a week; 5.25 × £22.29 = £117.0225, which
 * is £117.02 a week; £117.02 × 52 = £6,085.04 a year. The document's £6,084 is £117 × 52: it
 * rounded the week to whole pounds first. We keep the pence, so our year is £1.04 more.
 */
import {
  ZERO_MONEY,
  addMoney,
  compareMoney,
  divideMoney,
  divideQuantity,
  floorQuantity,
  formatMoney,
  formatQuantity,
  isWholePence,
  isZeroMoney,
  minMoney,
  moneyFromString,
  moneyRatio,
  multiplyMoney,
  quantityDecimalPlaces,
  quantityFromInteger,
  quantityFromString,
  quantityToString,
  roundQuantity,
  roundToPenny,
  scaleMoney,
  subtractMoney,
  sumMoney,
  toMoneyString,
  addQuantity,
  multiplyQuantity,
  subtractQuantity,
  compareQuantity,
  type Money,
  type MoneyString,
  type Quantity,
} from '../money';
import {
  HOURS_IN_A_WEEK,
  formatHours,
  formatMinutes,
  hoursStringFromExactMinutes,
  minutesFromHoursString,
  type HoursString,
} from './hours';
import {
  DEFAULT_WEEKS_PER_YEAR,
  changeMinutesPerWeek,
  type BudgetInput,
  type RecurringFrequency,
  type SpendingFrequency,
} from './schema';
import { figure, type WorkingFigure, type WorkingSection, type WorkingStep } from './working';

/** An amount a week and a year. */
export interface WeekAndYear {
  readonly perWeek: MoneyString;
  readonly perYear: MoneyString;
}

/** An amount a week, every 4 weeks and a year. */
export interface WeekFourWeeksAndYear extends WeekAndYear {
  readonly perFourWeeks: MoneyString;
}

/** The whole budget in each period a person may be paid or asked about. */
export interface BudgetPeriods extends WeekFourWeeksAndYear {
  readonly perMonth: MoneyString;
}

/** One support line with its amount a week. */
export interface SupportLineResult {
  readonly id: string;
  readonly name: string;
  readonly hoursPerWeek: HoursString;
  readonly hourlyRate: MoneyString;
  /** Hours × cost of 1 hour, rounded half-up to the penny. */
  readonly perWeek: MoneyString;
}

/** A regular cost or a planned spending item, turned into an amount a year (and a week for costs). */
export interface CostItemResult<Frequency extends string> {
  readonly id: string;
  readonly name: string;
  readonly amount: MoneyString;
  readonly frequency: Frequency;
  readonly perYear: MoneyString;
}

/** Another regular cost, a week and a year. */
export interface OtherCostResult extends CostItemResult<RecurringFrequency> {
  readonly perWeek: MoneyString;
}

/** A planned spending item, a year. */
export interface SpendingItemResult extends CostItemResult<SpendingFrequency> {
  readonly goalId: string | undefined;
}

/** What the money left after the plans pays for, as hours of support at one line's cost of 1 hour. */
export interface HoursAfterPlans {
  readonly lineId: string;
  readonly hourlyRate: MoneyString;
  /** The money left for hours of support a year: what is left minus travel and other costs. */
  readonly forSupportPerYear: MoneyString;
  /** Whole hours a year, rounded down: the money buys at least this many. */
  readonly hoursPerYear: string;
  /** Hours a week to 1 decimal place, rounded down ("14.6"): the hours a year ÷ weeks in the year. */
  readonly hoursPerWeek: string;
}

/** The difference a change to one line's hours makes. */
export interface ChangeResult {
  readonly lineId: string;
  readonly direction: 'fewer' | 'more';
  /** The change in hours a week. */
  readonly hoursPerWeek: HoursString;
  /** The line's hours a week after the change, or null if it cannot be written exactly. */
  readonly newHoursPerWeek: HoursString | null;
  /** The change in hours × the line's cost of 1 hour, rounded half-up to the penny. */
  readonly perWeek: MoneyString;
  /** The change a week × weeks in the year, rounded half-up to the penny. */
  readonly perYear: MoneyString;
}

/** Something a person should know that is not an error. */
export interface BudgetNote {
  readonly code:
    | 'more-than-168-hours'
    | 'contribution-more-than-budget'
    | 'overspent'
    | 'paid-once'
    | 'fee-changes-with-hours';
  readonly message: string;
}

/** Everything the engine works out. Every amount is a MoneyString rounded to the penny. */
export interface BudgetResult {
  readonly weeksPerYear: string;
  readonly supportLines: readonly SupportLineResult[];
  /** All lines' hours a week added up, to 2 decimal places, for display. */
  readonly totalHoursPerWeek: string;
  readonly support: WeekAndYear;
  readonly managementFee: WeekAndYear;
  readonly travel: WeekAndYear;
  readonly otherCostItems: readonly OtherCostResult[];
  readonly otherCosts: WeekAndYear;
  readonly budget: BudgetPeriods;
  readonly personPart: WeekFourWeeksAndYear;
  readonly councilPart: WeekFourWeeksAndYear;
  readonly spendingItems: readonly SpendingItemResult[];
  /** Planned spending a year (sum of the items a year) and a week (the year ÷ weeks). */
  readonly spending: WeekAndYear;
  /** What can be planned with a year: the budget minus the provider's part (the provider fee). */
  readonly plannablePerYear: MoneyString;
  /** What can be planned with minus planned spending, a year, or £0 when overspent. */
  readonly leftPerYear: MoneyString;
  /** Planned spending minus what can be planned with, a year, or £0 when not overspent. */
  readonly overspentPerYear: MoneyString;
  /** What is left as hours of support, or null with no spending, no line, or nothing left. */
  readonly hoursAfterPlans: HoursAfterPlans | null;
  readonly change: ChangeResult | null;
  readonly notes: readonly BudgetNote[];
  /** The working, in order. */
  readonly working: readonly WorkingStep[];
}

interface Amounts {
  readonly week: Money;
  readonly year: Money;
}

const SIXTY = quantityFromInteger(60);
const HUNDRED = quantityFromInteger(100);
const FOUR = quantityFromInteger(4);
const TWELVE = quantityFromInteger(12);
const ROUNDED = ' (rounded to the nearest penny)';
const MOST_TERMS_IN_A_SENTENCE = 6;

const WEEKS_EXPLAINED: Readonly<Record<string, string>> = {
  '52': '',
  '52.14': ' (365 days ÷ 7)',
  '52.18': ' (365.25 days ÷ 7, which allows for leap years)',
};

const FREQUENCY_WORDS: Readonly<Record<SpendingFrequency, string>> = {
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
  once: 'once',
};

/**
 * What can be planned with (the budget minus the provider's part), what is left after the
 * planned spending, or how much it is overspent. All a year, exact: no rounding is needed.
 */
export function leftAfterPlans(
  budgetYear: Money,
  providerYear: Money,
  spendingYear: Money,
): { plannable: Money; leftYear: Money; overspentYear: Money; overspent: boolean } {
  const plannable = subtractMoney(budgetYear, providerYear);
  const difference = subtractMoney(plannable, spendingYear);
  const overspent = compareMoney(difference, ZERO_MONEY) < 0;
  return {
    plannable,
    leftYear: overspent ? ZERO_MONEY : difference,
    overspentYear: overspent ? subtractMoney(spendingYear, plannable) : ZERO_MONEY,
    overspent,
  };
}

/** A quantity rounded down to some decimal places: 14.665 → 14.6 with 1 place. */
function floorToPlaces(value: Quantity, places: number): Quantity {
  const scale = quantityFromInteger(10 ** places);
  return divideQuantity(floorQuantity(multiplyQuantity(value, scale)), scale);
}

/** A ratio as the working shows it: exact up to 2 places, else "14.66 and a bit". */
function ratioShown(value: Quantity): string {
  if (quantityDecimalPlaces(value) <= 2) return formatQuantity(quantityToString(value));
  return `${formatQuantity(quantityToString(floorToPlaces(value, 2)))} and a bit`;
}

/** Works out a budget and its working from checked inputs (see the rounding rule above). */
export function calculateBudget(input: BudgetInput): BudgetResult {
  const working: WorkingStep[] = [];
  const notes: BudgetNote[] = [];
  const weeks = quantityFromString(input.weeksPerYear);
  const weeksShown = `${formatQuantity(input.weeksPerYear)} weeks`;
  const weeksFigure = figure('weeks in a year', input.weeksPerYear, weeksShown);
  const fourWeeksInAYear = divideQuantity(weeks, FOUR);
  const fourWeeksValue = quantityToString(fourWeeksInAYear);
  const fourWeeksShown = formatQuantity(fourWeeksValue);

  function step(
    id: string,
    section: WorkingSection,
    operation: WorkingStep['operation'],
    inputs: readonly WorkingFigure[],
    result: WorkingFigure,
    rounded: boolean,
    sentence: string,
  ): void {
    working.push({ id, section, operation, inputs, result, rounded, sentence });
  }

  /** Rounds to the penny and says whether anything changed. */
  function rounded(exact: Money): { readonly value: Money; readonly changed: boolean } {
    if (isWholePence(exact)) return { value: exact, changed: false };
    return { value: roundToPenny(exact), changed: true };
  }

  // Each amount is written out once, however many steps show it.
  const views = new Map<Money, { readonly stored: MoneyString; readonly shown: string }>();
  function view(amount: Money): { readonly stored: MoneyString; readonly shown: string } {
    let written = views.get(amount);
    if (written === undefined) {
      const text = toMoneyString(amount);
      written = { stored: text, shown: formatMoney(text) };
      views.set(amount, written);
    }
    return written;
  }
  function show(amount: Money): string {
    return view(amount).shown;
  }
  function stored(amount: Money): MoneyString {
    return view(amount).stored;
  }

  function money(label: string, amount: Money, unit = ''): WorkingFigure {
    const written = view(amount);
    return figure(label, written.stored, `${written.shown}${unit}`);
  }

  /** A year from an amount a week: week × weeks, rounded. `heading` starts the sentence. */
  function yearFromWeek(
    id: string,
    section: WorkingSection,
    what: string,
    week: Money,
    heading = what,
  ): Money {
    const year = rounded(multiplyMoney(week, weeks));
    step(
      id,
      section,
      'multiply',
      [money(`${what} a week`, week, ' a week'), weeksFigure],
      money(`${what} a year`, year.value, ' a year'),
      year.changed,
      `${heading}: ${show(week)} a week × ${weeksShown} = ${show(year.value)} a year${year.changed ? ROUNDED : ''}.`,
    );
    return year.value;
  }

  /** A week from an amount a year: year ÷ weeks, rounded. `heading` starts the sentence. */
  function weekFromYear(
    id: string,
    section: WorkingSection,
    what: string,
    year: Money,
    heading = what,
  ): Money {
    const week = rounded(divideMoney(year, weeks));
    step(
      id,
      section,
      'divide',
      [money(`${what} a year`, year, ' a year'), weeksFigure],
      money(`${what} a week`, week.value, ' a week'),
      week.changed,
      `${heading}: ${show(year)} a year ÷ ${weeksShown} = ${show(week.value)} a week${week.changed ? ROUNDED : ''}.`,
    );
    return week.value;
  }

  /** A year from an amount paid at some frequency (once counts as this year). */
  function yearFromFrequency(
    id: string,
    section: WorkingSection,
    what: string,
    amount: Money,
    frequency: SpendingFrequency,
  ): Money {
    const amountFigure = money(what, amount, ` ${FREQUENCY_WORDS[frequency]}`);
    if (frequency === 'week') return yearFromWeek(id, section, what, amount);
    if (frequency === 'year') return amount;
    // Paid once: the amount is the year's (the note "Things paid for once are counted in this
    // year" says why), so a step would only say the figure again.
    if (frequency === 'once') return amount;
    const times = frequency === 'month' ? TWELVE : fourWeeksInAYear;
    const year = rounded(multiplyMoney(amount, times));
    const timesShown = frequency === 'month' ? '12' : fourWeeksShown;
    const why = frequency === 'four-weeks' ? ` (${weeksShown} ÷ 4 = ${timesShown})` : '';
    step(
      id,
      section,
      'multiply',
      [
        amountFigure,
        figure('times a year', frequency === 'month' ? '12' : fourWeeksValue, timesShown),
      ],
      money(`${what} a year`, year.value, ' a year'),
      year.changed,
      `${what}: ${show(amount)} ${FREQUENCY_WORDS[frequency]} × ${timesShown} = ${show(year.value)} a year${year.changed ? ROUNDED : ''}${why}.`,
    );
    return year.value;
  }

  /** A total of rounded amounts, with a sentence that lists them when there are only a few. No step for one amount or none. */
  function total(
    id: string,
    section: WorkingSection,
    what: string,
    parts: readonly { readonly label: string; readonly amount: Money }[],
    unit: string,
  ): Money {
    const sum = sumMoney(parts.map((part) => part.amount));
    const listed =
      parts.length <= MOST_TERMS_IN_A_SENTENCE
        ? parts.map((part) => show(part.amount)).join(' + ')
        : `the ${parts.length} amounts above added up`;
    // A total of one figure only says it again, so it gets no step (issue 13).
    if (parts.length <= 1) return sum;
    const sentence = `${what}: ${listed} = ${show(sum)}${unit}.`;
    step(
      id,
      section,
      'add',
      parts.map((part) => money(part.label, part.amount, unit)),
      money(what, sum, unit),
      false,
      sentence,
    );
    return sum;
  }

  // 52 weeks needs no step: every sentence that uses it says "× 52 weeks".
  if (input.weeksPerYear !== DEFAULT_WEEKS_PER_YEAR) {
    step(
      'weeks',
      'weeks',
      'given',
      [],
      weeksFigure,
      false,
      `We count ${weeksShown} in a year${WEEKS_EXPLAINED[input.weeksPerYear] ?? ''}.`,
    );
  }
  // With support only, the support is the budget: its year is the budget's year.
  const supportOnly =
    input.managementFee.kind === 'none' &&
    input.travel.kind === 'none' &&
    input.otherCosts.length === 0;

  // Support lines: hours × cost of 1 hour, each rounded to the penny (rule 1).
  let totalMinutes = quantityFromInteger(0);
  const lineWeeks = input.supportLines.map((line) => {
    const rate = moneyFromString(line.hourlyRate);
    const minutes = minutesFromHoursString(line.hoursPerWeek);
    totalMinutes = addQuantity(totalMinutes, minutes);
    const week = rounded(scaleMoney(rate, minutes, SIXTY));
    const hoursShown = formatHours(line.hoursPerWeek);
    step(
      `line:${line.id}:week`,
      'support',
      'multiply',
      [
        figure('hours a week', line.hoursPerWeek, `${hoursShown} a week`),
        money('cost of 1 hour', rate, ' an hour'),
      ],
      money(`${line.name} a week`, week.value, ' a week'),
      week.changed,
      `${line.name}: ${hoursShown} a week × ${show(rate)} an hour = ${show(week.value)} a week${week.changed ? ROUNDED : ''}.`,
    );
    return { line, week: week.value };
  });
  const supportWeek = total(
    'support:week',
    'support',
    'Support a week',
    lineWeeks.map(({ line, week }) => ({ label: `${line.name} a week`, amount: week })),
    ' a week',
  );
  const support: Amounts = {
    week: supportWeek,
    year: yearFromWeek(
      'support:year',
      'support',
      'Support',
      supportWeek,
      supportOnly ? 'Budget a year' : 'Support a year',
    ),
  };

  const totalHours = roundQuantity(divideQuantity(totalMinutes, SIXTY), 2);
  if (compareQuantity(totalMinutes, quantityFromInteger(HOURS_IN_A_WEEK * 60)) > 0) {
    notes.push({
      code: 'more-than-168-hours',
      message: `The support adds up to ${formatQuantity(totalHours)} hours a week. A week has ${HOURS_IN_A_WEEK} hours. This can be right if 2 people give support at the same time.`,
    });
  }

  // Extra costs (rule 2): an amount entered a week gives a year; an amount entered a year gives a week.
  function weekOrYear(
    idPrefix: string,
    what: string,
    kind: 'week' | 'year',
    amount: Money,
  ): Amounts {
    if (kind === 'week') {
      step(
        `${idPrefix}:week`,
        'costs',
        'given',
        [],
        money(`${what} a week`, amount, ' a week'),
        false,
        `${what}: ${show(amount)} a week.`,
      );
      return {
        week: amount,
        year: yearFromWeek(`${idPrefix}:year`, 'costs', what, amount, `${what} a year`),
      };
    }
    step(
      `${idPrefix}:year`,
      'costs',
      'given',
      [],
      money(`${what} a year`, amount, ' a year'),
      false,
      `${what}: ${show(amount)} a year.`,
    );
    return {
      year: amount,
      week: weekFromYear(`${idPrefix}:week`, 'costs', what, amount, `${what} a week`),
    };
  }

  const fee = input.managementFee;
  let managementFee: Amounts = { week: ZERO_MONEY, year: ZERO_MONEY };
  if (fee.kind === 'percent') {
    const percent = quantityFromString(fee.percent);
    const week = rounded(scaleMoney(support.week, percent, HUNDRED));
    step(
      'fee:week',
      'costs',
      'percent-of',
      [
        figure('fee percentage', fee.percent, `${formatQuantity(fee.percent)}%`),
        money('Support a week', support.week, ' a week'),
      ],
      money('Provider fee a week', week.value, ' a week'),
      week.changed,
      `Provider fee: ${formatQuantity(fee.percent)}% of ${show(support.week)} a week = ${show(week.value)} a week${week.changed ? ROUNDED : ''}.`,
    );
    managementFee = {
      week: week.value,
      year: yearFromWeek('fee:year', 'costs', 'Provider fee', week.value, 'Provider fee a year'),
    };
  } else if (fee.kind !== 'none') {
    managementFee = weekOrYear('fee', 'Provider fee', fee.kind, moneyFromString(fee.amount));
  }

  const travel =
    input.travel.kind === 'none'
      ? { week: ZERO_MONEY, year: ZERO_MONEY }
      : weekOrYear('travel', 'Travel', input.travel.kind, moneyFromString(input.travel.amount));

  const otherItems = input.otherCosts.map((cost) => {
    const amount = moneyFromString(cost.amount);
    if (cost.frequency === 'week') {
      return {
        cost,
        week: amount,
        year: yearFromWeek(`other:${cost.id}:year`, 'costs', cost.name, amount),
      };
    }
    const year = yearFromFrequency(
      `other:${cost.id}:year`,
      'costs',
      cost.name,
      amount,
      cost.frequency,
    );
    return { cost, year, week: weekFromYear(`other:${cost.id}:week`, 'costs', cost.name, year) };
  });
  const otherCosts: Amounts =
    otherItems.length === 0
      ? { week: ZERO_MONEY, year: ZERO_MONEY }
      : {
          week: total(
            'other:week',
            'costs',
            'Other costs a week',
            otherItems.map((item) => ({ label: `${item.cost.name} a week`, amount: item.week })),
            ' a week',
          ),
          year: total(
            'other:year',
            'costs',
            'Other costs a year',
            otherItems.map((item) => ({ label: `${item.cost.name} a year`, amount: item.year })),
            ' a year',
          ),
        };

  // The budget (rule 3): the parts added up, a week and a year.
  const parts: { readonly label: string; readonly amounts: Amounts; readonly present: boolean }[] =
    [
      { label: 'support', amounts: support, present: true },
      { label: 'provider fee', amounts: managementFee, present: fee.kind !== 'none' },
      { label: 'travel', amounts: travel, present: input.travel.kind !== 'none' },
      { label: 'other costs', amounts: otherCosts, present: otherItems.length > 0 },
    ].filter((part) => part.present);

  function budgetTotal(id: string, period: 'week' | 'year'): Money {
    const unit = period === 'week' ? ' a week' : ' a year';
    const amounts = parts.map((part) => part.amounts[period]);
    const sum = sumMoney(amounts);
    // Support alone is the budget: the steps above already say its figures.
    if (parts.length === 1) return sum;
    const sentence = `Budget${unit}: ${parts.map((part) => `${show(part.amounts[period])} ${part.label}`).join(' + ')} = ${show(sum)}${unit}.`;
    step(
      id,
      'budget',
      'add',
      parts.map((part) => money(`${part.label}${unit}`, part.amounts[period], unit)),
      money(`Budget${unit}`, sum, unit),
      false,
      sentence,
    );
    return sum;
  }
  const budgetWeek = budgetTotal('budget:week', 'week');
  const budgetYear = budgetTotal('budget:year', 'year');
  const budgetFourWeeks = multiplyMoney(budgetWeek, FOUR);
  step(
    'budget:four-weeks',
    'budget',
    'multiply',
    [money('Budget a week', budgetWeek, ' a week'), figure('weeks', '4', '4')],
    money('Budget every 4 weeks', budgetFourWeeks, ' every 4 weeks'),
    false,
    `Budget every 4 weeks: ${show(budgetWeek)} a week × 4 = ${show(budgetFourWeeks)}.`,
  );
  const budgetMonth = rounded(divideMoney(budgetYear, TWELVE));
  step(
    'budget:month',
    'budget',
    'divide',
    [money('Budget a year', budgetYear, ' a year'), figure('months', '12', '12')],
    money('Budget a month', budgetMonth.value, ' a month'),
    budgetMonth.changed,
    `Budget a month: ${show(budgetYear)} a year ÷ 12 = ${show(budgetMonth.value)}${budgetMonth.changed ? ROUNDED : ''}.`,
  );

  // Who pays: the person's contribution, and the council pays the rest. Never more than the budget.
  const contribution = moneyFromString(input.personContributionPerWeek);
  const personWeek = minMoney(contribution, budgetWeek);
  if (compareMoney(contribution, budgetWeek) > 0) {
    notes.push({
      code: 'contribution-more-than-budget',
      message: `Your contribution of ${show(contribution)} a week is more than the budget of ${show(budgetWeek)} a week. Here your part is shown as the whole budget. Check the amount with the council.`,
    });
  }
  let personYear = ZERO_MONEY;
  if (!isZeroMoney(contribution)) {
    step(
      'person:week',
      'who-pays',
      'given',
      [],
      money('Your part a week', personWeek, ' a week'),
      false,
      `Your part: ${show(personWeek)} a week, from your financial assessment.`,
    );
    personYear = minMoney(
      yearFromWeek('person:year', 'who-pays', 'Your part', personWeek, 'Your part a year'),
      budgetYear,
    );
  }
  const personFourWeeks = multiplyMoney(personWeek, FOUR);
  const councilWeek = subtractMoney(budgetWeek, personWeek);
  const councilYear = subtractMoney(budgetYear, personYear);
  if (!isZeroMoney(contribution)) {
    for (const [period, budget, person, council] of [
      ['week', budgetWeek, personWeek, councilWeek],
      ['year', budgetYear, personYear, councilYear],
    ] as const) {
      step(
        `council:${period}`,
        'who-pays',
        'subtract',
        [
          money(`Budget a ${period}`, budget, ` a ${period}`),
          money(`Your part a ${period}`, person, ` a ${period}`),
        ],
        money(`The council's part a ${period}`, council, ` a ${period}`),
        false,
        `The council's part: ${show(budget)} − ${show(person)} = ${show(council)} a ${period}.`,
      );
    }
  }

  // Planned spending: each item a year, then the total a year (and a week, kept without a step).
  const spendingItems = input.spending.map((item) => {
    const amount = moneyFromString(item.amount);
    const year = yearFromFrequency(
      `spending:${item.id}:year`,
      'spending',
      item.name,
      amount,
      item.frequency,
    );
    return { item, amount, year };
  });
  if (spendingItems.some(({ item }) => item.frequency === 'once')) {
    notes.push({ code: 'paid-once', message: 'Things paid for once are counted in this year.' });
  }
  const spendingYear = total(
    'spending:year',
    'spending',
    'Planned spending a year',
    spendingItems.map(({ item, year }) => ({ label: `${item.name} a year`, amount: year })),
    ' a year',
  );
  const spendingWeek = roundToPenny(divideMoney(spendingYear, weeks));

  // What can be planned with, what is left, and what that pays for (see the module comment).
  const left = leftAfterPlans(budgetYear, managementFee.year, spendingYear);
  const planned = spendingItems.length > 0;
  if (planned && !isZeroMoney(managementFee.year)) {
    step(
      'left:plannable',
      'left',
      'subtract',
      [
        money('Budget a year', budgetYear, ' a year'),
        money('Provider fee a year', managementFee.year, ' a year'),
      ],
      money('You can plan with a year', left.plannable, ' a year'),
      false,
      `You can plan with: ${show(budgetYear)} budget − ${show(managementFee.year)} your provider keeps = ${show(left.plannable)} a year.`,
    );
  }
  const plannableWords = isZeroMoney(managementFee.year) ? 'budget' : 'you can plan with';
  if (planned && left.overspent) {
    step(
      'left:year',
      'left',
      'subtract',
      [
        money('Planned spending a year', spendingYear, ' a year'),
        money('You can plan with a year', left.plannable, ' a year'),
      ],
      money('Overspent a year', left.overspentYear, ' a year'),
      false,
      `Overspent: ${show(spendingYear)} planned − ${show(left.plannable)} ${plannableWords} = ${show(left.overspentYear)} a year too much.`,
    );
    notes.push({
      code: 'overspent',
      message: `The planned spending is ${show(left.overspentYear)} a year more than ${isZeroMoney(managementFee.year) ? 'the budget' : 'you can plan with'}.`,
    });
  } else if (planned) {
    step(
      'left:year',
      'left',
      'subtract',
      [
        money('You can plan with a year', left.plannable, ' a year'),
        money('Planned spending a year', spendingYear, ' a year'),
      ],
      money('Left a year', left.leftYear, ' a year'),
      false,
      `Left: ${show(left.plannable)} ${plannableWords} − ${show(spendingYear)} planned = ${show(left.leftYear)} a year.`,
    );
  }

  const hoursLine =
    input.leftInHoursLineId === undefined
      ? input.supportLines[0]
      : input.supportLines.find((line) => line.id === input.leftInHoursLineId);
  let hoursAfterPlans: HoursAfterPlans | null = null;
  if (planned && hoursLine !== undefined && !isZeroMoney(left.leftYear)) {
    const rate = moneyFromString(hoursLine.hourlyRate);
    // Travel and other costs keep their job: only the rest buys hours.
    const keptForCosts = addMoney(travel.year, otherCosts.year);
    const forSupport = isZeroMoney(keptForCosts)
      ? left.leftYear
      : compareMoney(left.leftYear, keptForCosts) > 0
        ? subtractMoney(left.leftYear, keptForCosts)
        : ZERO_MONEY;
    if (!isZeroMoney(keptForCosts)) {
      step(
        'left:support',
        'left',
        'subtract',
        [
          money('Left a year', left.leftYear, ' a year'),
          money('Travel and other costs a year', keptForCosts, ' a year'),
        ],
        money('Left for support a year', forSupport, ' a year'),
        false,
        `For hours of support: ${show(left.leftYear)} left − ${show(keptForCosts)} travel and other costs = ${show(forSupport)} a year${isZeroMoney(forSupport) ? ' (not below £0)' : ''}.`,
      );
    }
    if (!isZeroMoney(rate)) {
      const exactYear = moneyRatio(forSupport, rate);
      const hoursYear = floorQuantity(exactYear);
      const exactWeek = divideQuantity(exactYear, weeks);
      const hoursWeek = floorToPlaces(exactWeek, 1);
      const yearShown = formatQuantity(quantityToString(hoursYear));
      const weekShown = formatQuantity(quantityToString(hoursWeek));
      step(
        'left:hours',
        'left',
        'divide',
        [
          money('Left for support a year', forSupport, ' a year'),
          money('cost of 1 hour', rate, ' an hour'),
          weeksFigure,
        ],
        figure('hours a week', quantityToString(hoursWeek), `about ${weekShown} hours a week`),
        false,
        `Hours: ${show(forSupport)} ÷ ${show(rate)} an hour = ${ratioShown(exactYear)} a year (about ${yearShown}); ÷ ${weeksShown} = ${ratioShown(exactWeek)}, so about ${weekShown} a week.`,
      );
      hoursAfterPlans = {
        lineId: hoursLine.id,
        hourlyRate: hoursLine.hourlyRate,
        forSupportPerYear: stored(forSupport),
        hoursPerYear: quantityToString(hoursYear),
        hoursPerWeek: quantityToString(hoursWeek),
      };
    }
  }

  // A change to think about: the difference a week and a year on one line.
  let change: ChangeResult | null = null;
  const wanted = input.change;
  const changedLine =
    wanted === undefined ? undefined : input.supportLines.find((line) => line.id === wanted.lineId);
  if (wanted !== undefined && changedLine !== undefined) {
    const minutes = changeMinutesPerWeek(wanted);
    const hours = hoursStringFromExactMinutes(minutes);
    if (hours === undefined) throw new RangeError('A checked change always has a stored form');
    const fewerOrMore = wanted.direction === 'fewer' ? 'fewer' : 'more';
    const savedOrExtra = wanted.direction === 'fewer' ? 'saved' : 'extra';
    if (wanted.unit === 'minutes-a-day') {
      step(
        'change:hours',
        'change',
        'multiply',
        [
          figure(
            'minutes a day',
            wanted.minutesPerDay,
            `${formatMinutes(wanted.minutesPerDay)} a day`,
          ),
          figure('days', '7', '7 days'),
        ],
        figure('hours a week', hours, `${formatHours(hours)} a week`),
        false,
        `${changedLine.name}: ${formatMinutes(wanted.minutesPerDay)} a day × 7 days = ${formatQuantity(quantityToString(minutes))} minutes a week, which is ${formatHours(hours)} a week.`,
      );
    }
    const rate = moneyFromString(changedLine.hourlyRate);
    const week = rounded(scaleMoney(rate, minutes, SIXTY));
    step(
      'change:week',
      'change',
      'multiply',
      [
        figure('hours a week', hours, `${formatHours(hours)} a week`),
        money('cost of 1 hour', rate, ' an hour'),
      ],
      money(`Change a week`, week.value, ' a week'),
      week.changed,
      `${changedLine.name}: ${formatHours(hours)} a week ${fewerOrMore} × ${show(rate)} an hour = ${show(week.value)} a week ${savedOrExtra}${week.changed ? ROUNDED : ''}.`,
    );
    const year = rounded(multiplyMoney(week.value, weeks));
    step(
      'change:year',
      'change',
      'multiply',
      [money('Change a week', week.value, ' a week'), weeksFigure],
      money('Change a year', year.value, ' a year'),
      year.changed,
      `${show(week.value)} a week × ${weeksShown} = ${show(year.value)} a year ${savedOrExtra}${year.changed ? ROUNDED : ''}.`,
    );
    const lineMinutes = minutesFromHoursString(changedLine.hoursPerWeek);
    const newMinutes =
      wanted.direction === 'fewer'
        ? subtractQuantity(lineMinutes, minutes)
        : addQuantity(lineMinutes, minutes);
    if (fee.kind === 'percent') {
      notes.push({
        code: 'fee-changes-with-hours',
        message: 'The provider fee is a share of the support cost, so it would change too.',
      });
    }
    change = {
      lineId: changedLine.id,
      direction: wanted.direction,
      hoursPerWeek: hours,
      newHoursPerWeek: hoursStringFromExactMinutes(newMinutes) ?? null,
      perWeek: stored(week.value),
      perYear: stored(year.value),
    };
  }

  const pair = (amounts: Amounts): WeekAndYear => ({
    perWeek: stored(amounts.week),
    perYear: stored(amounts.year),
  });

  return {
    weeksPerYear: input.weeksPerYear,
    supportLines: lineWeeks.map(({ line, week }) => ({
      id: line.id,
      name: line.name,
      hoursPerWeek: line.hoursPerWeek,
      hourlyRate: line.hourlyRate,
      perWeek: stored(week),
    })),
    totalHoursPerWeek: quantityToString(totalHours),
    support: pair(support),
    managementFee: pair(managementFee),
    travel: pair(travel),
    otherCostItems: otherItems.map(({ cost, week, year }) => ({
      id: cost.id,
      name: cost.name,
      amount: cost.amount,
      frequency: cost.frequency,
      perWeek: stored(week),
      perYear: stored(year),
    })),
    otherCosts: pair(otherCosts),
    budget: {
      perWeek: stored(budgetWeek),
      perFourWeeks: stored(budgetFourWeeks),
      perMonth: stored(budgetMonth.value),
      perYear: stored(budgetYear),
    },
    personPart: {
      ...pair({ week: personWeek, year: personYear }),
      perFourWeeks: stored(personFourWeeks),
    },
    councilPart: {
      ...pair({ week: councilWeek, year: councilYear }),
      perFourWeeks: stored(subtractMoney(budgetFourWeeks, personFourWeeks)),
    },
    spendingItems: spendingItems.map(({ item, year }) => ({
      id: item.id,
      name: item.name,
      amount: item.amount,
      frequency: item.frequency,
      goalId: item.goalId,
      perYear: stored(year),
    })),
    spending: pair({ week: spendingWeek, year: spendingYear }),
    plannablePerYear: stored(left.plannable),
    leftPerYear: stored(left.leftYear),
    overspentPerYear: stored(left.overspentYear),
    hoursAfterPlans,
    change,
    notes,
    working,
  };
}
