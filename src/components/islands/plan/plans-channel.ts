/*
 * The one channel the planner's tabs use to tell each other a plan was saved, so an open plan
 * catches up at once. Any page that saves a plan (the planner, "Use my notes in my support
 * plan") says so here.
 */

/** The BroadcastChannel name of the planner's tabs. */
export const PLANS_CHANNEL_NAME = 'open-isf-plans';

/** What is said when a plan is saved. */
export interface PlanSavedMessage {
  readonly planId: string;
  readonly revision: number;
  /** True when the plan was replaced from a backup file. */
  readonly replaced?: boolean;
}

/** Tells every open planner tab that a plan was saved. Does nothing in a browser without channels. */
export function announcePlanSaved(message: PlanSavedMessage): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(PLANS_CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
}
