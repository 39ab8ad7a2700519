/*
 * The hard words list: the one source for every explanation of a hard word. A guide
 * marks a word with [[word]] (or [[shown words|key]]); the page shows the explanation
 * in the next sentence the first time the word appears, and the Hard words guide lists
 * them all. Rules from EASY_READ.md: explain a hard word where it first appears.
 */
import type { PictureName } from '../pictures/registry';

/** One hard word and its easy explanation. */
export interface HardWord {
  /** The word as it is usually written, like "assessment". Used as the key in [[ ]]. */
  readonly term: string;
  /** Every form of the word a guide may write (plurals and so on), lower case allowed. */
  readonly forms: readonly string[];
  /** The explanation: 1 short sentence shown after the word's first use on a page. */
  readonly meaning: string;
  /** An extra sentence for readers in Scotland, shown with the explanation. */
  readonly scotland?: string;
  /** An extra sentence shown only in the Hard words guide. */
  readonly more?: string;
  /** The picture beside the word in the Hard words guide, from the pictures registry. */
  readonly picture: PictureName;
}

/** Every hard word the guides use, in the order of the Hard words guide (A to Z). */
export const HARD_WORDS: readonly HardWord[] = [
  {
    term: 'advocate',
    forms: ['advocate', 'advocates', 'advocacy'],
    meaning: 'An advocate is someone who helps you say what you want.',
    more: 'An independent advocate does not work for your council or your provider.',
    picture: 'advocate',
  },
  {
    term: 'assessment',
    forms: ['assessment', 'assessments'],
    meaning: 'An assessment is a meeting to find out what support you need.',
    more: 'Someone from your council talks with you about your life.',
    picture: 'assessment',
  },
  {
    term: 'budget',
    forms: ['budget', 'budgets'],
    meaning: 'Your budget is the money for your support for 1 year.',
    picture: 'budget',
  },
  {
    term: 'carer',
    forms: ['carer', 'carers', 'unpaid carer', 'unpaid carers'],
    meaning: 'A carer is a family member or friend who helps someone without pay.',
    picture: 'carer',
  },
  {
    term: 'complaint',
    forms: ['complaint', 'complaints', 'complain'],
    meaning: 'A complaint is when you say something has gone wrong.',
    more: 'You can ask for it to be put right.',
    picture: 'complaint',
  },
  {
    term: 'contribution',
    forms: ['contribution', 'contributions'],
    meaning: 'Your contribution is money you may pay towards your own support.',
    more: 'Your council works it out from your own money.',
    picture: 'money-you-pay',
  },
  {
    term: 'council-managed budget',
    forms: ['council-managed budget', 'council-managed budgets'],
    meaning: 'This is when your council spends your budget and arranges your support.',
    scotland: 'In Scotland this is called Option 3.',
    picture: 'council',
  },
  {
    term: 'device',
    forms: ['device', 'devices'],
    meaning: 'A device is a phone, tablet computer or computer.',
    picture: 'technology',
  },
  {
    term: 'Direct Payment',
    forms: ['Direct Payment', 'Direct Payments'],
    meaning: 'A Direct Payment is money for your support that you look after yourself.',
    scotland: 'In Scotland this is called Option 1.',
    picture: 'direct-payment',
  },
  {
    term: 'fading support',
    forms: ['fading support'],
    meaning: 'Fading support means you get less help as you learn to do more.',
    picture: 'learning',
  },
  {
    term: 'goal',
    forms: ['goal', 'goals'],
    meaning: 'A goal is something you want to be different in your life.',
    picture: 'goal',
  },
  {
    term: 'Individual Service Fund',
    forms: ['Individual Service Fund', 'Individual Service Funds'],
    meaning: 'This is money for your support that a provider you choose looks after.',
    scotland: 'In Scotland, this is one way to have Option 2.',
    more: 'You decide how the money is spent.',
    picture: 'individual-service-fund',
  },
  {
    term: 'mental capacity',
    forms: ['mental capacity'],
    meaning: 'Mental capacity means you can make a choice at the time it is needed.',
    more: 'A person can have it for some choices and not for others.',
    picture: 'decide',
  },
  {
    term: 'money report',
    forms: ['money report', 'money reports'],
    meaning: 'A money report shows what was spent and what is left.',
    picture: 'money-report',
  },
  {
    term: 'ombudsman',
    forms: ['ombudsman', 'ombudsmen'],
    meaning: 'An ombudsman is a person who looks at complaints about councils.',
    more: 'It is free. The ombudsman does not work for your council.',
    picture: 'ombudsman',
  },
  {
    term: 'online account',
    forms: ['online account', 'online accounts'],
    meaning: 'An online account lets you see your budget on a phone or computer.',
    more: 'Some providers call it a virtual wallet.',
    picture: 'website',
  },
  {
    term: 'personal assistant',
    forms: ['personal assistant', 'personal assistants'],
    meaning: 'A personal assistant is a support worker who works just for you.',
    picture: 'support-worker',
  },
  {
    term: 'provider',
    forms: ['provider', 'providers'],
    meaning: 'A provider is a team that gives care and support.',
    picture: 'provider',
  },
  {
    term: 'provider fee',
    forms: ['provider fee', 'provider fees', "provider's fee"],
    meaning: 'This is money your provider keeps for looking after your budget.',
    picture: 'provider-fee',
  },
  {
    term: 'respite',
    forms: ['respite'],
    meaning: 'Respite gives your family a break from caring.',
    picture: 'rest',
  },
  {
    term: 'review',
    forms: ['review', 'reviews'],
    meaning: 'A review is a meeting to check how your support is going.',
    picture: 'review',
  },
  {
    term: 'safeguarding',
    forms: ['safeguarding'],
    meaning: 'Safeguarding means keeping people safe from harm and abuse.',
    scotland: 'In Scotland this is called adult support and protection.',
    picture: 'safe',
  },
  {
    term: 'Self-directed Support',
    forms: ['Self-directed Support'],
    meaning: 'Self-directed Support is how Scotland gives you choice over your support.',
    more: 'It gives you 4 ways to get your support.',
    picture: 'ways',
  },
  {
    term: 'social care',
    forms: ['social care'],
    meaning: 'Social care is help with everyday life, like washing, cooking or going out.',
    picture: 'help',
  },
  {
    term: 'support plan',
    forms: ['support plan', 'support plans'],
    meaning: 'Your support plan says how your budget will be used.',
    picture: 'support-plan',
  },
];

/** The hard word a key in [[ ]] names, matched without minding capital letters. */
export function findHardWord(key: string): HardWord | undefined {
  const wanted = key.toLowerCase();
  return HARD_WORDS.find((word) => word.term.toLowerCase() === wanted);
}

/** The id of a hard word's entry in the Hard words guide, like "direct-payment". */
export function hardWordId(word: HardWord): string {
  return word.term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A hard word as the title of its entry: with a capital first letter ("Advocate"). */
export function hardWordTitle(word: HardWord): string {
  return `${word.term.charAt(0).toUpperCase()}${word.term.slice(1)}`;
}
