/*
 * The calculator's figures in the page address, after the "#": browsers never send that
 * part to a server, so a person can bookmark the figures or send them to their advocate
 * while nothing leaves the device. A link the calculator writes always reads back to the
 * same figures, or it is not written (issue 13). Links are untrusted: every value comes back
 * as plain text for the form to check, a broken link gives the usual starting figures, and a
 * link with repeated keys, gaps in its row numbers or too many rows says what was left out.
 */
import type { BudgetInput, BudgetInputDraft } from '../budget/schema';
import { RECURRING_FREQUENCIES, SPENDING_FREQUENCIES } from '../budget/schema';

/** The longest link part we read; anything longer is not from this site. */
export const MAX_LINK_LENGTH = 20_000;

/** The most rows of each kind a link may hold. */
export const MAX_LINK_ROWS = 100;

/** The name a kind of support has until the person gives it one. */
export const DEFAULT_LINE_NAME = 'Support';

/** The figures a link holds, as text for the form (nothing in them is trusted yet). */
export interface CalculatorDraft {
  supportLines: { id: string; name: string; hoursPerWeek: string; hourlyRate: string }[];
  weeksPerYear: string;
  feeKind: 'none' | 'percent' | 'week' | 'year';
  feeAmount: string;
  travelKind: 'none' | 'week' | 'year';
  travelAmount: string;
  otherCosts: { id: string; name: string; amount: string; frequency: string }[];
  personContributionPerWeek: string;
  spending: { id: string; name: string; amount: string; frequency: string }[];
  changeLineId: string;
  changeDirection: 'fewer' | 'more';
  changeUnit: 'minutes-a-day' | 'hours-a-week';
  changeAmount: string;
  /** The support line whose cost of 1 hour turns what is left into hours. */
  leftInHoursLineId: string;
}

/** What reading a link gives: the figures, and a message when some could not be read. */
export interface LinkReadResult {
  draft: CalculatorDraft;
  /** A kind message for the person when the link was broken; undefined when it was fine. */
  problem?: string;
  /**
   * What the reader left out of a link it could mostly read, one sentence each, like
   * "Spending 101 to 105: a link can hold up to 100." Undefined when nothing was left out.
   */
  leftOut?: readonly string[];
}

/** Said instead of writing a link that would be too long (or too big) to read back. */
export const TOO_LONG_MESSAGE =
  'This list is too long to keep in a link. Use Print or Word to keep it.';

/** A link the calculator may write, or why it may not. */
export type LinkWriting = { ok: true; text: string } | { ok: false; problem: string };

/** The figures a person starts with: one kind of support, nothing filled in. */
export function emptyDraft(): CalculatorDraft {
  return {
    supportLines: [{ id: 'l1', name: DEFAULT_LINE_NAME, hoursPerWeek: '', hourlyRate: '' }],
    weeksPerYear: '52',
    feeKind: 'none',
    feeAmount: '',
    travelKind: 'none',
    travelAmount: '',
    otherCosts: [],
    personContributionPerWeek: '',
    spending: [],
    changeLineId: 'l1',
    changeDirection: 'fewer',
    changeUnit: 'minutes-a-day',
    changeAmount: '',
    leftInHoursLineId: 'l1',
  };
}

const BROKEN_LINK_MESSAGE =
  'Some figures in this link could not be read, so we started with empty figures. Check the link, or type your figures below.';

/**
 * Writes the figures as the part of an address after "#" (without the "#"), with no limit on
 * its length: use `linkFor` for a link to keep. Empty fields are left out, so a simple budget
 * gives a short link like "l1h=12&l1r=20"; every row still writes one key (like "s2a="), so no
 * row is lost and the rows after it keep their places. Reads back exactly: see `linkFigures`.
 */
