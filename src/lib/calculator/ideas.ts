/*
 * Spending ideas a person can add with one click and then change. Each comes from a story
 * in the source documents (seed 000's Sarah, Maya, David and James; seed 002's K), with
 * the amount and how often it was paid there.
 */
import { davidStory, jamesStory, kStory, mayaStory, sarahStory } from '../budget/stories';
import type { BudgetStory } from '../budget/stories';
import type { SpendingFrequency } from '../budget/schema';
import { formatMoney } from '../money';

/** One idea: what it is, an amount and how often, as the form's text fields hold them. */
export interface SpendingIdea {
  name: string;
  amount: string;
  frequency: string;
  /** Whose story it comes from. */
  from: string;
  /** The amount and how often, as a person reads it: "£1,500 a year". */
  shown: string;
}

const FREQUENCY_WORDS: Readonly<Record<SpendingFrequency, string>> = {
  week: 'a week',
  'four-weeks': 'every 4 weeks',
  month: 'a month',
  year: 'a year',
  once: 'once',
};

function ideaFrom(story: BudgetStory, itemId: string, name?: string): SpendingIdea {
  const item = story.input.spending.find((candidate) => candidate.id === itemId);
  if (!item) throw new Error(`The ${story.id} story has no spending item "${itemId}".`);
  return {
    name: name ?? item.name,
    amount: item.amount.replace(/\.00$/, ''),
    frequency: item.frequency,
    from: story.personName,
    shown: `${formatMoney(item.amount)} ${FREQUENCY_WORDS[item.frequency]}`,
  };
}

/** The ideas, in the order they are offered. */
export const spendingIdeas: readonly SpendingIdea[] = [
  ideaFrom(sarahStory, 'cooking-classes'),
  ideaFrom(sarahStory, 'personal-assistant'),
  ideaFrom(mayaStory, 'travel-training'),
  ideaFrom(jamesStory, 'adaptive-equipment', 'Equipment'),
  ideaFrom(kStory, 'planner-device', 'A planning device'),
  ideaFrom(davidStory, 'sensory-equipment'),
];
