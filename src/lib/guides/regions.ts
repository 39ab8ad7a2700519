/*
 * Words that differ between England and Scotland, kept in one place. A guide writes
 * ((law)) and the page shows the right words for the reader's chosen country, or both
 * ("the Care Act 2014 (in Scotland: ...)") when no choice has been made or JavaScript is off.
 * Both names in one sentence make it long, so a guide more often writes one sentence for
 * each country, starting it with ((england-only)) or ((scotland-only)) (see markup.ts).
 * Laws are named by their official short titles (legislation.gov.uk).
 */

/** The 2 countries whose rules the guides describe. */
export const REGIONS = ['england', 'scotland'] as const;

/** One of the countries the guides cover. */
export type Region = (typeof REGIONS)[number];

/** The words each country uses for one thing. */
export interface RegionWord {
  /** The words used in England. */
  readonly england: string;
  /** The words used in Scotland. */
  readonly scotland: string;
}

/** Every word that differs, by the key a guide writes inside (( )). */
export const REGION_WORDS = {
  law: {
    england: 'the Care Act 2014',
    scotland: 'the Social Care (Self-directed Support) (Scotland) Act 2013',
  },
  /** The right to an independent advocate: in Scotland it comes from the 2003 Act, section 259. */
  'advocacy-law': {
    england: 'the Care Act 2014',
    scotland: 'the Mental Health (Care and Treatment) (Scotland) Act 2003',
  },
  'safeguarding-law': {
    england: 'the Care Act 2014',
    scotland: 'the Adult Support and Protection (Scotland) Act 2007',
  },
  'capacity-law': {
    england: 'the Mental Capacity Act 2005',
    scotland: 'the Adults with Incapacity (Scotland) Act 2000',
  },
  ombudsman: {
    england: 'the Local Government and Social Care Ombudsman',
    scotland: 'the Scottish Public Services Ombudsman',
  },
  country: {
    england: 'England',
    scotland: 'Scotland',
  },
} as const satisfies Readonly<Record<string, RegionWord>>;

/** A key of REGION_WORDS. */
export type RegionWordKey = keyof typeof REGION_WORDS;

/** Whether a key names a region word. */
export function isRegionWordKey(key: string): key is RegionWordKey {
  return Object.hasOwn(REGION_WORDS, key);
}

/** The words that join the two countries' words when both are shown. */
export const BOTH_JOINER = { before: ' (in Scotland: ', after: ')' } as const;

/** A region word as shown when no country has been chosen: England's, then Scotland's. */
export function bothCountries(key: RegionWordKey): string {
  const words = REGION_WORDS[key];
  return `${words.england}${BOTH_JOINER.before}${words.scotland}${BOTH_JOINER.after}`;
}

/** Whether a country is one the guides cover. */
export function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).includes(value);
}

/** The key under which a reader's choice is kept in localStorage on their device. */
export const REGION_STORAGE_KEY = 'open-isf-region';

/**
 * The full names of the laws the guides name. Before scoring "More detail", each becomes
 * one placeholder word: a law's name is not a reading barrier (EASY_READ.md).
 */
export const LAW_NAMES: readonly string[] = [
  'Social Care (Self-directed Support) (Scotland) Act 2013',
  'Mental Health (Care and Treatment) (Scotland) Act 2003',
  'Adult Support and Protection (Scotland) Act 2007',
  'Adults with Incapacity (Scotland) Act 2000',
  'Mental Capacity Act 2005',
  'Care Act 2014',
  'Carers (Scotland) Act 2016',
  'Local Government and Social Care Ombudsman',
  'Scottish Public Services Ombudsman',
];
