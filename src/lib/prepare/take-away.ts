/*
 * "Take your notes to your assessment" (issue 19): printing the notes in easy read, or saving
 * them as a Word document, to hand to the person who does the assessment or to read from. The
 * words the page shows, in easy read, each point with its picture from the registry.
 */
import type { PictureName } from '../pictures/registry';

/** One point: its picture and its sentences. */
export interface TakeAwayPoint {
  readonly picture: PictureName;
  readonly sentences: readonly string[];
}

/** What the part says, beside its buttons. */
export const TAKE_AWAY = {
  heading: 'Take your notes to your assessment',
  print: {
    picture: 'print',
    sentences: [
      'Print your notes in easy read.',
      'Give them to the person you meet, or read from them.',
    ],
  },
  word: {
    picture: 'email',
    sentences: [
      'You can also save your notes as a Word document.',
      'You can send it by email before the meeting.',
      'Standard is plain text for the council.',
      'Easy read has bigger text and pictures.',
    ],
  },
  printButton: 'Print my notes (easy read)',
  wordButton: 'Download as a Word document',
  easyWordButton: 'Download in easy read, as a Word document',
  /** Said in print before the printed notes have loaded. */
  printFirst:
    'To print your notes in easy read, go back to the page and press "Print my notes (easy read)".',
  /** Said while the printed notes load. */
  printLoading: 'Getting your notes ready to print.',
  /** Said when the printed notes could not load (offline, and not kept for offline use). */
  printNotLoaded:
    'Your notes could not be made ready to print, because part of this page did not load. Check you are online, then try again.',
} as const satisfies Record<string, string | TakeAwayPoint>;

/** The pictures this part shows. */
export function takeAwayPictureNames(): PictureName[] {
  return [TAKE_AWAY.print.picture, TAKE_AWAY.word.picture];
}
