/*
 * A person's notes for their assessment ("Get ready for your assessment", issue 19): for each
 * area of life (lib/prepare/areas), the answers to a few plain questions. Every question can be
 * skipped, and "I do not know" and "Ask me at the meeting" are answers. Saved on this device as
 * their own kind of record, with their own format version and migrations, like plans (lib/plan).
 */
import { z } from 'zod';
import { stepUpFormat, type RawRecord, type RecordFormats } from '../storage/format-steps';
import { isIsoDateTime, toIsoDateTime } from '../plan/dates';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from '../plan/limits';
import { AREA_IDS, HARD_WAYS, type AreaId, type HardWayId } from './areas';
import { CARER_COST_IDS } from './carer';
import { MAX_MEETING_QUESTION_LENGTH, MAX_MEETING_QUESTIONS } from './about-me';

/**
 * The format of the notes records this version writes. Bump it with a step in
 * `PREPARATION_MIGRATIONS`, and never edit an old step. 1: the first format. 2: adds the
 * carer's part (`carer`), "What matters to me" (`whatMatters`) and "Questions I want to ask"
 * (`questions`).
 */
export const PREPARATION_SCHEMA_VERSION = 2;

/** The largest save count: the largest whole number a number holds exactly. */
export const MAX_NOTES_REVISION = Number.MAX_SAFE_INTEGER;

/** The save count after `revision`: one more, or 1 again after the largest. */
export function nextNotesRevision(revision: number): number {
  return revision >= MAX_NOTES_REVISION ? 1 : revision + 1;
}

/** The answers that say "not now": for any question. */
export const NOT_SURE_ANSWERS = ['dont-know', 'ask-at-meeting'] as const;

/** "I do not know" or "Ask me at the meeting". */
export type NotSureAnswer = (typeof NOT_SURE_ANSWERS)[number];

/** Words for each "not now" answer, as the page and the printout show them. */
export const NOT_SURE_LABELS: Readonly<Record<NotSureAnswer, string>> = {
  'dont-know': 'I do not know',
  'ask-at-meeting': 'Ask me at the meeting',
};

/** The answers to "Is this hard for you?". */
export const IS_HARD_ANSWERS = ['yes', 'sometimes', 'no', ...NOT_SURE_ANSWERS] as const;

/** An answer to "Is this hard for you?". */
export type IsHardAnswer = (typeof IS_HARD_ANSWERS)[number];

/** Words for each answer to "Is this hard for you?". */
export const IS_HARD_LABELS: Readonly<Record<IsHardAnswer, string>> = {
  yes: 'Yes',
  sometimes: 'Sometimes',
  no: 'No',
  ...NOT_SURE_LABELS,
};

