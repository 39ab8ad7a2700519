/*
 * The calculator's figures in the page address, after the "#": browsers never send that
 * part to a server, so a person can bookmark the figures or send them to their advocate
 * while nothing leaves the device. Links are untrusted: every value comes back as plain
 * text for the form to check, and a broken link gives the usual starting figures.
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
}

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
 * Writes the figures as the part of an address after "#" (without the "#"). Empty fields
 * are left out, so a simple budget gives a short link like "l1h=12&l1r=20".
 */
export function writeLink(draft: CalculatorDraft): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string): void => {
    if (value.trim() !== '') params.append(key, value);
  };
  draft.supportLines.forEach((line, index) => {
    const key = `l${index + 1}`;
    if (line.name !== DEFAULT_LINE_NAME) put(`${key}n`, line.name);
    put(`${key}h`, line.hoursPerWeek);
    put(`${key}r`, line.hourlyRate);
  });
  if (draft.weeksPerYear !== '52') put('w', draft.weeksPerYear);
  if (draft.feeKind !== 'none') put('fee', `${draft.feeKind}:${draft.feeAmount}`);
  if (draft.travelKind !== 'none') put('travel', `${draft.travelKind}:${draft.travelAmount}`);
  draft.otherCosts.forEach((cost, index) => {
    const key = `o${index + 1}`;
    put(`${key}n`, cost.name);
    put(`${key}a`, cost.amount);
    put(`${key}f`, cost.frequency);
  });
  put('c', draft.personContributionPerWeek);
  draft.spending.forEach((item, index) => {
    const key = `s${index + 1}`;
    put(`${key}n`, item.name);
    put(`${key}a`, item.amount);
    put(`${key}f`, item.frequency);
  });
  if (draft.changeAmount.trim() !== '') {
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

/** Reads numbered rows like l1n, l1h, l1r from the link, in order, up to the limit. */
function readRows(params: URLSearchParams, prefix: string, fields: readonly string[]) {
  const rows: Record<string, string>[] = [];
  for (let index = 1; index <= MAX_LINK_ROWS; index += 1) {
    const row: Record<string, string> = {};
    let found = false;
    for (const field of fields) {
      const value = params.get(`${prefix}${index}${field}`);
      if (value !== null) found = true;
      row[field] = value ?? '';
    }
    if (!found) break;
    rows.push(row);
  }
  return rows;
}

function isOneOf<T extends string>(value: string, choices: readonly T[]): value is T {
  return (choices as readonly string[]).includes(value);
}

/**
 * Reads the figures from the part of an address after "#" (with or without the "#").
 * Never throws: a broken or hostile link gives empty figures and a message.
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
  let broken = false;

  const lines = readRows(params, 'l', ['n', 'h', 'r']);
  if (lines.length > 0) {
    draft.supportLines = lines.map((row, index) => ({
      id: `l${index + 1}`,
      name: row['n'] || DEFAULT_LINE_NAME,
      hoursPerWeek: row['h'] ?? '',
      hourlyRate: row['r'] ?? '',
    }));
  }

  const weeks = params.get('w');
  if (weeks !== null) draft.weeksPerYear = weeks;

  const fee = params.get('fee');
  if (fee !== null) {
    const [kind = '', amount = ''] = fee.split(':', 2);
    if (isOneOf(kind, ['percent', 'week', 'year'] as const)) {
      draft.feeKind = kind;
      draft.feeAmount = amount;
    } else broken = true;
  }

  const travel = params.get('travel');
  if (travel !== null) {
    const [kind = '', amount = ''] = travel.split(':', 2);
    if (isOneOf(kind, ['week', 'year'] as const)) {
      draft.travelKind = kind;
      draft.travelAmount = amount;
    } else broken = true;
  }

  draft.otherCosts = readRows(params, 'o', ['n', 'a', 'f']).map((row, index) => {
    const frequency = row['f'] ?? '';
    if (!isOneOf(frequency, RECURRING_FREQUENCIES)) broken = true;
    return {
      id: `o${index + 1}`,
      name: row['n'] ?? '',
      amount: row['a'] ?? '',
      frequency: isOneOf(frequency, RECURRING_FREQUENCIES) ? frequency : 'year',
    };
  });

  const contribution = params.get('c');
  if (contribution !== null) draft.personContributionPerWeek = contribution;

  draft.spending = readRows(params, 's', ['n', 'a', 'f']).map((row, index) => {
    const frequency = row['f'] ?? '';
    if (!isOneOf(frequency, SPENDING_FREQUENCIES)) broken = true;
    return {
      id: `s${index + 1}`,
      name: row['n'] ?? '',
      amount: row['a'] ?? '',
      frequency: isOneOf(frequency, SPENDING_FREQUENCIES) ? frequency : 'year',
    };
  });

  const change = params.get('ch');
  if (change !== null) {
    const [line = '', direction = '', unit = '', amount = ''] = change.split(':', 4);
    const lineNumber = Number.parseInt(line, 10);
    if (
      /^\d+$/.test(line) &&
      lineNumber >= 1 &&
      lineNumber <= draft.supportLines.length &&
      isOneOf(direction, ['fewer', 'more'] as const) &&
      isOneOf(unit, ['minutes-a-day', 'hours-a-week'] as const)
    ) {
      draft.changeLineId = `l${lineNumber}`;
      draft.changeDirection = direction;
      draft.changeUnit = unit;
      draft.changeAmount = amount;
    } else broken = true;
  }

  const leftLine = params.get('lh');
  if (leftLine !== null) {
    const lineNumber = Number.parseInt(leftLine, 10);
    if (/^\d+$/.test(leftLine) && lineNumber >= 1 && lineNumber <= draft.supportLines.length) {
      draft.leftInHoursLineId = `l${lineNumber}`;
    } else broken = true;
  }

  if (broken) return { draft: emptyDraft(), problem: BROKEN_LINK_MESSAGE };
  return { draft };
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
  return `/budget/#${writeLink(draftFromBudgetInput(input))}`;
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
