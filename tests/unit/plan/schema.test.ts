import { describe, expect, it } from 'vitest';
import {
  describePlanIssues,
  MAX_TEXT_LENGTH,
  PLAN_SCHEMA_VERSION,
  addCostedItem,
  addGoal,
  asNewPlan,
  asReplacementFor,
  cleanText,
  countDoneSections,
  createEmptyPlan,
  markBackedUp,
  planDisplayName,
  planSchema,
  removeGoal,
  setProviderAnswer,
  setSectionStatus,
  shouldSuggestBackup,
  updateCostedItem,
  updateGoal,
  updateSection,
} from '../../../src/lib/plan';

const now = new Date('2026-05-24T10:42:00.000Z');
const later = new Date('2026-05-24T10:43:00.000Z');

describe('the plan model', () => {
  it('makes an empty plan that passes the schema unchanged', () => {
    const plan = createEmptyPlan(now, 'plan-1');
    expect(planSchema.parse(plan)).toEqual(plan);
  });

  it('starts every section as "Not started"', () => {
    const plan = createEmptyPlan(now);
    expect(Object.values(plan.sectionStatus).every((status) => status === 'not-started')).toBe(
      true,
    );
  });

  it('gives each new plan its own id', () => {
    expect(createEmptyPlan(now).id).not.toBe(createEmptyPlan(now).id);
  });

  it('fills in every missing field with an empty value when reading', () => {
    const plan = planSchema.parse({
      schemaVersion: PLAN_SCHEMA_VERSION,
      id: 'p',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
    expect(plan).toEqual(createEmptyPlan(now, 'p'));
  });

  it('accepts text of exactly 5,000 characters', () => {
    const plan = updateSection(
      createEmptyPlan(now),
      'aboutMe',
      { name: 'a'.repeat(MAX_TEXT_LENGTH) },
      now,
    );
    expect(planSchema.safeParse(plan).success).toBe(true);
  });

  it('refuses text of 5,001 characters', () => {
    const plan = updateSection(
      createEmptyPlan(now),
      'aboutMe',
      { name: 'a'.repeat(MAX_TEXT_LENGTH + 1) },
      now,
    );
    expect(planSchema.safeParse(plan).success).toBe(false);
  });

  it('keeps pasted HTML and script as plain text', () => {
    const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const plan = updateSection(createEmptyPlan(now), 'aboutMe', { likedAbout: script }, now);
    expect(planSchema.parse(plan).aboutMe.likedAbout).toBe(script);
  });

  it('refuses an amount stored as a number', () => {
    const plan = addCostedItem(createEmptyPlan(now), now, 'item');
    const raw = JSON.parse(JSON.stringify(plan)) as { spending: { items: { cost: unknown }[] } };
    const [item] = raw.spending.items;
    if (item) item.cost = 12.35;
    expect(planSchema.safeParse(raw).success).toBe(false);
  });

  it('refuses a review date that is not a real date', () => {
    const plan = updateSection(
      createEmptyPlan(now),
      'reviews',
      { nextReviewDate: '2026-02-30' },
      now,
    );
    expect(planSchema.safeParse(plan).success).toBe(false);
  });

  it('refuses a part it does not know', () => {
    const raw = { ...createEmptyPlan(now), extra: 'surprise' };
    expect(planSchema.safeParse(raw).success).toBe(false);
  });

  it('refuses text with a lone surrogate, and cleanText mends it', () => {
    const broken = 'smile \uD83D';
    const plan = updateSection(createEmptyPlan(now), 'aboutMe', { name: broken }, now);
    expect(planSchema.safeParse(plan).success).toBe(false);
    expect(cleanText(broken)).toBe('smile \uFFFD');
  });

  it('says how to mend a broken character in a sentence with one full stop', () => {
    const plan = updateSection(createEmptyPlan(now), 'aboutMe', { name: 'smile \uD83D' }, now);
    const checked = planSchema.safeParse(plan);
    const [problem] = checked.success ? [] : describePlanIssues(checked.error, plan);
    expect(problem?.message).toMatch(/"Name" has a broken character in it/);
    expect(problem?.message).toMatch(/[^.]\.$/);
  });
});

describe('editing a plan', () => {
  it('records the time of a change', () => {
    const plan = updateSection(createEmptyPlan(now), 'aboutMe', { name: 'Sam' }, later);
    expect(plan.updatedAt).toBe(later.toISOString());
  });

  it('leaves the plan it was given unchanged', () => {
    const before = createEmptyPlan(now);
    const copy = structuredClone(before);
    updateSection(before, 'aboutMe', { name: 'Sam' }, later);
    expect(before).toEqual(copy);
  });

  it('marks a section done only when asked', () => {
    const plan = setSectionStatus(createEmptyPlan(now), 'goals', 'done', now);
    expect(plan.sectionStatus.goals).toBe('done');
    expect(countDoneSections(plan)).toBe(1);
  });

  it('adds and changes a goal', () => {
    let plan = addGoal(createEmptyPlan(now), now, 'g1');
    plan = updateGoal(plan, 'g1', { inMyWords: 'Cook my own tea', byWhen: '2026-09-30' }, now);
    expect(plan.goals.items).toEqual([
      {
        id: 'g1',
        inMyWords: 'Cook my own tea',
        whyItMatters: '',
        howWeWillKnow: '',
        byWhen: '2026-09-30',
        byWhenAsTyped: null,
      },
    ]);
  });

  it('removes a goal and its links from costed items', () => {
    let plan = addGoal(addGoal(createEmptyPlan(now), now, 'g1'), now, 'g2');
    plan = addCostedItem(plan, now, 'i1');
    plan = updateCostedItem(plan, 'i1', { goalIds: ['g1', 'g2'] }, now);
    plan = removeGoal(plan, 'g1', now);
    expect(plan.goals.items.map((goal) => goal.id)).toEqual(['g2']);
    expect(plan.spending.items[0]?.goalIds).toEqual(['g2']);
  });

  it('adds a provider answer once and then replaces it', () => {
    let plan = setProviderAnswer(createEmptyPlan(now), 'q1', 'How often?', 'Monthly', now);
    plan = setProviderAnswer(plan, 'q1', 'How often?', 'Every week', now);
    expect(plan.provider.answers).toEqual([
      { questionId: 'q1', question: 'How often?', answer: 'Every week' },
    ]);
  });

  it('names an untitled plan after the person, or calls it "Untitled plan"', () => {
    const plan = createEmptyPlan(now);
    expect(planDisplayName(plan)).toBe('Untitled plan');
    expect(planDisplayName(updateSection(plan, 'aboutMe', { name: 'Sam' }, now))).toBe(
      "Sam's plan",
    );
  });

  it('opens an imported plan as a new plan with a new id', () => {
    const plan = { ...createEmptyPlan(now, 'old'), revision: 7 };
    const copy = asNewPlan(plan, 'new');
    expect(copy.id).toBe('new');
    expect(copy.revision).toBe(0);
  });

  it('prepares an imported plan to replace an existing one with its id and revision', () => {
    const existing = { ...createEmptyPlan(now, 'here'), revision: 3 };
    const replacement = asReplacementFor(createEmptyPlan(now, 'file'), existing);
    expect([replacement.id, replacement.revision]).toEqual(['here', 3]);
  });
});

describe('suggesting a backup', () => {
  const day = 24 * 60 * 60 * 1000;
  const started = createEmptyPlan(new Date('2026-01-01T09:00:00.000Z'));
  const edited = updateSection(
    started,
    'aboutMe',
    { name: 'Sam' },
    new Date('2026-01-02T09:00:00.000Z'),
  );

  it('suggests a backup 14 days after the start when the plan was edited and never backed up', () => {
    expect(shouldSuggestBackup(edited, new Date(Date.parse(started.createdAt) + 14 * day))).toBe(
      true,
    );
  });

  it('does not suggest a backup before 14 days', () => {
    expect(shouldSuggestBackup(edited, new Date(Date.parse(started.createdAt) + 13 * day))).toBe(
      false,
    );
  });

  it('does not suggest a backup for a plan never edited', () => {
    expect(shouldSuggestBackup(started, new Date(Date.parse(started.createdAt) + 60 * day))).toBe(
      false,
    );
  });

  it('does not suggest a backup when nothing changed since the last one', () => {
    const backedUp = markBackedUp(edited, new Date('2026-01-03T09:00:00.000Z'));
    expect(shouldSuggestBackup(backedUp, new Date('2026-03-01T09:00:00.000Z'))).toBe(false);
  });

  it('suggests a backup 14 days after the last one when there were edits since', () => {
    const backedUp = markBackedUp(edited, new Date('2026-01-03T09:00:00.000Z'));
    const changed = updateSection(
      backedUp,
      'aboutMe',
      { name: 'Sam B' },
      new Date('2026-01-04T09:00:00.000Z'),
    );
    expect(shouldSuggestBackup(changed, new Date('2026-01-17T09:00:00.000Z'))).toBe(true);
  });
});
