/*
 * One word for one thing (EASY_READ.md): the words easy-read text uses for each idea, and the
 * words it must not use instead. The hard words and their meanings are in hard-words.ts, beside
 * this list; the build checks every easy-read sentence, summary and meaning against both, so a
 * reader never meets 2 names for 1 thing.
 */

/** One idea, the word the site uses for it, and the words easy-read text may not use for it. */
export interface WordRule {
  /** The idea, for the person reading a rule break. */
  readonly idea: string;
  /** The word (or words) easy-read text uses for the idea. */
  readonly use: string;
  /** Words that would give the idea a second name. Matched as whole words, any capitals. */
  readonly insteadOf: readonly string[];
}

/** Every idea with more than one possible name, and the one name easy-read text uses. */
export const WORD_RULES: readonly WordRule[] = [
  {
    idea: 'something the person wants to be different in their life',
    use: 'goal',
    insteadOf: ['outcome', 'outcomes'],
  },
  {
    idea: "the person's own income and savings",
    use: 'your own money',
    insteadOf: ['income', 'incomes', 'earnings'],
  },
  {
    idea: "the budget, or the person's own money (say which one)",
    use: '"your budget" for the money for your support, or "your own money" for your income and savings',
    insteadOf: ['your money'],
  },
  {
    idea: 'the money for the support',
    use: 'budget',
    insteadOf: ['your fund', 'the fund', 'managed budget', 'personal budget', 'allowance'],
  },
  {
    idea: 'the team that gives support and looks after the budget',
    use: 'provider',
    insteadOf: ['care company', 'care agency', 'support agency'],
  },
];

/** A word used against the list. */
export interface WordBreak {
  /** The words found, as written. */
  readonly found: string;
  readonly rule: WordRule;
}

function wordPattern(words: readonly string[]): RegExp {
  const escaped = [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}-])(?:${escaped.join('|')})(?![\\p{L}-])`, 'giu');
}

const PATTERNS = WORD_RULES.map((rule) => ({ rule, pattern: wordPattern(rule.insteadOf) }));

/** Every word in a piece of easy-read text that gives an idea a second name. */
/** Names of real things that hold a listed word; a guide must be able to name them. */
const NAMES = wordPattern(['minimum income guarantee']);

export function findWordBreaks(written: string): WordBreak[] {
  const text = written.replace(NAMES, '');
  const breaks: WordBreak[] = [];
  for (const { rule, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) breaks.push({ found: match[0], rule });
  }
  return breaks;
}

/** A word break as a rule, for the build's message. */
export function describeWordBreak(wordBreak: WordBreak): string {
  const { idea, use } = wordBreak.rule;
  const write = use.startsWith('"') ? use : `"${use}"`;
  return `"${wordBreak.found}" is a second name for ${idea}: write ${write} (src/lib/guides/words.ts)`;
}
