/*
 * Checking a plan stops looking at list entries once it has found enough problems to show
 * (issue 14, finding 6). zod checks every entry of every list and reports every problem, even
 * though a person is shown 10, so a crafted 1 MB backup file could hold the page for seconds.
 */
import { z } from 'zod';
import { MAX_PROBLEMS_FOUND } from './limits';

interface ListDef<T extends z.ZodTypeAny> extends z.ZodTypeDef {
  readonly max: number;
  /** The list's check, made once: each entry checked until enough problems are found. */
  readonly entries: z.ZodArray<UntilEnoughProblems<T>>;
}

/**
 * A list of up to `max` entries of `item`. A longer list is refused at once, with one problem,
 * without checking its entries; an entry is not checked once the whole check has found
 * `MAX_PROBLEMS_FOUND` problems. A list with no problems is checked in full, as `z.array` does.
 */
export class BoundedList<T extends z.ZodTypeAny> extends z.ZodType<
  z.output<T>[],
  ListDef<T>,
  z.input<T>[]
> {
  _parse(input: z.ParseInput): z.ParseReturnType<z.output<T>[]> {
    const { max, entries } = this._def;
    if (Array.isArray(input.data) && input.data.length > max) {
      z.addIssueToContext(this._getOrReturnCtx(input), {
        code: z.ZodIssueCode.too_big,
        type: 'array',
        maximum: max,
        inclusive: true,
        exact: false,
      });
      return z.INVALID;
    }
    return entries._parse(input);
  }
}

/** A list of up to `max` entries of `item`, checked as `BoundedList` says. */
export function listOf<T extends z.ZodTypeAny>(item: T, max: number): BoundedList<T> {
  const entries = z.array(new UntilEnoughProblems<T>({ inner: item })).max(max);
  return new BoundedList<T>({ max, entries });
}

interface InnerDef<T extends z.ZodTypeAny> extends z.ZodTypeDef {
  readonly inner: T;
}

/** Checks like `inner`, but does nothing once the whole check has found enough problems. */
export class UntilEnoughProblems<T extends z.ZodTypeAny> extends z.ZodType<
  z.output<T>,
  InnerDef<T>,
  z.input<T>
> {
  _parse(input: z.ParseInput): z.ParseReturnType<z.output<T>> {
    // The check has already failed with enough problems to show: this part would add nothing.
    if (input.parent.common.issues.length >= MAX_PROBLEMS_FOUND) return z.INVALID;
    return this._def.inner._parse(input) as z.ParseReturnType<z.output<T>>;
  }
}

interface FirstDef<T extends z.ZodTypeAny> extends z.ZodTypeDef {
  readonly first: z.ZodTypeAny;
  readonly inner: T;
}

/**
 * Checks with `first`, a quicker check that finds the same problems but stops early, and only
 * when it passes with `inner`. For a schema owned elsewhere (the calculator's figures), whose
 * own lists report every problem.
 */
export class CheckedFirstBy<T extends z.ZodTypeAny> extends z.ZodType<
  z.output<T>,
  FirstDef<T>,
  z.input<T>
> {
  _parse(input: z.ParseInput): z.ParseReturnType<z.output<T>> {
    const first = this._def.first._parseSync(input);
    if (first.status !== 'valid') return z.INVALID;
    return this._def.inner._parse(input) as z.ParseReturnType<z.output<T>>;
  }
}
