/*
 * The boxes a person fills in for each letter, in the order the page shows them: the question,
 * its hint, its picture and, for a text box, how many lines it gets. The page draws every box
 * from these lists, so the 2 letters share the boxes about the person and never copy them.
 */
import type { PictureName } from '../pictures/registry';
import { DISAGREE_REQUESTS, LETTER_LIMITS, type DisagreeRequest } from './schema';

/** A text box: one line for short answers like a name, more for the person's own words. */
export interface LetterTextBox {
  readonly kind: 'text';
  /** The answer's name in the letter's draft; its limit is `LETTER_LIMITS[field]`. */
  readonly field: keyof typeof LETTER_LIMITS;
  readonly picture: PictureName;
  readonly label: string;
  readonly hint?: string;
  /** 1 for a one-line box. */
  readonly lines: number;
}

/** A question with a few answers, shown as radios. */
export interface LetterChoiceBox {
  readonly kind: 'choice';
  readonly field: 'region' | 'request';
  readonly picture: PictureName;
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
}

export type LetterBox = LetterTextBox | LetterChoiceBox;

/** The words for each thing the second letter can ask for. */
const REQUEST_LABELS: Record<DisagreeRequest, string> = {
  reasons: 'The reasons for the decision, in writing',
  'look-again': 'Look at my budget again',
};

/** The boxes both letters ask: where the person lives, their name, address, reference and council. */
const ABOUT_YOU: readonly LetterBox[] = [
  {
    kind: 'choice',
    field: 'region',
    picture: 'where-you-live',
    label: 'Where do you live?',
    hint: 'The law is different in England and Scotland.',
    options: [
      { value: 'england', label: 'England' },
      { value: 'scotland', label: 'Scotland' },
    ],
  },
  { kind: 'text', field: 'name', picture: 'you', label: 'Your name', lines: 1 },
  {
    kind: 'text',
    field: 'address',
    picture: 'home',
    label: 'Your address (you can leave this out)',
    hint: 'It helps your council find your records.',
    lines: 3,
  },
  {
    kind: 'text',
    field: 'reference',
    picture: 'write-it-down',
    label: 'Your reference number (you can leave this out)',
    hint: 'It is on letters from your council.',
    lines: 1,
  },
  {
    kind: 'text',
    field: 'council',
    picture: 'council',
    label: 'Your council',
    hint: 'Like Leeds City Council.',
    lines: 1,
  },
];

/** The letter asking for an Individual Service Fund. */
export const ASK_BOXES: readonly LetterBox[] = [
  ...ABOUT_YOU,
  {
    kind: 'text',
    field: 'provider',
    picture: 'provider',
    label: 'The provider you want (you can leave this out)',
    hint: 'A provider is the organisation that gives your support.',
    lines: 1,
  },
  {
    kind: 'text',
    field: 'want',
    picture: 'goal',
    label: 'What do you want from your support?',
    hint: 'Say what you want to change in your life.',
    lines: 4,
  },
];

/** The letter about a decision: what it asks for first, then the person, then the decision. */
export const DECISION_BOXES: readonly LetterBox[] = [
  {
    kind: 'choice',
    field: 'request',
    picture: 'ask',
    label: 'What do you want to ask for?',
    options: DISAGREE_REQUESTS.map((value) => ({ value, label: REQUEST_LABELS[value] })),
  },
  ...ABOUT_YOU,
  {
    kind: 'text',
    field: 'decision',
    picture: 'letter',
    label: 'What did the council decide?',
    hint: 'Like: they made my budget smaller.',
    lines: 3,
  },
  {
    kind: 'text',
    field: 'decisionDate',
    picture: 'date',
    label: 'When did the council tell you?',
    hint: 'Like 3 November 2026.',
    lines: 1,
  },
  {
    kind: 'text',
    field: 'disagree',
    picture: 'decide',
    label: 'Why do you not agree?',
    hint: 'Say which needs the budget does not cover.',
    lines: 5,
  },
];

/** Every picture the letters' boxes show, once each, so the page can pass their files. */
export function letterPictureNames(): PictureName[] {
  return [...new Set([...ASK_BOXES, ...DECISION_BOXES].map((box) => box.picture))];
}
