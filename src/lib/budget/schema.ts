/**
 * What a budget is worked out from, checked by zod: support lines, weeks in a year, extra costs,
 * the person's contribution, planned spending and a change to think about. The costs that may be
 * added come from the Citizen Network ISF explainer (seed 000); the limits from issue 3.
 */
import { z } from 'zod';
import {
  addQuantity,
  compareQuantity,
  moneyInputSchema,
  multiplyQuantity,
  quantityFromInteger,
  quantityFromString,
  type MoneyString,
  type Quantity,
} from '../money';
import {
  HOURS_IN_A_WEEK,
  hoursInputSchema,
  minutesFromHoursString,
  minutesInputSchema,
} from './hours';

/** The weeks in a year people can choose: 52 (the source documents), 365 days ÷ 7, 365.25 days ÷ 7. */
export const WEEKS_PER_YEAR_CHOICES = ['52', '52.14', '52.18'] as const;

/** The weeks in a year when none is chosen: the figure the source documents use. */
export const DEFAULT_WEEKS_PER_YEAR = '52';

/** The most that 1 hour of support may cost: £1,000. */
export const MAX_HOURLY_RATE = '1000.00' as MoneyString;

/** The most entries each list of a budget may hold: enough for anyone, small enough to check. */
export const BUDGET_LIST_LIMITS = { supportLines: 500, otherCosts: 500, spending: 1000 } as const;

/** How often a regular cost or a planned spending item is paid. */
export const RECURRING_FREQUENCIES = ['week', 'four-weeks', 'month', 'year'] as const;

/** How often a planned spending item is paid: a regular frequency, or once. */
export const SPENDING_FREQUENCIES = [...RECURRING_FREQUENCIES, 'once'] as const;

/** How often a regular cost is paid. */
export type RecurringFrequency = (typeof RECURRING_FREQUENCIES)[number];

/** How often a planned spending item is paid. */
export type SpendingFrequency = (typeof SPENDING_FREQUENCIES)[number];

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/** A number from `min` to `max` with up to 2 decimal places, like "52.14" or "10%". Gives "52.14" or "10". */
function boundedNumberSchema(options: {
  readonly message: string;
  readonly min: number;
  readonly max: number;
  readonly allowPercentSign?: boolean;
}): z.ZodType<string, z.ZodTypeDef, string> {
  return z
    .string({ required_error: options.message, invalid_type_error: options.message })
    .transform((text, context) => {
      let rest = text.normalize('NFKC').trim();
      if (options.allowPercentSign === true) rest = rest.replace(/\s*%$/, '');
      const match = PLAIN_DECIMAL.exec(rest);
      if (match === null) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: options.message });
        return z.NEVER;
      }
      const fraction = (match[2] ?? '').replace(/0+$/, '');
      const value = `${(match[1] ?? '0').replace(/^0+(?=\d)/, '')}${fraction === '' ? '' : `.${fraction}`}`;
      const quantity = quantityFromString(value);
      if (
        compareQuantity(quantity, quantityFromInteger(options.min)) < 0 ||
        compareQuantity(quantity, quantityFromInteger(options.max)) > 0
      ) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: options.message });
        return z.NEVER;
      }
      return value;
    });
}

function nameSchema(example: string): z.ZodString {
  const message = `Enter a name, like ${example}`;
  return z
    .string({ required_error: message, invalid_type_error: message })
    .trim()
    .min(1, message)
    .max(100, 'Enter a name of 100 characters or fewer');
}

const idSchema = z.string().min(1).max(100);

/** One kind of support: its name, hours a week and the cost of 1 hour. */
export const supportLineSchema = z.object({
  /** A key that stays the same when lines are moved; the change and "left in hours" refer to it. */
  id: idSchema,
  /** What the support is, like "Personal care". */
  name: nameSchema('Personal care'),
  /** Hours a week: "7.5", "7:30" or "7 hours 30 minutes". At most 168. */
  hoursPerWeek: hoursInputSchema({ field: 'the hours a week' }),
  /** The cost of 1 hour: up to £1,000. */
  hourlyRate: moneyInputSchema({
    field: 'the cost of 1 hour',
    unit: 'hour',
    max: MAX_HOURLY_RATE,
  }),
});

/** The provider's management fee: none, a percentage of the support cost, or an amount a week or a year. */
export const managementFeeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('percent'),
    /** A percentage of the support cost, 0 to 100, up to 2 decimal places. */
    percent: boundedNumberSchema({
      message: 'Enter the fee as a percentage from 0 to 100, like 10',
      min: 0,
      max: 100,
      allowPercentSign: true,
    }),
  }),
  z.object({
    kind: z.literal('week'),
    amount: moneyInputSchema({ field: 'the provider fee a week', unit: 'week' }),
  }),
  z.object({
    kind: z.literal('year'),
    amount: moneyInputSchema({ field: 'the provider fee a year', unit: 'year' }),
  }),
]);

/** Travel costs: none, or an amount a week or a year. */
export const travelSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('week'),
    amount: moneyInputSchema({ field: 'the travel cost a week', unit: 'week' }),
  }),
  z.object({
    kind: z.literal('year'),
    amount: moneyInputSchema({ field: 'the travel cost a year', unit: 'year' }),
  }),
]);

/** Any other regular cost added to the budget. */
export const otherCostSchema = z.object({
  id: idSchema,
  /** What the cost is for, like "Equipment hire". */
  name: nameSchema('Equipment hire'),
  /** How much each time it is paid. */
  amount: moneyInputSchema({ field: 'the cost' }),
  /** How often it is paid. */
  frequency: z.enum(RECURRING_FREQUENCIES),
});

