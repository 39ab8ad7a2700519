import { describe, expect, it } from 'vitest';
import {
  plannerLinkFromCalculator,
  readPlannerRoute,
  writePlannerRoute,
} from '../../../src/lib/plan/route';

describe('the planner address', () => {
  it('shows the plans list for an empty or unknown address', () => {
    for (const hash of ['', '#', '#hello', '#plan=', '#plan=a%20b', '#plan=<script>']) {
      expect(readPlannerRoute(hash)).toEqual({ kind: 'list' });
    }
  });

  it('opens a plan, and one of its sections', () => {
    expect(readPlannerRoute('#plan=abc-123')).toEqual({
      kind: 'plan',
      planId: 'abc-123',
      section: null,
    });
    expect(readPlannerRoute('plan=abc-123&section=goals')).toEqual({
      kind: 'plan',
      planId: 'abc-123',
      section: 'goals',
    });
  });

  it('shows the task list for a section it does not know', () => {
    expect(readPlannerRoute('#plan=abc&section=__proto__')).toEqual({
      kind: 'plan',
      planId: 'abc',
      section: null,
    });
  });

  it('writes what it reads', () => {
    const route = { kind: 'plan', planId: 'abc', section: 'reviews' } as const;
    expect(readPlannerRoute(writePlannerRoute(route))).toEqual(route);
    expect(writePlannerRoute({ kind: 'list' })).toBe('');
  });

  it("carries the calculator's link text whole", () => {
    const linkText = 'l1n=Support+at+home&l1h=12&l1r=20&s1n=Caf%C3%A9&s1a=10&s1f=week';
    const address = plannerLinkFromCalculator(linkText);
    expect(address).toBe(`/plan/#from-calculator=${encodeURIComponent(linkText)}`);
    expect(readPlannerRoute(address.slice(address.indexOf('#')))).toEqual({
      kind: 'from-calculator',
      linkText,
    });
  });
});

describe('the address of the form that changes a plan’s name', () => {
  it('reads and writes "change=name"', () => {
    expect(readPlannerRoute('#plan=abc-123&change=name')).toEqual({
      kind: 'plan-name',
      planId: 'abc-123',
    });
    expect(writePlannerRoute({ kind: 'plan-name', planId: 'abc-123' })).toBe(
      '#plan=abc-123&change=name',
    );
  });

  it('shows the task list for any other change', () => {
    expect(readPlannerRoute('#plan=abc&change=everything')).toEqual({
      kind: 'plan',
      planId: 'abc',
      section: null,
    });
  });
});
