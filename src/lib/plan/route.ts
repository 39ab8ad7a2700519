/*
 * Where the planner is, kept in the part of the address after "#" so back, forward and reload
 * work and nothing about a plan is ever sent to a server: "#plan=ID&section=goals", or
 * "#plan=ID&change=name" for the form that changes the plan's name. The
 * calculator hands its figures over as "#from-calculator=<its link text>" (issue 6).
 */
import { PLAN_SECTIONS, planIdSchema, type PlanSectionId } from './schema';

/** What the planner shows. */
export type PlannerRoute =
  /** The plans on this device. */
  | { readonly kind: 'list' }
  /** One plan: its task list (`section` null) or one section. */
  | { readonly kind: 'plan'; readonly planId: string; readonly section: PlanSectionId | null }
  /** The small form that changes a plan's name. */
  | { readonly kind: 'plan-name'; readonly planId: string }
  /** Figures handed over from the calculator: its link text, still untrusted. */
  | { readonly kind: 'from-calculator'; readonly linkText: string };

/** The longest address part the planner reads; the calculator's own limit plus room. */
export const MAX_ROUTE_LENGTH = 100_000;

const SECTION_IDS: ReadonlySet<string> = new Set(PLAN_SECTIONS.map((section) => section.id));

/** True when `value` is the id of one of the 9 sections. */
export function isPlanSectionId(value: string): value is PlanSectionId {
  return SECTION_IDS.has(value);
}

/**
 * Reads the planner's place from the address part after "#" (with or without the "#").
 * Never throws: anything it does not understand shows the plans list.
 */
export function readPlannerRoute(hash: string): PlannerRoute {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '' || text.length > MAX_ROUTE_LENGTH) return { kind: 'list' };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { kind: 'list' };
  }
  const linkText = params.get('from-calculator');
  if (linkText !== null) return { kind: 'from-calculator', linkText };
  const planId = params.get('plan');
  if (planId === null || !planIdSchema.safeParse(planId).success) return { kind: 'list' };
  if (params.get('change') === 'name') return { kind: 'plan-name', planId };
  const section = params.get('section');
  return {
    kind: 'plan',
    planId,
    section: section !== null && isPlanSectionId(section) ? section : null,
  };
}

/** Writes a place as the address part after "#" (with the "#"), or "" for the plans list. */
export function writePlannerRoute(route: PlannerRoute): string {
  switch (route.kind) {
    case 'list':
      return '';
    case 'from-calculator':
      return `#from-calculator=${encodeURIComponent(route.linkText)}`;
    case 'plan':
      return `#plan=${encodeURIComponent(route.planId)}${route.section === null ? '' : `&section=${route.section}`}`;
    case 'plan-name':
      return `#plan=${encodeURIComponent(route.planId)}&change=name`;
  }
}

/** The planner's address for a calculator link text, as the calculator links to it. */
export function plannerLinkFromCalculator(linkText: string): string {
  return `/plan/${writePlannerRoute({ kind: 'from-calculator', linkText })}`;
}
