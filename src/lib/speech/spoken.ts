/*
 * Words for the site's voice: the sentences a page shows, rewritten so a browser's voice reads
 * them well. Voices read "£1,234.50" in different ways (some say "pound", some "point five
 * zero"), "×" as "multiplication sign" or nothing, and "7.5 hours" as "seven point five hours".
 * So money is said in pounds and pence, the working's signs in words, and half and quarter
 * hours as a person says them. Only the wording changes: every figure stays the one shown.
 */

/** An amount as shown on the site: "£12,480", "£176.03", "-£20" (lib/money formatMoney). */
const SHOWN_MONEY = /(-)?£(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![\d.,]*\d)/g;

/** Hours with a half or a quarter: "7.5 hours", "0.25 hours", "1.75 hour". */
const PART_HOURS = /\b(\d{1,3}(?:,\d{3})*|\d+)\.(5|50|25|75)\s+hours?\b/g;

const PART_WORDS: Readonly<Record<string, { after: string; alone: string }>> = {
  '5': { after: 'and a half hours', alone: 'half an hour' },
  '50': { after: 'and a half hours', alone: 'half an hour' },
  '25': { after: 'and a quarter hours', alone: 'a quarter of an hour' },
  '75': { after: 'and three quarter hours', alone: 'three quarters of an hour' },
};

/**
 * An amount in words a voice reads well, from its shown parts: "1,234 pounds and 50 pence",
 * "1 pound", "5 pence", "1 penny", "minus 20 pounds". The digits are kept (with their commas),
 * so the voice says the same number the page shows.
 */
export function sayAmount(pounds: string, pence = '00', negative = false): string {
  const pennies = String(Number(pence));
  const poundWords = `${pounds} ${pounds === '1' ? 'pound' : 'pounds'}`;
  const penceWords = `${pennies} ${pennies === '1' ? 'penny' : 'pence'}`;
  let words: string;
  if (pennies === '0') words = poundWords;
  else if (pounds === '0') words = penceWords;
  else words = `${poundWords} and ${penceWords}`;
  return negative ? `minus ${words}` : words;
}

/**
 * Every amount shown in a text said in pounds and pence: "£240 a week" becomes "240 pounds a
 * week". Used on people's own words too, as nothing else in them is changed.
 */
export function sayMoneyIn(text: string): string {
  return text
    .replace(SHOWN_MONEY, (_all, minus: string | undefined, pounds: string, pence?: string) =>
      sayAmount(pounds, pence, minus !== undefined),
    )
    .replace(/£/g, 'pounds');
}

/** Half and quarter hours as a person says them: "7.5 hours" becomes "7 and a half hours". */
export function sayHoursIn(text: string): string {
  return text.replace(PART_HOURS, (all, whole: string, part: string) => {
    const words = PART_WORDS[part];
    if (words === undefined) return all;
    return whole === '0' ? words.alone : `${whole} ${words.after}`;
  });
}

/** Adds a full stop when a sentence has no mark at its end, so the voice pauses after it. */
export function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '' || /[.?!:]$/.test(trimmed)) return trimmed;
  return `${trimmed}.`;
}

/**
 * A sentence the site shows, in words for the voice: money in pounds and pence, the signs of
 * a sum in words ("×" times, "÷" divided by, "+" plus, "−" take away, "=" makes), half and
 * quarter hours in words, and words in brackets said as a short pause. Figures are not changed.
 */
export function spokenText(shown: string): string {
  const words = sayHoursIn(sayMoneyIn(shown))
    .replace(/\s*×\s*/g, ' times ')
    .replace(/\s*÷\s*/g, ' divided by ')
    .replace(/\s+\+\s+/g, ' plus ')
    .replace(/\s*−\s*/g, ' take away ')
    .replace(/\s+=\s+/g, ' makes ')
    .replace(/\s*\(([^()]*)\)/g, ', $1,')
    .replace(/,\s*([.;:!?])/g, '$1')
    .replace(/,\s*$/, '');
  return asSentence(words);
}
