/*
 * The picture of each section (a Tabler icon name), on its own so the task list can show the
 * pictures without loading every question's words (lib/plan/questions uses these too).
 */
import type { PlanSectionId } from './schema';

/** Each section's picture, as a Tabler outline icon name. */
export const SECTION_ICONS: Readonly<Record<PlanSectionId, string>> = {
  aboutMe: 'user-circle',
  goals: 'target-arrow',
  budget: 'wallet',
  spending: 'shopping-cart',
  people: 'users',
  provider: 'building-community',
  safety: 'shield-check',
  decisions: 'scale',
  reviews: 'calendar-check',
};
