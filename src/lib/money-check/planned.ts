/*
 * What the plan says the Individual Service Fund's money is for (issue 20): the budget a week,
 * each kind of support with its hours a week and the cost of 1 hour, the other things the plan
 * pays for, and the provider's part. A money check compares each statement with this.
 * The figures come from a support plan on this device, a calculator link, or are typed in.
 */
import type { HoursString } from '../budget/hours';
import { minutesFromHoursString } from '../budget/hours';
import type { SpendingFrequency } from '../budget/schema';
import {
  divideQuantity,
  moneyFromString,
  multiplyMoney,
  quantityFromInteger,
  type Money,
  type MoneyString,
} from '../money';

/** One kind of support in the plan, like "Personal care, 12 hours a week at £24 an hour". */
export interface PlannedSupport {
  readonly id: string;
  readonly name: string;
  readonly hoursAWeek: HoursString;
  readonly costOfAnHour: MoneyString;
}

/** Something else the plan pays for, like "Swimming, £20 a month". */
export interface PlannedItem {
  readonly id: string;
  readonly name: string;
  readonly amount: MoneyString;
  readonly frequency: SpendingFrequency;
}

/** Everything a money check compares a statement with. */
export interface PlannedBudget {
  /** The budget the council pays a week, the provider's part included. */
  readonly budgetAWeek: MoneyString;
  /** The weeks in a year the budget counts, as the calculator does: "52", "52.14" or "52.18". */
  readonly weeksPerYear: string;
  readonly support: readonly PlannedSupport[];
  readonly items: readonly PlannedItem[];
  /** What the provider keeps a week for running the fund (its fee). */
  readonly providerFeeAWeek: MoneyString;
  /**
   * The person's council may take back money not spent over this many weeks of the budget,
   * as the person sets it ("8"); empty when the person does not know.
   */
  readonly councilLimitWeeks: string;
}

const SIXTY = quantityFromInteger(60);

/** The cost of a kind of support for a week: hours a week × cost of 1 hour, exact. */
export function supportCostAWeek(support: PlannedSupport): Money {
  const hours = divideQuantity(minutesFromHoursString(support.hoursAWeek), SIXTY);
  return multiplyMoney(moneyFromString(support.costOfAnHour), hours);
}
