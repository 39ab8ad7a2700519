/*
 * The registry's ideas the calculator shows beside its questions and its result, on screen.
 * The page passes each one's address and words to the island (pictureFiles), so the island's
 * JavaScript carries neither the registry nor the pictures.
 */
import type { PictureName } from '../pictures/registry';

export const CALCULATOR_PICTURES = [
  'support-worker',
  'hour',
  'cost',
  'how-often',
  'spending',
  'money-left',
  'provider-fee',
  'travel',
  'money-you-pay',
  'year',
  'decide',
  'budget',
  'you',
] as const satisfies readonly PictureName[];

/** An idea the calculator shows a picture for. */
export type CalculatorPicture = (typeof CALCULATOR_PICTURES)[number];
