/*
 * The 2 letters to a council as plain data: who it is from and to, the date, the subject and
 * the paragraphs. The page's preview, the printed letter and the Word document all draw this.
 * Legal wording follows the guides "Asking for an Individual Service Fund" and "If you do not
 * agree with your council": the Care Act 2014 and its statutory guidance (chapters 11 and 13)
 * in England, the Social Care (Self-directed Support) (Scotland) Act 2013, section 5, in Scotland.
 */
import { oneLine, paragraphsOf } from '../export/text';
import type { Region } from '../guides/regions';
import { formatLongDate } from '../site/dates';
import type { AskLetterDraft, DisagreeLetterDraft } from './schema';

/** A letter, ready to show, print or write as a Word document. */
export interface Letter {
  /** The line that says what the letter is about, like "Asking for an Individual Service Fund". */
  readonly subject: string;
  /** The person's name, then their address lines and reference number, if given. */
  readonly fromLines: readonly string[];
  /** The council's name. */
  readonly toLines: readonly string[];
  /** The date it is written, like "2 December 2026". */
  readonly dateText: string;
  readonly greeting: string;
  /** The letter's paragraphs, in order; the person's own words keep the lines they typed. */
  readonly paragraphs: readonly string[];
  readonly closing: string;
  /** The person's name under the letter. */
  readonly signature: string;
}

/** Shown in the preview in place of a box not yet filled in. */
export const BLANKS = {
  name: '[your name]',
  council: '[your council]',
  want: '[what you want]',
  decision: '[what the council decided]',
  decisionDate: '[the date]',
  disagree: '[why you do not agree]',
} as const;

const GREETING = 'Dear social care team,';
const CLOSING = 'Yours sincerely,';

/** `text` on one line, or `blank` when nothing is typed. */
function orBlank(text: string, blank: string): string {
  const line = oneLine(text);
  return line === '' ? blank : line;
}

/** The person's own paragraphs, or `blank` when nothing is typed. */
function paragraphsOrBlank(text: string, blank: string): string[] {
  const paragraphs = paragraphsOf(text);
  return paragraphs.length === 0 ? [blank] : paragraphs;
}

/** Who the letter is from: name, each address line, and the reference number when given. */
function fromLines(draft: { name: string; address: string; reference: string }): string[] {
  const reference = oneLine(draft.reference);
  return [
    orBlank(draft.name, BLANKS.name),
    ...paragraphsOf(draft.address),
    ...(reference === '' ? [] : [`My reference number: ${reference}`]),
  ];
}

/** The parts every letter shares. */
function letterFrame(
  draft: { name: string; council: string; address: string; reference: string },
  today: string,
): Omit<Letter, 'subject' | 'paragraphs'> {
  return {
    fromLines: fromLines(draft),
    toLines: [orBlank(draft.council, BLANKS.council)],
    dateText: formatLongDate(today),
    greeting: GREETING,
    closing: CLOSING,
    signature: orBlank(draft.name, BLANKS.name),
  };
}

/** What the law lets the person ask for, in the letter asking for an Individual Service Fund. */
const ASK_LAW: Readonly<Record<Region, readonly string[]>> = {
  england: [
    'The Care Act 2014 lets you pay my personal budget to a provider I choose, if you agree.',
    'The Care and support statutory guidance says councils should offer Individual Service Funds where possible.',
  ],
  scotland: [
    'Section 5 of the Social Care (Self-directed Support) (Scotland) Act 2013 says you must offer me a choice of 4 options.',
    'I would like Option 2. With Option 2, I choose my support and you arrange it.',
  ],
};

/**
 * Letter 1: asking for an Individual Service Fund. Empty boxes show as blanks like
 * "[your name]", so the preview reads as a letter from the start. `today` is an ISO date.
 */
export function askLetter(draft: AskLetterDraft, today: string): Letter {
  const provider = oneLine(draft.provider);
  return {
    ...letterFrame(draft, today),
    subject: 'Asking for an Individual Service Fund',
    paragraphs: [
      'I am writing to ask for an Individual Service Fund for my care and support.',
      'This means a provider I choose holds my personal budget. The provider arranges my support with me, in the way I decide.',
      ...(provider === '' ? [] : [`I would like ${provider} to be my provider.`]),
      'This is what I want from my support:',
      ...paragraphsOrBlank(draft.want, BLANKS.want),
      ...ASK_LAW[draft.region],
      'Please tell me if this is possible.',
      'Please send me your decision in writing. If the answer is no, please give me your reasons in writing.',
      'Thank you for your help.',
    ],
  };
}

/** What the second letter asks for, by country. */
const DISAGREE_ASK: Readonly<Record<DisagreeLetterDraft['request'], Record<Region, string[]>>> = {
  reasons: {
    england: [
      'Please send me the reasons for your decision in writing.',
      'If the decision is about my budget, please tell me how you worked it out. Please include the needs it covers, the hours and the cost of each hour.',
      'The Care and support statutory guidance says my personal budget must be enough to meet my agreed needs. It also says the way it was worked out should be clear to me.',
    ],
    scotland: [
      'Please send me the reasons for your decision in writing.',
      'If the decision is about my budget, please tell me how you worked it out. Please include the needs it covers, the hours and the cost of each hour.',
    ],
  },
  'look-again': {
    england: [
      'Please look at my budget again.',
      'Section 27 of the Care Act 2014 says you must review my care and support plan if I reasonably ask.',
      'The Care and support statutory guidance says my personal budget must be enough to meet my agreed needs.',
    ],
    scotland: ['Please look at my budget and my support again.'],
  },
};

/** The subject line of the second letter, by what it asks for. */
const DISAGREE_SUBJECT: Readonly<Record<DisagreeLetterDraft['request'], string>> = {
  reasons: 'Asking for the reasons for your decision',
  'look-again': 'Asking you to look at my budget again',
};

/**
 * Letter 2: the person does not agree with a decision, and asks for the reasons in writing or
 * for the budget to be looked at again. `today` is an ISO date.
 */
export function disagreeLetter(draft: DisagreeLetterDraft, today: string): Letter {
  return {
    ...letterFrame(draft, today),
    subject: DISAGREE_SUBJECT[draft.request],
    paragraphs: [
      'I am writing about a decision you made about my care and support.',
      `You told me about it on: ${orBlank(draft.decisionDate, BLANKS.decisionDate)}`,
      `Your decision was: ${orBlank(draft.decision, BLANKS.decision)}`,
      'I do not agree with this decision. This is why:',
      ...paragraphsOrBlank(draft.disagree, BLANKS.disagree),
      ...DISAGREE_ASK[draft.request][draft.region],
      'Please send me your answer in writing.',
      'Thank you for your help.',
    ],
  };
}
