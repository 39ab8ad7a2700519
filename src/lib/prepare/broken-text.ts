/*
 * A broken character blocks only its own box (issue 14, finding 7, as in the planner): a box
 * whose words hold a lone surrogate (often left by copying part of an emoji) keeps its last
 * saved words when the notes are saved, and the person is told which box to mend.
 */
import { AREAS, type AreaId } from './areas';
import { hasBrokenCharacter, type NotesProblem, type PreparationNotes } from './notes';
import { AREA_QUESTIONS, TELL_US_MORE } from './questions';
import { CARER_PART, CARER_QUESTIONS } from './carer';
import { QUESTIONS_PART, WHAT_MATTERS_PART, WHAT_MATTERS_QUESTIONS } from './about-me';

/** The notes to save, and the boxes kept at their last saved words. */
export interface HeldBackNotes {
  readonly notes: PreparationNotes;
  readonly heldBack: readonly NotesProblem[];
}

const BOXES = [
  ['badDay', AREA_QUESTIONS.badDay.question],
  ['hardWays', TELL_US_MORE.question],
  ['whoHelps', AREA_QUESTIONS.whoHelps.question],
  ['better', AREA_QUESTIONS.better.question],
] as const;

const CARER_BOXES = [
  ['whatTheyDo', CARER_QUESTIONS.whatTheyDo.question],
  ['howOften', CARER_QUESTIONS.howOften.question],
  ['costs', CARER_QUESTIONS.costsWords.question],
] as const;

/**
 * Gives every box with a broken character its last saved words (`saved`, or "" when the notes
 * were never saved), and says which boxes those are, in the areas' order.
 */
export function holdBackBrokenNotes(
  notes: PreparationNotes,
  saved: PreparationNotes | null,
): HeldBackNotes {
  const heldBack: NotesProblem[] = [];
  let areas = notes.areas;
  for (const area of AREAS) {
    const id: AreaId = area.id;
    for (const [key, question] of BOXES) {
      const answer = areas[id][key];
      if (!hasBrokenCharacter(answer.words)) continue;
      const words = saved?.areas[id][key].words ?? '';
      areas = { ...areas, [id]: { ...areas[id], [key]: { ...answer, words } } };
      heldBack.push({
        path: ['areas', id, key, 'words'],
        message: `"${question}" in ${area.title} has a broken character in it. Delete the odd character and type it again.`,
      });
    }
  }
  let carer = notes.carer;
  for (const [key, question] of CARER_BOXES) {
    const answer = carer[key];
    if (!hasBrokenCharacter(answer.words)) continue;
    carer = { ...carer, [key]: { ...answer, words: saved?.carer[key].words ?? '' } };
    heldBack.push({
      path: ['carer', key, 'words'],
      message: `"${question}" in ${CARER_PART.title} has a broken character in it. Delete the odd character and type it again.`,
    });
  }
  let whatMatters = notes.whatMatters;
  for (const key of ['goodDay', 'keepDoing', 'wantToDo'] as const) {
    const answer = whatMatters[key];
    if (!hasBrokenCharacter(answer.words)) continue;
    whatMatters = {
      ...whatMatters,
      [key]: { ...answer, words: saved?.whatMatters[key].words ?? '' },
    };
    heldBack.push({
      path: ['whatMatters', key, 'words'],
      message: `"${WHAT_MATTERS_QUESTIONS[key].question}" in ${WHAT_MATTERS_PART.title} has a broken character in it. Delete the odd character and type it again.`,
    });
  }
  let questions = notes.questions;
  questions.list.forEach((item, index) => {
    if (!hasBrokenCharacter(item.text)) return;
    const text = saved?.questions.list.find((old) => old.id === item.id)?.text ?? '';
    questions = {
      ...questions,
      list: questions.list.map((old) => (old.id === item.id ? { ...old, text } : old)),
    };
    heldBack.push({
      path: ['questions', 'list', index, 'text'],
      message: `Question ${index + 1} in ${QUESTIONS_PART.title} has a broken character in it. Delete the odd character and type it again.`,
    });
  });
  return {
    notes: heldBack.length === 0 ? notes : { ...notes, areas, carer, whatMatters, questions },
    heldBack,
  };
}
