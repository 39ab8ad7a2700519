/*
 * A person's notes for their assessment (lib/prepare, issue 19) as a document model: "What I
 * want you to know about me", to hand to the person who does the assessment or to read from.
 * The areas the person finds hard come first, their words are kept as written, answers never
 * given are left out, and the parts not written yet are listed once. Easy read is a picture row
 * for each answer (EASY_READ.md), the printout and the easy-read Word document; standard is plain
 * headed text for professionals.
 */
import type { PictureName } from '../pictures/registry';
import { QUESTIONS_PART, WHAT_MATTERS_PART, WHAT_MATTERS_QUESTIONS } from '../prepare/about-me';
import { AREAS, type Area } from '../prepare/areas';
import { CARER_COSTS, CARER_PART, CARER_QUESTIONS, type CarerCostId } from '../prepare/carer';
import {
  IS_HARD_LABELS,
  NOT_SURE_LABELS,
  areQuestionsEmpty,
  hasWrittenNotes,
  isAreaEmpty,
  isCarerEmpty,
  isWhatMattersEmpty,
  type AreaNotes,
  type CarerNotes,
  type IsHardAnswer,
  type NotSureAnswer,
  type PreparationNotes,
  type WhatMattersNotes,
  type WrittenAnswer,
} from '../prepare/notes';
import { AREA_LABELS, AREA_QUESTIONS, HARD_WAY_STATEMENTS } from '../prepare/questions';
import { formatLongDate } from '../site/dates';
import type {
  DocumentBlock,
  DocumentSection,
  DocumentStyle,
  ExportDocument,
  PictureRowBlock,
} from './model';
import { oneLine, paragraphsOf } from './text';

/** The document's title. The notes keep no name, so it is the same for everyone. */
export const NOTES_TITLE = 'What I want you to know about me';

/** Said before the list of areas and parts with nothing written. */
export const NOT_WRITTEN_YET = 'Not written yet:';

/** Said when nothing at all is written. */
export const NOTHING_WRITTEN = 'Nothing is written in these notes yet.';

/** The carer's part, said by the person: its title in the document. */
export const CARER_TITLE = 'A family member or friend who helps me';

/** The carer's part's questions, said by the person. */
export const CARER_LABELS = {
  whatTheyDo: 'What they do for me',
  howOften: 'How often they help me',
  costs: 'What helping me costs them',
} as const;

/** "What matters to me", said by the person. */
export const WHAT_MATTERS_LABELS: Readonly<Record<keyof typeof WHAT_MATTERS_QUESTIONS, string>> = {
  goodDay: 'What a good day looks like for me',
  keepDoing: 'What I want to keep doing',
  wantToDo: 'What I want to be able to do',
};

/** Said above the questions for the meeting, in easy read. */
export const QUESTIONS_LEAD = 'I want to ask these questions.';

/** "Yes.", "Sometimes.", "I do not know." and the like. */
function isHardSentence(answer: IsHardAnswer): string {
  return `${IS_HARD_LABELS[answer]}.`;
}

function notSureSentence(answer: NotSureAnswer | null): string[] {
  return answer === null ? [] : [`${NOT_SURE_LABELS[answer]}.`];
}

/** The person's words as typed, one paragraph a line, then "I do not know." if chosen. */
function writtenParagraphs(answer: WrittenAnswer): string[] {
  return [...paragraphsOf(answer.words), ...notSureSentence(answer.notSure)];
}

/** One answer: its label and its paragraphs, and the picture beside it in easy read. */
interface Answer {
  readonly picture: PictureName;
  readonly label: string;
  readonly paragraphs: readonly string[];
}

