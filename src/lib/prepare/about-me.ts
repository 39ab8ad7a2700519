/*
 * "What matters to me" and "Questions I want to ask" in "Get ready for your assessment"
 * (issue 19): a few plain questions about a good life, and a short list of questions for the
 * meeting, with examples that can be added in one press. In easy read, a picture beside each.
 */
import type { PictureName } from '../pictures/registry';
import type { AreaQuestion } from './questions';

/** The name of each of these parts in the task list, in code and in the address. */
export type AboutMePartId = 'what-matters' | 'questions';

/** A part of the notes that is not an area, as the task list shows it. */
export interface NotesPart<Id extends string> {
  readonly id: Id;
  readonly title: string;
  readonly picture: PictureName;
}

export const WHAT_MATTERS_PART: NotesPart<'what-matters'> = {
  id: 'what-matters',
  title: 'What matters to me',
  picture: 'love',
};

export const QUESTIONS_PART: NotesPart<'questions'> = {
  id: 'questions',
  title: 'Questions I want to ask',
  picture: 'ask',
};

/** The questions of "What matters to me", by the answer they fill in. */
export const WHAT_MATTERS_QUESTIONS = {
  goodDay: {
    question: 'What does a good day look like for you?',
    hint: 'Say what you do, and who you see.',
    picture: 'happy',
  },
  keepDoing: {
    question: 'What do you want to keep doing?',
    hint: 'This could be a club, a job, or seeing a friend.',
    picture: 'love',
  },
  wantToDo: {
    question: 'What do you want to be able to do?',
    hint: 'This could be something new, or something you used to do.',
    picture: 'goal',
  },
} as const satisfies Record<string, AreaQuestion>;

/** The most questions in "Questions I want to ask": enough for a meeting, short to read out. */
export const MAX_MEETING_QUESTIONS = 30;

/** The most characters in one question for the meeting. */
export const MAX_MEETING_QUESTION_LENGTH = 300;

/** Questions a person can add in one press. */
export const EXAMPLE_QUESTIONS: readonly string[] = [
  'Can I have an Individual Service Fund?',
  'How will you work out my budget?',
  'Can I see how my budget was worked out?',
  'Can I have a copy of my assessment?',
];

/** What "Questions I want to ask" says about the list, in easy read. */
export const QUESTIONS_WORDS = {
  intro: [
    'Write down what you want to ask at the meeting.',
    'You can add one of our examples with one press.',
  ],
  isf: 'An Individual Service Fund is your budget, looked after by a provider you choose.',
  newQuestion: 'Write a question',
  newQuestionHint: 'Write one question, then press "Add this question".',
  empty: 'You have no questions yet.',
  full: `You have ${MAX_MEETING_QUESTIONS} questions. That is the most the list can hold. Remove one to add another.`,
  emptyNew: 'Write your question in the box first.',
} as const;

/** The words of a new question, tidied: spaces at either end taken away. */
export function tidyQuestion(text: string): string {
  return text.trim();
}

/** Why a new question cannot be added, in easy read, or null when it can. */
export function cannotAddQuestion(
  list: readonly { readonly text: string }[],
  text: string,
): string | null {
  if (list.length >= MAX_MEETING_QUESTIONS) return QUESTIONS_WORDS.full;
  if (tidyQuestion(text) === '') return QUESTIONS_WORDS.emptyNew;
  if (tidyQuestion(text).length > MAX_MEETING_QUESTION_LENGTH) {
    return `Your question is too long. Make it ${MAX_MEETING_QUESTION_LENGTH} characters or fewer.`;
  }
  return null;
}

/** Every picture these parts show. */
export function aboutMePictureNames(): PictureName[] {
  return [
    WHAT_MATTERS_PART.picture,
    QUESTIONS_PART.picture,
    ...Object.values(WHAT_MATTERS_QUESTIONS).map((question) => question.picture),
    'individual-service-fund',
    'write-it-down',
  ];
}