/** The states of an area in the task list; the person sets them, as in the planner. */
export const AREA_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** The state of one area: "Not started", "In progress" or "Done". */
export type AreaStatus = (typeof AREA_STATUSES)[number];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when text holds a broken character (a "lone surrogate"), which cannot be saved. */
export function hasBrokenCharacter(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** Any text a person writes: plain text, up to `MAX_TEXT_LENGTH` characters, as in a plan. */
const notesText = z
  .string({ invalid_type_error: 'should be text' })
  .max(MAX_TEXT_LENGTH)
  .refine((value) => !hasBrokenCharacter(value), {
    message: 'has a broken character in it. Delete the odd character and type it again.',
  });

const notSure = z.enum(NOT_SURE_ANSWERS).nullable().default(null);

/** An answer in the person's own words, or "I do not know", or "Ask me at the meeting". */
export const writtenAnswerSchema = z
  .object({
    /** The person's own words, kept as written. */
    words: notesText.default(''),
    /** "I do not know" or "Ask me at the meeting", or null. */
    notSure,
  })
  .strict();

const HARD_WAY_IDS = HARD_WAYS.map((way) => way.id) as [HardWayId, ...HardWayId[]];

/** The person's answers for one area. Every answer may be left empty. */
export const areaNotesSchema = z
  .object({
    /** "Not started", "In progress" or "Done", as the person sets it. */
    status: z.enum(AREA_STATUSES).default('not-started'),
    /** Is this hard for you? */
    isHard: z.enum(IS_HARD_ANSWERS).nullable().default(null),
    /** What happens on a bad day? */
    badDay: writtenAnswerSchema.default({}),
    /** Does it hurt, worry you, take a long time, or put you at risk? (regulation 2(3)) */
    hardWays: z
      .object({
        /** The ways the person chose, in the order of regulation 2(3). */
        chosen: z
          .array(z.enum(HARD_WAY_IDS))
          .max(HARD_WAY_IDS.length)
          .refine((ids) => new Set(ids).size === ids.length, { message: 'lists a way twice' })
          .default([]),
        /** Anything more, in the person's own words. */
        words: notesText.default(''),
        notSure,
      })
      .strict()
      .default({}),
    /** Who helps you now, and how often? */
    whoHelps: writtenAnswerSchema.default({}),
    /** What would make it better? */
    better: writtenAnswerSchema.default({}),
  })
  .strict();

/** The answers about a family member or friend who helps. Every answer may be left empty. */
export const carerNotesSchema = z
  .object({
    /** "Not started", "In progress" or "Done", as the person sets it. */
    status: z.enum(AREA_STATUSES).default('not-started'),
    /** What does your family member or friend do for you? */
    whatTheyDo: writtenAnswerSchema.default({}),
    /** How often do they help you? */
    howOften: writtenAnswerSchema.default({}),
    /** What does helping you cost them? */
    costs: z
      .object({
        /** The costs the person chose, in the order of `CARER_COSTS`. */
        chosen: z
          .array(z.enum(CARER_COST_IDS))
          .max(CARER_COST_IDS.length)
          .refine((ids) => new Set(ids).size === ids.length, { message: 'lists a cost twice' })
          .default([]),
        /** Anything more, in the person's own words. */
        words: notesText.default(''),
        notSure,
      })
      .strict()
      .default({}),
  })
  .strict();

/** The answers to "What matters to me". Every answer may be left empty. */
export const whatMattersSchema = z
  .object({
    /** "Not started", "In progress" or "Done", as the person sets it. */
    status: z.enum(AREA_STATUSES).default('not-started'),
    /** What does a good day look like for you? */
    goodDay: writtenAnswerSchema.default({}),
    /** What do you want to keep doing? */
    keepDoing: writtenAnswerSchema.default({}),
    /** What do you want to be able to do? */
    wantToDo: writtenAnswerSchema.default({}),
  })
  .strict();

/** One question the person wants to ask at the meeting. */
export const meetingQuestionSchema = z
  .object({
    /** Its id: letters, digits, "-" and "_". */
    id: z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .regex(/^[A-Za-z0-9_-]+$/),
    /** The question, in the person's own words. */
    text: notesText.pipe(
      z.string().max(MAX_MEETING_QUESTION_LENGTH, {
        message: `is longer than ${MAX_MEETING_QUESTION_LENGTH} characters. Make it shorter to save it.`,
      }),
    ),
  })
  .strict();

/** "Questions I want to ask". */
export const meetingQuestionsSchema = z
  .object({
    /** "Not started", "In progress" or "Done", as the person sets it. */
    status: z.enum(AREA_STATUSES).default('not-started'),
    /** The questions, in the person's order. */
    list: z
      .array(meetingQuestionSchema)
      .max(MAX_MEETING_QUESTIONS, {
        message: `holds more than ${MAX_MEETING_QUESTIONS} questions. Remove one to save your notes.`,
      })
      .refine((list) => new Set(list.map((item) => item.id)).size === list.length, {
        message: 'lists a question twice',
      })
      .default([]),
  })
  .strict();

const areasShape = Object.fromEntries(
  AREA_IDS.map((id) => [id, areaNotesSchema.default({})]),
) as Record<AreaId, z.ZodDefault<typeof areaNotesSchema>>;

/** The whole record of notes, as saved on this device. */
export const preparationNotesSchema = z
  .object({
    /** The format of this record: `PREPARATION_SCHEMA_VERSION`. */
    schemaVersion: z.literal(PREPARATION_SCHEMA_VERSION),
    /** The record's id: letters, digits, "-" and "_". */
    id: z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .regex(/^[A-Za-z0-9_-]+$/),
    /** How many times it has been saved on this device. */
    revision: z.number().int().min(0).max(MAX_NOTES_REVISION).default(0),
    /** When the notes were started. */
    createdAt: z.string().refine(isIsoDateTime, { message: 'is not a real date and time' }),
    /** When the person last changed them. */
    updatedAt: z.string().refine(isIsoDateTime, { message: 'is not a real date and time' }),
    /** The answers for each area. */
    areas: z.object(areasShape).strict().default({}),
    /** The answers about a family member or friend who helps. */
    carer: carerNotesSchema.default({}),
    /** What matters to me. */
    whatMatters: whatMattersSchema.default({}),
    /** Questions I want to ask. */
    questions: meetingQuestionsSchema.default({}),
  })
  .strict();

/** Notes for an assessment, every field present. */
export type PreparationNotes = z.output<typeof preparationNotesSchema>;

/** The answers for one area. */
export type AreaNotes = z.output<typeof areaNotesSchema>;

/** The answers about a carer. */
export type CarerNotes = z.output<typeof carerNotesSchema>;

/** The answers to "What matters to me". */
export type WhatMattersNotes = z.output<typeof whatMattersSchema>;

/** "Questions I want to ask". */
export type MeetingQuestions = z.output<typeof meetingQuestionsSchema>;

/** One question for the meeting. */
export type MeetingQuestion = z.output<typeof meetingQuestionSchema>;

/** An answer in the person's own words. */
export type WrittenAnswer = z.output<typeof writtenAnswerSchema>;

/** One thing wrong in a notes record, with where it is. */
export interface NotesProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The answers of an area nobody has touched. */
export function emptyAreaNotes(): AreaNotes {
  return areaNotesSchema.parse({});
}

/** New, empty notes with the given id. */
export function createEmptyNotes(now: Date, id: string): PreparationNotes {
  const at = toIsoDateTime(now);
  return preparationNotesSchema.parse({
    schemaVersion: PREPARATION_SCHEMA_VERSION,
    id,
    createdAt: at,
    updatedAt: at,
  });
}

/** The notes with one area's answers changed, and `updatedAt` set to `now`. */
export function updateArea(
  notes: PreparationNotes,
  id: AreaId,
  change: Partial<AreaNotes>,
  now: Date,
): PreparationNotes {
  return {
    ...notes,
    updatedAt: toIsoDateTime(now),
    areas: { ...notes.areas, [id]: { ...notes.areas[id], ...change } },
  };
}

/** The notes with the carer's answers changed, and `updatedAt` set to `now`. */
export function updateCarer(
  notes: PreparationNotes,
  change: Partial<CarerNotes>,
  now: Date,
): PreparationNotes {
  return { ...notes, updatedAt: toIsoDateTime(now), carer: { ...notes.carer, ...change } };
}

/** The notes with "What matters to me" changed, and `updatedAt` set to `now`. */
export function updateWhatMatters(
  notes: PreparationNotes,
  change: Partial<WhatMattersNotes>,
  now: Date,
): PreparationNotes {
  return {
    ...notes,
    updatedAt: toIsoDateTime(now),
    whatMatters: { ...notes.whatMatters, ...change },
  };
}

/** The notes with "Questions I want to ask" changed, and `updatedAt` set to `now`. */
export function updateQuestions(
  notes: PreparationNotes,
  change: Partial<MeetingQuestions>,
  now: Date,
): PreparationNotes {
  return { ...notes, updatedAt: toIsoDateTime(now), questions: { ...notes.questions, ...change } };
}

/** True when nothing has been answered in an area (its status aside). */
export function isAreaEmpty(area: AreaNotes): boolean {
  const written = [area.badDay, area.whoHelps, area.better];
  return (
    area.isHard === null &&
    area.hardWays.chosen.length === 0 &&
    area.hardWays.words.trim() === '' &&
    area.hardWays.notSure === null &&
    written.every((answer) => answer.words.trim() === '' && answer.notSure === null)
  );
}

/** True when an answer has words, or "I do not know" or "Ask me at the meeting". */
function isAnswered(answer: { readonly words: string; readonly notSure: string | null }): boolean {
  return answer.words.trim() !== '' || answer.notSure !== null;
}

/** True when nothing has been answered about a family member or friend (its status aside). */
export function isCarerEmpty(carer: CarerNotes): boolean {
  return (
    ![carer.whatTheyDo, carer.howOften, carer.costs].some(isAnswered) &&
    carer.costs.chosen.length === 0
  );
}

/** True when nothing has been answered in "What matters to me" (its status aside). */
export function isWhatMattersEmpty(whatMatters: WhatMattersNotes): boolean {
  return ![whatMatters.goodDay, whatMatters.keepDoing, whatMatters.wantToDo].some(isAnswered);
}

/** True when no question for the meeting has any words. */
export function areQuestionsEmpty(questions: MeetingQuestions): boolean {
  return questions.list.every((question) => question.text.trim() === '');
}

/** How many parts of the notes (the areas and the 3 other parts) have anything answered. */
export function countWrittenParts(notes: PreparationNotes): number {
  const areas = Object.values(notes.areas).filter((area) => !isAreaEmpty(area)).length;
  const others = [
    !isCarerEmpty(notes.carer),
    !isWhatMattersEmpty(notes.whatMatters),
    !areQuestionsEmpty(notes.questions),
  ];
  return areas + others.filter(Boolean).length;
}

/** True when anything is answered in the notes: something to print or put in a plan. */
export function hasWrittenNotes(notes: PreparationNotes): boolean {
  return countWrittenParts(notes) > 0;
}

/**
 * True when the notes hold anything a person would miss if they were replaced: an answer, or a
 * part they marked "In progress" or "Done".
 */
export function hasNotesToKeep(notes: PreparationNotes): boolean {
  const statuses = [
    ...Object.values(notes.areas).map((area) => area.status),
    notes.carer.status,
    notes.whatMatters.status,
    notes.questions.status,
  ];
  return hasWrittenNotes(notes) || statuses.some((status) => status !== 'not-started');
}

/** Checks notes before saving; lists what is wrong in plain English. */
export function checkNotes(
  notes: PreparationNotes,
):
  | { readonly ok: true; readonly notes: PreparationNotes }
  | { readonly ok: false; readonly message: string; readonly problems: readonly NotesProblem[] } {
  const parsed = preparationNotesSchema.safeParse(notes);
  if (parsed.success) return { ok: true, notes: parsed.data };
  const problems = parsed.error.issues.slice(0, 10).map((issue) => ({
    path: issue.path,
    message: `${issue.path.join(' ') || 'The notes'} ${issue.message}`,
  }));
  return { ok: false, message: `Not saved: ${problems[0]?.message ?? 'not valid'}.`, problems };
}

/** A raw notes record at some format version, as a migration step sees it. */
export type RawNotes = RawRecord;

/**
 * The upgrade steps, keyed by the version they upgrade FROM. To change the format, bump
 * `PREPARATION_SCHEMA_VERSION` and add a step here; never edit an old step.
 */
export const PREPARATION_MIGRATIONS: Readonly<Record<number, (notes: RawNotes) => RawNotes>> = {
  // 1 -> 2: the carer's part, "What matters to me" and "Questions I want to ask", all empty.
  1: (notes) => ({
    ...notes,
    carer: { status: 'not-started' },
    whatMatters: { status: 'not-started' },
    questions: { status: 'not-started', list: [] },
  }),
};

/** The notes' formats, their steps and what to say when a record cannot be brought up to date. */
const NOTES_FORMATS: RecordFormats = {
  currentVersion: PREPARATION_SCHEMA_VERSION,
  steps: PREPARATION_MIGRATIONS,
  words: {
    notThisKind: 'These are not notes for an assessment.',
    noVersion: 'These notes have no format number (schemaVersion).',
    newer:
      'These notes were made by a newer version of Open ISF. Reload the page to get the newest version.',
    cannotUpdate: (version) => `These notes are in format ${version}, which cannot be read.`,
  },
};

/** The outcome of `migrateNotes`. */
export type MigrateNotesResult =
  | {
      readonly ok: true;
      readonly notes: PreparationNotes;
      /** The format it was stored in, when older than today's; otherwise null. */
      readonly migratedFrom: number | null;
    }
  | {
      readonly ok: false;
      readonly kind: 'not-notes' | 'newer-version' | 'invalid';
      readonly message: string;
      readonly schemaVersion: number | null;
    };

/**
 * Brings any stored notes up to today's format and checks them. Never throws, never changes
 * `raw`: it may be anything a browser kept.
 */
export function migrateNotes(raw: unknown): MigrateNotesResult {
  const stepped = stepUpFormat(raw, NOTES_FORMATS);
  if (!stepped.ok) {
    const kind = stepped.kind === 'not-this-kind' ? 'not-notes' : stepped.kind;
    return { ok: false, kind, message: stepped.message, schemaVersion: stepped.schemaVersion };
  }
  const { raw: notes, version } = stepped;
  const checked = checkNotes(notes as PreparationNotes);
  if (!checked.ok) {
    return {
      ok: false,
      kind: 'invalid',
      message: checked.problems[0]?.message ?? 'Not valid.',
      schemaVersion: version,
    };
  }
  return {
    ok: true,
    notes: checked.notes,
    migratedFrom: version < PREPARATION_SCHEMA_VERSION ? version : null,
  };
}
