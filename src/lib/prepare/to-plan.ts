/*
 * "Use my notes in my support plan": drafts a plan's "About me" and "What I want to achieve" from a
 * person's notes for their assessment (lib/plan/from-notes puts it in a plan). The
 * person's words are kept exactly as written; the draft adds only short labels taken from the
 * notes' own questions (like "A good day:"), so a reader can tell which answer is which. Nothing
 * is invented: an answer left empty, or answered "I do not know", gives nothing.
 */
import { MAX_GOALS, MAX_TEXT_LENGTH } from '../plan/limits';
import { questionFor } from '../plan/questions';
import { PLAN_SECTIONS, type PlanSectionId } from '../plan/schema';
import { AREAS } from './areas';
import { IS_HARD_LABELS, NOT_SURE_LABELS, type PreparationNotes } from './notes';
import { AREA_LABELS, HARD_WAY_STATEMENTS } from './questions';

/** The plan's words drafted from the notes. An empty string means nothing to put there. */
export interface NotesDraft {
  readonly aboutMe: {
    /** "What matters to you": a good day, and what the person wants to keep doing. */
    readonly mattersToMe: string;
    /** "How to support you well": each area the person finds hard, with their answers. */
    readonly howToSupportMe: string;
  };
  /** "What I want to achieve": each line of "What do you want to be able to do?" as a goal. */
  readonly goals: readonly string[];
  /** Answers that did not fit in a plan's box or list, named so the person can copy them. */
  readonly leftOut: readonly string[];
}

/** The outcome of `draftPlanFromNotes`. */
export type NotesDraftResult =
  | { readonly ok: true; readonly draft: NotesDraft }
  | { readonly ok: false; readonly message: string };

/** Said when the notes hold nothing a plan could use. */
export const NOTHING_TO_DRAFT_MESSAGE =
  'Your notes have nothing to put in a support plan yet. Write "What matters to me", or say which areas are hard for you. Then try again.';

/** A plan section's title, as the planner's task list shows it. */
function sectionTitle(id: PlanSectionId): string {
  return PLAN_SECTIONS.find((section) => section.id === id)?.title ?? id;
}

/** The names of the plan's boxes the draft fills, taken from the planner's own words. */
export const DRAFTED_PARTS = {
  mattersToMe: `${sectionTitle('aboutMe')}: ${questionFor('aboutMe', 'mattersToMe').label}`,
  howToSupportMe: `${sectionTitle('aboutMe')}: ${questionFor('aboutMe', 'howToSupportMe').label}`,
  goals: sectionTitle('goals'),
} as const;

interface Block {
  readonly name: string;
  readonly text: string;
}

/**
 * Drafts "About me" and "What I want to achieve" from the notes. Returns a kind message, and no
 * draft, when the notes have nothing a plan could use.
 */
export function draftPlanFromNotes(notes: PreparationNotes): NotesDraftResult {
  const matters = notes.whatMatters;
  const mattersToMe = joinWithin([
    labelled('A good day', 'A good day:', matters.goodDay.words),
    labelled('What you want to keep doing', 'What I want to keep doing:', matters.keepDoing.words),
  ]);

  const hardAreas: Block[] = [];
  for (const area of AREAS) {
    const answers = notes.areas[area.id];
    if (answers.isHard !== 'yes' && answers.isHard !== 'sometimes') continue;
    const ways = answers.hardWays;
    const lines = [
      `${area.title}. ${AREA_LABELS.isHard} ${IS_HARD_LABELS[answers.isHard]}.`,
      line(AREA_LABELS.badDay, answers.badDay.words),
      line(
        AREA_LABELS.hardWays,
        [
          ...ways.chosen.map((way) => HARD_WAY_STATEMENTS[way]),
          ways.words.trim(),
          ways.notSure === null ? '' : `${NOT_SURE_LABELS[ways.notSure]}.`,
        ]
          .filter((text) => text !== '')
          .join(' '),
      ),
      line(AREA_LABELS.whoHelps, answers.whoHelps.words),
      line(AREA_LABELS.better, answers.better.words),
    ].filter((text) => text !== '');
    hardAreas.push({ name: area.title, text: lines.join('\n') });
  }
  const howToSupportMe = joinWithin(hardAreas);

  const wanted = matters.wantToDo.words
    .split(/\r?\n/)
    .map((text) => text.trim())
    .filter((text) => text !== '');
  const goals = wanted.slice(0, MAX_GOALS);
  const goalsLeftOut =
    wanted.length > MAX_GOALS ? [`What you want to be able to do (after goal ${MAX_GOALS})`] : [];

  if (mattersToMe.text === '' && howToSupportMe.text === '' && goals.length === 0) {
    return { ok: false, message: NOTHING_TO_DRAFT_MESSAGE };
  }
  return {
    ok: true,
    draft: {
      aboutMe: { mattersToMe: mattersToMe.text, howToSupportMe: howToSupportMe.text },
      goals,
      leftOut: [...mattersToMe.leftOut, ...howToSupportMe.leftOut, ...goalsLeftOut],
    },
  };
}

/** An answer with its label on the line before, or "" when it has no words. */
function labelled(name: string, label: string, words: string): Block {
  return { name, text: words.trim() === '' ? '' : `${label}\n${words.trim()}` };
}

/** An answer after its label on one line ("Label: words"), or "" when it has no words. */
function line(label: string, words: string): string {
  return words.trim() === '' ? '' : `${label}: ${words.trim()}`;
}

/**
 * Joins the blocks with a blank line between them, as far as the plan's box holds
 * (`MAX_TEXT_LENGTH`). A block that does not fit is left out whole and named, never cut.
 */
function joinWithin(blocks: readonly Block[]): { text: string; leftOut: string[] } {
  let text = '';
  const leftOut: string[] = [];
  for (const block of blocks) {
    if (block.text === '') continue;
    const joined = text === '' ? block.text : `${text}\n\n${block.text}`;
    if (joined.length > MAX_TEXT_LENGTH) leftOut.push(block.name);
    else text = joined;
  }
  return { text, leftOut };
}
