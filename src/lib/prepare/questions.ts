/*
 * The plain questions asked about each area (issue 19), in easy read, with a picture each. The
 * ways a thing can be hard are asked as one question with 4 choices (lib/prepare/areas,
 * HARD_WAYS), because those are what the rules count. Every question can be skipped.
 */
import type { PictureName } from '../pictures/registry';
import { AREAS, HARD_WAYS, type HardWayId } from './areas';
import { carerPictureNames } from './carer';
import { aboutMePictureNames } from './about-me';
import { takeAwayPictureNames } from './take-away';

/** One question about an area. */
export interface AreaQuestion {
  /** The question, in easy read. */
  readonly question: string;
  /** Help under the question: an example, in easy read. */
  readonly hint: string;
  readonly picture: PictureName;
}

/** The questions of every area, by the answer they fill in. */
export const AREA_QUESTIONS = {
  isHard: {
    question: 'Is this hard for you?',
    hint: 'Think about your bad days too, not only your good days.',
    picture: 'decide',
  },
  badDay: {
    question: 'What happens on a bad day?',
    hint: 'Say what goes wrong, and what happens after.',
    picture: 'sad',
  },
  hardWays: {
    question: 'Which of these happen?',
    hint: 'Choose all that happen. The council counts each one.',
    picture: 'ask',
  },
  whoHelps: {
    question: 'Who helps you now, and how often?',
    hint: 'This could be family, a friend or a support worker. Say if they could stop.',
    picture: 'carer',
  },
  better: {
    question: 'What would make it better?',
    hint: 'This could be help from a person, or a thing that helps you.',
    picture: 'goal',
  },
} as const satisfies Record<string, AreaQuestion>;

/**
 * The questions of an area said by the person, as their printed notes and a plan drafted from
 * them name each answer.
 */
export const AREA_LABELS = {
  isHard: 'Is this hard for me?',
  badDay: 'What happens on a bad day',
  hardWays: 'How it is hard for me',
  whoHelps: 'Who helps me now, and how often',
  better: 'What would make it better',
} as const satisfies Record<keyof typeof AREA_QUESTIONS, string>;

/** Each way a thing is hard (regulation 2(3)), said by the person. */
export const HARD_WAY_STATEMENTS: Readonly<Record<HardWayId, string>> = {
  'needs-help': 'I need someone to help me.',
  'hurts-or-worries': 'It hurts, upsets or worries me.',
  risk: 'I or someone else could get hurt.',
  'takes-long': 'It takes me a lot longer than most people.',
};

/** The box for more words about the ways a thing is hard, asked after them. */
export const TELL_US_MORE = {
  question: 'Tell us more about what happens',
  hint: 'Say how often, and how bad it gets.',
  picture: 'write-it-down',
} as const satisfies AreaQuestion;

/** The question asked last in each area, with its picture. */
export const FINISHED = {
  question: 'Have you finished this area?',
  picture: 'right',
} as const satisfies Omit<AreaQuestion, 'hint'>;

/** Every picture the tool shows, for the page to pass to its island. */
export function preparePictureNames(): PictureName[] {
  return [
    ...new Set<PictureName>([
      ...AREAS.map((area) => area.picture),
      ...HARD_WAYS.map((way) => way.picture),
      ...Object.values(AREA_QUESTIONS).map((question) => question.picture),
      TELL_US_MORE.picture,
      FINISHED.picture,
      ...carerPictureNames(),
      ...aboutMePictureNames(),
      ...takeAwayPictureNames(),
      // Under the list: "Use my notes in my support plan" and the backup file.
      'support-plan',
      'backup',
      'delete',
      'safe',
    ]),
  ];
}
