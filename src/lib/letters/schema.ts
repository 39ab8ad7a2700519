/*
 * The answers a person gives for the 2 letters to their council (issue 15), and their check
 * with zod. Messages follow the GOV.UK error message pattern: they say how to fix the answer.
 * Nothing here is stored: the answers live only in the page while it is open.
 */
import { z } from 'zod';
import { REGIONS } from '../guides/regions';

/** The most characters each answer takes (`String.prototype.length`), so a letter fits 1 A4 page. */
export const LETTER_LIMITS = {
  name: 70,
  council: 80,
  address: 200,
  reference: 40,
  provider: 100,
  want: 600,
  decision: 300,
  decisionDate: 40,
  disagree: 800,
} as const;

/** What a letter about a decision asks for: the reasons in writing, or a new look at the budget. */
export const DISAGREE_REQUESTS = ['reasons', 'look-again'] as const;

/** One of the 2 things the second letter can ask for. */
export type DisagreeRequest = (typeof DISAGREE_REQUESTS)[number];

/** A box that must be filled in, trimmed, with at most `max` characters. */
function required(max: number, empty: string, what: string) {
  return z.string().trim().min(1, empty).max(max, `${what} must be ${max} characters or fewer`);
}

/** A box that may be left empty, trimmed, with at most `max` characters. */
function optional(max: number, what: string) {
  return z.string().trim().max(max, `${what} must be ${max} characters or fewer`);
}

/** The answers both letters share: where the person lives, who they are and who the letter is to. */
const sharedFields = {
  region: z.enum(REGIONS, { message: 'Choose England or Scotland' }),
  name: required(LETTER_LIMITS.name, 'Enter your name', 'Your name'),
  council: required(LETTER_LIMITS.council, 'Enter the name of your council', 'The council name'),
  address: optional(LETTER_LIMITS.address, 'Your address'),
  reference: optional(LETTER_LIMITS.reference, 'Your reference number'),
};

/** Letter 1: asking the council for an Individual Service Fund. */
export const askLetterSchema = z.object({
  ...sharedFields,
  provider: optional(LETTER_LIMITS.provider, 'The provider name'),
  want: required(LETTER_LIMITS.want, 'Enter what you want, in a few words', 'What you want'),
});

/** Letter 2: asking for the reasons for a decision in writing, or for the budget to be looked at again. */
export const disagreeLetterSchema = z.object({
  ...sharedFields,
  request: z.enum(DISAGREE_REQUESTS, {
    message: 'Choose what you want to ask for',
  }),
  decision: required(
    LETTER_LIMITS.decision,
    'Enter what the council decided',
    'What the council decided',
  ),
  decisionDate: required(
    LETTER_LIMITS.decisionDate,
    'Enter when the council told you, like 3 November 2026',
    'The date',
  ),
  disagree: required(LETTER_LIMITS.disagree, 'Enter why you do not agree', 'Why you do not agree'),
});

/** Letter 1's answers after the check: trimmed, within their limits. */
export type AskLetterAnswers = z.infer<typeof askLetterSchema>;

/** Letter 2's answers after the check. */
export type DisagreeLetterAnswers = z.infer<typeof disagreeLetterSchema>;

/** Letter 1's boxes as typed (every answer a string, maybe empty). */
export type AskLetterDraft = z.input<typeof askLetterSchema>;

/** Letter 2's boxes as typed. */
export type DisagreeLetterDraft = z.input<typeof disagreeLetterSchema>;

/** Letter 1 before anything is typed. */
export const EMPTY_ASK_DRAFT: AskLetterDraft = {
  region: 'england',
  name: '',
  council: '',
  address: '',
  reference: '',
  provider: '',
  want: '',
};

/** Letter 2 before anything is typed. */
export const EMPTY_DISAGREE_DRAFT: DisagreeLetterDraft = {
  region: 'england',
  request: 'reasons',
  name: '',
  council: '',
  address: '',
  reference: '',
  decision: '',
  decisionDate: '',
  disagree: '',
};
