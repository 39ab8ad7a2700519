/*
 * The picture of each section, from the pictures registry, on its own so the task list can show
 * the pictures without loading every question's words (lib/plan/questions uses these too).
 */
import type { PictureName } from '../pictures/registry';
import type { PlanSectionId } from './schema';

/** Each section's picture: the idea it is about. */
export const SECTION_PICTURES: Readonly<Record<PlanSectionId, PictureName>> = {
  aboutMe: 'you',
  goals: 'goal',
  budget: 'budget',
  spending: 'spending',
  people: 'help',
  provider: 'provider',
  safety: 'safe',
  decisions: 'decide',
  reviews: 'review',
};
