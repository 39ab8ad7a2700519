import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { packWordDocument, type PictureImage } from '../../../src/lib/export/docx';
import { picturesIn, type DocumentBlock, type ExportDocument } from '../../../src/lib/export/model';
import {
  NOTES_TITLE,
  areasInOrder,
  notesDocument,
  notesWordFileName,
} from '../../../src/lib/export/notes-document';
import { isPictureName, type PictureName } from '../../../src/lib/pictures/registry';
import { createEmptyNotes, hasWrittenNotes, updateArea } from '../../../src/lib/prepare/notes';
import { HOSTILE_WORDS, hostileNotes, threeAreaNotes } from './support/notes';
import { unzip } from './support/unzip';
import { findAll, paragraphStyle, parseXml, rawWordText, wordText } from './support/xml';

const TODAY = '2026-12-02';
const NOW = new Date('2026-12-02T10:42:00.000Z');

function blocksOf(document: ExportDocument): DocumentBlock[] {
  return [...document.intro, ...document.sections.flatMap((section) => section.blocks)];
}

/** Every string the document shows, title and headings included. */
function textsOf(document: ExportDocument): string[] {
  return [
    document.title,
    document.dateText,
    ...document.sections.map((section) => section.title),
    ...blocksOf(document).flatMap((block) => {
      switch (block.kind) {
        case 'picture-row':
          return block.paragraphs;
        case 'paragraph':
        case 'subheading':
          return [block.text];
        case 'list':
          return block.items;
        case 'answer':
          return [block.label, ...block.paragraphs];
        default:
          throw new Error(`The notes have no ${block.kind}`);
      }
    }),
  ];
}

function timesShown(document: ExportDocument, words: string): number {
  return textsOf(document).join('\n').split(words).length - 1;
}

