/*
 * The calculator's presets, worked out when the page is built from the stories (seed 002), and
 * passed to the calculator as plain data. What a preset is: presets.ts.
 */
import { kStory } from '../budget/stories';
import type { CalculatorPreset } from './presets';

/** K's saved support, worked out at build time from the story. */
export const calculatorPresets: readonly CalculatorPreset[] = [
  {
    id: kStory.id,
    heading: 'The support K’s planner replaced',
    subject: 'That support',
    lines: kStory.input.supportLines.map((line) => ({
      name: line.name,
      hoursPerWeek: line.hoursPerWeek,
      hourlyRate: line.hourlyRate,
    })),
  },
];
