/*
 * "Listen to this part": a part of the plan in sentences for the site's voice, each question
 * followed by what the person has written so far, as the boxes show it. An empty answer is said
 * in easy-read words ("Not written yet."), so a person hears what is still to do.
 */
import { formatMoney } from '../money/format';
import { parseMoney } from '../money/parse';
import { formatLongDate, formatMonthYear } from '../site/dates';
import { asSentence, sayMoneyIn } from '../speech/spoken';

/** What a question's boxes hold, as the page shows it. */
export type ShownAnswer =
  /** Words typed in a box. */
  | { readonly kind: 'words'; readonly text: string }
  /** An amount of money typed in a box with "£" before it. */
  | { readonly kind: 'money'; readonly text: string }
  /** The 3 boxes of a date. */
  | { readonly kind: 'date'; readonly day: string; readonly month: string; readonly year: string }
  /** One of a few answers (radios or a list): the chosen answer's words, or '' for none. */
  | { readonly kind: 'choice'; readonly chosen: string }
  /** Ticked boxes: the words of each ticked one. */
  | { readonly kind: 'choices'; readonly chosen: readonly string[] };

/** A question of the part as shown: its words, and what its boxes hold. */
export interface ShownQuestion {
  readonly question: string;
  readonly answer: ShownAnswer;
}

/** What is said when nothing has been written in a box yet. */
export const NOT_WRITTEN = 'Not written yet.';
/** What is said when no answer has been chosen yet. */
export const NOT_CHOSEN = 'Not chosen yet.';

/** "a, b and c". */
function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

const NUMBER = /^\d+$/;
const pad = (text: string): string => text.padStart(2, '0');

/** A date's boxes as a person says them: "12 March 2027", "March 2027", or each box in turn. */
function sayDate(day: string, month: string, year: string): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (NUMBER.test(m) && /^\d{4}$/.test(y)) {
    try {
      if (d === '') return formatMonthYear(`${y}-${pad(m)}`);
      if (NUMBER.test(d)) return formatLongDate(`${y}-${pad(m)}-${pad(d)}`);
    } catch {
      // Not a real date yet: each box is said as typed, below.
    }
  }
  const boxes: [string, string][] = [
    ['day', d],
    ['month', m],
    ['year', y],
  ];
  return boxes
    .filter(([, text]) => text !== '')
    .map(([box, text]) => `${box} ${text}`)
    .join(', ');
}

/** What the person has written or chosen, in a sentence; easy-read words when it is empty. */
export function answerSentence(answer: ShownAnswer): string {
  switch (answer.kind) {
    case 'words': {
      const text = answer.text.trim();
      return text === '' ? NOT_WRITTEN : `You wrote: ${asSentence(sayMoneyIn(text))}`;
    }
    case 'money': {
      const text = answer.text.trim();
      if (text === '') return NOT_WRITTEN;
      const read = parseMoney(text);
      if (read.kind !== 'ok') return `You wrote: ${asSentence(text)}`;
      return `You wrote: ${sayMoneyIn(formatMoney(read.value))}.`;
    }
    case 'date': {
      const said = sayDate(answer.day, answer.month, answer.year);
      return said === '' ? NOT_WRITTEN : `You wrote: ${said}.`;
    }
    case 'choice':
      return answer.chosen.trim() === '' ? NOT_CHOSEN : `You chose: ${asSentence(answer.chosen)}`;
    case 'choices':
      return answer.chosen.length === 0
        ? NOT_CHOSEN
        : `You chose: ${asSentence(listWords(answer.chosen))}`;
  }
}

/** A question and its answer, as the voice says them: "What do you enjoy? You wrote: Swimming." */
export function questionSpeech(shown: ShownQuestion): string {
  return `${asSentence(shown.question)} ${answerSentence(shown.answer)}`;
}