function areaAnswers(area: Area, notes: AreaNotes): Answer[] {
  const ways = notes.hardWays;
  const answers: Answer[] = [
    {
      // The area's own picture beside whether it is hard: the row says what the area is.
      picture: area.picture,
      label: AREA_LABELS.isHard,
      paragraphs: notes.isHard === null ? [] : [isHardSentence(notes.isHard)],
    },
    {
      picture: AREA_QUESTIONS.badDay.picture,
      label: AREA_LABELS.badDay,
      paragraphs: writtenParagraphs(notes.badDay),
    },
    {
      picture: AREA_QUESTIONS.hardWays.picture,
      label: AREA_LABELS.hardWays,
      paragraphs: [
        ...ways.chosen.map((id) => HARD_WAY_STATEMENTS[id]),
        ...paragraphsOf(ways.words),
        ...notSureSentence(ways.notSure),
      ],
    },
    {
      picture: AREA_QUESTIONS.whoHelps.picture,
      label: AREA_LABELS.whoHelps,
      paragraphs: writtenParagraphs(notes.whoHelps),
    },
    {
      picture: AREA_QUESTIONS.better.picture,
      label: AREA_LABELS.better,
      paragraphs: writtenParagraphs(notes.better),
    },
  ];
  return answers.filter((answer) => answer.paragraphs.length > 0);
}

const COST_LABELS: Readonly<Record<CarerCostId, string>> = Object.fromEntries(
  CARER_COSTS.map((cost) => [cost.id, cost.label]),
) as Record<CarerCostId, string>;

function carerAnswers(notes: CarerNotes): Answer[] {
  const costs = notes.costs;
  const answers: Answer[] = [
    {
      picture: CARER_QUESTIONS.whatTheyDo.picture,
      label: CARER_LABELS.whatTheyDo,
      paragraphs: writtenParagraphs(notes.whatTheyDo),
    },
    {
      picture: CARER_QUESTIONS.howOften.picture,
      label: CARER_LABELS.howOften,
      paragraphs: writtenParagraphs(notes.howOften),
    },
    {
      picture: CARER_QUESTIONS.costs.picture,
      label: CARER_LABELS.costs,
      paragraphs: [
        ...costs.chosen.map((id) => `${COST_LABELS[id]}.`),
        ...paragraphsOf(costs.words),
        ...notSureSentence(costs.notSure),
      ],
    },
  ];
  return answers.filter((answer) => answer.paragraphs.length > 0);
}

function whatMattersAnswers(notes: WhatMattersNotes): Answer[] {
  return (Object.keys(WHAT_MATTERS_LABELS) as (keyof typeof WHAT_MATTERS_LABELS)[])
    .map((key) => ({
      picture: WHAT_MATTERS_QUESTIONS[key].picture,
      label: WHAT_MATTERS_LABELS[key],
      paragraphs: writtenParagraphs(notes[key]),
    }))
    .filter((answer) => answer.paragraphs.length > 0);
}

/** An answer as the style draws it: a picture row in easy read, a headed answer in standard. */
function answerBlock(answer: Answer, style: DocumentStyle): DocumentBlock {
  return style === 'easy-read'
    ? {
        kind: 'picture-row',
        picture: answer.picture,
        paragraphs: [answer.label, ...answer.paragraphs],
        strongFirst: true,
      }
    : { kind: 'answer', label: answer.label, level: 2, paragraphs: answer.paragraphs };
}

/** 0 for an area the person says is hard, 1 for sometimes hard, 2 for the rest. */
function hardness(notes: AreaNotes): number {
  if (notes.isHard === 'yes') return 0;
  return notes.isHard === 'sometimes' ? 1 : 2;
}

/**
 * The areas with something written, those the person says are hard first, then those that are
 * sometimes hard, then the rest; each group in the order of the Regulations.
 */
