import { describe, expect, it } from 'vitest';
import {
  createEmptyPlan,
  MAX_PLAN_NAME_LENGTH,
  planDisplayName,
  planNameFormSchema,
  setPlanTitle,
  suggestedPlanName,
  updateSection,
} from '../../../src/lib/plan';

const now = new Date('2026-11-24T10:42:00.000Z');

function messageFor(planName: string): string | undefined {
  const result = planNameFormSchema.safeParse({ planName });
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("a plan's own name", () => {
  it('shows the name the person gave it, before the name from "About me"', () => {
    const sams = updateSection(createEmptyPlan(now), 'aboutMe', { name: 'Sam' }, now);
    expect(planDisplayName(sams)).toBe("Sam's plan");
    expect(planDisplayName(setPlanTitle(sams, 'Sam at home', now))).toBe('Sam at home');
  });

  it('suggests the name from "About me", or nothing, to start the form with', () => {
    expect(suggestedPlanName(createEmptyPlan(now))).toBe('');
    const sams = updateSection(createEmptyPlan(now), 'aboutMe', { name: ' Sam ' }, now);
    expect(suggestedPlanName(sams)).toBe("Sam's plan");
  });

  it('takes a name with the spaces at either end dropped', () => {
    expect(planNameFormSchema.parse({ planName: "  Sam's plan 2027 " })).toEqual({
      planName: "Sam's plan 2027",
    });
  });

  it('asks kindly for a name when the box is empty or only spaces', () => {
    expect(messageFor('   ')).toBe('Enter a name for the plan, like "Sam\'s plan 2027".');
  });

  it('takes 100 characters, and asks for a shorter name above that', () => {
    expect(messageFor('a'.repeat(MAX_PLAN_NAME_LENGTH))).toBeUndefined();
    expect(messageFor('a'.repeat(120))).toBe(
      'Make the name shorter. It can have up to 100 characters. It has 120 now.',
    );
  });

  it('mends a broken character, so the name can always be saved', () => {
    expect(planNameFormSchema.parse({ planName: 'Sam \uD83D' }).planName).toBe('Sam \uFFFD');
  });
});