export function writeLink(draft: CalculatorDraft): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string): boolean => {
    if (value === '') return false;
    params.append(key, value);
    return true;
  };
  const onlyLine = draft.supportLines.length === 1;
  draft.supportLines.forEach((line, index) => {
    const key = `l${index + 1}`;
    let written = false;
    if (line.name !== DEFAULT_LINE_NAME) {
      params.append(`${key}n`, line.name);
      written = true;
    }
    written = put(`${key}h`, line.hoursPerWeek) || written;
    written = put(`${key}r`, line.hourlyRate) || written;
    // A single empty line reads back as the starting line, so it needs no key at all.
    if (!written && !onlyLine) params.append(`${key}h`, '');
  });
  if (draft.weeksPerYear !== '52') params.append('w', draft.weeksPerYear);
  if (draft.feeKind !== 'none') params.append('fee', `${draft.feeKind}:${draft.feeAmount}`);
  if (draft.travelKind !== 'none') {
    params.append('travel', `${draft.travelKind}:${draft.travelAmount}`);
  }
  const putCosts = (prefix: string, rows: CalculatorDraft['otherCosts']): void => {
    rows.forEach((row, index) => {
      const key = `${prefix}${index + 1}`;
      let written = put(`${key}n`, row.name);
      written = put(`${key}a`, row.amount) || written;
      written = put(`${key}f`, row.frequency) || written;
      if (!written) params.append(`${key}a`, '');
    });
  };
  putCosts('o', draft.otherCosts);
  put('c', draft.personContributionPerWeek);
  putCosts('s', draft.spending);
  if (draft.changeAmount !== '') {
    const lineIndex = draft.supportLines.findIndex((line) => line.id === draft.changeLineId);
    params.append(
      'ch',
      `${Math.max(lineIndex, 0) + 1}:${draft.changeDirection}:${draft.changeUnit}:${draft.changeAmount}`,
    );
  }
  const leftLine = draft.supportLines.findIndex((line) => line.id === draft.leftInHoursLineId);
  if (leftLine > 0) params.append('lh', String(leftLine + 1));
  return params.toString();
}

/**
 * The link to keep for these figures, or `TOO_LONG_MESSAGE` when it would hold more rows or
 * more characters than `readLink` reads: a link that cannot read back is never written.
 */
export function linkFor(draft: CalculatorDraft): LinkWriting {
  const rows = Math.max(draft.supportLines.length, draft.otherCosts.length, draft.spending.length);
  if (rows > MAX_LINK_ROWS) return { ok: false, problem: TOO_LONG_MESSAGE };
  const text = writeLink(draft);
  if (text.length > MAX_LINK_LENGTH) return { ok: false, problem: TOO_LONG_MESSAGE };
  return { ok: true, text };
}

/**
 * The figures a link keeps, which `readLink(writeLink(draft))` gives back exactly: rows are
 * numbered from 1 in order (ids like "s1", "s2"), and a choice that has nothing to act on is
 * the starting one (a fee amount with no fee, a change of hours with no amount). Needs at
 * least 1 kind of support, as the form always has.
 */
export function linkFigures(draft: CalculatorDraft): CalculatorDraft {
  const start = emptyDraft();
  const lineNumber = (id: string): number =>
    Math.max(
      draft.supportLines.findIndex((line) => line.id === id),
      0,
    ) + 1;
  const hasChange = draft.changeAmount !== '';
  return {
    supportLines: draft.supportLines.map((line, index) => ({ ...line, id: `l${index + 1}` })),
    weeksPerYear: draft.weeksPerYear,
    feeKind: draft.feeKind,
    feeAmount: draft.feeKind === 'none' ? start.feeAmount : draft.feeAmount,
    travelKind: draft.travelKind,
    travelAmount: draft.travelKind === 'none' ? start.travelAmount : draft.travelAmount,
    otherCosts: draft.otherCosts.map((cost, index) => ({ ...cost, id: `o${index + 1}` })),
    personContributionPerWeek: draft.personContributionPerWeek,
    spending: draft.spending.map((item, index) => ({ ...item, id: `s${index + 1}` })),
    changeLineId: hasChange ? `l${lineNumber(draft.changeLineId)}` : start.changeLineId,
    changeDirection: hasChange ? draft.changeDirection : start.changeDirection,
    changeUnit: hasChange ? draft.changeUnit : start.changeUnit,
    changeAmount: draft.changeAmount,
    leftInHoursLineId: `l${lineNumber(draft.leftInHoursLineId)}`,
  };
}

/** A kind of numbered row in a link: its letter, its fields, and its words for the notices. */
interface RowKind {
  prefix: 'l' | 'o' | 's';
  /** Each field's letter and what a person calls it. */
  fields: Readonly<Record<string, string>>;
  /** "spending", as in "spending 3". */
  one: string;
  /** "spending items", as in "105 spending items". */
  many: string;
}

const LINE_ROWS: RowKind = {
  prefix: 'l',
  fields: { n: 'name', h: 'hours', r: 'cost of 1 hour' },
  one: 'kind of support',
  many: 'kinds of support',
};
const OTHER_COST_ROWS: RowKind = {
  prefix: 'o',
  fields: { n: 'name', a: 'cost', f: 'how often' },
  one: 'other cost',
  many: 'other costs',
};
const SPENDING_ROWS: RowKind = {
  prefix: 's',
  fields: { n: 'name', a: 'cost', f: 'how often' },
  one: 'spending',
  many: 'spending items',
};
const ROW_KINDS = [LINE_ROWS, OTHER_COST_ROWS, SPENDING_ROWS] as const;

