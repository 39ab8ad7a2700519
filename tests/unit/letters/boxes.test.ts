/*
 * The letters' boxes: each letter asks for every answer its draft holds, once, and nothing
 * else, so no answer is left without a box and the error summary can follow the page's order.
 */
import { describe, expect, it } from 'vitest';
import {
  ASK_BOXES,
  DECISION_BOXES,
  letterPictureNames,
  type LetterBox,
} from '../../../src/lib/letters/boxes';
import { EMPTY_ASK_DRAFT, EMPTY_DISAGREE_DRAFT } from '../../../src/lib/letters/schema';

const fieldsOf = (boxes: readonly LetterBox[]) => boxes.map((box) => box.field);

describe('the letters’ boxes', () => {
  it.each([
    ['asking for an Individual Service Fund', ASK_BOXES, EMPTY_ASK_DRAFT],
    ['about a decision', DECISION_BOXES, EMPTY_DISAGREE_DRAFT],
  ] as const)('the letter %s has one box for each answer', (_name, boxes, draft) => {
    const fields = fieldsOf(boxes);
    expect(new Set(fields).size).toBe(fields.length);
    expect([...fields].sort()).toEqual(Object.keys(draft).sort());
  });

  it('asks about the person in the same order in both letters', () => {
    const shared = ['region', 'name', 'address', 'reference', 'council'];
    const inOrder = (boxes: readonly LetterBox[]) =>
      fieldsOf(boxes).filter((field) => shared.includes(field));
    expect(inOrder(ASK_BOXES)).toEqual(shared);
    expect(inOrder(DECISION_BOXES)).toEqual(shared);
  });

  it('lists every picture the boxes show, once, for the page to pass to the letters', () => {
    const names = letterPictureNames();
    expect(new Set(names).size).toBe(names.length);
    for (const box of [...ASK_BOXES, ...DECISION_BOXES]) expect(names).toContain(box.picture);
  });
});