function section(document: ExportDocument, id: string): readonly DocumentBlock[] {
  const found = document.sections.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No part ${id}`);
  return found.blocks;
}

describe('the notes as a document', () => {
  it.each(['easy-read', 'standard'] as const)(
    'puts the hard areas first, then the others with answers, then the carer, what matters and the questions (%s)',
    (style) => {
      const document = notesDocument(threeAreaNotes(), TODAY, style);
      expect(document.sections.map((part) => part.title)).toEqual([
        'Washing and keeping clean',
        'Food and drink',
        'Keeping your home clean and safe',
        'A family member or friend who helps me',
        'What matters to me',
        'Questions I want to ask',
      ]);
    },
  );

  it('orders areas: hard, then sometimes hard, then the rest, each in the order of the law', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    let notes = createEmptyNotes(now, 'n');
    for (const [id, isHard] of [
      ['food', 'no'],
      ['toilet', 'sometimes'],
      ['dressing', 'yes'],
      ['out-and-about', 'ask-at-meeting'],
      ['washing', 'yes'],
      ['home', 'sometimes'],
    ] as const) {
      notes = updateArea(notes, id, { isHard }, now);
    }
    notes = updateArea(
      notes,
      'family-and-friends',
      { better: { words: 'A club.', notSure: null } },
      now,
    );
    expect(areasInOrder(notes).map((area) => area.id)).toEqual([
      'washing',
      'dressing',
      'toilet',
      'home',
      'food',
      'family-and-friends',
      'out-and-about',
    ]);
  });

  it('has the title and the date once, and no name, because the notes keep none', () => {
    for (const style of ['easy-read', 'standard'] as const) {
      const document = notesDocument(threeAreaNotes(), TODAY, style);
      expect(document.title).toBe(NOTES_TITLE);
      expect(document.personName).toBe('');
      expect(document.dateText).toBe('2 December 2026');
      expect(timesShown(document, '2 December 2026')).toBe(1);
      expect(timesShown(document, NOTES_TITLE)).toBe(1);
    }
  });

  it('lists the areas and parts with nothing written once, and prints no part for them', () => {
    for (const style of ['easy-read', 'standard'] as const) {
      const document = notesDocument(threeAreaNotes(), TODAY, style);
      expect(timesShown(document, 'Not written yet:')).toBe(1);
      expect(timesShown(document, 'Using the toilet')).toBe(1);
      expect(document.sections.map((part) => part.id)).not.toContain('toilet');
    }
    expect(notesDocument(threeAreaNotes(), TODAY, 'easy-read').intro).toContainEqual({
      kind: 'picture-row',
      picture: 'write-it-down',
      paragraphs: [
        'Not written yet:',
        'Using the toilet',
        'Getting dressed',
        'Being safe at home',
        'Family and friends',
        'Work, learning and volunteering',
        'Getting out and using places near you',
        'Caring for a child',
      ],
      strongFirst: true,
    });
    expect(notesDocument(threeAreaNotes(), TODAY, 'standard').intro).toContainEqual({
      kind: 'paragraph',
      text: 'Not written yet: Using the toilet, Getting dressed, Being safe at home, Family and friends, Work, learning and volunteering, Getting out and using places near you, Caring for a child.',
      style: 'note',
    });
  });

  it('says so when nothing is written, with no parts and no list', () => {
    const empty = createEmptyNotes(new Date('2026-12-02T10:00:00Z'), 'n');
    for (const style of ['easy-read', 'standard'] as const) {
      const document = notesDocument(empty, TODAY, style);
      expect(document.sections).toEqual([]);
      expect(timesShown(document, 'Nothing is written in these notes yet.')).toBe(1);
      expect(timesShown(document, 'Not written yet')).toBe(0);
    }
    expect(hasWrittenNotes(empty)).toBe(false);
    expect(hasWrittenNotes(threeAreaNotes())).toBe(true);
    const oneQuestion = {
      ...empty,
      questions: { status: 'done' as const, list: [{ id: 'q', text: 'Why?' }] },
    };
    expect(hasWrittenNotes(oneQuestion)).toBe(true);
    expect(notesDocument(oneQuestion, TODAY, 'easy-read').sections.map((part) => part.id)).toEqual([
      'questions',
    ]);
  });

  it('treats an area marked "Done" with no answers as not written', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const notes = updateArea(threeAreaNotes(), 'toilet', { status: 'done' }, now);
    expect(notesDocument(notes, TODAY, 'easy-read').sections.map((part) => part.id)).not.toContain(
      'toilet',
    );
  });

  it('keeps the person’s words as written, a paragraph a line', () => {
    const rows = section(notesDocument(threeAreaNotes(), TODAY, 'easy-read'), 'food');
    expect(rows).toContainEqual({
      kind: 'picture-row',
      picture: 'sad',
      paragraphs: ['What happens on a bad day', 'I forget to eat.', 'Then I feel dizzy & fall.'],
      strongFirst: true,
    });
  });

  it('shows "I do not know" and "Ask me at the meeting" plainly, as answers', () => {
    const easy = notesDocument(threeAreaNotes(), TODAY, 'easy-read');
    expect(section(easy, 'food')).toContainEqual({
      kind: 'picture-row',
      picture: 'goal',
      paragraphs: ['What would make it better', 'Ask me at the meeting.'],
      strongFirst: true,
    });
    const standard = notesDocument(threeAreaNotes(), TODAY, 'standard');
    expect(section(standard, 'washing')).toContainEqual({
      kind: 'answer',
      label: 'Who helps me now, and how often',
      level: 2,
      paragraphs: ['I do not know.'],
    });
    expect(section(standard, 'what-matters')).toContainEqual({
      kind: 'answer',
      label: 'What I want to be able to do',
      level: 2,
      paragraphs: ['I do not know.'],
    });
  });

  it('says whether an area is hard beside the area’s own picture, and each way it is hard', () => {
    const rows = section(notesDocument(threeAreaNotes(), TODAY, 'easy-read'), 'food');
    expect(rows[0]).toEqual({
      kind: 'picture-row',
      picture: 'food',
      paragraphs: ['Is this hard for me?', 'Sometimes.'],
      strongFirst: true,
    });
    expect(rows).toContainEqual({
      kind: 'picture-row',
      picture: 'ask',
      paragraphs: [
        'How it is hard for me',
        'I need someone to help me.',
        'I or someone else could get hurt.',
        'Most weeks, 3 times.',
      ],
      strongFirst: true,
    });
  });

  it('leaves out the questions not answered', () => {
    const home = section(notesDocument(threeAreaNotes(), TODAY, 'standard'), 'home');
    expect(home).toEqual([
      { kind: 'answer', label: 'Is this hard for me?', level: 2, paragraphs: ['No.'] },
      {
        kind: 'answer',
        label: 'What would make it better',
        level: 2,
        paragraphs: ['A cleaner once a week.'],
      },
    ]);
  });

  it('has the carer’s part with what helping costs them', () => {
    const carer = section(notesDocument(threeAreaNotes(), TODAY, 'standard'), 'carer');
    expect(carer).toContainEqual({
      kind: 'answer',
      label: 'What helping me costs them',
      level: 2,
      paragraphs: ['Their time.', 'Their work.', 'She gave up her job.'],
    });
  });

  it('ends with the questions for the meeting, numbered', () => {
    const easy = notesDocument(threeAreaNotes(), TODAY, 'easy-read');
    expect(easy.sections.at(-1)?.blocks).toEqual([
      { kind: 'picture-row', picture: 'ask', paragraphs: ['I want to ask these questions.'] },
      {
        kind: 'list',
        ordered: true,
        items: ['Can I have an Individual Service Fund?', 'Who will read my notes?'],
      },
    ]);
    const standard = notesDocument(threeAreaNotes(), TODAY, 'standard');
    expect(standard.sections.at(-1)?.blocks).toEqual([
      {
        kind: 'list',
        ordered: true,
        items: ['Can I have an Individual Service Fund?', 'Who will read my notes?'],
      },
    ]);
  });

  it('in easy read is picture rows from the registry, besides the numbered questions', () => {
    const blocks = blocksOf(notesDocument(threeAreaNotes(), TODAY, 'easy-read'));
    const rows = blocks.filter((block) => block.kind === 'picture-row');
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) expect(isPictureName(row.picture)).toBe(true);
    expect(blocks.filter((block) => block.kind !== 'picture-row')).toEqual([
      expect.objectContaining({ kind: 'list' }),
    ]);
  });

  it('in standard is headed answers with no pictures', () => {
    const document = notesDocument(threeAreaNotes(), TODAY, 'standard');
    expect(picturesIn(document)).toEqual([]);
    expect(
      document.sections.flatMap((part) => part.blocks).filter((block) => block.kind !== 'answer'),
    ).toEqual([expect.objectContaining({ kind: 'list' })]);
  });

  it('keeps hostile text exactly as typed', () => {
    const document = notesDocument(hostileNotes(), TODAY, 'easy-read');
    expect(timesShown(document, HOSTILE_WORDS)).toBe(5);
  });

  it('names the Word file with the title and the date', () => {
    expect(notesWordFileName(TODAY)).toBe('What I want you to know about me - 2026-12-02.docx');
  });
});

describe('the notes as a Word document', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  function picturesOf(model: ExportDocument): Map<PictureName, PictureImage> {
    return new Map(
      picturesIn(model).map((name) => [
        name,
        { svg: readFileSync(join('src/assets/pictures', `${name}.svg`)), png },
      ]),
    );
  }

  it.each(['easy-read', 'standard'] as const)(
    'shows hostile text as text, with no field or link made from it (%s)',
    async (style) => {
      const model = notesDocument(hostileNotes(), TODAY, style);
      const bytes = await packWordDocument(model, docx, {
        style,
        now: NOW,
        pictures: picturesOf(model),
      });
      const files = unzip(bytes);
      const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
      const body = parseXml(xml);
      const paragraphs = findAll(body, 'w:p');
      expect(paragraphs.filter((p) => paragraphStyle(p) === 'Title').map(wordText)).toEqual([
        NOTES_TITLE,
      ]);
      const text = paragraphs.map(wordText).join('\n');
      expect(text.split(HOSTILE_WORDS).length - 1).toBe(5);
      // A formula or a link would be a field: none is made from what was typed.
      for (const name of ['w:fldSimple', 'w:instrText', 'w:hyperlink']) {
        expect(findAll(body, name)).toEqual([]);
      }
      expect(xml).not.toContain('<script>');
      // A figure keeps its unit on the same line.
      expect(paragraphs.map(rawWordText).join('\n')).toContain('£45\u00a0a\u00a0week');
    },
  );
});