/** The keys that appear once in a link, and what a person calls each. */
const SINGLE_KEYS: Readonly<Record<string, string>> = {
  w: 'the weeks in the year',
  fee: 'the provider fee',
  travel: 'the travel costs',
  c: 'what you pay each week',
  ch: 'the change of hours',
  lh: 'the kind of support to show what is left in',
};

/** "3", "3 and 4", or "3 to 5, 9 and 12" (at most 5 groups, then "and 4 more"). */
export function numberRanges(numbers: readonly number[]): string {
  const groups: string[] = [];
  let index = 0;
  while (index < numbers.length) {
    const first = numbers[index] ?? 0;
    let last = first;
    while (numbers[index + 1] === last + 1) {
      index += 1;
      last += 1;
    }
    if (last - first >= 2) groups.push(`${first} to ${last}`);
    else for (let number = first; number <= last; number += 1) groups.push(String(number));
    index += 1;
  }
  const shown = groups.slice(0, 5);
  if (groups.length > 5) return `${shown.join(', ')} and ${groups.length - 5} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
}

/** A row read from a link: its number in the link and its fields (absent ones undefined). */
interface ReadRow {
  number: number;
  values: Partial<Record<string, string>>;
}

function rowPattern(kind: RowKind): RegExp {
  return new RegExp(`^${kind.prefix}([1-9]\\d{0,5})([${Object.keys(kind.fields).join('')}])$`);
}

/**
 * Reads numbered rows like l1n, l1h, l1r in number order. Rows after the first
 * `MAX_LINK_ROWS` are left out, and missing numbers close up; each is said in `leftOut`.
 */
function readRows(params: URLSearchParams, kind: RowKind, leftOut: string[]): ReadRow[] {
  const pattern = rowPattern(kind);
  const byNumber = new Map<number, Partial<Record<string, string>>>();
  for (const [key, value] of params) {
    const match = pattern.exec(key);
    if (!match) continue;
    const number = Number(match[1]);
    const field = match[2] ?? '';
    const row = byNumber.get(number) ?? {};
    row[field] ??= value;
    byNumber.set(number, row);
  }
  const numbers = [...byNumber.keys()].sort((a, b) => a - b);
  const kept = numbers.slice(0, MAX_LINK_ROWS);
  const dropped = numbers.slice(MAX_LINK_ROWS);
  if (dropped.length > 0) {
    leftOut.push(
      `The link has ${numbers.length} ${kind.many}. A link can hold up to ${MAX_LINK_ROWS}, so we left out ${kind.one} ${numberRanges(dropped)}.`,
    );
  }
  const missing: number[] = [];
  for (let number = 1; number <= (kept.at(-1) ?? 0); number += 1) {
    if (!byNumber.has(number)) missing.push(number);
  }
  if (missing.length > 0) {
    leftOut.push(
      `The link has no ${kind.one} ${numberRanges(missing)}, so we moved the ones after it up.`,
    );
  }
  return kept.map((number) => ({ number, values: byNumber.get(number) ?? {} }));
}

/** What a person calls a key of the link, or undefined for a key the calculator never writes. */
function keyWords(key: string): string | undefined {
  const single = SINGLE_KEYS[key];
  if (single !== undefined) return single;
  for (const kind of ROW_KINDS) {
    const match = rowPattern(kind).exec(key);
    if (match) return `the ${kind.fields[match[2] ?? '']} of ${kind.one} ${match[1]}`;
  }
  return undefined;
}

/** Says each key the link gives more than once (the reader uses the first). */
function repeatedKeys(params: URLSearchParams, leftOut: string[]): void {
  for (const key of new Set(params.keys())) {
    const count = params.getAll(key).length;
    const words = count > 1 ? keyWords(key) : undefined;
    if (words !== undefined) {
      leftOut.push(
        `The link gives ${words} more than once. We used the first one and left out the others.`,
      );
    }
  }
}

function isOneOf<T extends string>(value: string, choices: readonly T[]): value is T {
  return (choices as readonly string[]).includes(value);
}

/** "week:15" as ["week", "15"]: splits at the first ":" only, so "7:30" stays whole. */
function splitFirst(text: string): [string, string] {
  const at = text.indexOf(':');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * Reads the figures from the part of an address after "#" (with or without the "#").
 * Never throws: a broken or hostile link gives empty figures and a message; a link with
 * repeated keys, gaps or too many rows gives what could be read and says what was left out.
 */
export function readLink(hash: string): LinkReadResult {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.trim() === '') return { draft: emptyDraft() };
  if (text.length > MAX_LINK_LENGTH) return { draft: emptyDraft(), problem: BROKEN_LINK_MESSAGE };
  let params: URLSearchParams;
  try {
    // URLSearchParams decodes percent-escapes; a lone broken escape throws in decodeURIComponent,
    // so check it first.
    decodeURIComponent(text.replace(/\+/g, ' '));
    params = new URLSearchParams(text);
  } catch {
    return { draft: emptyDraft(), problem: BROKEN_LINK_MESSAGE };
  }

  const draft = emptyDraft();
  const leftOut: string[] = [];
  let broken = false;
  repeatedKeys(params, leftOut);

  const lines = readRows(params, LINE_ROWS, leftOut);
  /** A line's number in the link, as its id in the form ("l2"). */
  const lineIds = new Map(lines.map((row, index) => [row.number, `l${index + 1}`]));
  // A link with no support line keys has the starting line, number 1.
  if (lines.length === 0) lineIds.set(1, 'l1');
  if (lines.length > 0) {
    draft.supportLines = lines.map(({ values }, index) => ({
      id: `l${index + 1}`,
      name: values['n'] ?? DEFAULT_LINE_NAME,
      hoursPerWeek: values['h'] ?? '',
      hourlyRate: values['r'] ?? '',
    }));
  }

  const weeks = params.get('w');
  if (weeks !== null) draft.weeksPerYear = weeks;

  const fee = params.get('fee');
  if (fee !== null) {
    const [kind, amount] = splitFirst(fee);
    if (isOneOf(kind, ['percent', 'week', 'year'] as const)) {
      draft.feeKind = kind;
      draft.feeAmount = amount;
    } else broken = true;
  }

  const travel = params.get('travel');
  if (travel !== null) {
    const [kind, amount] = splitFirst(travel);
    if (isOneOf(kind, ['week', 'year'] as const)) {
      draft.travelKind = kind;
      draft.travelAmount = amount;
    } else broken = true;
  }

  const costRows = (kind: RowKind, frequencies: readonly string[]) =>
    readRows(params, kind, leftOut).map(({ values }, index) => {
      const frequency = values['f'] ?? '';
      if (!isOneOf(frequency, frequencies)) broken = true;
      return {
        id: `${kind.prefix}${index + 1}`,
        name: values['n'] ?? '',
        amount: values['a'] ?? '',
        frequency: isOneOf(frequency, frequencies) ? frequency : 'year',
      };
    });
  draft.otherCosts = costRows(OTHER_COST_ROWS, RECURRING_FREQUENCIES);

  const contribution = params.get('c');
  if (contribution !== null) draft.personContributionPerWeek = contribution;

  draft.spending = costRows(SPENDING_ROWS, SPENDING_FREQUENCIES);

  const change = params.get('ch');
  if (change !== null) {
    const [line, afterLine] = splitFirst(change);
    const [direction, afterDirection] = splitFirst(afterLine);
    const [unit, amount] = splitFirst(afterDirection);
    const lineId = /^\d+$/.test(line) ? lineIds.get(Number(line)) : undefined;
    if (
      lineId !== undefined &&
      isOneOf(direction, ['fewer', 'more'] as const) &&
      isOneOf(unit, ['minutes-a-day', 'hours-a-week'] as const)
    ) {
      draft.changeLineId = lineId;
      draft.changeDirection = direction;
      draft.changeUnit = unit;
      draft.changeAmount = amount;
    } else broken = true;
  }

  const leftLine = params.get('lh');
  if (leftLine !== null) {
    const lineId = /^\d+$/.test(leftLine) ? lineIds.get(Number(leftLine)) : undefined;
    if (lineId !== undefined) draft.leftInHoursLineId = lineId;
    else broken = true;
  }

  if (broken) return { draft: emptyDraft(), problem: BROKEN_LINK_MESSAGE };
  return leftOut.length > 0 ? { draft, leftOut } : { draft };
}

/**
 * Turns the form's figures into the engine's input (still as text; the engine's schema
 * checks them). Empty optional parts are left out; an empty change is no change.
 */
export function draftToBudgetInput(draft: CalculatorDraft): BudgetInputDraft {
  const input: BudgetInputDraft = {
    supportLines: draft.supportLines.map((line) => ({ ...line })),
    weeksPerYear: draft.weeksPerYear,
    managementFee:
      draft.feeKind === 'none'
        ? { kind: 'none' }
        : draft.feeKind === 'percent'
          ? { kind: 'percent', percent: draft.feeAmount }
          : { kind: draft.feeKind, amount: draft.feeAmount },
    travel:
      draft.travelKind === 'none'
        ? { kind: 'none' }
        : { kind: draft.travelKind, amount: draft.travelAmount },
    otherCosts: draft.otherCosts.map((cost) => ({
      ...cost,
      frequency: isOneOf(cost.frequency, RECURRING_FREQUENCIES) ? cost.frequency : 'year',
    })),
    personContributionPerWeek:
      draft.personContributionPerWeek.trim() === '' ? '0' : draft.personContributionPerWeek,
    spending: draft.spending.map((item) => ({
      ...item,
      frequency: isOneOf(item.frequency, SPENDING_FREQUENCIES) ? item.frequency : 'year',
    })),
  };
  if (draft.supportLines.some((line) => line.id === draft.leftInHoursLineId)) {
    input.leftInHoursLineId = draft.leftInHoursLineId;
  }
  if (draft.changeAmount.trim() !== '') {
    input.change =
      draft.changeUnit === 'minutes-a-day'
        ? {
            lineId: draft.changeLineId,
            direction: draft.changeDirection,
            unit: 'minutes-a-day',
            minutesPerDay: draft.changeAmount,
          }
        : {
            lineId: draft.changeLineId,
            direction: draft.changeDirection,
            unit: 'hours-a-week',
            hoursPerWeek: draft.changeAmount,
          };
  }
  return input;
}

/** The form's figures for a checked budget input, such as a story from the guides. */
export function draftFromBudgetInput(input: BudgetInput): CalculatorDraft {
  const draft = emptyDraft();
  const lineNumber = new Map(input.supportLines.map((line, index) => [line.id, index + 1]));
  draft.supportLines = input.supportLines.map((line, index) => ({
    id: `l${index + 1}`,
    name: line.name,
    hoursPerWeek: line.hoursPerWeek,
    hourlyRate: line.hourlyRate,
  }));
  draft.weeksPerYear = input.weeksPerYear;
  const fee = input.managementFee;
  if (fee.kind === 'percent') {
    draft.feeKind = 'percent';
    draft.feeAmount = fee.percent;
  } else if (fee.kind !== 'none') {
    draft.feeKind = fee.kind;
    draft.feeAmount = fee.amount;
  }
  if (input.travel.kind !== 'none') {
    draft.travelKind = input.travel.kind;
    draft.travelAmount = input.travel.amount;
  }
  draft.otherCosts = input.otherCosts.map((cost, index) => ({
    id: `o${index + 1}`,
    name: cost.name,
    amount: cost.amount,
    frequency: cost.frequency,
  }));
  draft.personContributionPerWeek =
    input.personContributionPerWeek === '0' ? '' : input.personContributionPerWeek;
  draft.spending = input.spending.map((item, index) => ({
    id: `s${index + 1}`,
    name: item.name,
    amount: item.amount,
    frequency: item.frequency,
  }));
  if (input.leftInHoursLineId !== undefined) {
    draft.leftInHoursLineId = `l${lineNumber.get(input.leftInHoursLineId) ?? 1}`;
  }
  const change = input.change;
  if (change) {
    draft.changeLineId = `l${lineNumber.get(change.lineId) ?? 1}`;
    draft.changeDirection = change.direction;
    draft.changeUnit = change.unit;
    draft.changeAmount =
      change.unit === 'minutes-a-day' ? change.minutesPerDay : change.hoursPerWeek;
  }
  return draft;
}

/** The calculator's address with a budget's figures filled in, like "/budget/#l1n=Support&l1h=12&l1r=20". */
export function calculatorLink(input: BudgetInput): string {
  const link = linkFor(draftFromBudgetInput(input));
  if (!link.ok) throw new Error('These figures are too many to keep in a link.');
  return `/budget/#${link.text}`;
}

/**
 * The support planner's address that hands it these figures (on this device: the figures
 * travel after "#", so they are never sent anywhere). The planner reads them with readLink.
 */
export function planHandoverLink(linkText: string): string {
  return `/plan/#from-calculator=${encodeURIComponent(linkText)}`;
}

/**
 * A new row's id: the prefix and the first number from `count + 1` up that no row has yet,
 * like "s3" (ids stay the same when rows are removed, so they never clash).
 */
export function nextRowId(prefix: string, rows: readonly { id: string }[]): string {
  const used = new Set(rows.map((row) => row.id));
  let number = rows.length + 1;
  while (used.has(`${prefix}${number}`)) number += 1;
  return `${prefix}${number}`;
}

/** Moves focus to a form field once React has drawn it (after adding a row). */
export function focusSoon(elementId: string): void {
  globalThis.setTimeout(() => globalThis.document?.getElementById(elementId)?.focus(), 0);
}
