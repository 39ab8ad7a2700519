import { describe, expect, it } from 'vitest';
import { budgetStories, calculateBudget, sarahStory } from '../../../src/lib/budget';
import { budgetSpeech } from '../../../src/lib/calculator/listen';
import { headlineSentences, workingSteps } from '../../../src/lib/calculator/summary';
import { spokenText } from '../../../src/lib/speech/spoken';

describe('"Listen to my budget"', () => {
  it("reads Sarah's budget in whole sentences, money in pounds", () => {
    const said = budgetSpeech(calculateBudget(sarahStory.input)).map((line) => line.said);
    expect(said.slice(0, 2)).toEqual([
      'Your budget is 12,480 pounds a year.',
      'That is 240 pounds a week.',
    ]);
    expect(said).toContain('How we worked this out.');
    expect(said).toContain(
      'Support at home: 12 hours a week times 20 pounds an hour makes 240 pounds a week.',
    );
    expect(said.at(-1)).toBe('This is an estimate. Your council decides your budget.');
  });

  it.each(budgetStories.map((story) => [story.id, story] as const))(
    'reads the headline and every step of the working shown for %s, in order',
    (_id, story) => {
      const result = calculateBudget(story.input);
      const shown = budgetSpeech(result).map((line) => line.shown);
      const headline = headlineSentences(result);
      const steps = workingSteps(result).map((step) => step.sentence);
      expect(shown.slice(0, 2)).toEqual([headline.year, headline.week]);
      const firstStep = shown.indexOf(steps[0] ?? '');
      expect(shown.slice(firstStep, firstStep + steps.length)).toEqual(steps);
    },
  );

  it('says each line as its shown sentence in words, with no pound sign or sum sign left', () => {
    for (const story of budgetStories) {
      for (const line of budgetSpeech(calculateBudget(story.input))) {
        expect(line.said).toBe(spokenText(line.shown));
        expect(line.said).not.toMatch(/[£×÷=−]/);
      }
    }
  });

  it('says a preset\'s own words, not "Your budget"', () => {
    const said = budgetSpeech(calculateBudget(sarahStory.input), {
      subject: 'That support',
    }).map((line) => line.said);
    expect(said[0]).toBe('That support cost 12,480 pounds a year.');
  });

  it('reads the notes shown under the figures', () => {
    const story = budgetStories.find((candidate) => candidate.id === 'k');
    if (story === undefined) throw new Error('The story of K is missing.');
    const said = budgetSpeech(calculateBudget(story.input)).map((line) => line.said);
    expect(said).toContain('Things paid for once are counted in this year.');
  });

  it('reads the hours of support when nothing is planned', () => {
    const story = budgetStories.find((candidate) => candidate.id === 'ten-hours');
    if (story === undefined) throw new Error('The ten hours story is missing.');
    const said = budgetSpeech(calculateBudget(story.input)).map((line) => line.said);
    expect(said).toContain('Your assessment: 10 hours a week.');
    expect(said).toContain('Your budget pays for all of these hours.');
  });
});
