import { describe, expect, it } from 'vitest';
import { letterDocument, letterWordFileName } from '../../../src/lib/export/letter-document';
import { BLANKS, askLetter, disagreeLetter } from '../../../src/lib/letters/letter';
import {
  EMPTY_ASK_DRAFT,
  EMPTY_DISAGREE_DRAFT,
  LETTER_LIMITS,
  askLetterSchema,
  disagreeLetterSchema,
  type AskLetterDraft,
  type DisagreeLetterDraft,
} from '../../../src/lib/letters/schema';

const TODAY = '2026-12-02';

const ASK: AskLetterDraft = {
  region: 'england',
  name: 'Sam Jones',
  council: 'Leeds City Council',
  address: '1 High Street\nLeeds',
  reference: 'AB123',
  provider: 'Good Days Support',
  want: 'I want to go swimming on Mondays.\nI want the same 2 workers.',
};

const DISAGREE: DisagreeLetterDraft = {
  region: 'england',
  request: 'reasons',
  name: 'Sam Jones',
  council: 'Leeds City Council',
  address: '',
  reference: '',
  decision: 'You cut my budget to £200 a week.',
  decisionDate: '3 November 2026',
  disagree: 'I still need help every morning.',
};

describe('the letter asking for an Individual Service Fund', () => {
  it('puts the name, address, reference, council and date at the top', () => {
    const letter = askLetter(ASK, TODAY);
    expect(letter.fromLines).toEqual([
      'Sam Jones',
      '1 High Street',
      'Leeds',
      'My reference number: AB123',
    ]);
    expect(letter.toLines).toEqual(['Leeds City Council']);
    expect(letter.dateText).toBe('2 December 2026');
    expect(letter.signature).toBe('Sam Jones');
  });

  it('names the provider, and keeps each line of what the person wants as a paragraph', () => {
    const { paragraphs } = askLetter(ASK, TODAY);
    expect(paragraphs).toContain('I would like Good Days Support to be my provider.');
    expect(paragraphs).toContain('I want to go swimming on Mondays.');
    expect(paragraphs).toContain('I want the same 2 workers.');
  });

  it('leaves out the provider sentence when no provider is given', () => {
    const { paragraphs } = askLetter({ ...ASK, provider: '  ' }, TODAY);
    expect(paragraphs.join(' ')).not.toContain('to be my provider');
  });

  it('in England asks politely and claims no right to an Individual Service Fund', () => {
    const text = askLetter(ASK, TODAY).paragraphs.join(' ');
    expect(text).toContain('Care Act 2014 lets you pay my personal budget to a provider I choose');
    expect(text).toContain('Please tell me if this is possible.');
    expect(text).toContain('If the answer is no, please give me your reasons in writing.');
    expect(text).not.toMatch(/right to|entitled|must give me/i);
    expect(text).not.toContain('Option 2');
  });

  it('in Scotland names section 5 of the 2013 Act and asks for Option 2', () => {
    const text = askLetter({ ...ASK, region: 'scotland' }, TODAY).paragraphs.join(' ');
    expect(text).toContain(
      'Section 5 of the Social Care (Self-directed Support) (Scotland) Act 2013',
    );
    expect(text).toContain('I would like Option 2.');
    expect(text).not.toContain('Care Act 2014');
  });

  it('shows blanks for boxes not yet filled in', () => {
    const letter = askLetter(EMPTY_ASK_DRAFT, TODAY);
    expect(letter.fromLines).toEqual([BLANKS.name]);
    expect(letter.toLines).toEqual([BLANKS.council]);
    expect(letter.paragraphs).toContain(BLANKS.want);
  });

  it('keeps text that looks like markup exactly as typed', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const letter = askLetter({ ...ASK, name: hostile, want: hostile }, TODAY);
    expect(letter.signature).toBe(hostile);
    expect(letter.paragraphs).toContain(hostile);
  });
});

