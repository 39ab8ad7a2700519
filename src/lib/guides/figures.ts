/*
 * Figures the guides show, worked out at build time by the budget engine (src/lib/budget)
 * from each story's inputs, so a guide can never disagree with the calculator.
 * A guide writes {{sarah.year}}; the keys are listed in guideFigures below.
 */
import { budgetStories, calculateBudget, formatHours, type BudgetStory } from '../budget';
import { calculatorLink as calculatorAddress } from '../calculator/link';
import { calculatorPresets } from '../calculator/preset-list';
import { presetAddress } from '../calculator/presets';
import { formatMoney } from '../money';
import type { Figures } from './rules';

/** The figures of one story, by key without the story's id. */
function storyFigures(story: BudgetStory): Record<string, string> {
  const result = calculateBudget(story.input);
  const line = result.supportLines[0];
  if (line === undefined) throw new Error(`The story "${story.id}" has no support line.`);
  const figures: Record<string, string> = {
    hours: formatHours(line.hoursPerWeek),
    rate: formatMoney(line.hourlyRate),
    week: formatMoney(result.budget.perWeek),
    'four-weeks': formatMoney(result.budget.perFourWeeks),
    year: formatMoney(result.budget.perYear),
    spent: formatMoney(result.spending.perYear),
    left: formatMoney(result.leftPerYear),
  };
  for (const item of result.spendingItems) {
    figures[`item.${item.id}`] = formatMoney(item.amount);
  }
  if (result.change !== null) {
    figures['change.week'] = formatMoney(result.change.perWeek);
    figures['change.year'] = formatMoney(result.change.perYear);
  }
  for (const [key, amount] of Object.entries(story.sourceFigures ?? {})) {
    figures[`source.${key}`] = formatMoney(amount);
  }
  return figures;
}

/**
 * Every figure a guide may write as {{key}}, already written for people ("£12,480"):
 * for each story id (sarah, maya, david, james, k, ten-hours) the keys
 * hours, rate, week, four-weeks, year, spent, left, item.<spending id>, for a story
 * with a change, change.week and change.year, and the source's own figures as source.<key>
 * (K: source.week, source.year).
 */
export function guideFigures(): Figures {
  const figures: Record<string, string> = {};
  for (const story of budgetStories) {
    for (const [key, value] of Object.entries(storyFigures(story))) {
      figures[`${story.id}.${key}`] = value;
    }
  }
  return figures;
}

/** A link that opens the calculator with one story's figures filled in, and its words. */
export function calculatorLink(storyId: string): { href: string; label: string } {
  const story = budgetStories.find((candidate) => candidate.id === storyId);
  if (story === undefined) throw new Error(`There is no budget story called "${storyId}".`);
  const href = calculatorAddress(story.input);
  // K's figures are the support his planner replaced, not a budget: the calculator says so.
  if (calculatorPresets.some((preset) => preset.id === story.id)) {
    return {
      href: presetAddress(href, story.id),
      label: `Open ${story.personName}’s saving in the calculator`,
    };
  }
  const name = story.personName === 'Someone' ? 'this example' : `${story.personName}’s figures`;
  return { href, label: `Open ${name} in the calculator` };
}
