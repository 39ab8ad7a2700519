/*
 * Putting together 2 versions of the notes, so nothing typed is lost when 2 tabs (or a page
 * that went before it saved) changed them. Each answer is taken from whichever side changed
 * it; when both sides wrote different words in the same answer, both are kept, one after the
 * other. A choice both sides changed keeps this tab's choice, the person's latest.
 */
import { AREA_IDS } from './areas';
import type {
  AreaNotes,
  CarerNotes,
  MeetingQuestion,
  MeetingQuestions,
  PreparationNotes,
  WhatMattersNotes,
  WrittenAnswer,
} from './notes';

/** What `mergeNotes` made, and whether any answer had words from both sides. */
export interface MergedNotes {
  readonly notes: PreparationNotes;
  /** True when both sides wrote in the same answer, so their words were put one after the other. */
  readonly joined: boolean;
}

type AnswerKey = keyof AreaNotes;

const WRITTEN: readonly ('badDay' | 'whoHelps' | 'better')[] = ['badDay', 'whoHelps', 'better'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Both sides' words in one answer: theirs, a blank line, then ours (each once). */
export function joinWords(theirs: string, ours: string): string {
  if (theirs.trim() === '') return ours;
  if (ours.trim() === '' || theirs.includes(ours)) return theirs;
  if (ours.includes(theirs)) return ours;
  return `${theirs}\n\n${ours}`;
}

function joinAnswer(theirs: WrittenAnswer, ours: WrittenAnswer): WrittenAnswer {
  return { words: joinWords(theirs.words, ours.words), notSure: ours.notSure ?? theirs.notSure };
}

/**
 * Puts `ours` (this tab's notes) together with `theirs` (saved since by another page), given
 * `base`, the version both started from, or null when it is not known (then every answer that
 * differs counts as changed on both sides). The result carries `theirs`' revision, so it can be
 * saved over it.
 */
export function mergeNotes(
  base: PreparationNotes | null,
  ours: PreparationNotes,
  theirs: PreparationNotes,
): MergedNotes {
  let joined = false;
  const areas = { ...theirs.areas };
  for (const id of AREA_IDS) {
    const b = base?.areas[id] ?? null;
    const o = ours.areas[id];
    const t = theirs.areas[id];
    const area: Record<AnswerKey, unknown> = { ...t };
    for (const key of Object.keys(o) as AnswerKey[]) {
      if (same(o[key], t[key])) continue;
      const oursChanged = b === null || !same(o[key], b[key]);
      const theirsChanged = b === null || !same(t[key], b[key]);
      if (oursChanged && !theirsChanged) area[key] = o[key];
      else if (oursChanged && theirsChanged) {
        if ((WRITTEN as readonly string[]).includes(key)) {
          const k = key as (typeof WRITTEN)[number];
          area[k] = joinAnswer(t[k], o[k]);
          joined ||= t[k].words.trim() !== '' && o[k].words.trim() !== '';
        } else if (key === 'hardWays') {
          area[key] = {
            chosen: [...new Set([...t.hardWays.chosen, ...o.hardWays.chosen])],
            words: joinWords(t.hardWays.words, o.hardWays.words),
            notSure: o.hardWays.notSure ?? t.hardWays.notSure,
          };
          joined ||= t.hardWays.words.trim() !== '' && o.hardWays.words.trim() !== '';
        } else area[key] = o[key];
      }
    }
    areas[id] = area as AreaNotes;
  }
  const carer = mergeCarer(base?.carer ?? null, ours.carer, theirs.carer);
  const whatMatters = mergeWhatMatters(
    base?.whatMatters ?? null,
    ours.whatMatters,
    theirs.whatMatters,
  );
  const questions = mergeQuestions(base?.questions ?? null, ours.questions, theirs.questions);
  joined ||= carer.joined || whatMatters.joined || questions.joined;
  const updatedAt = ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt;
  return {
    notes: {
      ...theirs,
      areas,
      carer: carer.carer,
      whatMatters: whatMatters.whatMatters,
      questions: questions.questions,
      updatedAt,
    },
    joined,
  };
}

const CARER_WRITTEN: readonly ('whatTheyDo' | 'howOften')[] = ['whatTheyDo', 'howOften'];

/** The carer's part put together, by the same rules as an area's answers. */
function mergeCarer(
  b: CarerNotes | null,
  o: CarerNotes,
  t: CarerNotes,
): { readonly carer: CarerNotes; readonly joined: boolean } {
  let joined = false;
  const carer: Record<keyof CarerNotes, unknown> = { ...t };
  for (const key of Object.keys(o) as (keyof CarerNotes)[]) {
    if (same(o[key], t[key])) continue;
    const oursChanged = b === null || !same(o[key], b[key]);
    const theirsChanged = b === null || !same(t[key], b[key]);
    if (oursChanged && !theirsChanged) carer[key] = o[key];
    else if (oursChanged && theirsChanged) {
      if ((CARER_WRITTEN as readonly string[]).includes(key)) {
        const k = key as (typeof CARER_WRITTEN)[number];
        carer[k] = joinAnswer(t[k], o[k]);
        joined ||= t[k].words.trim() !== '' && o[k].words.trim() !== '';
      } else if (key === 'costs') {
        carer[key] = {
          chosen: [...new Set([...t.costs.chosen, ...o.costs.chosen])],
          words: joinWords(t.costs.words, o.costs.words),
          notSure: o.costs.notSure ?? t.costs.notSure,
        };
        joined ||= t.costs.words.trim() !== '' && o.costs.words.trim() !== '';
      } else carer[key] = o[key];
    }
  }
  return { carer: carer as CarerNotes, joined };
}

const WHAT_MATTERS_WRITTEN = ['goodDay', 'keepDoing', 'wantToDo'] as const;

/** "What matters to me" put together, by the same rules as an area's answers. */
function mergeWhatMatters(
  b: WhatMattersNotes | null,
  o: WhatMattersNotes,
  t: WhatMattersNotes,
): { readonly whatMatters: WhatMattersNotes; readonly joined: boolean } {
  let joined = false;
  const whatMatters = { ...t };
  for (const key of WHAT_MATTERS_WRITTEN) {
    if (same(o[key], t[key])) continue;
    const oursChanged = b === null || !same(o[key], b[key]);
    const theirsChanged = b === null || !same(t[key], b[key]);
    if (oursChanged && !theirsChanged) whatMatters[key] = o[key];
    else if (oursChanged && theirsChanged) {
      whatMatters[key] = joinAnswer(t[key], o[key]);
      joined ||= t[key].words.trim() !== '' && o[key].words.trim() !== '';
    }
  }
  if (o.status !== t.status && (b === null || o.status !== b.status)) {
    whatMatters.status = o.status;
  }
  return { whatMatters, joined };
}

/**
 * "Questions I want to ask" put together: a question added on either side is kept, one
 * removed on one side (and not changed on the other) goes, and a question both sides changed
 * keeps both sides' words.
 */
function mergeQuestions(
  b: MeetingQuestions | null,
  o: MeetingQuestions,
  t: MeetingQuestions,
): { readonly questions: MeetingQuestions; readonly joined: boolean } {
  const status =
    o.status !== t.status && (b === null || o.status !== b.status) ? o.status : t.status;
  if (same(o.list, t.list)) return { questions: { ...t, status }, joined: false };
  const inBase = new Map((b?.list ?? []).map((item) => [item.id, item.text]));
  const ourTexts = new Map(o.list.map((item) => [item.id, item.text]));
  let joined = false;
  const list: MeetingQuestion[] = [];
  for (const item of t.list) {
    const ourText = ourTexts.get(item.id);
    const baseText = inBase.get(item.id);
    if (ourText === undefined) {
      // Removed here: it goes, unless it was never in the base or the other side changed it.
      if (baseText === undefined || baseText !== item.text) list.push(item);
      continue;
    }
    if (ourText === item.text || ourText === baseText) list.push(item);
    else if (item.text === baseText) list.push({ ...item, text: ourText });
    else {
      list.push({ ...item, text: joinWords(item.text, ourText) });
      joined = true;
    }
  }
  const theirIds = new Set(t.list.map((item) => item.id));
  for (const item of o.list) {
    if (theirIds.has(item.id)) continue;
    const baseText = inBase.get(item.id);
    // Removed there: it goes, unless it was added or changed here.
    if (baseText === undefined || baseText !== item.text) list.push(item);
  }
  return { questions: { status, list }, joined };
}
