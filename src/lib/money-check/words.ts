/*
 * Hours as the money check shows them: "12 hours", "7 hours 20 minutes", "about 43 hours
 * 20 minutes" when a figure is not a whole number of minutes. Hours are counted in minutes
 * everywhere, so they add up exactly.
 */
import {
  compareQuantity,
  isWholeQuantity,
  quantityFromInteger,
  quantityToInteger,
  roundQuantity,
  subtractQuantity,
  type Quantity,
} from '../money';
import { formatWholeNumber } from '../money';

const ZERO = quantityFromInteger(0);

/** The size of a number of minutes, without its sign. */
export function minutesSize(minutes: Quantity): Quantity {
  return compareQuantity(minutes, ZERO) < 0 ? subtractQuantity(ZERO, minutes) : minutes;
}

function plural(count: number, one: string, many: string): string {
  return `${formatWholeNumber(count)} ${count === 1 ? one : many}`;
}

/** Minutes (0 or more) as hours for people: "12 hours", "1 hour 30 minutes", "about 20 minutes". */
export function formatMinutesAsHours(minutes: Quantity): string {
  const size = minutesSize(minutes);
  const exact = isWholeQuantity(size);
  const total = quantityToInteger(roundQuantity(size, 0));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const about = exact ? '' : 'about ';
  if (hours === 0) return `${about}${plural(rest, 'minute', 'minutes')}`;
  if (rest === 0) return `${about}${plural(hours, 'hour', 'hours')}`;
  return `${about}${plural(hours, 'hour', 'hours')} ${plural(rest, 'minute', 'minutes')}`;
}