/** Something the person plans to spend their budget on. */
export const spendingItemSchema = z.object({
  id: idSchema,
  /** What it is, like "Cooking classes". */
  name: nameSchema('Cooking classes'),
  /** How much each time it is paid. */
  amount: moneyInputSchema({ field: 'the cost' }),
  /** How often it is paid: a week, every 4 weeks, a month, a year, or once. */
  frequency: z.enum(SPENDING_FREQUENCIES),
  /** The goal in the support plan that this spending helps with, if any. */
  goalId: idSchema.optional(),
});

const changeBase = {
  /** The support line that would change. */
  lineId: idSchema,
  /** Fewer hours (support fading) or more hours. */
  direction: z.enum(['fewer', 'more']),
};

/** A change to think about: fewer or more hours on one line, as minutes a day or hours a week. */
export const changeSchema = z.discriminatedUnion('unit', [
  z.object({
    ...changeBase,
    unit: z.literal('minutes-a-day'),
    /** Minutes a day, like "45". Counted for 7 days a week. */
    minutesPerDay: minutesInputSchema({ field: 'the minutes a day' }),
  }),
  z.object({
    ...changeBase,
    unit: z.literal('hours-a-week'),
    /** Hours a week, like "5.25". */
    hoursPerWeek: hoursInputSchema({ field: 'the change in hours a week' }),
  }),
]);

/** Everything a budget is worked out from. Amounts are strings, as typed or as stored. */
export const budgetInputSchema = z
  .object({
    /** The kinds of support, each with its own hours and cost of 1 hour. */
    supportLines: z.array(supportLineSchema).max(BUDGET_LIST_LIMITS.supportLines),
    /** Weeks counted in a year: 52 unless chosen, from 1 to 53. */
    weeksPerYear: boundedNumberSchema({
      message: 'Enter the weeks in a year as a number from 1 to 53, like 52',
      min: 1,
      max: 53,
    }).default(DEFAULT_WEEKS_PER_YEAR),
    /** The provider's management fee. */
    managementFee: managementFeeSchema.default({ kind: 'none' }),
    /** Travel costs. */
    travel: travelSchema.default({ kind: 'none' }),
    /** Other regular costs added to the budget. */
    otherCosts: z.array(otherCostSchema).max(BUDGET_LIST_LIMITS.otherCosts).default([]),
    /** What the person pays each week after their financial assessment. */
    personContributionPerWeek: moneyInputSchema({
      field: 'your contribution a week',
      unit: 'week',
    }).default('0'),
    /** Planned spending. */
    spending: z.array(spendingItemSchema).max(BUDGET_LIST_LIMITS.spending).default([]),
    /** A change to think about, if any. */
    change: changeSchema.optional(),
    /** The line whose cost of 1 hour is used to say what is left in hours. The first line if not given. */
    leftInHoursLineId: idSchema.optional(),
  })
  .superRefine((input, context) => {
    if (!Array.isArray(input.supportLines)) return;
    const lines = new Map<string, (typeof input.supportLines)[number]>();
    input.supportLines.forEach((line, index) => {
      if (lines.has(line.id)) {
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['supportLines', index, 'id'],
          message: 'Each support line needs its own id',
        });
      }
      lines.set(line.id, line);
    });
    if (input.leftInHoursLineId !== undefined && !lines.has(input.leftInHoursLineId)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['leftInHoursLineId'],
        message: 'Choose one of the support lines',
      });
    }
    const change = input.change;
    if (change === undefined || typeof change.lineId !== 'string') return;
    const line = lines.get(change.lineId);
    if (line === undefined) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['change', 'lineId'],
        message: 'Choose the support that would change',
      });
      return;
    }
    // Zod runs this check even when a field above failed; such a field holds no usable value.
    const changeAmount =
      change.unit === 'minutes-a-day' ? change.minutesPerDay : change.hoursPerWeek;
    if (typeof line.hoursPerWeek !== 'string' || typeof changeAmount !== 'string') return;
    const lineMinutes = minutesFromHoursString(line.hoursPerWeek);
    const changeMinutes = changeMinutesPerWeek(change);
    const amountPath = [
      'change',
      change.unit === 'minutes-a-day' ? 'minutesPerDay' : 'hoursPerWeek',
    ];
    if (change.direction === 'fewer' && compareQuantity(changeMinutes, lineMinutes) > 0) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: amountPath,
        message: `The change is more than the hours of ${line.name}. Enter a smaller change`,
      });
    }
    if (
      change.direction === 'more' &&
      compareQuantity(
        addQuantity(lineMinutes, changeMinutes),
        quantityFromInteger(HOURS_IN_A_WEEK * 60),
      ) > 0
    ) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: amountPath,
        message: `With the change, ${line.name} would be more than ${HOURS_IN_A_WEEK} hours a week. Enter a smaller change`,
      });
    }
  });

/** A budget's inputs as typed or stored (strings), before checking. */
export type BudgetInputDraft = z.input<typeof budgetInputSchema>;

/** A budget's inputs after checking: every amount in its stored form. */
export type BudgetInput = z.output<typeof budgetInputSchema>;

/** One support line after checking. */
export type SupportLine = z.output<typeof supportLineSchema>;

/** A planned spending item after checking. */
export type SpendingItem = z.output<typeof spendingItemSchema>;

/** Another regular cost after checking. */
export type OtherCost = z.output<typeof otherCostSchema>;

/** A change to think about, after checking. */
export type BudgetChange = z.output<typeof changeSchema>;

/** The exact minutes a week that a change adds or takes away (minutes a day × 7, or hours a week × 60). */
export function changeMinutesPerWeek(change: BudgetChange): Quantity {
  return change.unit === 'minutes-a-day'
    ? multiplyQuantity(quantityFromString(change.minutesPerDay), quantityFromInteger(7))
    : minutesFromHoursString(change.hoursPerWeek);
}
