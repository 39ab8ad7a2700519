import { describe, expect, it } from 'vitest';
import {
  addGoal,
  addPerson,
  createEmptyPlan,
  removeGoal,
  updateGoal,
  updateSection,
  addCostedItem,
  updateCostedItem,
  type Plan,
} from '../../../src/lib/plan';
import { mergePlans } from '../../../src/lib/plan/merge';

const t0 = new Date('2026-11-24T10:00:00.000Z');
const t1 = new Date('2026-11-24T10:01:00.000Z');
const t2 = new Date('2026-11-24T10:02:00.000Z');

function saved(plan: Plan, revision: number): Plan {
  return { ...plan, revision };
}

describe('putting two tabs’ changes together', () => {
  const base = saved(addGoal(createEmptyPlan(t0, 'p1'), t0, 'g1'), 3);

  it('keeps both changes when they are in different fields', () => {
    const ours = updateSection(base, 'aboutMe', { name: 'Sam' }, t1);
    const theirs = saved(updateSection(base, 'safety', { whoToCall: 'Jo' }, t2), 4);
    const result = mergePlans(base, ours, theirs);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.aboutMe.name).toBe('Sam');
    expect(result.plan.safety.whoToCall).toBe('Jo');
    expect(result.plan.revision).toBe(4);
    expect(result.plan.updatedAt).toBe(t2.toISOString());
  });

  it('keeps goals added in both tabs, and changes to the same goal in different fields', () => {
    const ours = updateGoal(addGoal(base, t1, 'g2'), 'g1', { inMyWords: 'Cook tea' }, t1);
    const theirs = saved(updateGoal(addGoal(base, t2, 'g3'), 'g1', { whyItMatters: 'Fun' }, t2), 4);
    const result = mergePlans(base, ours, theirs);
    if (!result.ok) throw new Error('expected a merge');
    expect(result.plan.goals.items.map((goal) => goal.id)).toEqual(['g1', 'g3', 'g2']);
    expect(result.plan.goals.items[0]).toMatchObject({
      inMyWords: 'Cook tea',
      whyItMatters: 'Fun',
    });
  });

  it('asks when both tabs changed the same field in different ways', () => {
    const ours = updateSection(base, 'aboutMe', { name: 'Sam' }, t1);
    const theirs = saved(updateSection(base, 'aboutMe', { name: 'Samira' }, t2), 4);
    expect(mergePlans(base, ours, theirs)).toEqual({
      ok: false,
      clashes: [['aboutMe', 'name']],
      ours: [{ where: 'In "About me", "Name"', words: 'Sam' }],
    });
  });

  it('asks when one tab removed a goal the other changed, keeping this tab’s words', () => {
    const ours = updateGoal(base, 'g1', { inMyWords: 'Cook tea', whyItMatters: 'I like it' }, t1);
    const theirs = saved(removeGoal(base, 'g1', t2), 4);
    const result = mergePlans(base, ours, theirs);
    expect(result.ok ? [] : result.ours).toEqual([
      { where: 'In "What I want to achieve", goal 1', words: 'Cook tea\nI like it' },
    ]);
  });

  it('names a clashing goal by its place in this tab', () => {
    const start = saved(addGoal(base, t0, 'g2'), 3);
    const ours = updateGoal(start, 'g2', { inMyWords: 'See friends' }, t1);
    const theirs = saved(
      updateGoal(removeGoal(start, 'g1', t2), 'g2', { inMyWords: 'See my friends' }, t2),
      4,
    );
    const result = mergePlans(start, ours, theirs);
    expect(result.ok ? [] : result.ours).toEqual([
      {
        where: 'In "What I want to achieve", goal 2, "My goal, in my words"',
        words: 'See friends',
      },
    ]);
  });

  it('removes links to a goal the other tab removed', () => {
    let ours = addCostedItem(base, t1, 'i1');
    ours = updateCostedItem(ours, 'i1', { goalIds: ['g1'] }, t1);
    const theirs = saved(removeGoal(base, 'g1', t2), 4);
    const result = mergePlans(base, ours, theirs);
    if (!result.ok) throw new Error('expected a merge');
    expect(result.plan.spending.items[0]?.goalIds).toEqual([]);
    expect(result.plan.goals.items).toEqual([]);
  });

  it('takes the stored plan when this tab changed nothing', () => {
    const theirs = saved(addPerson(base, t2, 'x'), 4);
    const result = mergePlans(base, base, theirs);
    expect(result).toEqual({ ok: true, plan: theirs });
  });
});
