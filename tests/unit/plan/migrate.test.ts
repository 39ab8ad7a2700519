import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_SCHEMA_VERSION, migrate, planSchema } from '../../../src/lib/plan';

const v1 = JSON.parse(
  readFileSync(new URL('../../fixtures/plans/v1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const v2 = JSON.parse(
  readFileSync(new URL('../../fixtures/plans/v2.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const v3 = JSON.parse(
  readFileSync(new URL('../../fixtures/plans/v3.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('migrating stored plans', () => {
  it("brings a v1 plan up to today's format with nothing waiting to be read", () => {
    const result = migrate(v1);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(result.plan.goals.items.map((goal) => [goal.byWhen, goal.byWhenAsTyped])).toEqual([
      ['2026-09-30', null],
      ['', null],
    ]);
    expect(result.plan.spending.items.map((item) => item.costAsTyped)).toEqual(['', '']);
    expect(result.plan.budget.typedAmountAsTyped).toBe('');
    expect(result.plan.reviews.nextReviewDateAsTyped).toBeNull();
  });

  it('reads a plan saved in format 2 (v2 fixture) with the words kept as typed', () => {
    const result = migrate(v2);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(2);
    expect(result.plan.goals.items[0]?.byWhen).toBe('2026-09-30');
    expect(result.plan.goals.items[1]).toMatchObject({
      byWhen: '2026-12-31',
      byWhenAsTyped: { day: '31', month: '2', year: '2027' },
    });
    expect(result.plan.spending.items[1]?.costAsTyped).toBe('45 quid');
    expect(result.plan.spending.items[1]?.cost).toBe('8000.00');
    expect(result.plan.reviews.nextReviewDateAsTyped).toEqual({ day: '12', month: '7', year: '' });
    expect(planSchema.parse(result.plan)).toEqual(result.plan);
  });

  it('reads a plan saved in format 3 (v3 fixture) with a goal set for a month', () => {
    const result = migrate(v3);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBeNull();
    expect(result.plan.goals.items[0]?.byWhen).toBe('2027-06');
    expect(planSchema.parse(result.plan)).toEqual(result.plan);
  });

  it('sets aside a month where only a date can be', () => {
    const result = migrate({ ...v3, reviews: { nextReviewDate: '2027-06' } });
    expect(result.ok ? '' : result.message).toContain('"Next review date" is not a real date');
  });

  it('reads a plan saved in the first format (v1 fixture) with every word kept', () => {
    const result = migrate(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.aboutMe.name).toBe('Sarah');
    expect(result.plan.goals.items).toHaveLength(2);
    expect(result.plan.spending.items[1]?.goalIds).toEqual(['goal-cooking', 'goal-friends']);
    expect(result.plan.reviews.moreForMyself).toBe("<script>alert('kept as text')</script>");
    expect(result.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  });

  it('keeps the calculator figures from the v1 fixture', () => {
    const result = migrate(v1);
    expect(result.ok && result.plan.budget.calculatorInputs?.supportLines[0]?.hoursPerWeek).toBe(
      '12',
    );
  });

  it('gives back a plan that passes the schema as it is', () => {
    const result = migrate(v1);
    expect(result.ok && planSchema.parse(result.plan)).toEqual(result.ok && result.plan);
  });

  it('does not change the data it was given', () => {
    const copy = structuredClone(v1);
    migrate(v1);
    expect(v1).toEqual(copy);
  });

  it('refuses something that is not an object', () => {
    for (const raw of [null, 'plan', 42, [v1]]) {
      const result = migrate(raw);
      expect(result.ok ? 'ok' : result.kind).toBe('not-a-plan');
    }
  });

  it('refuses a plan with no format number', () => {
    const rest: Record<string, unknown> = { ...v1 };
    delete rest['schemaVersion'];
    const result = migrate(rest);
    expect(result.ok ? 'ok' : result.kind).toBe('not-a-plan');
  });

  it('refuses a plan from a newer version and says so', () => {
    const result = migrate({ ...v1, schemaVersion: PLAN_SCHEMA_VERSION + 1 });
    expect(result.ok ? 'ok' : result.kind).toBe('newer-version');
    expect(result.ok ? '' : result.message).toMatch(/newer version of Open ISF/);
  });

  it('names the field and how to fix it when a date is wrong', () => {
    const result = migrate({
      ...v1,
      goals: { items: [{ id: 'g', byWhen: '2026-02-30' }] },
    });
    expect(result.ok ? '' : result.message).toBe(
      'In "What I want to achieve", goal 1, "By when" is not a real date. Write dates like 2026-05-24 (year, month, day), or 2027-06 (year, month).',
    );
  });

  it('lists every problem it finds', () => {
    const result = migrate({
      ...v1,
      aboutMe: { name: 5, likedAbout: 'x'.repeat(6000) },
    });
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      'In "About me", "Name" should be text, not a number.',
      'In "About me", "What people like about me" is too long: it has 6,000 characters. Shorten it to 5,000 characters or fewer.',
    ]);
  });
});