export function areasInOrder(notes: PreparationNotes): Area[] {
  return AREAS.filter((area) => !isAreaEmpty(notes.areas[area.id]))
    .map((area, index) => ({ area, index, rank: hardness(notes.areas[area.id]) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.area);
}

/** The questions for the meeting, each on one line, blank ones left out. */
function meetingQuestions(notes: PreparationNotes): string[] {
  return notes.questions.list.map((item) => oneLine(item.text)).filter((text) => text !== '');
}

/** The titles of the areas and parts with nothing written, in the task list's order. */
export function notWrittenTitles(notes: PreparationNotes): string[] {
  return [
    ...AREAS.filter((area) => isAreaEmpty(notes.areas[area.id])).map((area) => area.title),
    ...(isCarerEmpty(notes.carer) ? [CARER_PART.title] : []),
    ...(isWhatMattersEmpty(notes.whatMatters) ? [WHAT_MATTERS_PART.title] : []),
    ...(areQuestionsEmpty(notes.questions) ? [QUESTIONS_PART.title] : []),
  ];
}

/** The opening: what these notes are, and what is not written yet (once). */
function opening(notes: PreparationNotes, style: DocumentStyle): DocumentBlock[] {
  const missing = notWrittenTitles(notes);
  const nothing = !hasWrittenNotes(notes);
  if (style === 'standard') {
    return [
      {
        kind: 'paragraph',
        text: 'These are my notes for my assessment, in my own words. The areas I find hard come first.',
      },
      ...(nothing
        ? [{ kind: 'paragraph', text: NOTHING_WRITTEN, style: 'note' } as const]
        : missing.length > 0
          ? [
              {
                kind: 'paragraph',
                text: `${NOT_WRITTEN_YET} ${missing.join(', ')}.`,
                style: 'note',
              } as const,
            ]
          : []),
    ];
  }
  const intro: PictureRowBlock = {
    kind: 'picture-row',
    picture: 'assessment',
    paragraphs: [
      'These are my notes for my assessment.',
      'I wrote them in my own words.',
      'The things I find hard come first.',
    ],
  };
  if (nothing) {
    return [
      intro,
      { kind: 'picture-row', picture: 'write-it-down', paragraphs: [NOTHING_WRITTEN] },
    ];
  }
  return missing.length === 0
    ? [intro]
    : [
        intro,
        {
          kind: 'picture-row',
          picture: 'write-it-down',
          paragraphs: [NOT_WRITTEN_YET, ...missing],
          strongFirst: true,
        },
      ];
}

/** The questions for the meeting: a numbered list, under a picture row in easy read. */
function questionsBlocks(questions: readonly string[], style: DocumentStyle): DocumentBlock[] {
  const list: DocumentBlock = { kind: 'list', ordered: true, items: questions };
  return style === 'easy-read'
    ? [{ kind: 'picture-row', picture: QUESTIONS_PART.picture, paragraphs: [QUESTIONS_LEAD] }, list]
    : [list];
}

/**
 * The notes as a document: the title and the date (`today`, like "2026-12-02", local time on
 * the person's device) once, what these notes are and what is not written yet, the areas with
 * something written (hard ones first), the carer's part, what matters to me, and the questions
 * for the meeting last. Nothing is printed for a part with nothing written.
 */
export function notesDocument(
  notes: PreparationNotes,
  today: string,
  style: DocumentStyle,
): ExportDocument {
  const section = (id: string, title: string, answers: readonly Answer[]): DocumentSection[] =>
    answers.length === 0
      ? []
      : [{ id, title, blocks: answers.map((answer) => answerBlock(answer, style)) }];
  const questions = meetingQuestions(notes);
  const sections: DocumentSection[] = [
    ...areasInOrder(notes).flatMap((area) =>
      section(area.id, area.title, areaAnswers(area, notes.areas[area.id])),
    ),
    ...section('carer', CARER_TITLE, carerAnswers(notes.carer)),
    ...section(
      WHAT_MATTERS_PART.id,
      WHAT_MATTERS_PART.title,
      whatMattersAnswers(notes.whatMatters),
    ),
    ...(questions.length === 0
      ? []
      : [
          {
            id: QUESTIONS_PART.id,
            title: QUESTIONS_PART.title,
            blocks: questionsBlocks(questions, style),
          },
        ]),
  ];
  return {
    title: NOTES_TITLE,
    subject: 'Notes for my assessment',
    personName: '',
    dateText: formatLongDate(today),
    isoDate: today,
    intro: opening(notes, style),
    sections,
  };
}

/** The Word file's name: "What I want you to know about me - 2026-12-02.docx". */
export function notesWordFileName(today: string): string {
  return `${NOTES_TITLE} - ${today}.docx`;
}