describe('the letter about a decision', () => {
  it('says what was decided and when, and why the person does not agree', () => {
    const { paragraphs, subject } = disagreeLetter(DISAGREE, TODAY);
    expect(subject).toBe('Asking for the reasons for your decision');
    expect(paragraphs).toContain('You told me about it on: 3 November 2026');
    expect(paragraphs).toContain('Your decision was: You cut my budget to £200 a week.');
    expect(paragraphs).toContain('I still need help every morning.');
    expect(paragraphs).toContain('Please send me the reasons for your decision in writing.');
  });

  it('asks for a new look at the budget, naming section 27 in England only', () => {
    const england = disagreeLetter({ ...DISAGREE, request: 'look-again' }, TODAY);
    expect(england.subject).toBe('Asking you to look at my budget again');
    expect(england.paragraphs.join(' ')).toContain('Section 27 of the Care Act 2014');
    const scotland = disagreeLetter(
      { ...DISAGREE, request: 'look-again', region: 'scotland' },
      TODAY,
    );
    expect(scotland.paragraphs.join(' ')).not.toContain('Care Act');
    expect(scotland.paragraphs).toContain('Please look at my budget and my support again.');
  });

  it('shows blanks for boxes not yet filled in', () => {
    const { paragraphs } = disagreeLetter(EMPTY_DISAGREE_DRAFT, TODAY);
    expect(paragraphs).toContain(`You told me about it on: ${BLANKS.decisionDate}`);
    expect(paragraphs).toContain(`Your decision was: ${BLANKS.decision}`);
    expect(paragraphs).toContain(BLANKS.disagree);
  });
});

describe('the check of the answers', () => {
  it('accepts a full letter, trimming each answer', () => {
    const answers = askLetterSchema.parse({ ...ASK, name: '  Sam Jones ' });
    expect(answers.name).toBe('Sam Jones');
    expect(disagreeLetterSchema.safeParse(DISAGREE).success).toBe(true);
  });

  it('asks for the boxes that must be filled in, saying how to fix each', () => {
    const ask = askLetterSchema.safeParse(EMPTY_ASK_DRAFT);
    expect(ask.success).toBe(false);
    expect(ask.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'Enter your name'],
      ['council', 'Enter the name of your council'],
      ['want', 'Enter what you want, in a few words'],
    ]);
    const disagree = disagreeLetterSchema.safeParse(EMPTY_DISAGREE_DRAFT);
    expect(disagree.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'name',
      'council',
      'decision',
      'decisionDate',
      'disagree',
    ]);
  });

  it('refuses an answer over its limit, and a choice that is not offered', () => {
    const long = askLetterSchema.safeParse({ ...ASK, name: 'x'.repeat(LETTER_LIMITS.name + 1) });
    expect(long.error?.issues[0]?.message).toBe('Your name must be 70 characters or fewer');
    const wrong = disagreeLetterSchema.safeParse({ ...DISAGREE, request: 'complain' });
    expect(wrong.error?.issues[0]?.message).toBe('Choose what you want to ask for');
  });
});

describe('the letter as a Word document model', () => {
  it('has the subject as its title and every line of the letter in order', () => {
    const letter = askLetter(ASK, TODAY);
    const model = letterDocument(letter, TODAY);
    expect(model.title).toBe('Asking for an Individual Service Fund');
    const texts = model.intro.map((block) => (block.kind === 'paragraph' ? block.text : ''));
    expect(texts.slice(0, 5)).toEqual([
      'Sam Jones',
      '1 High Street',
      'Leeds',
      'My reference number: AB123',
      'To: Leeds City Council',
    ]);
    expect(texts.at(-2)).toBe('Yours sincerely,');
    expect(texts.at(-1)).toBe('Sam Jones');
    expect(letterWordFileName(letter, TODAY)).toBe(
      'Asking for an Individual Service Fund - 2026-12-02.docx',
    );
  });
});
